// The roster's answers to the shell's toolbar and shortcuts (Ctrl+N, Del, Ctrl+F, F5) and the
// person it hands to the next screen.
#include "rostermodel.h"
#include "rosterscreen.h"

#include "common/emptystate.h"

#include <QComboBox>
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

void RosterScreen::buildEmptyState()
{
    // The roster is empty, or the filter hides everyone: each says its way out.
    const auto filtered = [this] {
        return m_model->rowCount() > 0;
    };
    EmptyState::attach(
        m_view,
        {[this, filtered] {
             if (m_model->campaignId() == 0)
                 return tr("No campaign is open. Choose one in the toolbar, or create one with "
                           "File ▸ Campaigns….");
             if (m_model->isLoading())
                 return tr("Loading the roster…");
             return filtered() ? tr("No interviewee matches the filter.")
                               : tr("No interviewees yet. Add the people you want to "
                                    "interview, with their reading and category.");
         },
         [this, filtered] {
             if (m_model->isLoading())
                 return QString();
             return filtered() ? tr("Clear the filter") : tr("Add interviewee…");
         }},
        [this, filtered] {
            if (!filtered()) {
                addInterviewee();
                return;
            }
            m_search->clear();
            m_category->setCurrentIndex(0);
            m_status->setCurrentIndex(0);
        });
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
