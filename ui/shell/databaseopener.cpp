#include "databaseopener.h"

#include "common/messagebox.h"
#include "services/backupservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace shuzai::ui {

namespace {

// The translation context of the strings below.
class DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
};

Error cancelled()
{
    return Error(ErrorCode::Cancelled, QT_TRANSLATE_NOOP("Error", "Nothing was opened."));
}

// Offers the latest good backup of a damaged or emptied file; empty when there is none or the
// user declines.
Result<std::unique_ptr<Workspace>> offerBackup(QWidget *parent, const QString &path,
                                               const Clock &clock, const Error &problem)
{
    const QList<BackupInfo> backups = BackupService::backupsOf(path);
    if (backups.isEmpty())
        return problem;
    const BackupInfo &latest = backups.first();
    const QString when = datetext::longDateTime(latest.takenAt);
    const auto answer = MessageBox::question(
        parent, DatabaseOpener::tr("Damaged database"),
        DatabaseOpener::tr(
            "The database %1 cannot be used:\n%2\n\nRestore the latest good backup, %3 (taken "
            "%4)? The damaged file is kept beside it.")
            .arg(QDir::toNativeSeparators(path), problem.message(), latest.path, when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return problem;
    auto aside = BackupService::replaceDamaged(path, latest.path, clock);
    if (!aside)
        return aside.error();
    return Workspace::openSqlite(path, clock);
}

} // namespace

Result<std::unique_ptr<Workspace>> openDatabaseFile(QWidget *parent, const QString &path,
                                                    const Clock &clock)
{
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0)) {
        // An emptied file that has backups is a loss to repair, not a place for a new database.
        if (info.exists() && !BackupService::backupsOf(path).isEmpty()) {
            return offerBackup(parent, path, clock,
                               Error(ErrorCode::DatabaseMissing,
                                     QT_TRANSLATE_NOOP("Error", "The database %1 is empty (0 "
                                                                "bytes)."),
                                     {QDir::toNativeSeparators(path)}));
        }
        const auto answer = MessageBox::question(
            parent, DatabaseOpener::tr("New database"),
            DatabaseOpener::tr(
                "There is no Shuzai database at %1.\n\nCreate a new one there, with the sample "
                "campaign to try things out?")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return cancelled();
        WorkspaceOptions creating;
        creating.database.create = true;
        return Workspace::openSqlite(path, clock, creating);
    }
    auto opened = Workspace::openSqlite(path, clock);
    if (!opened && (opened.error().code() == ErrorCode::DatabaseCorrupt ||
                    opened.error().code() == ErrorCode::DatabaseNotSqlite))
        return offerBackup(parent, path, clock, opened.error());
    return opened;
}

} // namespace shuzai::ui
