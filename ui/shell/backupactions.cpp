#include "backupactions.h"

#include "common/messagebox.h"
#include "services/backupservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/logging.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QTimer>

namespace shuzai::ui {

BackupActions::BackupActions(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    m_backup = new QAction(this);
    m_backup->setObjectName(QStringLiteral("backupNow"));
    m_restore = new QAction(this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_check = new QAction(this);
    m_check->setObjectName(QStringLiteral("checkDatabase"));
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
    connect(m_check, &QAction::triggered, this, &BackupActions::checkDatabase);
    const bool file = !m_workspace.isOnServer();
    for (QAction *a : {m_backup, m_restore, m_check})
        a->setEnabled(file);
    if (file) {
        // Not during start-up: the window shows first.
        m_timer = new QTimer(this);
        m_timer->setInterval(3600 * 1000);
        connect(m_timer, &QTimer::timeout, this, &BackupActions::backUpIfDue);
        m_timer->start();
        QTimer::singleShot(5000, this, &BackupActions::backUpIfDue);
    }
    connect(&m_workspace.backups(), &BackupService::restored, this, &BackupActions::restored);
    retranslate();
}

void BackupActions::addTo(QMenu *menu)
{
    menu->addAction(m_backup);
    menu->addAction(m_restore);
    menu->addAction(m_check);
}

void BackupActions::retranslate()
{
    m_backup->setText(tr("&Back up now"));
    m_backup->setToolTip(tr("A checked copy of the database in its backups folder"));
    m_restore->setText(tr("&Restore from backup…"));
    m_check->setText(tr("Chec&k database"));
}

bool BackupActions::backUpNow()
{
    auto made = m_workspace.backups().backupNow();
    if (!made) {
        MessageBox::critical(m_window, tr("Back up"), made.error().message());
        return false;
    }
    emit message(tr("Backed up to %1").arg(made->path));
    return true;
}

void BackupActions::backUpIfDue()
{
    auto made = m_workspace.backups().backupIfDue();
    if (!made) {
        // Said once in the status bar; the next hour tries again.
        emit message(tr("The automatic backup failed: %1").arg(made.error().message()));
        log::warn("automatic backup failed: {}", made.error().untranslatedMessage());
    } else if (made->has_value()) {
        emit message(tr("Backed up to %1").arg((*made)->path));
    }
}

void BackupActions::chooseAndRestore()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"),
                                                      m_workspace.backups().folder(),
                                                      tr("Shuzai backups (*.db);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupActions::restoreFrom(const QString &backup)
{
    const auto answer = MessageBox::question(
        m_window, tr("Restore from backup"),
        tr("Replace everything in %1 with the backup %2?\n\nWhat the database holds now is kept "
           "as a backup of its own first, so this can be undone the same way.")
            .arg(m_workspace.location(), QDir::toNativeSeparators(backup)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto before = m_workspace.backups().restore(backup);
    if (!before) {
        MessageBox::critical(m_window, tr("Restore from backup"), before.error().message());
        return false;
    }
    MessageBox::information(m_window, tr("Restore from backup"),
                            tr("Restored from %1.\n\nWhat the database held before is kept in %2.")
                                .arg(QDir::toNativeSeparators(backup), before->path));
    return true;
}

bool BackupActions::checkDatabase()
{
    auto report = m_workspace.backups().check();
    if (!report) {
        MessageBox::critical(m_window, tr("Check database"), report.error().message());
        return false;
    }
    if (report->ok()) {
        MessageBox::information(
            m_window, tr("Check database"),
            tr("%1 is sound: every page, reference and search index was "
               "checked (%2 transcript segments).")
                .arg(m_workspace.location(), QLocale().toString(report->segments)));
        return true;
    }
    const QList<BackupInfo> backups = m_workspace.backups().backups();
    QString text = tr("%1 is damaged:\n%2")
                       .arg(m_workspace.location(), report->problems.mid(0, 10).join(u'\n'));
    if (!backups.isEmpty()) {
        text += QStringLiteral("\n\n") +
                tr("The latest backup is %1 (taken %2). Restore it with File ▸ Restore from "
                   "backup….")
                    .arg(backups.first().path, datetext::longDateTime(backups.first().takenAt));
    }
    MessageBox::critical(m_window, tr("Check database"), text);
    return false;
}

} // namespace shuzai::ui
