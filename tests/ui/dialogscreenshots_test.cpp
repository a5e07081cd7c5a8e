// Screenshots of issue 13's dialogs for a person to look at (layout, glyphs, nothing cut off):
// SHUZAI_GRAB_DIR=/tmp/shots [SHUZAI_GRAB_LANG=ja] xvfb-run build/tests/ui/shuzai_ui_tests
// --gtest_filter='DialogScreenshots.*'. Without SHUZAI_GRAB_DIR the test is skipped.
#include "campaign/campaignmanagerdialog.h"
#include "campaign/categoryeditordialog.h"
#include "campaign/letterimportdialog.h"
#include "outreach/replydialog.h"
#include "services/campaignservice.h"
#include "services/schedulingservice.h"
#include "shell/mainwindow.h"
#include "testdata.h"
#include "testworkspace.h"
#include "util/translations.h"

#include <QApplication>
#include <QDir>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
void grab(QWidget &widget, const QString &name, QSize size)
{
    widget.resize(size);
    widget.show();
    QApplication::processEvents();
    const QString dir = qEnvironmentVariable("SHUZAI_GRAB_DIR");
    EXPECT_TRUE(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}
} // namespace

TEST(DialogScreenshots, CampaignLifecycleLetterImportAndReply)
{
    if (qEnvironmentVariableIsEmpty("SHUZAI_GRAB_DIR"))
        GTEST_SKIP() << "SHUZAI_GRAB_DIR not set";
    i18n::install(qEnvironmentVariable("SHUZAI_GRAB_LANG", QStringLiteral("en")));
    QTemporaryDir dir;
    test::FakeClock clock;
    auto opened =
        Workspace::openSqlite(dir.filePath(QStringLiteral("shots.db")), clock, test::creating());
    ASSERT_TRUE(opened);
    MainWindow window(std::move(*opened));
    Workspace &ws = window.workspace();

    CampaignManagerDialog manager(ws, *window.undoStack());
    grab(manager, QStringLiteral("campaign-manager"), {720, 420});
    CategoryEditorDialog categories(ws, *window.undoStack(), 1);
    grab(categories, QStringLiteral("category-editor"), {820, 560});
    LetterImportDialog import(ws);
    ASSERT_TRUE(import.loadFile(test::dataPath(QStringLiteral("letters/ja-draft-missing.md"))));
    grab(import, QStringLiteral("letter-import"), {1000, 700});

    ReplyDialog reply(QStringLiteral("鈴木 一郎"));
    const auto offered = ws.scheduling().slotsOf(1);
    ASSERT_TRUE(offered);
    reply.setCandidateSlots(*offered, QTimeZone("Asia/Tokyo"));
    grab(reply, QStringLiteral("reply"), {560, 460});
    i18n::install(QStringLiteral("en"));
}
