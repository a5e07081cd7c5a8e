// The roster's answers to the shell's toolbar and shortcuts (Ctrl+N, Del, Ctrl+F, F5) and the
// person it hands to the next screen.
#include "rostermodel.h"
#include "rosterscreen.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace shuzai::ui {

bool RosterScreen::supports(ScreenAction action) const
{
    switch (action) {
    case ScreenAction::New:
        return m_add->isEnabled();
    case ScreenAction::Delete:
        return m_remove->isEnabled();
    case ScreenAction::Find:
        return true;
    case ScreenAction::Refresh:
        return false; // the shell reloads the campaign
    }
    return false;
}

void RosterScreen::trigger(ScreenAction action)
{
    switch (action) {
    case ScreenAction::New:
        addInterviewee();
        break;
    case ScreenAction::Delete:
        removeInterviewee();
        break;
    case ScreenAction::Find:
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
        break;
    case ScreenAction::Refresh:
        break;
    }
}

QString RosterScreen::actionText(ScreenAction action) const
{
    switch (action) {
    case ScreenAction::New:
        return tr("Add interviewee…");
    case ScreenAction::Delete:
        return tr("Remove interviewee");
    case ScreenAction::Find:
        return tr("Filter interviewees");
    case ScreenAction::Refresh:
        break;
    }
    return {};
}

Id RosterScreen::currentInterviewee() const
{
    const Interviewee *selected = selectedInterviewee();
    return selected ? selected->id : 0;
}

void RosterScreen::setCurrentInterviewee(Id intervieweeId)
{
    if (intervieweeId != currentInterviewee())
        selectId(intervieweeId);
}

} // namespace shuzai::ui
