#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace shuzai::ui {

// Help ▸ User guide (F1), Keyboard shortcuts, Welcome and About. The shortcut list is made
// from the window's own actions, so it cannot drift from what the keys do.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    HelpMenu(QWidget *window, QMenu *menu);
    void retranslate();

    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *welcomeAction() const { return m_welcome; }

    // The shortcut list as shown (text, keys), for the dialog and its test.
    static QList<std::pair<QString, QString>> shortcutsOf(QWidget *window);

signals:
    void welcomeRequested();

private:
    void showShortcuts();
    void showAbout();

    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_guide = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_welcome = nullptr;
    QAction *m_about = nullptr;
};

} // namespace shuzai::ui
