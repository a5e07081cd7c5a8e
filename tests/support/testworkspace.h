#pragma once

#include "fakeclock.h"
#include "qtprinters.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>

namespace shuzai::test {

// Options that make the database file when it does not exist yet (as `init` does).
inline WorkspaceOptions creating(WorkspaceOptions options = {})
{
    options.database.create = true;
    return options;
}

// A real SQLite file in a fresh temporary directory, opened as a workspace with a fake clock.
class TestWorkspace {
public:
    explicit TestWorkspace(WorkspaceOptions options = {})
    {
        options.database.create = true;
        const QString server = qEnvironmentVariable("SHUZAI_TEST_POSTGRES");
        auto opened = server.isEmpty() ? Workspace::openSqlite(path(), clock, options)
                                       : openOnPostgres(server, options);
        if (!opened)
            ADD_FAILURE() << opened.error().untranslatedMessage().toStdString();
        else
            workspace = std::move(*opened);
    }
    QString path() const { return dir.filePath(QStringLiteral("shuzai.db")); }
    bool onPostgres() const { return !qEnvironmentVariableIsEmpty("SHUZAI_TEST_POSTGRES"); }
    Workspace &operator*() { return *workspace; }
    Workspace *operator->() { return workspace.get(); }

    // The same suite on the team server: a fresh database for each test on the server that
    // tests/support/with-postgres.sh started ("HOST:PORT:ADMIN_PASSWORD"). Each is a copy of a
    // database migrated once per run (and seeded here as the test asks): making and migrating a
    // database per test was most of the PostgreSQL suites' time.
    Result<std::unique_ptr<Workspace>> openOnPostgres(const QString &server,
                                                      const WorkspaceOptions &options)
    {
        static int counter = 0;
        PostgresTarget target;
        target.host = server.section(u':', 0, 0);
        target.port = server.section(u':', 1, 1).toInt();
        target.password = server.section(u':', 2);
        target.user = QStringLiteral("shuzai_admin");
        static const Result<QString> migrated = migratedTemplate(target);
        if (!migrated)
            return migrated.error();
        target.database =
            QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        if (auto created = Database::createPostgresDatabase(target, *migrated); !created)
            return created.error();
        m_target = target;
        return Workspace::openPostgres(target, clock, options);
    }

    // A second client on the same database: another connection, as another window or machine
    // would have.
    std::unique_ptr<Workspace> openAnother()
    {
        auto opened = m_target ? Workspace::openPostgres(*m_target, clock)
                               : Workspace::openSqlite(path(), clock);
        if (!opened) {
            ADD_FAILURE() << opened.error().untranslatedMessage().toStdString();
            return nullptr;
        }
        return std::move(*opened);
    }

    QTemporaryDir dir;
    FakeClock clock;

    std::unique_ptr<Workspace> workspace;

private:
    // An empty database at the current schema (no users, no campaigns), closed again so it can
    // be copied.
    static Result<QString> migratedTemplate(PostgresTarget target)
    {
        target.database = QStringLiteral("template_%1").arg(QCoreApplication::applicationPid());
        if (auto created = Database::createPostgresDatabase(target); !created)
            return created.error();
        WorkspaceOptions empty;
        empty.database.create = true;
        empty.seedSample = false;
        empty.seedLocalUsers = false;
        FakeClock clock;
        auto opened = Workspace::openPostgres(target, clock, empty);
        if (!opened)
            return opened.error();
        return target.database;
    }

    std::optional<PostgresTarget> m_target;
};

} // namespace shuzai::test
