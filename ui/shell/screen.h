#pragma once

#include "domain/campaign.h"

#include <QWidget>

class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// What every screen shares with the shell (the workspace, the undo stack, the error reporter).
struct ScreenContext {
    Workspace &workspace;
    QUndoStack &undoStack;
};

// The commands the shell's toolbar and shortcuts (Ctrl+N, Ctrl+F, Del, F5) hand to the screen
// shown; each screen says which it supports and what they mean there.
enum class ScreenAction { New, Find, Delete, Refresh };

// One page of the main window's navigation. A new screen subclasses this and is registered in
// MainWindow.
class Screen : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The name in the navigation, translated.
    virtual QString title() const = 0;
    // The campaign the shell has selected; screens show that campaign's data.
    virtual void setCampaign(Id campaignId) = 0;

    // Whether `action` means something here now (enables the shell's action), and doing it.
    virtual bool supports(ScreenAction) const { return false; }
    virtual void trigger(ScreenAction) {}
    // What the action does here, for its tooltip ("Add interviewee…"); empty: the generic name.
    virtual QString actionText(ScreenAction) const { return {}; }

    // The person the user is working on here (0: none). The shell carries it to the next screen
    // shown, so going from the roster to the calendar keeps "who".
    virtual Id currentInterviewee() const { return 0; }
    virtual void setCurrentInterviewee(Id) {}

signals:
    void titleChanged();
    // supports() may answer differently now (a selection came or went).
    void actionsChanged();
    // Asks the shell to show another screen by name ("roster"): an empty state's next step.
    void screenRequested(const QString &name);

protected:
    // For screens that read their data again whenever they are shown (the CLI or another
    // window may have written meanwhile): they call markLoaded() after each read, and read in
    // showEvent only when needsReloadOnShow(). A screen read by setCampaign just before it
    // shows is then not read twice (at L the answer matrix took half a second a read).
    void markLoaded() { m_loadedSinceHidden = true; }
    bool needsReloadOnShow() const { return !m_loadedSinceHidden; }
    void hideEvent(QHideEvent *event) override
    {
        m_loadedSinceHidden = false;
        QWidget::hideEvent(event);
    }

private:
    bool m_loadedSinceHidden = false;
};

} // namespace shuzai::ui
