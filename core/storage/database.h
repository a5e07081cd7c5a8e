#pragma once

#include "dialect.h"
#include "domain/databaseoptions.h"
#include "domain/postgrestarget.h"
#include "preparedstatements.h"
#include "storage/coreonly.h"
#include "util/clock.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <vector>

namespace shuzai {

// One open database connection with Shuzai's schema, migrated to the version this build knows.
// The only place that knows which engine is underneath (through its Dialect).
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens a SQLite file (creating it only with options.create): WAL, foreign keys on,
    // migrated. The file is never opened outside SQLite: see the note in database.cpp.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const Clock &clock,
                                                        const DatabaseOptions &options = {});

    // Connects to a PostgreSQL database as `target.user` and migrates it. The server checks the
    // password; a wrong one, or no server, is a translated error naming the URL.
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresTarget &target,
                                                          const Clock &clock);
    // Creates the target's database on its server unless it exists (an administrator's job);
    // with `copyOf`, as a file copy of that database (which nobody may be connected to).
    static VoidResult createPostgresDatabase(const PostgresTarget &target,
                                             const QString &copyOf = {});

    QSqlDatabase connection() const;
    const Dialect &dialect() const { return *m_dialect; }
    const Clock &clock() const { return m_clock; }
    // A human-readable location for messages ("/home/…/shuzai.db").
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when this open created the schema from nothing (a new file): time to seed it.
    bool createdNow() const { return m_createdNow; }
    bool isReadOnly() const { return m_readOnly; }

    // Runs work inside one transaction: committed when it succeeds, rolled back when it fails.
    // Nested calls join the outer transaction.
    VoidResult transact(const std::function<VoidResult()> &work);

    // Called after a lost server connection was opened again (live updates re-subscribe).
    void setReconnectedHandler(std::function<void()> handler)
    {
        m_reconnected = std::move(handler);
    }

    // A statement that failed inside a transaction: PostgreSQL refuses to free it until the
    // transaction ends, so it is kept and freed after the rollback instead of left allocated
    // on the server for as long as the connection lives.
    void freeAfterTransaction(QSqlQuery failed);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Maps a driver error to a translated Error naming this database.
    Error errorFrom(const QSqlError &error, const QString &sql = {}) const;

    // SQLite statements compiled once per connection (see PreparedStatements).
    PreparedStatements &preparedStatements() { return m_prepared; }

private:
    Database(QString connectionName, QString location, std::unique_ptr<Dialect> dialect,
             const Clock &clock);
    VoidResult migrate(const QString &backupPathBase, bool mayCreate);
    VoidResult runMigrations(int current);
    VoidResult executeSchema(const QString &sql);
    // Opens a lost server connection again (after BEGIN failed on it).
    VoidResult reconnect();
    Result<int> readSchemaVersion();

    QString m_connectionName;
    QString m_location;
    std::unique_ptr<Dialect> m_dialect;
    const Clock &m_clock;
    int m_schemaVersion = 0;
    bool m_createdNow = false;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    std::vector<QSqlQuery> m_failedInTransaction;
    std::function<void()> m_reconnected;
    PreparedStatements m_prepared;
};

} // namespace shuzai
