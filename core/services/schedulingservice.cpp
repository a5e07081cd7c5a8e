#include "schedulingservice.h"

#include "auditservice.h"
#include "campaignservice.h"
#include "domain/slotformat.h"
#include "outreachservice.h"
#include "rosterservice.h"
#include "storage/busyrepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "storage/interviewrepository.h"
#include "util/datetext.h"
#include "util/logging.h"
#include "workspace.h"

#include <QTimeZone>
#include <algorithm>

namespace shuzai {

VoidResult SchedulingService::requireEditor() const
{
    return m_workspace.require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "schedule interviews"));
}

Result<QList<Interview>> SchedulingService::interviews(Id campaignId)
{
    return InterviewRepository(m_workspace.database()).forCampaign(campaignId);
}

Result<SchedulingService::Plan> SchedulingService::plan(Id campaignId)
{
    auto campaign = m_workspace.campaigns().load(campaignId);
    if (!campaign)
        return campaign.error();
    auto all = interviews(campaignId);
    if (!all)
        return all.error();
    return Plan{*campaign, *all};
}

Result<QList<Slot>> SchedulingService::slotsOf(Id campaignId)
{
    auto p = plan(campaignId);
    if (!p)
        return p.error();
    return campaignSlots(p->campaign, p->interviews);
}

Result<QString> SchedulingService::describeSlots(Id intervieweeId, const QList<QDateTime> &starts)
{
    auto person = IntervieweeRepository(m_workspace.database()).load(intervieweeId);
    if (!person)
        return person.error();
    auto p = plan(person->campaignId);
    if (!p)
        return p.error();
    const QTimeZone zone(p->campaign.timeZone.toUtf8());
    const QList<Slot> offered = campaignSlots(p->campaign, p->interviews);
    QStringList parts;
    for (const QDateTime &start : starts) {
        const QDateTime local = start.toTimeZone(zone);
        const auto slot = std::find_if(offered.cbegin(), offered.cend(),
                                       [&](const Slot &s) { return s.start == start.toUTC(); });
        if (slot == offered.cend()) {
            return Error(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("Error", "%1 is not one of the campaign's candidate times."),
                {datetext::shortDateTime(start,
                                         zone)}, // in the editor's language, not the letter's
                QStringLiteral("prefers"));
        }
        parts.append(japaneseMonthDayWeekday(local.date()) +
                     local.toString(QStringLiteral("HH:mm")) + u'-' +
                     slot->end.toTimeZone(zone).toString(QStringLiteral("HH:mm")));
    }
    return parts.join(QString::fromUtf8("、"));
}

Result<std::optional<QDateTime>> SchedulingService::preferredStart(Id intervieweeId)
{
    auto person = IntervieweeRepository(m_workspace.database()).load(intervieweeId);
    if (!person)
        return person.error();
    auto replies = m_workspace.outreach().replies(person->campaignId, intervieweeId);
    if (!replies)
        return replies.error();
    auto offered = slotsOf(person->campaignId);
    if (!offered)
        return offered.error();
    const QDateTime now = m_workspace.clock().now();
    for (auto reply = replies->crbegin(); reply != replies->crend(); ++reply) {
        if (reply->kind != OutreachReply::Kind::Accepted)
            continue;
        // The last acceptance speaks for the person; its first time still open wins.
        for (const QDateTime &start : reply->preferredStarts) {
            for (const Slot &s : *offered) {
                if (s.start == start && s.state != Slot::State::Booked && s.start > now)
                    return std::optional<QDateTime>(s.start);
            }
        }
        break;
    }
    return std::optional<QDateTime>();
}

Result<QString> SchedulingService::freeSlotBlock(Id campaignId)
{
    auto p = plan(campaignId);
    if (!p)
        return p.error();
    return shuzai::freeSlotBlock(p->campaign, p->interviews);
}

Result<Interview> SchedulingService::book(const Booking &b)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(b.intervieweeId); !open)
        return open.error();
    if (!b.start.isValid()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Choose a date and time for the interview."), {},
                     QStringLiteral("start"));
    }
    Database &db = m_workspace.database();
    Id id = 0;
    bool statusMoved = false;
    auto done = db.transact([&]() -> VoidResult {
        auto person = IntervieweeRepository(db).load(b.intervieweeId);
        if (!person)
            return person.error();
        auto campaign = CampaignRepository(db).load(person->campaignId);
        if (!campaign)
            return campaign.error();
        Interview i;
        i.intervieweeId = b.intervieweeId;
        i.startsAt = b.start.toUTC();
        i.minutes = b.minutes > 0 ? b.minutes : campaign->interviewMinutes;
        i.mode = b.mode;
        i.place = b.place.trimmed();
        i.meetingUrl = b.meetingUrl.trimmed();
        i.writerId = b.writerId;
        i.state = b.tentative ? InterviewState::Tentative : InterviewState::Planned;
        InterviewRepository repo(db);
        auto inserted = repo.insert(i);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto r = m_workspace.audit().append(
                QStringLiteral("interview.booked"), person->campaignId, b.intervieweeId,
                QStringLiteral("interview %1").arg(id), {},
                i.startsAt.toString(Qt::ISODate) + u' ' + toCode(i.state));
            !r)
            return r;
        if (auto r = repo.addHistory(id, QStringLiteral("booked"), {}, i.startsAt,
                                     m_workspace.actor().id);
            !r)
            return r;
        auto moved = followStatus(b.intervieweeId);
        if (!moved)
            return moved.error();
        statusMoved = *moved;
        return {};
    });
    if (!done)
        return done.error();
    log::info("booked interview {} for interviewee {}", id, b.intervieweeId);
    announce(b.intervieweeId, statusMoved);
    return InterviewRepository(db).load(id);
}

Result<PipelineStatus> SchedulingService::statusOf(Id intervieweeId)
{
    auto person = IntervieweeRepository(m_workspace.database()).load(intervieweeId);
    if (!person)
        return person.error();
    return person->data.status;
}

void SchedulingService::announce(Id intervieweeId, bool statusMoved)
{
    emit scheduleChanged(intervieweeId);
    if (!statusMoved)
        return;
    if (auto person = IntervieweeRepository(m_workspace.database()).load(intervieweeId))
        emit m_workspace.roster().intervieweeChanged(person->campaignId, intervieweeId);
}

Result<bool> SchedulingService::followStatus(Id intervieweeId,
                                             std::optional<PipelineStatus> statusBack)
{
    Database &db = m_workspace.database();
    auto person = IntervieweeRepository(db).load(intervieweeId);
    if (!person)
        return person.error();
    auto interviews = InterviewRepository(db).forInterviewee(intervieweeId);
    if (!interviews)
        return interviews.error();
    const bool dated =
        std::any_of(interviews->cbegin(), interviews->cend(), [](const Interview &i) {
            return i.state == InterviewState::Planned || i.state == InterviewState::Held;
        });
    const PipelineStatus now = person->data.status;
    PipelineStatus next = now;
    switch (now) {
    case PipelineStatus::NotContacted:
    case PipelineStatus::RequestSent:
    case PipelineStatus::Accepted:
    case PipelineStatus::Declined:
        if (dated)
            next = PipelineStatus::Scheduled;
        break;
    case PipelineStatus::Scheduled:
        // Their only date was cancelled: they had agreed, the date is to be found again (an
        // undone booking: back where they were before it).
        if (!dated)
            next = statusBack.value_or(PipelineStatus::Accepted);
        break;
    default: // interviewed and later, or withdrawn: a booking does not move them back
        break;
    }
    if (next == now)
        return false;
    if (auto r = m_workspace.roster().moveStatus(*person, next); !r)
        return r.error();
    return true;
}

VoidResult SchedulingService::auditChange(const QString &action, const Interview &before,
                                          const Interview &after)
{
    auto person = IntervieweeRepository(m_workspace.database()).load(before.intervieweeId);
    if (!person)
        return person.error();
    const auto describe = [](const Interview &i) {
        return i.startsAt.toString(Qt::ISODate) + u' ' + toCode(i.state);
    };
    return m_workspace.audit().append(
        QStringLiteral("interview.") + action, person->campaignId, before.intervieweeId,
        QStringLiteral("interview %1").arg(before.id), describe(before), describe(after));
}

Result<Interview> SchedulingService::change(Id interviewId, const QString &action,
                                            const std::function<void(Interview &)> &edit,
                                            bool reschedule,
                                            std::optional<PipelineStatus> statusBack)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterview(interviewId); !open)
        return open.error();
    Database &db = m_workspace.database();
    Id person = 0;
    bool statusMoved = false;
    auto done = db.transact([&]() -> VoidResult {
        InterviewRepository repo(db);
        auto current = repo.load(interviewId);
        if (!current)
            return current.error();
        if (current->state == InterviewState::Cancelled) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "Interview %1 is cancelled."),
                         {QString::number(interviewId)});
        }
        person = current->intervieweeId;
        Interview changed = *current;
        edit(changed);
        auto saved = repo.update(changed, reschedule);
        if (!saved)
            return saved.error();
        if (auto r = auditChange(action, *current, changed); !r)
            return r;
        if (auto r = repo.addHistory(interviewId, action, current->startsAt, changed.startsAt,
                                     m_workspace.actor().id);
            !r)
            return r;
        auto moved = followStatus(person, statusBack);
        if (!moved)
            return moved.error();
        statusMoved = *moved;
        return {};
    });
    if (!done)
        return done.error();
    announce(person, statusMoved);
    return InterviewRepository(db).load(interviewId);
}

Result<Interview> SchedulingService::move(Id interviewId, const QDateTime &newStart)
{
    if (!newStart.isValid()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Choose a date and time for the interview."), {},
                     QStringLiteral("start"));
    }
    return change(
        interviewId, QStringLiteral("moved"), [&](Interview &i) { i.startsAt = newStart.toUTC(); },
        true);
}

Result<Interview> SchedulingService::cancel(Id interviewId,
                                            std::optional<PipelineStatus> statusBack)
{
    return change(
        interviewId, QStringLiteral("cancelled"),
        [](Interview &i) { i.state = InterviewState::Cancelled; }, true, statusBack);
}

Result<Interview> SchedulingService::confirm(Id interviewId)
{
    return change(
        interviewId, QStringLiteral("confirmed"),
        [](Interview &i) { i.state = InterviewState::Planned; }, false);
}

Result<Interview> SchedulingService::reinstate(Id interviewId, InterviewState state)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterview(interviewId); !open)
        return open.error();
    Database &db = m_workspace.database();
    Id person = 0;
    bool statusMoved = false;
    auto done = db.transact([&]() -> VoidResult {
        InterviewRepository repo(db);
        auto current = repo.load(interviewId);
        if (!current)
            return current.error();
        person = current->intervieweeId;
        Interview changed = *current;
        changed.state = state == InterviewState::Cancelled ? InterviewState::Planned : state;
        auto saved = repo.update(changed, true);
        if (!saved)
            return saved.error();
        if (auto r = auditChange(QStringLiteral("reinstated"), *current, changed); !r)
            return r;
        if (auto r = repo.addHistory(interviewId, QStringLiteral("reinstated"), current->startsAt,
                                     changed.startsAt, m_workspace.actor().id);
            !r)
            return r;
        auto moved = followStatus(person);
        if (!moved)
            return moved.error();
        statusMoved = *moved;
        return {};
    });
    if (!done)
        return done.error();
    announce(person, statusMoved);
    return InterviewRepository(db).load(interviewId);
}

Result<Interview> SchedulingService::changeDetails(const Interview &details)
{
    if (details.minutes < 10 || details.minutes > 480) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The interview length must be between 10 and 480 "
                                                "minutes."),
                     {}, QStringLiteral("minutes"));
    }
    auto current = InterviewRepository(m_workspace.database()).load(details.id);
    if (!current)
        return current.error();
    const bool moved = details.startsAt.isValid() && details.startsAt != current->startsAt;
    return change(
        details.id, moved ? QStringLiteral("moved") : QStringLiteral("changed"),
        [&](Interview &i) {
            if (moved)
                i.startsAt = details.startsAt.toUTC();
            i.minutes = details.minutes;
            i.mode = details.mode;
            i.place = details.place.trimmed();
            i.meetingUrl = details.meetingUrl.trimmed();
            i.writerId = details.writerId;
        },
        true);
}

Result<QList<InterviewChange>> SchedulingService::history(Id interviewId)
{
    return InterviewRepository(m_workspace.database()).history(interviewId);
}

Result<QList<Conflict>> SchedulingService::conflicts(Id campaignId)
{
    auto c = calendar(campaignId);
    if (!c)
        return c.error();
    return c->conflicts;
}

Result<CampaignCalendar> SchedulingService::calendar(Id campaignId)
{
    auto p = plan(campaignId);
    if (!p)
        return p.error();
    const QList<Interview> &all = p->interviews;
    QDateTime from, to;
    for (const Interview &i : all) {
        if (!i.startsAt.isValid())
            continue;
        if (!from.isValid() || i.startsAt < from)
            from = i.startsAt;
        const QDateTime end = i.startsAt.addSecs(i.minutes * 60);
        if (!to.isValid() || end > to)
            to = end;
    }
    QList<BusyPeriod> busy;
    if (from.isValid()) {
        auto found = BusyRepository(m_workspace.database()).between(from, to);
        if (!found)
            return found.error();
        busy = *found;
    }
    QList<Conflict> conflicts = findConflicts(p->campaign, all, busy);
    return CampaignCalendar{std::move(p->campaign), std::move(p->interviews), std::move(conflicts)};
}

} // namespace shuzai
