#include "schedulecommands.h"

#include <QCoreApplication>

namespace shuzai::ui {

MoveInterviewCommand::MoveInterviewCommand(SchedulingService &scheduling, const Interview &before,
                                           QDateTime newStart)
    : ServiceCommand(QCoreApplication::translate("Command", "Move an interview"))
    , m_scheduling(scheduling)
    , m_id(before.id)
    , m_from(before.startsAt)
    , m_to(std::move(newStart))
{
}

VoidResult MoveInterviewCommand::apply()
{
    auto moved = m_scheduling.move(m_id, m_to);
    return moved ? VoidResult() : VoidResult(moved.error());
}

VoidResult MoveInterviewCommand::revert()
{
    auto moved = m_scheduling.move(m_id, m_from);
    return moved ? VoidResult() : VoidResult(moved.error());
}

} // namespace shuzai::ui

namespace shuzai::ui {

BookInterviewCommand::BookInterviewCommand(SchedulingService &scheduling, Booking booking)
    : ServiceCommand(QCoreApplication::translate("Command", "Book an interview"))
    , m_scheduling(scheduling)
    , m_booking(std::move(booking))
{
}

VoidResult BookInterviewCommand::apply()
{
    if (!m_statusBefore) {
        auto status = m_scheduling.statusOf(m_booking.intervieweeId);
        if (!status)
            return status.error();
        m_statusBefore = *status;
    }
    if (m_id) {
        auto back = m_scheduling.reinstate(m_id, m_booking.tentative ? InterviewState::Tentative
                                                                     : InterviewState::Planned);
        return back ? VoidResult() : VoidResult(back.error());
    }
    auto booked = m_scheduling.book(m_booking);
    if (!booked)
        return booked.error();
    m_id = booked->id;
    return {};
}

VoidResult BookInterviewCommand::revert()
{
    auto cancelled = m_scheduling.cancel(m_id, m_statusBefore);
    return cancelled ? VoidResult() : VoidResult(cancelled.error());
}

RemoveInterviewCommand::RemoveInterviewCommand(SchedulingService &scheduling, Id interviewId)
    : ServiceCommand(QCoreApplication::translate("Command", "Delete an interview"))
    , m_scheduling(scheduling)
    , m_id(interviewId)
{
}

VoidResult RemoveInterviewCommand::apply()
{
    auto removed = m_scheduling.remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return {};
}

VoidResult RemoveInterviewCommand::revert()
{
    auto back = m_scheduling.restore(m_removed);
    return back ? VoidResult() : VoidResult(back.error());
}

std::unique_ptr<ServiceCommand> removeInterviewCommand(SchedulingService &scheduling,
                                                       Id interviewId)
{
    return std::make_unique<RemoveInterviewCommand>(scheduling, interviewId);
}

AddInterviewCommand::AddInterviewCommand(InterviewService &interviews,
                                         SchedulingService &scheduling, Interview interview)
    : ServiceCommand(QCoreApplication::translate("Command", "Add an interview"))
    , m_interviews(interviews)
    , m_scheduling(scheduling)
{
    m_added.interview = std::move(interview);
}

VoidResult AddInterviewCommand::apply()
{
    if (m_removed) {
        auto back = m_scheduling.restore(m_added);
        if (!back)
            return back.error();
        m_removed = false;
        return {};
    }
    auto created = m_interviews.create(m_added.interview);
    if (!created)
        return created.error();
    m_added.interview = *created;
    return {};
}

VoidResult AddInterviewCommand::revert()
{
    auto removed = m_scheduling.remove(m_added.interview.id);
    if (!removed)
        return removed.error();
    m_added = *removed;
    m_removed = true;
    return {};
}

CancelInterviewCommand::CancelInterviewCommand(SchedulingService &scheduling,
                                               const Interview &interview)
    : ServiceCommand(QCoreApplication::translate("Command", "Cancel an interview"))
    , m_scheduling(scheduling)
    , m_id(interview.id)
    , m_state(interview.state)
{
}

VoidResult CancelInterviewCommand::apply()
{
    auto cancelled = m_scheduling.cancel(m_id);
    return cancelled ? VoidResult() : VoidResult(cancelled.error());
}

VoidResult CancelInterviewCommand::revert()
{
    auto back = m_scheduling.reinstate(m_id, m_state);
    return back ? VoidResult() : VoidResult(back.error());
}

EditInterviewCommand::EditInterviewCommand(SchedulingService &scheduling, const Interview &before,
                                           Interview after)
    : ServiceCommand(QCoreApplication::translate("Command", "Change an interview"))
    , m_scheduling(scheduling)
    , m_before(before)
    , m_after(std::move(after))
{
}

VoidResult EditInterviewCommand::save(const Interview &target)
{
    auto details = m_scheduling.changeDetails(target);
    return details ? VoidResult() : VoidResult(details.error());
}

VoidResult EditInterviewCommand::apply()
{
    return save(m_after);
}
VoidResult EditInterviewCommand::revert()
{
    return save(m_before);
}

ConfirmInterviewCommand::ConfirmInterviewCommand(SchedulingService &scheduling, Id interviewId)
    : ServiceCommand(QCoreApplication::translate("Command", "Confirm an interview"))
    , m_scheduling(scheduling)
    , m_id(interviewId)
{
}

VoidResult ConfirmInterviewCommand::apply()
{
    auto confirmed = m_scheduling.confirm(m_id);
    return confirmed ? VoidResult() : VoidResult(confirmed.error());
}

VoidResult ConfirmInterviewCommand::revert()
{
    auto held = m_scheduling.reinstate(m_id, InterviewState::Tentative);
    return held ? VoidResult() : VoidResult(held.error());
}

} // namespace shuzai::ui
