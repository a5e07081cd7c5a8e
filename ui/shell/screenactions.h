#pragma once

#include "screen.h"

#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QToolBar;

namespace shuzai::ui {

// The actions that reach the screens: Go ▸ (Ctrl+1…8) and the toolbar's New, Find, Delete and
// Refresh, which act on the screen shown (Screen::supports/trigger). What a screen does not
// handle itself falls back to something sensible: Find opens the search screen, Refresh
// reloads the screen's campaign.
class ScreenActions : public QObject {
    Q_OBJECT
public:
    struct Fallbacks {
        std::function<void(int)> showScreen;
        std::function<void()> find;
        std::function<void(Screen *)> refresh;
    };
    ScreenActions(QWidget *window, const QList<Screen *> &screens, Fallbacks fallbacks);

    void setCurrent(Screen *screen);
    void addTo(QMenu *go, QMenu *edit, QToolBar *bar);
    void retranslate();

    QAction *goAction(int index) const { return m_go.value(index); }
    QAction *newAction() const { return m_new; }
    QAction *findAction() const { return m_find; }
    QAction *deleteAction() const { return m_delete; }
    QAction *refreshAction() const { return m_refresh; }

    // The freedesktop icon name of a screen, by its object name.
    static QString iconName(const Screen *screen);

private:
    void update();
    void run(ScreenAction action);

    QList<Screen *> m_screens;
    Fallbacks m_fallbacks;
    Screen *m_current = nullptr;
    QList<QAction *> m_go;
    QAction *m_new = nullptr;
    QAction *m_find = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace shuzai::ui
