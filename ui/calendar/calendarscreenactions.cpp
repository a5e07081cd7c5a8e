// The calendar's answers to the shell's toolbar and shortcuts (Ctrl+N books, Del deletes the
// interview picked in the week) and its context menu.
#include "calendarscreen.h"

#include "commands/schedulecommands.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QMenu>
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

const WeekView::Item *CalendarScreen::itemOf(Id interviewId) const
{
    for (const WeekView::Item &item : m_items) {
        if (item.interview.id == interviewId)
            return &item;
    }
    return nullptr; // 0, or not in the campaign shown
}

void CalendarScreen::deletePickedInterview()
{
    deleteInterview(m_week->selectedInterview());
}

void CalendarScreen::deleteInterview(Id interviewId)
{
    const WeekView::Item *item = itemOf(interviewId);
    if (!item)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete interview"),
        tr("Delete the interview “%1” (%2)? Only an interview without a transcript can be "
           "deleted; Edit ▸ Undo brings it back.")
            .arg(item->title, datetext::shortDateTime(item->interview.startsAt, m_zone)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto command = removeInterviewCommand(m_context.workspace.scheduling(), interviewId);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Delete interview"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

void CalendarScreen::cancelInterview(Id interviewId)
{
    const WeekView::Item *item = itemOf(interviewId);
    if (!item || !confirmCancel(item->interview))
        return;
    auto command =
        std::make_unique<CancelInterviewCommand>(m_context.workspace.scheduling(), item->interview);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Cancel interview"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

std::unique_ptr<QMenu> CalendarScreen::contextMenu(Id interviewId, const QDateTime &time)
{
    auto menu = std::make_unique<QMenu>(this);
    menu->setObjectName(QStringLiteral("calendarContextMenu"));
    const auto add = [&menu](const char *name, const QString &icon, const QString &text,
                             std::function<void()> run) {
        QAction *a = menu->addAction(icons::get(icon), text);
        a->setObjectName(QLatin1String(name));
        QObject::connect(a, &QAction::triggered, menu.get(), std::move(run));
        return a;
    };
    const WeekView::Item *item = itemOf(interviewId);
    if (!item) {
        // Empty time: book the chosen person there, as a double-click does.
        add("bookHere", QStringLiteral("appointment-new"),
            tr("Book interview at %1…").arg(datetext::shortDateTime(time, m_zone)),
            [this, time] { bookInterview(0, time, 0); });
        return menu;
    }
    const Interview interview = item->interview;
    QAction *open = add("openInterview", QStringLiteral("document-open"), tr("&Open…"),
                        [this, interviewId] { openInterview(interviewId); });
    menu->setDefaultAction(open);
    add("saveInvitation", QStringLiteral("document-save-as"), tr("Save &invitation (.ics)…"),
        [this, interviewId] { saveInvitation(interviewId); });
    menu->addSeparator();
    if (interview.state != InterviewState::Cancelled && interview.state != InterviewState::Held) {
        add("cancelInterview", QStringLiteral("document-revert"), tr("&Cancel interview…"),
            [this, interviewId] { cancelInterview(interviewId); });
    }
    add("deleteInterview", QStringLiteral("edit-delete"), tr("&Delete interview"),
        [this, interviewId] { deleteInterview(interviewId); });
    return menu;
}

} // namespace shuzai::ui
