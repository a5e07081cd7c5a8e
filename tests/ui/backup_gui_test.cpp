// File ▸ Back up now / Restore from backup… / Check database, and opening a file that is not
// there or is damaged, the way the desktop does it.
#include "common/messagebox.h"
#include "people.h"
#include "roster/rosterfilterproxy.h"
#include "roster/rosterscreen.h"
#include "services/backupservice.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "shell/backupactions.h"
#include "shell/databaseopener.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>

using namespace shuzai;
using namespace shuzai::ui;
using test::someone;

TEST(BackupGui, BackUpNowThenRestoreBringsTheRosterBack)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("a@example.jp"))));
    auto window = std::make_unique<MainWindow>(std::move(ws.workspace));
    window->show();
    RosterScreen *roster = window->rosterScreen();
    ASSERT_EQ(roster->proxy()->rowCount(), 1);

    window->findChild<QAction *>(QStringLiteral("backupNow"))->trigger();
    const QList<BackupInfo> backups = window->workspace().backups().backups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(backups.first().path));

    ASSERT_TRUE(window->workspace().roster().add(1, someone(QStringLiteral("b@example.jp"))));
    EXPECT_EQ(roster->proxy()->rowCount(), 2);
    ws.clock.advanceSecs(60);
    // Cancel first: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window->backupActions()->restoreFrom(backups.first().path));
    EXPECT_EQ(roster->proxy()->rowCount(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    // (the confirmation, then the information box answered by the seam too)
    QObject::connect(window->backupActions(), &BackupActions::restored,
                     [] { MessageBox::setNextAnswer(QMessageBox::Ok); });
    EXPECT_TRUE(window->backupActions()->restoreFrom(backups.first().path));
    EXPECT_EQ(roster->proxy()->rowCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("backups")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_TRUE(window->backupActions()->checkDatabase());
    EXPECT_TRUE(MessageBox::lastText().contains(window->workspace().database().location()));
}

TEST(BackupGui, AMissingFileIsCreatedOnlyWhenTheUserSaysSo)
{
    QTemporaryDir dir;
    test::FakeClock clock;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    MessageBox::setNextAnswer(QMessageBox::No);
    auto declined = openDatabaseFile(nullptr, path, clock);
    ASSERT_FALSE(declined);
    EXPECT_EQ(declined.error().code(), ErrorCode::Cancelled);
    EXPECT_TRUE(MessageBox::lastText().contains(QDir::toNativeSeparators(path)));
    EXPECT_FALSE(QFileInfo::exists(path));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto created = openDatabaseFile(nullptr, path, clock);
    ASSERT_TRUE(created) << created.error().untranslatedMessage().toStdString();
    EXPECT_EQ((*created)->campaigns().list()->size(), 1); // with the sample campaign
}

TEST(BackupGui, ADamagedFileOffersItsLatestBackupByName)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "SQLite files only";
    ASSERT_TRUE(ws->roster().add(1, someone(QStringLiteral("a@example.jp"))));
    auto backup = ws->backups().backupNow();
    ASSERT_TRUE(backup);
    const QString path = ws.path();
    ws.workspace.reset();
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(64, '\0'));
    }
    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto opened = openDatabaseFile(nullptr, path, ws.clock);
    ASSERT_TRUE(opened) << opened.error().untranslatedMessage().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(backup->path))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ((*opened)->roster().list(1)->size(), 1);
}
