#pragma once

#include "servicecommand.h"
#include "services/interviewservice.h"
#include "services/schedulingservice.h"

#include <memory>

namespace shuzai::ui {

// Reschedules an interview (a drag in the calendar); undo moves it back. Both are moves, so the
// history and the calendar SEQUENCE record each of them.
class MoveInterviewCommand final : public ServiceCommand {
public:
    MoveInterviewCommand(SchedulingService &scheduling, const Interview &before,
                         QDateTime newStart);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    SchedulingService &m_scheduling;
    Id m_id;
    QDateTime m_from;
    QDateTime m_to;
};

// Books an interview; undo cancels it (the history keeps both) and puts the person's status
// back to what it was before the booking; redo reinstates it.
class BookInterviewCommand final : public ServiceCommand {
public:
    BookInterviewCommand(SchedulingService &scheduling, Booking booking);
    Id interviewId() const { return m_id; }

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    SchedulingService &m_scheduling;
    Booking m_booking;
    Id m_id = 0;
    std::optional<PipelineStatus> m_statusBefore;
};

// Deletes an interview that holds no transcript; undo brings the same interview back (id,
// booking, history) and the person's status with it.
class RemoveInterviewCommand final : public ServiceCommand {
public:
    RemoveInterviewCommand(SchedulingService &scheduling, Id interviewId);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    SchedulingService &m_scheduling;
    Id m_id;
    RemovedInterview m_removed;
};

// What every screen offering "Delete interview" pushes (the transcripts tree, the calendar):
// execute() it, show its error if refused, else push it on the undo stack.
std::unique_ptr<ServiceCommand> removeInterviewCommand(SchedulingService &scheduling,
                                                       Id interviewId);

// Adds an interview without a date (the transcripts screen's "New interview"); undo deletes it
// again, redo brings the same one back.
class AddInterviewCommand final : public ServiceCommand {
public:
    AddInterviewCommand(InterviewService &interviews, SchedulingService &scheduling,
                        Interview interview);
    Id interviewId() const { return m_added.interview.id; }

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    InterviewService &m_interviews;
    SchedulingService &m_scheduling;
    RemovedInterview m_added; // the interview as added (and, once undone, its history)
    bool m_removed = false;
};

// Cancels an interview; undo reinstates it as it was.
class CancelInterviewCommand final : public ServiceCommand {
public:
    CancelInterviewCommand(SchedulingService &scheduling, const Interview &interview);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    SchedulingService &m_scheduling;
    Id m_id;
    InterviewState m_state;
};

// Confirms a held (tentative) interview; undo makes it a hold again.
class ConfirmInterviewCommand final : public ServiceCommand {
public:
    ConfirmInterviewCommand(SchedulingService &scheduling, Id interviewId);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    SchedulingService &m_scheduling;
    Id m_id;
};

// Changes length, mode, place, URL, writer and time; undo restores them.
class EditInterviewCommand final : public ServiceCommand {
public:
    EditInterviewCommand(SchedulingService &scheduling, const Interview &before, Interview after);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    VoidResult save(const Interview &target);
    SchedulingService &m_scheduling;
    Interview m_before;
    Interview m_after;
};

} // namespace shuzai::ui
