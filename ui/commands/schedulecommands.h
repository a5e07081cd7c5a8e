#pragma once

#include "servicecommand.h"
#include "services/schedulingservice.h"

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

// Books an interview; undo cancels it (the history keeps both), redo reinstates it.
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
