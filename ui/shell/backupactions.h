#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// File ▸ Back up now / Restore from backup… / Check database, and the automatic daily backup
// while the window is open (checked at start and every hour; a backup is taken when the newest
// is a day old). Only for database files; a team server keeps its own backups.
class BackupActions : public QObject {
    Q_OBJECT
public:
    BackupActions(Workspace &workspace, QWidget *window);

    void addTo(QMenu *menu);
    void retranslate();

    // What the actions do, without their file dialogs (tests call these).
    bool backUpNow();
    bool restoreFrom(const QString &backup);
    bool checkDatabase();
    // The automatic backup, when it is due.
    void backUpIfDue();

signals:
    // For the status bar.
    void message(const QString &text);
    // The database's content was replaced: every view reloads, the undo history is void.
    void restored();

private:
    void chooseAndRestore();

    Workspace &m_workspace;
    QWidget *m_window;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_check = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace shuzai::ui
