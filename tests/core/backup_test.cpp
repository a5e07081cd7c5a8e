// Backups like Zotero's: taken while the database is in use, checked, rotated; the check of a
// live database; restoring in place and replacing a file too damaged to open.
#include "people.h"
#include "rawconnection.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "services/rosterservice.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace shuzai;
using test::RawConnection;
using test::someone;

namespace {

QStringList emails(Workspace &ws)
{
    QStringList out;
    const auto people = ws.roster().list(1);
    EXPECT_TRUE(people);
    for (const Interviewee &p : *people)
        out.append(p.data.email);
    out.sort();
    return out;
}

// Overwrites bytes of a closed database file, as a failing disk or a stray program would.
void damage(const QString &path, qint64 offset, const QByteArray &garbage)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(offset));
    ASSERT_EQ(f.write(garbage), garbage.size());
}

} // namespace

TEST(Backup, ACheckedSingleFileCopyInTheBackupsFolderWhileInUse)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("a@example.jp"))));
    auto made = ws->backups().backupNow();
    ASSERT_TRUE(made) << made.error().untranslatedMessage().toStdString();
    EXPECT_EQ(QFileInfo(made->path).absolutePath(),
              QDir(ws.dir.path()).filePath(QStringLiteral("backups")));
    EXPECT_TRUE(QFileInfo(made->path).fileName().startsWith(QStringLiteral("shuzai-20250520-")));
    EXPECT_GT(made->bytes, 0);
    // One self-contained file: no write-ahead log beside it, nothing half-written left over.
    const QStringList files =
        QDir(ws->backups().folder()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_EQ(files, QStringList{QFileInfo(made->path).fileName()});
    {
        RawConnection raw(made->path);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM interviewees")).toInt(), 1);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                  QStringLiteral("delete"));
    }
    // The live database goes on as before.
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("b@example.jp"))));
    EXPECT_EQ(ws->backups().backups().size(), 1);
    auto check = ws->backups().check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok()) << check->problems.join(u'\n').toStdString();
}

TEST(Backup, AutomaticBackupsAreDueDailyAndRotatedToSevenDaysAndFourWeeks)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    auto first = ws->backups().backupIfDue();
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->has_value());
    ws.clock.advanceSecs(3600);
    auto notYet = ws->backups().backupIfDue();
    ASSERT_TRUE(notYet);
    EXPECT_FALSE(notYet->has_value());
    for (int day = 1; day <= 60; ++day) {
        ws.clock.advanceSecs(24 * 3600);
        auto due = ws->backups().backupIfDue();
        ASSERT_TRUE(due) << due.error().untranslatedMessage().toStdString();
        ASSERT_TRUE(due->has_value()) << "day " << day;
    }
    const QList<BackupInfo> kept = ws->backups().backups();
    // The last seven days, plus the newest of each of the four weeks (some of them the same).
    EXPECT_GE(kept.size(), 7);
    EXPECT_LE(kept.size(), 11);
    EXPECT_EQ(kept.first().takenAt, ws.clock.now());
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(kept.at(i).takenAt, ws.clock.now().addDays(-i));
    // This week and the three before it.
    EXPECT_GE(kept.last().takenAt.daysTo(ws.clock.now()), 14);
    EXPECT_LT(kept.last().takenAt.daysTo(ws.clock.now()), 28);
}

TEST(Backup, RestoreInPlaceKeepsTheStateBeforeAndIsAudited)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("a@example.jp"))));
    auto backup = ws->backups().backupTo(ws.dir.filePath(QStringLiteral("before-b.db")));
    ASSERT_TRUE(backup);
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("b@example.jp"))));
    auto other = ws.openAnother(); // another window on the same file
    ASSERT_TRUE(other);
    ws.clock.advanceSecs(60);

    auto before = ws->backups().restore(backup->path);
    ASSERT_TRUE(before) << before.error().untranslatedMessage().toStdString();
    EXPECT_EQ(emails(*ws), QStringList{QStringLiteral("a@example.jp")});
    EXPECT_EQ(emails(*other), QStringList{QStringLiteral("a@example.jp")});
    {
        RawConnection raw(before->path);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM interviewees")).toInt(), 2);
    }
    AuditFilter restored;
    restored.action = QStringLiteral("database.restored");
    EXPECT_EQ(ws->audit().list(restored)->size(), 1);
    // The restored file works on as before, in WAL mode, and passes its check.
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("c@example.jp"))));
    RawConnection raw(ws.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_TRUE(ws->backups().check()->ok());
}

TEST(Backup, OnlyTheEditorRestoresAndADamagedBackupIsRefused)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("a@example.jp"))));
    auto backup = ws->backups().backupTo(ws.dir.filePath(QStringLiteral("copy.db")));
    ASSERT_TRUE(backup);
    ASSERT_TRUE(ws->setActor(QStringLiteral("writer")));
    auto refused = ws->backups().restore(backup->path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::PermissionDenied);
    ASSERT_TRUE(ws->setActor(QStringLiteral("editor")));
    const QString broken = ws.dir.filePath(QStringLiteral("broken.db"));
    ASSERT_TRUE(QFile::copy(backup->path, broken));
    damage(broken, 0, QByteArray(100, '\xff'));
    auto notRestored = ws->backups().restore(broken);
    ASSERT_FALSE(notRestored);
    EXPECT_TRUE(notRestored.error().message().contains(QDir::toNativeSeparators(broken)));
    EXPECT_EQ(emails(*ws), QStringList{QStringLiteral("a@example.jp")});
}

TEST(Backup, ADamagedDatabaseNamesItsLatestGoodBackupAndIsReplacedByIt)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("a@example.jp"))));
    auto backup = ws->backups().backupNow();
    ASSERT_TRUE(backup);
    const QString path = ws.path();
    ws.workspace.reset();
    damage(path, 0, QByteArray("this is no longer a database", 28));

    auto opened = Workspace::openSqlite(path, ws.clock);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code(), ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(opened.error().message().contains(backup->path))
        << opened.error().message().toStdString();

    auto aside = BackupService::replaceDamaged(path, backup->path, ws.clock);
    ASSERT_TRUE(aside) << aside.error().untranslatedMessage().toStdString();
    EXPECT_TRUE(QFileInfo::exists(*aside)); // the damaged file is kept, not deleted
    auto again = Workspace::openSqlite(path, ws.clock);
    ASSERT_TRUE(again) << again.error().untranslatedMessage().toStdString();
    EXPECT_EQ(emails(**again), QStringList{QStringLiteral("a@example.jp")});
    EXPECT_TRUE((*again)->backups().check()->ok());
}

TEST(Backup, CheckFindsADamagedPageAndADriftedSearchIndex)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("p%1@example.jp").arg(i))));
    {
        // The note index no longer matches the notes (as a bug bypassing the triggers would).
        RawConnection raw(ws.path());
        raw.scalar(QStringLiteral("DROP TRIGGER note_search_update"));
        raw.scalar(QStringLiteral("UPDATE interviewees SET notes = 'ずれた' WHERE id = 3"));
    }
    auto drifted = ws->backups().check();
    ASSERT_TRUE(drifted);
    EXPECT_FALSE(drifted->ok());
    EXPECT_TRUE(drifted->problems.join(u' ').contains(QStringLiteral("note_search")))
        << drifted->problems.join(u'\n').toStdString();

    const QString path = ws.path();
    ws.workspace.reset();
    {
        RawConnection raw(path);
        raw.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const qint64 pageSize = 4096;
    damage(path, 3 * pageSize + 100, QByteArray(600, '\x5a'));
    auto opened = Workspace::openSqlite(path, ws.clock);
    if (!opened) {
        EXPECT_EQ(opened.error().code(), ErrorCode::DatabaseCorrupt);
        return;
    }
    auto report = (*opened)->backups().check();
    ASSERT_TRUE(!report || !report->ok()) << "a damaged page went unnoticed";
}
