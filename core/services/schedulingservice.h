#pragma once

#include "calendar/icalendar.h"
#include "domain/interview.h"
#include "domain/interviewchange.h"
#include "domain/interviewee.h"
#include "domain/user.h"
#include "scheduling/conflicts.h"
#include "scheduling/slots.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

namespace shuzai {

class Workspace;

struct Booking {
    Id intervieweeId = 0;
    QDateTime start; // any zone
    int minutes = 0; // 0: the campaign's length
    InterviewMode mode = InterviewMode::Online;
    QString place;
    QString meetingUrl;
    Id writerId = 0;
    bool tentative = false; // held for the person until confirmed
};

// What an import of busy times did: the file's entries (events, an overriding event of one
// occurrence included, and free/busy periods) each kept or left out for one reason, the busy
// periods stored (a repeating event once per occurrence in the window) and the window read.
struct BusyImportSummary {
    QString source;
    int entries = 0;
    int kept = 0;
    int busyPeriods = 0;
    int outsideWindow = 0;
    int cancelled = 0;
    int free = 0; // marked free or transparent
    // Repeating events so frequent (every minute, every second) that only their first 20,000
    // repetitions were worked out: they block less than the whole window.
    int cutShort = 0;
    // The days looked at, first and last, in `timeZone`: the campaign's interview window, or
    // (without a campaign or window) from a week before today to a year after it.
    QDate windowFirst;
    QDate windowLast;
    QString timeZone;
    bool campaignWindow = false;
};

// Everything a removal of an interview takes away, so undo can put it back as it was.
struct RemovedInterview {
    Interview interview;
    QDateTime createdAt;
    QList<InterviewChange> history;
};

// What the calendar shows of a campaign: its interviews and their conflicts, read once.
struct CampaignCalendar {
    Campaign campaign;
    QList<Interview> interviews;
    QList<Conflict> conflicts;
};

// Slots, bookings (with their history), conflicts and calendars of a campaign.
class SchedulingService : public QObject {
    Q_OBJECT
public:
    explicit SchedulingService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<QList<Slot>> slotsOf(Id campaignId);
    // The person's campaign's slots starting at `starts` written out in its zone, one a line
    // ("5月28日（水）15:00-16:00"); refused, naming the time, when one starts no slot.
    Result<QString> describeSlots(Id intervieweeId, const QList<QDateTime> &starts);
    // Where a booking for the person starts from: the first time their last acceptance chose
    // that is still free and not past (by the workspace clock); none when there is no such time.
    Result<std::optional<QDateTime>> preferredStart(Id intervieweeId);
    // The free candidate times in the letter's format (shared with outreach).
    Result<QString> freeSlotBlock(Id campaignId);

    Result<Interview> book(const Booking &booking);
    // The person's pipeline status, which bookings move (what an undo of a booking returns to).
    Result<PipelineStatus> statusOf(Id intervieweeId);
    Result<Interview> move(Id interviewId, const QDateTime &newStart);
    // With `statusBack` (the undo of a booking): the person's status returns to it, when the
    // booking had moved them to scheduled and nothing moved them on since.
    Result<Interview> cancel(Id interviewId, std::optional<PipelineStatus> statusBack = {});
    Result<Interview> confirm(Id interviewId);
    // Undoes a cancellation (undo of a booking, redo of a cancel).
    Result<Interview> reinstate(Id interviewId, InterviewState state);
    // Time, length, mode, place, meeting URL and writer in one change; the invitation's
    // SEQUENCE moves on.
    Result<Interview> changeDetails(const Interview &details);
    Result<QList<InterviewChange>> history(Id interviewId);
    // Deletes an interview that holds no transcript (a duplicate, a mistake), with its history,
    // in one audited change; the person's status follows as for a cancellation. Editors only.
    Result<RemovedInterview> remove(Id interviewId);
    // Undo of remove(): the same interview (id, booking, history) and the status it had.
    Result<Interview> restore(const RemovedInterview &removed);
    Result<QList<Interview>> interviews(Id campaignId);
    Result<QList<Conflict>> conflicts(Id campaignId);
    Result<CampaignCalendar> calendar(Id campaignId);

    // iCalendar: one interview as an invitation (or its cancellation), or a whole campaign.
    Result<QByteArray> exportInterview(Id interviewId);
    Result<QByteArray> exportCampaign(Id campaignId);
    // Busy times of someone's calendar, checked against bookings, in place of what was imported
    // from `sourceName` before. Read over the campaign's interview window, in its zone (floating
    // times and all-day events included); without a campaign (0) over the default window in UTC.
    Result<BusyImportSummary> importBusyTimes(const QByteArray &ics, const QString &sourceName,
                                              Id campaignId = 0);
    // The campaign's interviews that have a date, each with its calendar event as invitations
    // carry it (same UID; a cancelled one as STATUS:CANCELLED): what CalDAV publishes.
    Result<QList<std::pair<Interview, ical::Event>>> calendarEvents(Id campaignId);
    // The days busy times are read over, as importBusyTimes() reads them.
    Result<BusyImportSummary> busyWindow(Id campaignId) const { return importWindow(campaignId); }

signals:
    void scheduleChanged(shuzai::Id intervieweeId);

private:
    struct Plan {
        Campaign campaign;
        QList<Interview> interviews;
    };
    Result<Plan> plan(Id campaignId);
    Result<BusyImportSummary> importWindow(Id campaignId) const;
    VoidResult requireEditor() const;
    // What every event of a campaign draws on, read once for a whole export (per interview,
    // the campaign's people and the team made an export grow with the square of its size).
    struct EventSources {
        QString instance;
        QList<User> users;
        QHash<Id, Interviewee> people;
        QHash<Id, QString> shownNames; // as a calendar file may show them (aliases)
    };
    Result<EventSources> eventSources(Id campaignId);
    Result<ical::Event> eventFor(const Interview &interview, const Campaign &campaign,
                                 const EventSources &sources);
    // The person's status after a booking change, in the caller's transaction: a confirmed date
    // makes them scheduled (日程確定), losing their only one takes them back to accepted (or, in
    // an undo, to `statusBack`, the status before the booking). Returns whether it moved.
    Result<bool> followStatus(Id intervieweeId, std::optional<PipelineStatus> statusBack = {});
    // The audit entry of a booking change, in the caller's transaction.
    VoidResult auditChange(const QString &action, const Interview &before, const Interview &after);
    Result<Interview> change(Id interviewId, const QString &action,
                             const std::function<void(Interview &)> &edit, bool reschedule,
                             std::optional<PipelineStatus> statusBack = {});
    // After a committed change of `intervieweeId`'s interviews: the calendar and the roster.
    void announce(Id intervieweeId, bool statusMoved);
    Workspace &m_workspace;
};

} // namespace shuzai
