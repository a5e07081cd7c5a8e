#pragma once

#include "calendar/icalendar.h"
#include "domain/interview.h"
#include "scheduling/conflicts.h"
#include "scheduling/slots.h"
#include "storage/interviewrepository.h"
#include "util/result.h"

#include <QObject>
#include <functional>

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

// Slots, bookings (with their history), conflicts and calendars of a campaign.
class SchedulingService : public QObject {
    Q_OBJECT
public:
    explicit SchedulingService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<QList<Slot>> slotsOf(Id campaignId);
    // The free candidate times in the letter's format (shared with outreach).
    Result<QString> freeSlotBlock(Id campaignId);

    Result<Interview> book(const Booking &booking);
    Result<Interview> move(Id interviewId, const QDateTime &newStart);
    Result<Interview> cancel(Id interviewId);
    Result<Interview> confirm(Id interviewId);
    // Undoes a cancellation (undo of a booking, redo of a cancel).
    Result<Interview> reinstate(Id interviewId, InterviewState state);
    // Time, length, mode, place, meeting URL and writer in one change; the invitation's
    // SEQUENCE moves on.
    Result<Interview> changeDetails(const Interview &details);
    Result<QList<InterviewChange>> history(Id interviewId);
    Result<QList<Interview>> interviews(Id campaignId);
    Result<QList<Conflict>> conflicts(Id campaignId);

    // iCalendar: one interview as an invitation (or its cancellation), or a whole campaign.
    Result<QByteArray> exportInterview(Id interviewId);
    Result<QByteArray> exportCampaign(Id campaignId);
    // Busy times of someone's calendar, checked against bookings; returns how many. Floating
    // times are read in the campaign's zone.
    Result<int> importBusyTimes(const QByteArray &ics, const QString &sourceName,
                                Id campaignId = 0);

signals:
    void scheduleChanged(shuzai::Id intervieweeId);

private:
    struct Plan {
        Campaign campaign;
        QList<Interview> interviews;
    };
    Result<Plan> plan(Id campaignId);
    VoidResult requireEditor() const;
    Result<ical::Event> eventFor(const Interview &interview, const Campaign &campaign);
    // The audit entry of a booking change, in the caller's transaction.
    VoidResult auditChange(const QString &action, const Interview &before, const Interview &after);
    Result<Interview> change(Id interviewId, const QString &action,
                             const std::function<void(Interview &)> &edit, bool reschedule);
    Workspace &m_workspace;
};

} // namespace shuzai
