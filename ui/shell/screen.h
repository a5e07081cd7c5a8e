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

// One page of the main window's navigation (roster now; outreach, calendar, transcripts, review
// and the dashboard later). A new screen subclasses this and is registered in MainWindow.
class Screen : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The name in the navigation, translated.
    virtual QString title() const = 0;
    // The campaign the shell has selected; screens show that campaign's data.
    virtual void setCampaign(Id campaignId) = 0;

signals:
    void titleChanged();
};

} // namespace shuzai::ui
