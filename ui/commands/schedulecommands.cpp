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
