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

} // namespace shuzai::ui
