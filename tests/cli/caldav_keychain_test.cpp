// The CalDAV password in the system keychain: kept with `caldav password set` (as
// caldav://user@host:port), used by `caldav sync` when SHUZAI_CALDAV_PASSWORD is not set,
// forgotten again. Runs in the keychain tests' private D-Bus session (with-keyring.sh).
#include "clirunner.h"
#include "radicaleserver.h"

#include <QFile>
#include <gtest/gtest.h>

using shuzai::test::args;
using shuzai::test::CliRunner;
using shuzai::test::RadicaleServer;

TEST(KeychainCli, StoredCaldavPasswordSyncsAndIsForgotten)
{
    RadicaleServer server;
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_CALDAV_PASSWORD"), QString());
    ASSERT_EQ(cli.onDb({QStringLiteral("caldav"), QStringLiteral("account"), QStringLiteral("set"),
                        QStringLiteral("--url"), server.url(QStringLiteral("/editor/shuzai/")),
                        QStringLiteral("--user"), QStringLiteral("editor")})
                  .exitCode,
              0);
    auto stored =
        cli.onDb(args({"caldav", "password", "set"}), QStringLiteral("test.db"), "editor-pw\n");
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    auto synced = cli.onDb(args({"caldav", "sync", "--json"}));
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    QFile db(cli.path(QStringLiteral("test.db")));
    ASSERT_TRUE(db.open(QIODevice::ReadOnly));
    EXPECT_FALSE(db.readAll().contains("editor-pw"));

    ASSERT_EQ(cli.onDb(args({"caldav", "password", "forget"})).exitCode, 0);
    auto refused = cli.onDb(args({"caldav", "sync"}));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(
        refused.err.contains(QStringLiteral("caldav://editor@127.0.0.1:%1").arg(server.port)))
        << refused.err.toStdString();
}
