// A campaign's calendar files: invitations and the campaign's .ics out, writers' busy times in.
#include "schedulingservice.h"

#include "calendar/icalendar.h"
#include "campaignservice.h"
#include "storage/busyrepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "storage/interviewrepository.h"
#include "storage/userrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace shuzai {

namespace {
QString calendarText(const char *source)
{
    return QCoreApplication::translate("Calendar", source);
}

Error notScheduled(Id id)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "Interview %1 has no date yet."),
                 {QString::number(id)});
}
} // namespace

Result<SchedulingService::EventSources> SchedulingService::eventSources(Id campaignId)
{
    Database &db = m_workspace.database();
    EventSources sources;
    auto instance = InterviewRepository(db).instanceName();
    if (!instance)
        return instance.error();
    sources.instance = *instance;
    auto users = UserRepository(db).list();
    if (!users)
        return users.error();
    sources.users = *users;
    // Calendar files travel (shared calendars, forwarded invitations): an anonymous person
    // appears by alias and without a display name.
    auto everyone = IntervieweeRepository(db).list(campaignId);
    if (!everyone)
        return everyone.error();
    for (const Interviewee &p : std::as_const(*everyone))
        sources.people.insert(p.id, p);
    sources.shownNames = publicationNames(*everyone);
    return sources;
}

Result<ical::Event> SchedulingService::eventFor(const Interview &interview,
                                                const Campaign &campaign,
                                                const EventSources &sources)
{
    const auto found = sources.people.constFind(interview.intervieweeId);
    if (found == sources.people.cend()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no interviewee %1."),
                     {QString::number(interview.intervieweeId)});
    }
    const Interviewee *person = &*found;
    ical::Event e;
    // Stable across exports: the same interview always has the same UID; SEQUENCE moves on.
    e.uid = QStringLiteral("interview-%1-%2@shuzai").arg(interview.id).arg(sources.instance);
    e.sequence = interview.sequence;
    e.start = interview.startsAt;
    e.end = interview.startsAt.addSecs(interview.minutes * 60);
    e.timeZone = campaign.timeZone;
    const QString shownName = sources.shownNames.value(person->id);
    e.summary = calendarText(QT_TRANSLATE_NOOP("Calendar", "Interview: %1 (%2)"))
                    .arg(shownName, campaign.publication);
    QString description = campaign.title;
    if (!person->data.timeZone.isEmpty() && person->data.timeZone != campaign.timeZone) {
        // Both clocks, so nobody converts in their head.
        const QTimeZone theirs(person->data.timeZone.toUtf8());
        const QTimeZone ours(campaign.timeZone.toUtf8());
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        description +=
            u'\n' + calendarText(QT_TRANSLATE_NOOP("Calendar", "%1 (%2) = %3 (%4)"))
                        .arg(e.start.toTimeZone(ours).toString(format), campaign.timeZone,
                             e.start.toTimeZone(theirs).toString(format), person->data.timeZone);
    }
    e.description = description;
    if (interview.mode == InterviewMode::Online) {
        e.location = interview.meetingUrl.isEmpty() ? displayName(InterviewMode::Online)
                                                    : interview.meetingUrl;
        e.url = interview.meetingUrl;
    } else {
        e.location = interview.place;
    }
    e.organizer = {campaign.editorName.isEmpty() ? campaign.publication : campaign.editorName,
                   campaign.editorEmail};
    e.attendees.append(
        {person->data.isAnonymous() ? QString() : person->data.fullName(), person->data.email});
    for (const User &u : sources.users) {
        if (u.id == interview.writerId)
            e.attendees.append({u.displayName, u.email});
    }
    e.cancelled = interview.state == InterviewState::Cancelled;
    e.tentative = interview.state == InterviewState::Tentative;
    return e;
}

Result<QByteArray> SchedulingService::exportInterview(Id interviewId)
{
    Database &db = m_workspace.database();
    auto interview = InterviewRepository(db).load(interviewId);
    if (!interview)
        return interview.error();
    if (!interview->startsAt.isValid())
        return notScheduled(interviewId);
    auto person = IntervieweeRepository(db).load(interview->intervieweeId);
    if (!person)
        return person.error();
    auto campaign = CampaignRepository(db).load(person->campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->editorEmail.isEmpty()) {
        // iTIP: an invitation (or its cancellation) without an organizer cannot be answered.
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "An invitation needs the editor's e-mail address "
                                                "as its organizer: set it in the campaign "
                                                "settings."),
                     {}, QStringLiteral("editorEmail"));
    }
    auto sources = eventSources(campaign->id);
    if (!sources)
        return sources.error();
    auto event = eventFor(*interview, *campaign, *sources);
    if (!event)
        return event.error();
    return ical::write({*event}, event->cancelled ? ical::Method::Cancel : ical::Method::Request);
}

Result<QByteArray> SchedulingService::exportCampaign(Id campaignId)
{
    auto all = calendarEvents(campaignId);
    if (!all)
        return all.error();
    QList<ical::Event> events;
    for (const auto &[interview, event] : std::as_const(*all)) {
        if (interview.state != InterviewState::Cancelled)
            events.append(event);
    }
    return ical::write(events, ical::Method::Publish);
}

Result<QList<std::pair<Interview, ical::Event>>> SchedulingService::calendarEvents(Id campaignId)
{
    auto campaign = m_workspace.campaigns().load(campaignId);
    if (!campaign)
        return campaign.error();
    auto all = interviews(campaignId);
    if (!all)
        return all.error();
    auto sources = eventSources(campaignId);
    if (!sources)
        return sources.error();
    QList<std::pair<Interview, ical::Event>> out;
    for (const Interview &i : std::as_const(*all)) {
        if (!i.startsAt.isValid())
            continue;
        auto event = eventFor(i, *campaign, *sources);
        if (!event)
            return event.error();
        out.append({i, *event});
    }
    return out;
}

Result<BusyImportSummary> SchedulingService::importWindow(Id campaignId) const
{
    BusyImportSummary window;
    window.timeZone = QStringLiteral("UTC");
    if (campaignId) {
        auto campaign = m_workspace.campaigns().load(campaignId);
        if (!campaign)
            return campaign.error();
        window.timeZone = campaign->timeZone;
        // What matters is the interview window (repeating events are expanded over it).
        if (campaign->windowStart.isValid() && campaign->windowEnd.isValid() &&
            campaign->windowStart <= campaign->windowEnd) {
            window.windowFirst = campaign->windowStart;
            window.windowLast = campaign->windowEnd;
            window.campaignWindow = true;
            return window;
        }
    }
    // No window to go by: from a week ago (what just happened may still be rescheduled) to a
    // year ahead.
    const QDate today =
        m_workspace.clock().now().toTimeZone(QTimeZone(window.timeZone.toUtf8())).date();
    window.windowFirst = today.addDays(-7);
    window.windowLast = today.addYears(1);
    return window;
}

Result<BusyImportSummary>
SchedulingService::importBusyTimes(const QByteArray &ics, const QString &sourceName, Id campaignId)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    auto summary = importWindow(campaignId);
    if (!summary)
        return summary.error();
    const QTimeZone zone(summary->timeZone.toUtf8());
    const ical::Range range{QDateTime(summary->windowFirst, QTime(0, 0), zone).toUTC(),
                            QDateTime(summary->windowLast.addDays(1), QTime(0, 0), zone).toUTC()};
    auto read = ical::readBusyTimes(ics, sourceName, summary->timeZone, range);
    if (!read)
        return read.error();
    Database &db = m_workspace.database();
    auto done =
        db.transact([&] { return BusyRepository(db).replaceSource(sourceName, read->periods); });
    if (!done)
        return done.error();
    emit scheduleChanged(0);
    summary->source = sourceName;
    summary->entries = read->entries;
    summary->kept = read->kept;
    summary->busyPeriods = int(read->periods.size());
    summary->outsideWindow = read->outsideRange;
    summary->cancelled = read->cancelled;
    summary->free = read->free;
    summary->cutShort = read->cutShort;
    return summary;
}

} // namespace shuzai
