#include "dashboardservice.h"

#include "campaignservice.h"
#include "outreachservice.h"
#include "reviewservice.h"
#include "rosterservice.h"
#include "schedulingservice.h"
#include "storage/transcriptrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace shuzai {

QString toCode(AtRisk::Reason reason)
{
    switch (reason) {
    case AtRisk::Reason::NoReply:
        return QStringLiteral("no_reply");
    case AtRisk::Reason::NotBooked:
        return QStringLiteral("not_booked");
    case AtRisk::Reason::TranscriptMissing:
        return QStringLiteral("transcript_missing");
    case AtRisk::Reason::ReviewOverdue:
        break;
    }
    return QStringLiteral("review_overdue");
}

QString describe(const AtRisk &r)
{
    switch (r.reason) {
    case AtRisk::Reason::NoReply:
        return QCoreApplication::translate("Dashboard", "no reply, follow-up overdue by %n day(s)",
                                           nullptr, r.days);
    case AtRisk::Reason::NotBooked:
        if (r.days < 0) {
            return QCoreApplication::translate("Dashboard",
                                               "accepted but not booked; the window has closed");
        }
        return QCoreApplication::translate(
            "Dashboard", "accepted but not booked; the window closes in %n day(s)", nullptr,
            r.days);
    case AtRisk::Reason::TranscriptMissing:
        return QCoreApplication::translate(
            "Dashboard", "no transcript %n day(s) after the interview", nullptr, r.days);
    case AtRisk::Reason::ReviewOverdue:
        break;
    }
    return QCoreApplication::translate("Dashboard", "review answer overdue by %n day(s)", nullptr,
                                       r.days);
}

QString publicationCountdown(int daysLeft)
{
    if (daysLeft > 0) {
        return QCoreApplication::translate("Dashboard", "%n day(s) to publication", nullptr,
                                           daysLeft);
    }
    if (daysLeft == 0)
        return QCoreApplication::translate("Dashboard", "Published today");
    return QCoreApplication::translate("Dashboard", "Published (%n day(s) ago)", nullptr,
                                       -daysLeft);
}

QString describe(const CategoryProgress &c)
{
    return QCoreApplication::translate("Dashboard",
                                       "%1: %2 of %3 confirmed, %4 interviewed, %5 approved")
        .arg(c.name)
        .arg(c.confirmed)
        .arg(c.total)
        .arg(c.interviewed)
        .arg(c.approved);
}

namespace {
bool isConfirmed(PipelineStatus s)
{
    switch (s) {
    case PipelineStatus::Accepted:
    case PipelineStatus::Scheduled:
    case PipelineStatus::Interviewed:
    case PipelineStatus::InReview:
    case PipelineStatus::Approved:
        return true;
    default:
        return false;
    }
}
} // namespace

Result<Dashboard> DashboardService::build(Id campaignId)
{
    auto campaign = m_workspace.campaigns().load(campaignId);
    if (!campaign)
        return campaign.error();
    auto people = m_workspace.roster().list(campaignId);
    if (!people)
        return people.error();
    auto interviews = m_workspace.scheduling().interviews(campaignId);
    if (!interviews)
        return interviews.error();
    auto due = m_workspace.outreach().due(campaignId);
    if (!due)
        return due.error();
    auto reviews = m_workspace.review().overview(campaignId, *people);
    if (!reviews)
        return reviews.error();
    auto reviewDue = m_workspace.review().dueDate(campaignId);
    if (!reviewDue)
        return reviewDue.error();

    const QDateTime now = m_workspace.clock().now();
    const QTimeZone named(campaign->timeZone.toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone::utc();
    const QDate today = now.toTimeZone(zone).date();
    const QHash<Id, QString> names = publicationNames(*people);

    Dashboard d;
    d.campaignId = campaignId;
    d.title = campaign->title;
    d.today = today;
    d.publicationDate = campaign->publicationDate;
    d.daysLeft = int(today.daysTo(campaign->publicationDate));
    d.reviewDue = *reviewDue;
    // Someone whose transcript is in was interviewed, whatever their status says (a transcript
    // imported before statuses followed them).
    auto transcribed =
        TranscriptRepository(m_workspace.database()).interviewsWithTranscripts(campaignId);
    if (!transcribed)
        return transcribed.error();
    QSet<Id> peopleTranscribed;
    for (const Interview &i : *interviews) {
        if (transcribed->contains(i.id))
            peopleTranscribed.insert(i.intervieweeId);
    }
    for (const Category &c : campaign->categories) {
        CategoryProgress p;
        p.categoryId = c.id;
        p.name = c.name;
        for (const Interviewee &i : *people) {
            if (i.data.categoryId != c.id)
                continue;
            ++p.total;
            p.byStatus[i.data.status] += 1;
            const bool interviewed =
                i.data.status == PipelineStatus::Interviewed ||
                i.data.status == PipelineStatus::InReview ||
                i.data.status == PipelineStatus::Approved ||
                (peopleTranscribed.contains(i.id) && i.data.status != PipelineStatus::Withdrawn);
            p.confirmed += isConfirmed(i.data.status) || interviewed;
            p.interviewed += interviewed;
            p.approved += i.data.status == PipelineStatus::Approved;
        }
        d.categories.append(p);
    }

    for (const FollowUpDue &f : *due) {
        d.atRisk.append({f.intervieweeId, names.value(f.intervieweeId), AtRisk::Reason::NoReply,
                         f.daysOverdue, f.lastLetter.toTimeZone(zone).date()});
    }
    QHash<Id, QList<Interview>> byPerson;
    for (const Interview &i : *interviews)
        byPerson[i.intervieweeId].append(i);
    const int windowLeft = int(today.daysTo(campaign->windowEnd));
    for (const Interviewee &p : *people) {
        // Someone who declined or withdrew needs nothing more.
        if (p.data.status == PipelineStatus::Declined || p.data.status == PipelineStatus::Withdrawn)
            continue;
        bool booked = false;
        for (const Interview &i : byPerson.value(p.id)) {
            if (i.state == InterviewState::Cancelled || !i.startsAt.isValid())
                continue;
            booked = true;
            // A hold that was never confirmed did not take place.
            if (i.state == InterviewState::Tentative || i.startsAt.addSecs(i.minutes * 60) > now)
                continue;
            if (!transcribed->contains(i.id)) {
                const QDate held = i.startsAt.toTimeZone(zone).date();
                d.atRisk.append({p.id, names.value(p.id), AtRisk::Reason::TranscriptMissing,
                                 int(held.daysTo(today)), held});
            }
        }
        if (!booked && p.data.status == PipelineStatus::Accepted &&
            windowLeft <= kBookingWarningDays) {
            d.atRisk.append({p.id, names.value(p.id), AtRisk::Reason::NotBooked, windowLeft,
                             campaign->windowEnd});
        }
    }
    for (const ReviewState &r : *reviews) {
        if (r.overdue) {
            d.atRisk.append({r.intervieweeId, r.name, AtRisk::Reason::ReviewOverdue,
                             int(r.dueDate.daysTo(today)), r.dueDate});
        }
    }
    // The review is closest to the deadline, then bookings, then transcripts, then replies.
    std::stable_sort(d.atRisk.begin(), d.atRisk.end(), [](const AtRisk &a, const AtRisk &b) {
        const auto rank = [](AtRisk::Reason r) {
            switch (r) {
            case AtRisk::Reason::ReviewOverdue:
                return 0;
            case AtRisk::Reason::NotBooked:
                return 1;
            case AtRisk::Reason::TranscriptMissing:
                return 2;
            case AtRisk::Reason::NoReply:
                break;
            }
            return 3;
        };
        return rank(a.reason) != rank(b.reason) ? rank(a.reason) < rank(b.reason) : a.days > b.days;
    });
    return d;
}

} // namespace shuzai
