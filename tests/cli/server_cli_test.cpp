#include "clirunner.h"
#include "fakeclock.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using shuzai::test::args;
using shuzai::test::CliRunner;

namespace {
// The private server tests/support/with-postgres.sh started: "HOST:PORT:ADMIN_PASSWORD".
struct Server {
    Server()
    {
        const QString spec = qEnvironmentVariable("SHUZAI_TEST_POSTGRES");
        host = spec.section(u':', 0, 0);
        port = spec.section(u':', 1, 1);
        adminPassword = spec.section(u':', 2);
    }
    QString url(const QString &user, const QString &database) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host, port, database);
    }
    // psql as `user`: what someone with those credentials can do without Shuzai.
    std::pair<int, QString> psql(const QString &user, const QString &password,
                                 const QString &database, const QString &sql) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-h"), host, QStringLiteral("-p"), port, QStringLiteral("-U"), user,
                 QStringLiteral("-d"), database, QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }
    QString host, port, adminPassword;
};

// Runs shuzai-cli against the team database as `user` with `password`.
CliRunner::Run as(CliRunner &cli, const Server &server, const QString &user,
                  const QString &password, const QStringList &arguments,
                  const QByteArray &input = {})
{
    cli.setEnv(QStringLiteral("SHUZAI_DB_PASSWORD"), password);
    return cli.run(QStringList{QStringLiteral("--db"), server.url(user, QStringLiteral("team"))} +
                       arguments,
                   input);
}
} // namespace

TEST(TeamServer, EachPersonLogsInAsThemselvesAndTheServerEnforcesTheirRole)
{
    const Server server;
    ASSERT_FALSE(server.port.isEmpty()) << "run under tests/support/with-postgres.sh";
    CliRunner cli;
    auto setup =
        as(cli, server, QStringLiteral("shuzai_admin"), server.adminPassword,
           args({"server", "setup", "--editor", "tanaka", "--name", "田中 一郎"}), "tanaka-pw\n");
    ASSERT_EQ(setup.exitCode, 0) << setup.err.toStdString();

    const QString tanaka = QStringLiteral("tanaka"), sato = QStringLiteral("sato"),
                  suzuki = QStringLiteral("suzuki");
    // A wrong password is refused by the server, with the reason.
    auto wrong = as(cli, server, tanaka, QStringLiteral("nope"), args({"user", "list"}));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("tanaka"))) << wrong.err.toStdString();

    auto writer =
        as(cli, server, tanaka, QStringLiteral("tanaka-pw"),
           args({"user", "add", "sato", "--name", "佐藤 記者", "--role", "writer"}), "sato-pw\n");
    ASSERT_EQ(writer.exitCode, 0) << writer.err.toStdString();
    ASSERT_EQ(as(cli, server, tanaka, QStringLiteral("tanaka-pw"),
                 args({"user", "add", "suzuki", "--name", "鈴木 校閲", "--role", "reviewer"}),
                 "suzuki-pw\n")
                  .exitCode,
              0);
    auto users = as(cli, server, sato, QStringLiteral("sato-pw"), args({"user", "list", "--json"}));
    ASSERT_EQ(users.exitCode, 0) << users.err.toStdString();
    EXPECT_EQ(users.json().array().size(), 3);

    // The editor adds a person and an interview; the writer imports and picks a quote; the
    // reviewer sends it for checking.
    ASSERT_EQ(as(cli, server, tanaka, QStringLiteral("tanaka-pw"),
                 args({"interviewee", "add", "--category", "vendor", "--name", "山田 花子",
                       "--email", "yamada@example.jp"}))
                  .exitCode,
              0);
    ASSERT_EQ(as(cli, server, tanaka, QStringLiteral("tanaka-pw"),
                 args({"interview", "add", "yamada@example.jp", "--at", "2025-05-27T10:00"}))
                  .exitCode,
              0);
    auto imported =
        as(cli, server, sato, QStringLiteral("sato-pw"),
           {QStringLiteral("transcript"), QStringLiteral("import"), QStringLiteral("1"),
            QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"), QStringLiteral("--yes")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(
        as(cli, server, sato, QStringLiteral("sato-pw"), args({"quote", "add", "2"})).exitCode, 0);
    auto sent = as(cli, server, suzuki, QStringLiteral("suzuki-pw"),
                   args({"review", "send", "yamada@example.jp"}));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    // Found through the server's own search (pg_trgm over folded text), one character too.
    auto found =
        as(cli, server, sato, QStringLiteral("sato-pw"), args({"search", "量子", "--json"}));
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_EQ(found.json().object()[QStringLiteral("hits")].toArray().size(), 2)
        << found.out.toStdString();

    // With plain SQL, the writer's credentials cannot approve, nor rewrite the log.
    auto [writerUpdate, writerError] =
        server.psql(sato, QStringLiteral("sato-pw"), QStringLiteral("team"),
                    QStringLiteral("UPDATE review_rounds SET status = 'approved'"));
    EXPECT_NE(writerUpdate, 0);
    EXPECT_TRUE(writerError.contains(QStringLiteral("permission denied")))
        << writerError.toStdString();
    auto [writerDelete, deleteError] =
        server.psql(sato, QStringLiteral("sato-pw"), QStringLiteral("team"),
                    QStringLiteral("DELETE FROM audit_log"));
    EXPECT_NE(writerDelete, 0);
    // The editor may write review rounds (to withdraw), but an approval is the reviewer's.
    auto [editorUpdate, editorError] =
        server.psql(tanaka, QStringLiteral("tanaka-pw"), QStringLiteral("team"),
                    QStringLiteral("UPDATE review_rounds SET status = 'approved'"));
    EXPECT_NE(editorUpdate, 0);
    EXPECT_TRUE(editorError.contains(QStringLiteral("reviewer"))) << editorError.toStdString();
    auto [editorDelete, editorDeleteError] =
        server.psql(tanaka, QStringLiteral("tanaka-pw"), QStringLiteral("team"),
                    QStringLiteral("DELETE FROM audit_log"));
    EXPECT_NE(editorDelete, 0);

    // Nor can the writer act as the reviewer through Shuzai.
    auto impersonated = as(cli, server, sato, QStringLiteral("sato-pw"),
                           args({"--as", "suzuki", "review", "approve", "yamada@example.jp"}));
    EXPECT_EQ(impersonated.exitCode, 1);
    EXPECT_TRUE(impersonated.err.contains(QStringLiteral("sato")))
        << impersonated.err.toStdString();

    // Through Shuzai the same rules hold, and the reviewer approves.
    EXPECT_EQ(as(cli, server, sato, QStringLiteral("sato-pw"),
                 args({"review", "approve", "yamada@example.jp"}))
                  .exitCode,
              1);
    auto approved = as(cli, server, suzuki, QStringLiteral("suzuki-pw"),
                       args({"review", "approve", "yamada@example.jp", "--json"}));
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_EQ(approved.json().object()[QStringLiteral("decidedBy")].toString(), suzuki);
    auto log = as(cli, server, tanaka, QStringLiteral("tanaka-pw"),
                  args({"audit", "list", "--action", "review.", "--json"}));
    ASSERT_EQ(log.json().array().size(), 2);
    EXPECT_EQ(log.json().array()[1].toObject()[QStringLiteral("actor")].toString(), suzuki);
}

TEST(TeamServer, ALocalDatabaseMovesToTheServerAndBackWithCountsAndChecksums)
{
    const Server server;
    ASSERT_FALSE(server.port.isEmpty()) << "run under tests/support/with-postgres.sh";
    CliRunner cli;
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "adopter", "--name", "高橋 美咲",
                             "--email", "takahashi@example.jp", "--notes", "量子化を導入済み"}))
                  .exitCode,
              0);
    cli.setEnv(QStringLiteral("SHUZAI_DB_PASSWORD"), server.adminPassword);
    const QString url = server.url(QStringLiteral("shuzai_admin"), QStringLiteral("moved"));
    auto there = cli.run({QStringLiteral("copy"), QStringLiteral("--from"),
                          cli.path(QStringLiteral("test.db")), QStringLiteral("--to"), url,
                          QStringLiteral("--json")});
    ASSERT_EQ(there.exitCode, 0) << there.err.toStdString();
    const QJsonArray tables = there.json().object()[QStringLiteral("tables")].toArray();
    ASSERT_FALSE(tables.isEmpty());
    auto back =
        cli.run({QStringLiteral("copy"), QStringLiteral("--from"), url, QStringLiteral("--to"),
                 cli.path(QStringLiteral("back.db")), QStringLiteral("--json")});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(back.json().object()[QStringLiteral("tables")].toArray(), tables);
    // The server finds the note as the file did; the copy back lists the same people.
    auto found = cli.run({QStringLiteral("--db"), url, QStringLiteral("search"),
                          QStringLiteral("量子"), QStringLiteral("--json")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_EQ(found.json().object()[QStringLiteral("hits")].toArray().size(), 1);
    EXPECT_EQ(cli.onDb(args({"interviewee", "list", "--json"})).out,
              cli.onDb(args({"interviewee", "list", "--json"}), QStringLiteral("back.db")).out);
    // Copying again into the same server database is refused: it holds data now.
    EXPECT_EQ(cli.run({QStringLiteral("copy"), QStringLiteral("--from"),
                       cli.path(QStringLiteral("test.db")), QStringLiteral("--to"), url})
                  .exitCode,
              1);
}

TEST(TeamServer, ALostConnectionSavesNothingAndTheNextChangeReconnects)
{
    const Server server;
    ASSERT_FALSE(server.port.isEmpty()) << "run under tests/support/with-postgres.sh";
    shuzai::PostgresTarget target;
    target.host = server.host;
    target.port = server.port.toInt();
    target.user = QStringLiteral("shuzai_admin");
    target.password = server.adminPassword;
    target.database = QStringLiteral("lost");
    ASSERT_TRUE(shuzai::Database::createPostgresDatabase(target));
    shuzai::test::FakeClock clock;
    auto ws = shuzai::Workspace::openPostgres(target, clock);
    ASSERT_TRUE(ws) << ws.error().untranslatedMessage().toStdString();
    const auto person = [](const char *email) {
        shuzai::IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QStringLiteral("山田");
        d.email = QString::fromLatin1(email);
        return d;
    };
    ASSERT_TRUE((*ws)->roster().add(1, person("a@example.jp")));

    const QString script = QStringLiteral(SHUZAI_TEST_SUPPORT "/pg_server.sh");
    const QString dir = qEnvironmentVariable("SHUZAI_TEST_POSTGRES_DIR");
    ASSERT_EQ(QProcess::execute(QStringLiteral("sh"), {script, QStringLiteral("stop"), dir}), 0);
    auto lost = (*ws)->roster().add(1, person("b@example.jp"));
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().code(), shuzai::ErrorCode::DatabaseUnavailable);
    EXPECT_TRUE(lost.error().message().contains(target.url()))
        << lost.error().message().toStdString();
    EXPECT_TRUE(lost.error().message().contains(QStringLiteral("Nothing was saved")));

    ASSERT_EQ(QProcess::execute(QStringLiteral("sh"),
                                {script, QStringLiteral("resume"), dir, server.port}),
              0);
    auto again = (*ws)->roster().add(1, person("c@example.jp"));
    ASSERT_TRUE(again) << again.error().untranslatedMessage().toStdString();
    const auto everyone = (*ws)->roster().list(1);
    ASSERT_EQ(everyone->size(), 2);
    EXPECT_EQ(everyone->at(0).data.email, QStringLiteral("a@example.jp"));
    EXPECT_EQ(everyone->at(1).data.email, QStringLiteral("c@example.jp"));
}
