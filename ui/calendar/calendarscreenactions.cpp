// The calendar's answers to the shell's toolbar and shortcuts: Ctrl+N books, Del deletes the
// interview picked in the week.
#include "calendarscreen.h"

#include "commands/schedulecommands.h"
#include "common/messagebox.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QUndoStack>

namespace shuzai::ui {

bool CalendarScreen::supports(ScreenAction action) const
{
    switch (action) {
    case ScreenAction::New:
        return m_campaignId != 0;
    case ScreenAction::Delete:
        return m_week->selectedInterview() != 0;
    case ScreenAction::Find:
    case ScreenAction::Refresh:
        return false;
    }
    return false;
}

void CalendarScreen::trigger(ScreenAction action)
{
    if (action == ScreenAction::New)
        bookInterview();
    else if (action == ScreenAction::Delete)
        deletePickedInterview();
}

QString CalendarScreen::actionText(ScreenAction action) const
{
    if (action == ScreenAction::New)
        return tr("Book interview…");
    if (action == ScreenAction::Delete)
        return tr("Delete interview");
    return {};
}

void CalendarScreen::deletePickedInterview()
{
    const Id picked = m_week->selectedInterview();
    const auto item =
        std::find_if(m_items.cbegin(), m_items.cend(),
                     [picked](const WeekView::Item &i) { return i.interview.id == picked; });
    if (item == m_items.cend())
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete interview"),
        tr("Delete the interview “%1” (%2)? Only an interview without a transcript can be "
           "deleted; Edit ▸ Undo brings it back.")
            .arg(item->title, datetext::shortDateTime(item->interview.startsAt, m_zone)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto command = removeInterviewCommand(m_context.workspace.scheduling(), picked);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Delete interview"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

} // namespace shuzai::ui
