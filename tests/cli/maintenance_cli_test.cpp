// backup, check and restore from the command line, on healthy and damaged files.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace shuzai;
using shuzai::test::args;
using shuzai::test::CliRunner;

namespace {
qsizetype people(const CliRunner &cli)
{
    return cli.onDb(args({"interviewee", "list", "--json"})).json().array().size();
}
void addPerson(const CliRunner &cli, const char *email)
{
    const auto r = cli.onDb(QStringList{"interviewee", "add", "--category", "vendor", "--name",
                                        "佐藤 花子", "--email", QString::fromUtf8(email)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
}
} // namespace

TEST(MaintenanceCli, BackupCheckAndRestoreInPlace)
{
    CliRunner cli;
    addPerson(cli, "a@example.jp");
    const auto made = cli.onDb(args({"backup", "--json"}));
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString file = made.json().object().value(QStringLiteral("file")).toString();
    EXPECT_EQ(QFileInfo(file).absolutePath(), cli.path(QStringLiteral("backups")));
    EXPECT_TRUE(QFileInfo(file).isFile());

    const auto check = cli.onDb(args({"check", "--json"}));
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.json().object().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(check.json()
                  .object()
                  .value(QStringLiteral("latestBackup"))
                  .toObject()
                  .value(QStringLiteral("file")),
              file);

    addPerson(cli, "b@example.jp");
    ASSERT_EQ(people(cli), 2);
    const auto restored = cli.onDb(QStringList{"restore", file, "--json"});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(people(cli), 1);
    const QString kept =
        restored.json().object().value(QStringLiteral("previousStateKeptIn")).toString();
    EXPECT_TRUE(QFileInfo(kept).isFile());
    // ... and the restore can itself be undone the same way.
    ASSERT_EQ(cli.onDb(QStringList{"restore", kept}).exitCode, 0);
    EXPECT_EQ(people(cli), 2);
    // Only the editor restores.
    const auto writer = cli.onDb(QStringList{"--as", "writer", "restore", file});
    EXPECT_EQ(writer.exitCode, 1);
    EXPECT_EQ(people(cli), 2);
}

TEST(MaintenanceCli, ADamagedFileNamesItsBackupAndRestoreReplacesIt)
{
    CliRunner cli;
    addPerson(cli, "a@example.jp");
    const QString file = cli.onDb(args({"backup", "--json"}))
                             .json()
                             .object()
                             .value(QStringLiteral("file"))
                             .toString();
    ASSERT_FALSE(file.isEmpty());
    const QString db = cli.path(QStringLiteral("test.db"));
    {
        QFile f(db);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, '\x7f'));
    }
    const auto refused = cli.onDb(args({"interviewee", "list"}));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(file)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("restore"))) << refused.err.toStdString();

    const auto restored = cli.onDb(QStringList{"restore", file, "--json"});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    const QString aside =
        restored.json().object().value(QStringLiteral("damagedMovedTo")).toString();
    EXPECT_TRUE(QFileInfo(aside).isFile());
    EXPECT_EQ(people(cli), 1);
    EXPECT_EQ(cli.onDb(args({"check"})).exitCode, 0);
}

TEST(MaintenanceCli, RestoreOfSomethingThatIsNoBackupChangesNothing)
{
    CliRunner cli;
    addPerson(cli, "a@example.jp");
    const QString bogus = cli.path(QStringLiteral("notes.txt"));
    {
        QFile f(bogus);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("これはバックアップではありません\n");
    }
    const auto r = cli.onDb(QStringList{"restore", bogus});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(bogus)) << r.err.toStdString();
    EXPECT_EQ(people(cli), 1);
    const auto missing = cli.onDb(QStringList{"restore", cli.path(QStringLiteral("none.db"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(people(cli), 1);
}
