// The GUI and shuzai-cli on one database file: every acknowledged write of either program must be
// seen by both, and survive both closing. SQLite's POSIX locks belong to the process, so any
// open()/close() of the file outside SQLite while a connection is open (a header peek, a copy)
// silently drops the process's locks; another process may then checkpoint and delete the WAL
// under it.
#include "clirunner.h"
#include "fakeclock.h"
#include "services/auditservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace shuzai;
using shuzai::test::args;
using shuzai::test::CliRunner;

namespace {

IntervieweeData person(const QString &family, int n)
{
    IntervieweeData d;
    d.categoryId = 1;
    d.familyName = family;
    d.givenName = QStringLiteral("太郎%1").arg(n);
    d.familyReading = QStringLiteral("ヤマダ");
    d.givenReading = QStringLiteral("タロウ");
    d.email = QStringLiteral("%1%2@example.jp")
                  .arg(family == QStringLiteral("画面") ? "gui" : "bg")
                  .arg(n);
    return d;
}

QSet<QString> emailsSeenByCli(const CliRunner &cli, const QString &db)
{
    const auto r = cli.run(args({"--json", "interviewee", "list"}) + QStringList{"--db", db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QSet<QString> emails;
    for (const auto &v : r.json().array())
        emails.insert(v.toObject().value(QStringLiteral("email")).toString());
    return emails;
}

QSet<QString> emailsSeenBy(Workspace &ws)
{
    QSet<QString> emails;
    auto list = ws.roster().list(1);
    EXPECT_TRUE(list) << (list ? "" : list.error().untranslatedMessage().toStdString());
    if (list) {
        for (const Interviewee &i : *list)
            emails.insert(i.data.email);
    }
    return emails;
}

qsizetype auditRows(Workspace &ws, const QString &action)
{
    AuditFilter filter;
    filter.action = action;
    auto entries = ws.audit().list(filter);
    EXPECT_TRUE(entries);
    return entries ? entries->size() : -1;
}

} // namespace

TEST(SharedFile, GuiWithWorkerConnectionAndCliInterleavedLoseNothing)
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("shared.db"));
    ASSERT_EQ(cli.run(QStringList{"--db", db, "init"}).exitCode, 0);

    test::FakeClock clock;
    auto opened = Workspace::openSqlite(db, clock);
    ASSERT_TRUE(opened) << opened.error().untranslatedMessage().toStdString();
    Workspace &gui = **opened;

    QSet<QString> expected = emailsSeenBy(gui);
    for (int round = 0; round < 6; ++round) {
        // The GUI saves a person of its own.
        auto own = gui.roster().add(1, person(QStringLiteral("画面"), round));
        ASSERT_TRUE(own) << own.error().untranslatedMessage().toStdString();
        expected.insert(own->data.email);
        {
            // A background task (a transcript import) opens and closes its own connection
            // while the GUI's stays open.
            auto worker = gui.openAnotherConnection();
            ASSERT_TRUE(worker) << worker.error().untranslatedMessage().toStdString();
            auto bg = (*worker)->roster().add(1, person(QStringLiteral("裏方"), round));
            ASSERT_TRUE(bg);
            expected.insert(bg->data.email);
        }
        // Meanwhile someone runs the CLI on the same file, which opens and closes it.
        const QString email = QStringLiteral("cli%1@example.jp").arg(round);
        const auto added = cli.run(QStringList{"--db", db, "interviewee", "add", "--category",
                                               "researcher", "--name", "端末 花子", "--reading",
                                               "タンマツ ハナコ", "--email", email});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        expected.insert(email);

        EXPECT_EQ(emailsSeenBy(gui), expected) << "round " << round;
        EXPECT_EQ(emailsSeenByCli(cli, db), expected) << "round " << round;
        // The GUI's write-ahead log is still the one on disk.
        EXPECT_TRUE(QFileInfo::exists(db + QStringLiteral("-wal"))) << "round " << round;
    }
    EXPECT_EQ(auditRows(gui, QStringLiteral("interviewee.added")), 18);
    opened->reset();

    // Both programs closed: the file alone holds every write, and the audit log is whole.
    EXPECT_EQ(emailsSeenByCli(cli, db), expected);
    test::FakeClock later;
    auto reopened = Workspace::openSqlite(db, later);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(emailsSeenBy(**reopened), expected);
    EXPECT_EQ(auditRows(**reopened, QStringLiteral("interviewee.added")), 18);
}
