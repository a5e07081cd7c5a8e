#include "sqlitemaintenance.h"

#include "database.h"
#include "sqlitehandle.h"
#include "statement.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <sqlite3.h>

namespace shuzai::sqlitemaintenance {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error sqliteError(sqlite3 *handle, int rc, const char *what, const QString &path)
{
    const int osError = handle ? sqlite3_system_errno(handle) : 0;
    const QString reason = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    if ((rc & 0xff) == SQLITE_FULL || osError == ENOSPC) {
        return Error(ErrorCode::DatabaseFull,
                     QT_TRANSLATE_NOOP("Error", "The disk is full: %1 could not be written. "
                                                "Nothing was changed there; free some space and "
                                                "try again."),
                     {native(path)})
            .withDetail(reason);
    }
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
        return Error(ErrorCode::DatabaseLocked,
                     QT_TRANSLATE_NOOP("Error", "The database %1 is in use by another program "
                                                "and could not be changed. Nothing was saved; "
                                                "try again in a moment."),
                     {native(path)})
            .withDetail(reason);
    }
    if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT) {
        return Error(ErrorCode::DatabaseCorrupt,
                     QT_TRANSLATE_NOOP("Error", "%1 is damaged or not a Shuzai database."),
                     {native(path)})
            .withDetail(reason);
    }
    return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Could not %1 %2: %3"),
                 {QCoreApplication::translate("Error", what), native(path), reason})
        .withDetail(reason);
}

// A plain connection of the C API to a file that is not the live database.
struct RawFile {
    sqlite3 *handle = nullptr;
    int rc = SQLITE_OK;
    RawFile(const QString &path, int flags)
    {
        rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(handle, 5000);
    }
    ~RawFile() { close(); }
    void close()
    {
        sqlite3_close_v2(handle);
        handle = nullptr;
    }
    int exec(const char *sql) { return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr); }
};

// Copies every page of `from` into `to`, waiting while another connection holds a lock.
int copyPages(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    for (int waited = 0;; waited += 50) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited > 10000)
            break;
        QThread::msleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finished : rc;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Opens (or makes) the file at `temporary` and lets `work` write it; on any failure nothing of
// the file is left behind. Errors name `path`, where the file is meant to end up.
VoidResult writeFile(const QString &temporary, const QString &path, int flags,
                     const std::function<int(RawFile &)> &work)
{
    if (flags & SQLITE_OPEN_CREATE)
        removeWithCompanions(temporary);
    RawFile file(temporary, flags);
    const int rc = file.rc == SQLITE_OK ? work(file) : file.rc;
    if (rc == SQLITE_OK)
        return {};
    const Error e = sqliteError(file.handle, rc, QT_TRANSLATE_NOOP("Error", "write"), path);
    file.close();
    removeWithCompanions(temporary);
    return e;
}

// rename() puts the finished file in place in one step, replacing an older one of that name.
VoidResult moveIntoPlace(const QString &temporary, const QString &path)
{
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(path).constData()) == 0)
        return {};
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    removeWithCompanions(temporary);
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Error", "Could not write %1: %2. Nothing was changed there."),
                 {native(path), reason});
}

constexpr int kCreate = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

} // namespace

Result<IntegrityReport> check(Database &db)
{
    IntegrityReport report;
    {
        Statement pages(db, QStringLiteral("PRAGMA page_count"));
        if (auto r = pages.exec(); !r)
            return r.error();
        report.pages = pages.next() ? pages.integer(0) : 0;
    }
    {
        Statement integrity(db, QStringLiteral("PRAGMA integrity_check(100)"));
        if (auto r = integrity.exec(); !r)
            return r.error();
        while (integrity.next()) {
            if (integrity.text(0) != QLatin1String("ok"))
                report.problems.append(integrity.text(0));
        }
    }
    {
        Statement keys(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (auto r = keys.exec(); !r)
            return r.error();
        while (keys.next()) {
            report.problems.append(QStringLiteral("row %1 of %2 refers to a missing row of %3")
                                       .arg(keys.integer(1))
                                       .arg(keys.text(0), keys.text(2)));
        }
    }
    {
        Statement segments(db, QStringLiteral("SELECT COUNT(*) FROM transcript_segments"));
        if (auto r = segments.exec(); !r)
            return r.error();
        report.segments = segments.next() ? segments.integer(0) : 0;
    }
    // FTS5's own check compares each index with the text it indexes (rank 1: against the
    // content table too). It is an INSERT by form, so it runs in a transaction that is rolled
    // back; on a read-only connection it cannot run at all.
    if (!db.isReadOnly()) {
        for (const char *table : {"segment_search", "note_search"}) {
            const QString sql = QStringLiteral("INSERT INTO %1 (%1, rank) VALUES "
                                               "('integrity-check', 1)")
                                    .arg(QLatin1String(table));
            auto checked = db.transact([&]() -> VoidResult {
                Statement fts(db, sql);
                if (auto r = fts.exec(); !r)
                    report.problems.append(QStringLiteral("search index %1: %2")
                                               .arg(QLatin1String(table), r.error().detail()));
                return Error(ErrorCode::Cancelled, "rolled back"); // never commit anything
            });
            Q_UNUSED(checked);
        }
    }
    return report;
}

VoidResult backupTo(Database &db, const QString &path)
{
    sqlite3 *live = sqliteHandle(db.connection());
    if (!live) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Backups are made of SQLite files; a team server "
                                                "is backed up with its own tools (pg_dump)."));
    }
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath())) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Cannot create the folder for %1."),
                     {native(path)});
    }
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".partial");
    if (auto r = writeFile(temporary, path, kCreate,
                           [&](RawFile &copy) { return copyPages(copy.handle, live); });
        !r)
        return r;
    // Checked before it may count as a backup: a copy that does not pass is no backup.
    {
        Result<IntegrityReport> report = Error(ErrorCode::Cancelled, "");
        {
            auto opened = Database::openSqlite(temporary, db.clock());
            report = opened ? check(**opened) : Result<IntegrityReport>(opened.error());
        } // closed before the rename
        if (!report || !report->ok()) {
            removeWithCompanions(temporary);
            return Error(
                ErrorCode::DatabaseCorrupt,
                QT_TRANSLATE_NOOP("Error", "The backup %1 did not pass its check (%2), so "
                                           "it was not kept. Check the database itself "
                                           "with shuzai-cli check."),
                {native(path), report ? report->problems.value(0) : report.error().message()});
        }
    }
    // A backup is one file: no write-ahead log to lose when it is copied elsewhere.
    if (auto r = writeFile(temporary, path, SQLITE_OPEN_READWRITE,
                           [](RawFile &copy) { return copy.exec("PRAGMA journal_mode = DELETE"); });
        !r)
        return r;
    if (auto r = moveIntoPlace(temporary, target.absoluteFilePath()); !r)
        return r;
    log::info("backed up the database ({} bytes)", QFileInfo(path).size());
    return {};
}

VoidResult restoreInto(Database &db, const QString &source)
{
    sqlite3 *live = sqliteHandle(db.connection());
    if (!live) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Backups are made of SQLite files; a team server "
                                                "is restored with its own tools (pg_restore)."));
    }
    RawFile backup(source, SQLITE_OPEN_READONLY);
    if (backup.rc != SQLITE_OK)
        return sqliteError(backup.handle, backup.rc, QT_TRANSLATE_NOOP("Error", "read"), source);
    // The pages under every compiled statement are about to change.
    db.preparedStatements().clear();
    int rc = copyPages(live, backup.handle);
    if (rc != SQLITE_OK)
        return sqliteError(live, rc, QT_TRANSLATE_NOOP("Error", "restore"), db.location());
    // The backup's header says rollback journal; the live file goes on in WAL mode.
    char *message = nullptr;
    sqlite3_exec(live, "PRAGMA journal_mode = WAL", nullptr, nullptr, &message);
    sqlite3_free(message);
    return {};
}

VoidResult verifyFile(const QString &path)
{
    RawFile file(path, SQLITE_OPEN_READONLY);
    if (file.rc != SQLITE_OK)
        return sqliteError(file.handle, file.rc, QT_TRANSLATE_NOOP("Error", "read"), path);
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(file.handle, "PRAGMA integrity_check(1)", -1, &statement, nullptr);
    QString verdict;
    if (rc == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        verdict =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    else
        rc = sqlite3_errcode(file.handle);
    sqlite3_finalize(statement);
    if (verdict == QLatin1String("ok"))
        return {};
    if (verdict.isEmpty())
        return sqliteError(file.handle, rc, QT_TRANSLATE_NOOP("Error", "read"), path);
    return Error(ErrorCode::DatabaseCorrupt,
                 QT_TRANSLATE_NOOP("Error", "%1 is damaged or not a Shuzai database."),
                 {native(path)})
        .withDetail(verdict);
}

VoidResult copyFileThroughSqlite(const QString &source, const QString &path)
{
    RawFile from(source, SQLITE_OPEN_READONLY);
    if (from.rc != SQLITE_OK)
        return sqliteError(from.handle, from.rc, QT_TRANSLATE_NOOP("Error", "read"), source);
    const QString temporary = path + QStringLiteral(".partial");
    if (auto r = writeFile(temporary, path, kCreate,
                           [&](RawFile &to) {
                               const int rc = copyPages(to.handle, from.handle);
                               return rc == SQLITE_OK ? to.exec("PRAGMA journal_mode = WAL") : rc;
                           });
        !r)
        return r;
    return moveIntoPlace(temporary, path);
}

} // namespace shuzai::sqlitemaintenance
