// The SMTP password in the system keychain, end to end: stored with `smtp password set`, read by
// `outreach send` to log in to a real SMTP server, forgotten again. Runs under its own D-Bus
// session with a throw-away gnome-keyring (tests/support/with-keyring.sh); the NoKeychain case
// runs with no bus at all, as on a headless machine.
#include "clirunner.h"
#include "smtpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using shuzai::test::args;
using shuzai::test::CliRunner;
using shuzai::test::SmtpServer;

namespace {
// The campaign's editor and one interviewee with an address, ready for a letter.
void prepare(const CliRunner &cli)
{
    ASSERT_EQ(cli.onDb(args({"campaign", "edit", "1", "--editor-name", "田中 一郎",
                             "--editor-phone", "03-1234-5678"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                             "--email", "sato@example.co.jp"}))
                  .exitCode,
              0);
}
} // namespace

TEST(KeychainCli, StoredPasswordLogsInAndIsForgotten)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_SMTP_PASSWORD"), QString());
    cli.setEnv(QStringLiteral("SHUZAI_NOW"),
               QStringLiteral("2025-05-20T10:00:00+09:00")); // candidate times still ahead
    SmtpServer server({QStringLiteral("--auth"), QStringLiteral("editor:s3cret-パス")});
    prepare(cli);
    const QString url = QStringLiteral("smtp://editor@127.0.0.1:%1").arg(server.port);
    const QStringList send{QStringLiteral("outreach"),
                           QStringLiteral("send"),
                           QStringLiteral("1"),
                           QStringLiteral("--smtp"),
                           url,
                           QStringLiteral("--tls"),
                           QStringLiteral("none"),
                           QStringLiteral("--json")};

    auto stored = cli.onDb({QStringLiteral("smtp"), QStringLiteral("password"),
                            QStringLiteral("set"), QStringLiteral("--smtp"), url},
                           QStringLiteral("test.db"), QStringLiteral("s3cret-パス\n").toUtf8());
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    auto sent = cli.onDb(send);
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_EQ(sent.json().array().first().toObject()[QStringLiteral("status")].toString(),
              QStringLiteral("sent"));
    EXPECT_EQ(server.received().size(), 1);
    // Shuzai's own files never hold it.
    QFile db(cli.path(QStringLiteral("test.db")));
    ASSERT_TRUE(db.open(QIODevice::ReadOnly));
    EXPECT_FALSE(db.readAll().contains("s3cret"));

    ASSERT_EQ(cli.onDb({QStringLiteral("smtp"), QStringLiteral("password"),
                        QStringLiteral("forget"), QStringLiteral("--smtp"), url})
                  .exitCode,
              0);
    auto refused = cli.onDb(send);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(url)) << refused.err.toStdString();
    EXPECT_EQ(server.received().size(), 1);
}

TEST(KeychainCli, NoKeychainIsSaidPlainlyAndNothingIsWritten)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=%1").arg(cli.path(QStringLiteral("no-bus"))));
    auto stored = cli.onDb(
        args({"smtp", "password", "set", "--smtp", "smtp://editor@127.0.0.1:2525", "--json"}),
        QStringLiteral("test.db"), "secret\n");
    EXPECT_EQ(stored.exitCode, 1);
    EXPECT_TRUE(stored.err.contains(QStringLiteral("keychain"))) << stored.err.toStdString();
    EXPECT_FALSE(stored.err.contains(QStringLiteral("secret\n")));
}
