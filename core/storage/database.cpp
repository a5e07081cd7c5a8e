#include "database.h"

#include "bigramtokenizer.h"
#include "migrations.h"
#include "sqlitehandle.h"
#include "sqlitemaintenance.h"
#include "statement.h"
#include "util/logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <sqlite3.h>

namespace shuzai {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("shuzai-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error fileError(ErrorCode code, const char *text, const QString &path)
{
    return Error(code, text, {QDir::toNativeSeparators(path)});
}

// Why a connection to the team server failed, in a sentence that says what to check; libpq's
// own words go below it.
Error connectionError(const PostgresTarget &target, const QSqlError &e)
{
    const QString raw = e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText();
    const QString server = QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    Error error = [&] {
        if (raw.contains(QLatin1String("password authentication failed")) ||
            raw.contains(QLatin1String("no password supplied")) ||
            raw.contains(QLatin1String("authentication failed"))) {
            return Error(ErrorCode::PermissionDenied,
                         QT_TRANSLATE_NOOP("Error", "The team server (%1) did not accept the login "
                                                    "%2. Check the user name and the password."),
                         {server, target.user});
        }
        if (raw.contains(QLatin1String("does not exist")) &&
            raw.contains(QLatin1String("database"))) {
            return Error(ErrorCode::DatabaseMissing,
                         QT_TRANSLATE_NOOP("Error", "The team server (%1) has no database named "
                                                    "%2. Check the database name in the address."),
                         {server, target.database});
        }
        return Error(ErrorCode::DatabaseUnavailable,
                     QT_TRANSLATE_NOOP("Error", "Cannot connect to the team server (%1). Check "
                                                "that the server is running and that the address "
                                                "is right."),
                     {server});
    }();
    return error.withLibraryText(raw).withDetail(e.text());
}

} // namespace

Database::Database(QString connectionName, QString location, std::unique_ptr<Dialect> dialect,
                   const Clock &clock)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(std::move(dialect))
    , m_clock(clock)
{
}

Database::~Database()
{
    m_failedInTransaction.clear(); // before the connection goes
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// Never open(), read or close the database file outside SQLite in this process: SQLite's locks
// are POSIX advisory locks, owned by the process, and any close() of the file drops all of them,
// the open connections' included. Another program may then checkpoint and delete the write-ahead
// log under them, and writes are lost ("How To Corrupt An SQLite Database File", 2.2). So the
// file is judged only by stat() and by SQLite itself reading its header.
Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const Clock &clock,
                                                       const DatabaseOptions &options)
{
    const QFileInfo info(path);
    bool isNew = !info.exists();
    if (!isNew && !info.isFile()) {
        return fileError(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "%1 is not a file."), path);
    }
    if (!isNew && info.size() == 0) {
        if (!options.create) {
            return fileError(ErrorCode::DatabaseMissing,
                             QT_TRANSLATE_NOOP("Error", "The database %1 is empty (0 bytes): "
                                                        "whatever it held is gone. Restore a "
                                                        "backup (shuzai-cli restore), or make a "
                                                        "new database there with shuzai-cli "
                                                        "init."),
                             path);
        }
        isNew = true;
    }
    if (isNew && (!options.create || options.readOnly)) {
        return fileError(ErrorCode::DatabaseMissing,
                         QT_TRANSLATE_NOOP("Error", "There is no database at %1. Check the path, "
                                                    "or make a new database there with "
                                                    "shuzai-cli init."),
                         path);
    }
    if (!isNew && !info.isReadable()) {
        return fileError(ErrorCode::DatabaseReadOnly,
                         QT_TRANSLATE_NOOP("Error", "The database %1 cannot be read. Check the "
                                                    "file's permissions."),
                         path);
    }
    // Checked on the permission bits, not access(): the owner's intent holds even for root.
    if (!isNew && !options.readOnly && !info.permissions().testFlag(QFileDevice::WriteOwner)) {
        return fileError(ErrorCode::DatabaseReadOnly,
                         QT_TRANSLATE_NOOP("Error", "The database %1 is read-only. Check the "
                                                    "file's permissions, or open a copy."),
                         path);
    }
    if (isNew && !QDir().mkpath(info.absolutePath())) {
        return fileError(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("Error", "Cannot create the folder for the database "
                                                    "%1."),
                         path);
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString connectOptions =
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
    }
    std::unique_ptr<Database> database(
        new Database(name, QDir::toNativeSeparators(info.absoluteFilePath()),
                     std::make_unique<SqliteDialect>(), clock));
    database->m_readOnly = options.readOnly;
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        return database->errorFrom(db.lastError());
    }
    // SQLite reads the header here: anything but an SQLite file fails as "not a database"
    // before a pragma could touch it.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
            return database->errorFrom(probe.lastError(), QStringLiteral("probe"));
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(pragma)))
            return database->errorFrom(q.lastError(), QLatin1String(pragma));
    }
    if (!registerBigramTokenizer(db)) {
        return fileError(ErrorCode::DatabaseError,
                         QT_TRANSLATE_NOOP("Error", "The search index of %1 could not be set up "
                                                    "(SQLite without FTS5?)."),
                         path);
    }
    if (auto migrated = database->migrate(path, options.create); !migrated)
        return migrated.error();
    return database;
}

VoidResult Database::createPostgresDatabase(const PostgresTarget &target, const QString &copyOf)
{
    static const QRegularExpression safeName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    for (const QString &database : {target.database, copyOf}) {
        if (database == copyOf && copyOf.isEmpty())
            continue;
        if (!safeName.match(database).hasMatch()) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "A database name is lower-case letters, "
                                                    "digits and '_', not \"%1\"."),
                         {database});
        }
    }
    const QString name = nextConnectionName();
    VoidResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(target.user);
        db.setPassword(target.password);
        if (!db.open()) {
            result = connectionError(target, db.lastError());
        } else {
            // The queries end before the connection closes: a prepared statement outliving
            // its connection cannot be freed on the server (Qt warns of it).
            {
                QSqlQuery exists(db);
                exists.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
                exists.addBindValue(target.database);
                if (exists.exec() && !exists.next()) {
                    QSqlQuery create(db);
                    // A file copy: no WAL record of every block (PostgreSQL 15's default).
                    const QString sql =
                        copyOf.isEmpty() ? QStringLiteral("CREATE DATABASE %1").arg(target.database)
                                         : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 "
                                                          "STRATEGY FILE_COPY")
                                               .arg(target.database, copyOf);
                    if (!create.exec(sql)) {
                        result =
                            Error(ErrorCode::PermissionDenied,
                                  QT_TRANSLATE_NOOP("Error", "Could not create the database %1 "
                                                             "on the team server: the login may "
                                                             "not be allowed to create "
                                                             "databases."),
                                  {target.url()})
                                .withLibraryText(create.lastError().databaseText());
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresTarget &target,
                                                         const Clock &clock)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        db.setPassword(target.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=shuzai"));
    }
    std::unique_ptr<Database> database(
        new Database(name, target.url(), std::make_unique<PostgresDialect>(), clock));
    QSqlDatabase db = database->connection();
    if (!db.isValid()) {
        return Error(ErrorCode::DatabaseUnavailable,
                     QT_TRANSLATE_NOOP("Error", "The PostgreSQL driver for Qt is not installed "
                                                "(Debian: libqt6sql6-psql)."));
    }
    if (!db.open()) {
        const QSqlError e = db.lastError();
        log::warn("could not connect to {}: {}", target.url(), e.text());
        return connectionError(target, e);
    }
    {
        // Times are written as UTC text by Shuzai itself; the session stays in UTC so the
        // server's own clock functions agree.
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    }
    if (auto migrated = database->migrate({}, true); !migrated)
        return migrated.error();
    return database;
}

Result<int> Database::readSchemaVersion()
{
    const QStringList tables = connection().tables();
    if (!tables.contains(QStringLiteral("schema_migrations")))
        return tables.isEmpty() ? 0 : -1;
    Statement q(*this, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? int(q.integer(0)) : 0;
}

VoidResult Database::migrate(const QString &backupPathBase, bool mayCreate)
{
    auto current = readSchemaVersion();
    if (!current)
        return current.error();
    const int latest = latestSchemaVersion();
    const bool sqlite = m_dialect->name() == QLatin1String("sqlite");
    // An SQLite file without any table was never a Shuzai database; only init may make it one.
    if (*current < 0 || (sqlite && !mayCreate && connection().tables().isEmpty())) {
        return fileError(ErrorCode::DatabaseNotSqlite,
                         QT_TRANSLATE_NOOP("Error", "%1 is an SQLite file, but not a Shuzai "
                                                    "database."),
                         m_location);
    }
    if (*current > latest) {
        return Error(ErrorCode::DatabaseTooNew,
                     QT_TRANSLATE_NOOP("Error", "The database %1 was written by a newer Shuzai "
                                                "(schema %2; this version knows up to %3). "
                                                "Update Shuzai to open it."),
                     {m_location, QString::number(*current), QString::number(latest)});
    }
    m_schemaVersion = *current;
    if (!sqlite) {
        m_createdNow = *current == 0;
        return runMigrations(*current);
    }
    if (m_readOnly) {
        if (*current < latest) {
            return Error(ErrorCode::DatabaseNeedsUpgrade,
                         QT_TRANSLATE_NOOP("Error", "The database %1 has an older layout "
                                                    "(schema %2) and was opened only for "
                                                    "reading. Open it once to change something "
                                                    "(or run shuzai-cli init) to upgrade it."),
                         {m_location, QString::number(*current)});
        }
        return {};
    }
    // Only now, with the file known to be ours and not too new, may its journal mode change.
    {
        QSqlQuery wal(connection());
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return errorFrom(wal.lastError(), QStringLiteral("PRAGMA journal_mode"));
    }
    if (*current == latest)
        return {};

    // A file with no tables at all is new; anything else holds data worth a copy.
    m_createdNow = connection().tables().isEmpty();
    if (!m_createdNow) {
        // A copy of the file as it was, in case a migration surprises someone's data.
        const QString backup = QStringLiteral("%1.v%2-%3.bak")
                                   .arg(backupPathBase)
                                   .arg(*current)
                                   .arg(m_clock.now().toString(QStringLiteral("yyyyMMddHHmmss")));
        Statement q(*this, QStringLiteral("VACUUM INTO ?"));
        q.bind(backup);
        if (auto r = q.exec(); !r)
            return r;
        // A copy that does not pass its check is no backup, and a file whose copy is damaged
        // is not one to migrate.
        if (auto r = sqlitemaintenance::verifyFile(backup); !r) {
            QFile::remove(backup);
            return r;
        }
        log::info("backed up database schema v{} before migrating", *current);
    }
    return runMigrations(*current);
}

VoidResult Database::runMigrations(int current)
{
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        auto applied = transact([&]() -> VoidResult {
            // Inside the transaction: a first migration that fails leaves a file with no tables.
            if (auto r = executeSchema(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                    "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
                !r)
                return r;
            QStringList statements = m.statements;
            if (m_dialect->name() == QLatin1String("sqlite"))
                statements += m.sqliteStatements;
            else
                statements += m.postgresStatements;
            for (const QString &sql : statements) {
                if (auto r = executeSchema(m_dialect->translateSchema(sql)); !r)
                    return r;
            }
            Statement mark(*this, QStringLiteral("INSERT INTO schema_migrations (version, "
                                                 "description, applied_at) VALUES (?, ?, ?)"));
            mark.bindAll(m.version, QString::fromUtf8(m.description),
                         m_clock.now().toString(Qt::ISODate));
            return mark.exec();
        });
        if (!applied)
            return applied;
        m_schemaVersion = m.version;
        log::info("migrated database to schema v{}", m.version);
    }
    return {};
}

VoidResult Database::reconnect()
{
    QSqlDatabase db = connection();
    log::warn("connection to {} lost; reconnecting", m_location);
    db.close();
    if (!db.open()) {
        return Error(ErrorCode::DatabaseUnavailable,
                     QT_TRANSLATE_NOOP("Error", "The server %1 cannot be reached. Nothing was "
                                                "saved; Shuzai connects again with your next "
                                                "change."),
                     {m_location})
            .withLibraryText(db.lastError().databaseText())
            .withDetail(db.lastError().text());
    }
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    setup.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    if (m_reconnected)
        m_reconnected();
    log::info("reconnected to {}", m_location);
    return {};
}

VoidResult Database::executeSchema(const QString &sql)
{
    // Not prepared: PostgreSQL prepares only queries and data changes, never DDL, and schema
    // statements take no values anyway.
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorFrom(q.lastError(), sql);
    return {};
}

VoidResult Database::transact(const std::function<VoidResult()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        auto result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    // BEGIN IMMEDIATE takes the write lock up front: a busy file fails here, before any work.
    {
        const bool sqlite = m_dialect->name() == QLatin1String("sqlite");
        const QString sql = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
        QSqlQuery begin(db);
        if (!begin.exec(sql)) {
            // A server connection lost since the last change (network, server restart) is
            // opened again once, before the change starts: nothing is half-written either way.
            if (sqlite)
                return errorFrom(begin.lastError(), sql);
            if (auto r = reconnect(); !r)
                return r;
            QSqlQuery retry(connection());
            if (!retry.exec(sql))
                return errorFrom(retry.lastError(), sql);
        }
    }
    ++m_transactionDepth;
    VoidResult result = work();
    --m_transactionDepth;
    QSqlQuery end(db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        m_failedInTransaction.clear();
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error error = errorFrom(end.lastError(), QStringLiteral("COMMIT"));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_failedInTransaction.clear();
        return error;
    }
    m_failedInTransaction.clear();
    return {};
}

void Database::freeAfterTransaction(QSqlQuery failed)
{
    m_failedInTransaction.push_back(std::move(failed));
}

Error Database::errorFrom(const QSqlError &error, const QString &sql) const
{
    ErrorCode code = m_dialect->classify(error);
    // SQLite reports many failures of the disk as a generic I/O error; the operating system's
    // reason tells a full disk or a read-only file system apart from a broken one.
    if (sqlite3 *handle = sqliteHandle(connection());
        handle && (code == ErrorCode::DatabaseUnavailable || code == ErrorCode::DatabaseError)) {
        const int osError = sqlite3_system_errno(handle);
        if (osError == ENOSPC || osError == EDQUOT)
            code = ErrorCode::DatabaseFull;
        else if (osError == EROFS)
            code = ErrorCode::DatabaseReadOnly;
    }
    log::warn("database error ({}): {} [{}]", error.nativeErrorCode(), error.text(), sql.left(80));
    const QStringList args{m_location};
    switch (code) {
    case ErrorCode::DatabaseLocked:
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "The database %1 is in use by another program "
                                                "and could not be changed. Nothing was saved; "
                                                "try again in a moment."),
                     args)
            .withDetail(error.text());
    case ErrorCode::DatabaseReadOnly:
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "The database %1 is read-only. Nothing was "
                                                "saved."),
                     args)
            .withDetail(error.text());
    case ErrorCode::DatabaseFull:
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "The disk holding the database %1 is full. "
                                                "Nothing was saved; free some space and try "
                                                "again."),
                     args)
            .withDetail(error.text());
    case ErrorCode::DatabaseNotSqlite:
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "%1 is not a Shuzai database (not an SQLite "
                                                "file)."),
                     args)
            .withDetail(error.text());
    case ErrorCode::DatabaseCorrupt:
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "The database %1 is damaged. Nothing was saved. "
                                                "Check it with shuzai-cli check and restore a "
                                                "backup (File > Restore backup…, or "
                                                "shuzai-cli restore)."),
                     args)
            .withDetail(error.text());
    case ErrorCode::DatabaseUnavailable:
        if (m_dialect->name() != QLatin1String("sqlite")) {
            return Error(code,
                         QT_TRANSLATE_NOOP("Error", "The server %1 cannot be reached. Nothing was "
                                                    "saved; Shuzai connects again with your next "
                                                    "change."),
                         args)
                .withLibraryText(error.databaseText())
                .withDetail(error.text());
        }
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "The database %1 could not be opened or written. "
                                                "Check that its folder exists and is writable. "
                                                "Nothing was saved."),
                     args)
            .withDetail(error.text());
    case ErrorCode::Conflict:
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "The change conflicts with data already in the "
                                                "database %1. Nothing was saved."),
                     args)
            .withDetail(error.text());
    default:
        return Error(ErrorCode::DatabaseError,
                     QT_TRANSLATE_NOOP("Error", "The database %1 could not carry out the "
                                                "request."),
                     {m_location})
            .withLibraryText(error.databaseText())
            .withDetail(error.text());
    }
}

} // namespace shuzai
