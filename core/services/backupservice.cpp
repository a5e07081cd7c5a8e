#include "backupservice.h"

#include "auditservice.h"
#include "storage/database.h"
#include "storage/sqlitemaintenance.h"
#include "util/clock.h"
#include "util/files.h"
#include "util/logging.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

namespace shuzai {

namespace {

constexpr char kStampFormat[] = "yyyyMMdd-HHmmss";

QString baseNameOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString backupName(const QString &databasePath, const QDateTime &at)
{
    return QStringLiteral("%1-%2.db")
        .arg(baseNameOf(databasePath), at.toUTC().toString(QLatin1String(kStampFormat)));
}

Error notAFileDatabase()
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "Backups are made of SQLite files; a team server is "
                                            "backed up with its own tools (pg_dump)."));
}

} // namespace

BackupService::BackupService(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString BackupService::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> BackupService::backupsOf(const QString &databasePath)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})\\.db$")
            .arg(QRegularExpression::escape(baseNameOf(databasePath))));
    QList<BackupInfo> found;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), QLatin1String(kStampFormat));
        at.setTimeSpec(Qt::UTC);
        found.append({QDir::toNativeSeparators(file.absoluteFilePath()), at, file.size()});
    }
    std::sort(found.begin(), found.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt > b.takenAt; });
    return found;
}

QString BackupService::folder() const
{
    return folderFor(m_workspace.database().location());
}

QList<BackupInfo> BackupService::backups() const
{
    return backupsOf(m_workspace.database().location());
}

Result<BackupInfo> BackupService::backupTo(const QString &path)
{
    if (m_workspace.isOnServer())
        return notAFileDatabase();
    if (auto r = files::checkWritableTarget(path); !r)
        return r.error();
    const QFileInfo target(path);
    if (target.absoluteFilePath() ==
        QFileInfo(m_workspace.database().location()).absoluteFilePath()) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Error", "A backup cannot replace the database itself (%1)."),
            {QDir::toNativeSeparators(path)}, QStringLiteral("output"));
    }
    if (auto r = sqlitemaintenance::backupTo(m_workspace.database(), path); !r)
        return r.error();
    return BackupInfo{QDir::toNativeSeparators(target.absoluteFilePath()),
                      m_workspace.clock().now().toUTC(), QFileInfo(path).size()};
}

Result<BackupInfo> BackupService::backupNow()
{
    const QDateTime now = m_workspace.clock().now();
    if (!QDir().mkpath(folder())) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Cannot create the folder for %1."),
                     {QDir::toNativeSeparators(folder())});
    }
    const QString path =
        QDir(folder()).filePath(backupName(m_workspace.database().location(), now));
    auto made = backupTo(path);
    if (!made)
        return made.error();
    // As its name records it: to the second.
    made->takenAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    rotate();
    return made;
}

Result<std::optional<BackupInfo>> BackupService::backupIfDue()
{
    if (m_workspace.isOnServer())
        return std::optional<BackupInfo>();
    const QList<BackupInfo> existing = backups();
    const QDateTime now = m_workspace.clock().now();
    if (!existing.isEmpty() && existing.first().takenAt.secsTo(now) < m_policy.intervalSeconds)
        return std::optional<BackupInfo>();
    auto made = backupNow();
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(*made);
}

void BackupService::rotate()
{
    QSet<QDate> days;
    QSet<int> weeks;
    for (const BackupInfo &b : backups()) {
        const QDate day = b.takenAt.toLocalTime().date();
        int year = 0;
        const int week = day.weekNumber(&year) + year * 100;
        bool keep = false;
        if (!days.contains(day) && days.size() < m_policy.daily) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(week) && weeks.size() < m_policy.weekly) {
            weeks.insert(week);
            keep = true;
        }
        if (!keep) {
            QFile::remove(b.path);
            log::info("removed an old backup by the rotation policy");
        }
    }
}

Result<IntegrityReport> BackupService::check()
{
    if (m_workspace.isOnServer())
        return notAFileDatabase();
    return sqlitemaintenance::check(m_workspace.database());
}

Result<BackupInfo> BackupService::restore(const QString &backup)
{
    if (auto allowed =
            m_workspace.require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "restore a backup"));
        !allowed)
        return allowed.error();
    if (m_workspace.isOnServer())
        return notAFileDatabase();
    if (!QFileInfo(backup).isFile()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no backup at %1."),
                     {QDir::toNativeSeparators(backup)}, QStringLiteral("file"));
    }
    // The backup is read through a copy of its own: opening it may bring its layout up to this
    // version's, and the check runs on exactly what will be restored.
    const QString staged = QDir(folder()).filePath(QStringLiteral("restoring.partial.db"));
    QDir().mkpath(folder());
    const auto unreadable = [&](const Error &e) {
        return Error(ErrorCode::DatabaseCorrupt,
                     QT_TRANSLATE_NOOP("Error", "The backup %1 could not be read (%2); nothing "
                                                "was restored."),
                     {QDir::toNativeSeparators(backup), e.message()})
            .withDetail(e.untranslatedMessage());
    };
    auto removeStaged = qScopeGuard([&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(staged + QLatin1String(suffix));
    });
    if (auto r = sqlitemaintenance::copyFileThroughSqlite(backup, staged); !r)
        return unreadable(r.error());
    {
        auto opened = Database::openSqlite(staged, m_workspace.clock());
        if (!opened)
            return unreadable(opened.error());
        auto report = sqlitemaintenance::check(**opened);
        if (!report)
            return unreadable(report.error());
        if (!report->ok()) {
            return Error(ErrorCode::DatabaseCorrupt,
                         QT_TRANSLATE_NOOP("Error", "The backup %1 did not pass its check (%2); "
                                                    "nothing was restored."),
                         {QDir::toNativeSeparators(backup), report->problems.first()});
        }
    }
    auto before = backupNow();
    if (!before)
        return before.error();
    if (auto r = sqlitemaintenance::restoreInto(m_workspace.database(), staged); !r)
        return r.error();
    log::info("restored the database from a backup");
    // What the backup held replaced the log as well; the restore itself is its first new entry.
    if (auto r = m_workspace.audit().append(QStringLiteral("database.restored"), 0, 0,
                                            QFileInfo(backup).fileName(), {},
                                            QFileInfo(before->path).fileName());
        !r)
        return r.error();
    emit restored();
    return *before;
}

Result<QString> BackupService::replaceDamaged(const QString &databasePath, const QString &backup,
                                              const Clock &clock)
{
    if (!QFileInfo(backup).isFile()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no backup at %1."),
                     {QDir::toNativeSeparators(backup)}, QStringLiteral("file"));
    }
    {
        DatabaseOptions reading;
        reading.readOnly = true;
        auto opened = Database::openSqlite(backup, clock, reading);
        if (!opened && opened.error().code() != ErrorCode::DatabaseNeedsUpgrade)
            return opened.error();
        if (opened) {
            auto report = sqlitemaintenance::check(**opened);
            if (!report)
                return report.error();
            if (!report->ok()) {
                return Error(ErrorCode::DatabaseCorrupt,
                             QT_TRANSLATE_NOOP("Error", "The backup %1 did not pass its check "
                                                        "(%2); nothing was restored."),
                             {QDir::toNativeSeparators(backup), report->problems.first()});
            }
        }
    }
    const QString aside =
        QStringLiteral("%1.damaged-%2")
            .arg(databasePath, clock.now().toUTC().toString(QLatin1String(kStampFormat)));
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString from = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix))) {
            return Error(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("Error", "Could not move the damaged %1 aside; "
                                                    "nothing was restored."),
                         {QDir::toNativeSeparators(from)});
        }
    }
    if (auto r = sqlitemaintenance::copyFileThroughSqlite(backup, databasePath); !r)
        return r.error();
    log::info("replaced a damaged database with a backup");
    return QDir::toNativeSeparators(aside);
}

} // namespace shuzai
