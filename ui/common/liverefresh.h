#pragma once

#include "services/changehub.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QWidget;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// Keeps a view in step with the workspace: `reload` runs once after a burst of changes touching
// `topics` (a booking, the status it moves and its audit entry make one reload), after the
// change's transaction, whoever made it (this window, a background import, or another client on
// the team server). A page of a window on screen that is not showing itself reloads when it is
// next shown instead. Owned by the view.
class LiveRefresh : public QObject {
    Q_OBJECT
public:
    // Long enough to gather one change's announcements, short enough to feel immediate.
    static constexpr int kCoalesceMs = 30;

    LiveRefresh(Workspace &workspace, Topics topics, QWidget *view, std::function<void()> reload);

    bool pending() const { return m_timer.isActive() || m_waitingForShow; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadNowOrWhenShown();

    Topics m_topics;
    QWidget *m_view;
    std::function<void()> m_reload;
    QTimer m_timer;
    bool m_waitingForShow = false;
};

} // namespace shuzai::ui
