#pragma once

#include "domain/integrityreport.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <optional>

namespace shuzai {

class Clock;
class Workspace;

// One backup file: where, when it was taken, how big.
struct BackupInfo {
    QString path;
    QDateTime takenAt; // UTC
    qint64 bytes = 0;
};

// How many automatic backups are kept: the newest of each of the last `daily` days and of the
// last `weekly` weeks (as Zotero keeps its own).
struct BackupPolicy {
    int daily = 7;
    int weekly = 4;
    qint64 intervalSeconds = 24 * 3600;
};

// Backups of a database file like Zotero's: taken through SQLite's online backup API while the
// database is in use, checked before they count, kept in a "backups" folder beside the file
// and rotated. Also the check of the live database and restoring from a backup.
class BackupService : public QObject {
    Q_OBJECT
public:
    explicit BackupService(Workspace &workspace);

    // <folder of the database>/backups: where automatic backups of `databasePath` go.
    static QString folderFor(const QString &databasePath);
    // The backups of that database in its folder, newest first. Only checked copies ever get a
    // backup's name, so the first is the latest good one.
    static QList<BackupInfo> backupsOf(const QString &databasePath);
    // For a database that cannot even be opened (damaged): checks `backup`, moves the damaged
    // file and its companions aside (returned: where to) and puts the backup's content in its
    // place. Nothing may have the database open.
    static Result<QString> replaceDamaged(const QString &databasePath, const QString &backup,
                                          const Clock &clock);

    QString folder() const;
    QList<BackupInfo> backups() const;

    // A checked copy at `path` (-o FILE); nothing is rotated.
    Result<BackupInfo> backupTo(const QString &path);
    // A checked copy in folder(), then the folder rotated by the policy.
    Result<BackupInfo> backupNow();
    // backupNow() when the newest backup is older than the policy's interval (or there is none).
    Result<std::optional<BackupInfo>> backupIfDue();

    // Integrity, foreign keys, search indexes. Writes nothing.
    Result<IntegrityReport> check();

    // Puts the content of `backup` (checked first) in place of the database's, as one change
    // every connection sees. The state before is kept as a backup of its own first, so a
    // restore can itself be undone. Returns that backup.
    Result<BackupInfo> restore(const QString &backup);

    void setPolicy(const BackupPolicy &policy) { m_policy = policy; }

signals:
    // The database's whole content was replaced: every view reloads.
    void restored();

private:
    void rotate();

    Workspace &m_workspace;
    BackupPolicy m_policy;
};

} // namespace shuzai
