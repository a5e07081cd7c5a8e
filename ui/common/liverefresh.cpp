#include "liverefresh.h"

#include "services/workspace.h"

#include <QEvent>
#include <QWidget>

namespace shuzai::ui {

LiveRefresh::LiveRefresh(Workspace &workspace, Topics topics, QWidget *view,
                         std::function<void()> reload)
    : QObject(view)
    , m_topics(topics)
    , m_view(view)
    , m_reload(std::move(reload))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kCoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveRefresh::reloadNowOrWhenShown);
    connect(&workspace.changes(), &ChangeHub::changed, this, [this](Topics changed) {
        if (changed & m_topics)
            m_timer.start();
    });
    view->installEventFilter(this);
}

void LiveRefresh::reloadNowOrWhenShown()
{
    // Hidden behind another page of a window on screen: nobody sees it until it is shown. (A
    // view in no shown window, as in tests and dialogs being set up, reloads at once.)
    const QWidget *window = m_view->window();
    if (window->isVisible() && !m_view->isVisible()) {
        m_waitingForShow = true;
        return;
    }
    m_waitingForShow = false;
    m_reload();
}

bool LiveRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_waitingForShow) {
        m_waitingForShow = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace shuzai::ui
