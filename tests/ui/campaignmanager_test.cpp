// The campaign manager, the categories and questions editor and the switcher: models checked by
// QAbstractItemModelTester, every change undoable on the window's stack.
#include "campaign/campaignlistmodel.h"
#include "campaign/campaignmanagerdialog.h"
#include "campaign/categoryeditordialog.h"
#include "campaign/categorytreemodel.h"
#include "common/messagebox.h"
#include "people.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
struct Window {
    Window()
    {
        auto opened = Workspace::openSqlite(dir.filePath(QStringLiteral("manager.db")), clock,
                                            test::creating());
        EXPECT_TRUE(opened);
        window = new MainWindow(std::move(*opened));
    }
    ~Window() { delete window; }
    Workspace &ws() { return window->workspace(); }
    QUndoStack &stack() { return *window->undoStack(); }
    int campaigns() { return int(ws().campaigns().list()->size()); }

    QTemporaryDir dir;
    test::FakeClock clock;
    MainWindow *window = nullptr;
};

CampaignSettings august()
{
    CampaignSettings s;
    s.title = QStringLiteral("8月号 特集");
    s.publicationDate = QDate(2025, 8, 20);
    s.windowStart = QDate(2025, 7, 28);
    s.windowEnd = QDate(2025, 8, 8);
    s.modes = {InterviewMode::Online};
    s.timeZone = QStringLiteral("Asia/Tokyo");
    return s;
}
} // namespace

TEST(CampaignManager, NewDuplicateArchiveAndDeleteAreUndoable)
{
    Window w;
    CampaignManagerDialog dialog(w.ws(), w.stack());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dialog.model()->rowCount(), 1);

    ASSERT_TRUE(dialog.createCampaign(august()));
    EXPECT_EQ(dialog.model()->rowCount(), 2);
    const Id created = dialog.selectedCampaign();
    EXPECT_EQ(w.ws().campaigns().load(created)->title, QStringLiteral("8月号 特集"));
    w.stack().undo();
    EXPECT_EQ(w.campaigns(), 1);
    w.stack().redo();
    EXPECT_EQ(w.campaigns(), 2);
    EXPECT_TRUE(w.ws().campaigns().load(created)); // back under the same id

    dialog.select(1);
    DuplicateOptions o;
    o.title = QStringLiteral("SLM 第2回");
    ASSERT_TRUE(dialog.duplicateSelected(o));
    const Id copy = dialog.selectedCampaign();
    EXPECT_EQ(w.ws().campaigns().load(copy)->categories.size(), 3);
    EXPECT_EQ(dialog.model()->rowCount(), 3);

    // Archived: gone from the list until shown.
    dialog.select(copy);
    ASSERT_TRUE(dialog.toggleArchivedSelected());
    EXPECT_TRUE(w.ws().campaigns().load(copy)->archived());
    EXPECT_EQ(dialog.model()->rowCount(), 2);
    dialog.showArchivedBox()->setChecked(true);
    EXPECT_EQ(dialog.model()->rowCount(), 3);
    const int row = dialog.model()->rowOf(copy);
    EXPECT_TRUE(dialog.model()
                    ->index(row, CampaignListModel::State)
                    .data(CampaignListModel::ArchivedRole)
                    .toBool());
    w.stack().undo();
    EXPECT_FALSE(w.ws().campaigns().load(copy)->archived());

    // Deleting: refused (translated message) while people are on the roster, else undoable.
    ASSERT_TRUE(w.ws().roster().add(1, test::someone()));
    dialog.select(1);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog.removeSelected());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("(1)")))
        << MessageBox::lastText().toStdString();
    dialog.select(copy);
    ASSERT_TRUE(dialog.removeSelected());
    EXPECT_FALSE(w.ws().campaigns().load(copy));
    w.stack().undo();
    EXPECT_EQ(w.ws().campaigns().load(copy)->title, QStringLiteral("SLM 第2回"));
}

TEST(CampaignManager, TheSwitcherHidesArchivedCampaignsUnlessAsked)
{
    Window w;
    auto other = w.ws().campaigns().create(august());
    ASSERT_TRUE(other);
    auto *picker = w.window->findChild<QComboBox *>(QStringLiteral("campaignPicker"));
    ASSERT_TRUE(picker);
    EXPECT_EQ(picker->count(), 2);
    w.window->selectCampaign(other->id);
    EXPECT_EQ(w.window->currentCampaign(), other->id);
    ASSERT_TRUE(w.ws().campaigns().archive(other->id));
    EXPECT_EQ(picker->count(), 1);
    EXPECT_EQ(w.window->currentCampaign(), 1); // moved to an open one
    auto *show = w.window->findChild<QAction *>(QStringLiteral("showArchivedCampaigns"));
    ASSERT_TRUE(show);
    show->setChecked(true);
    EXPECT_EQ(picker->count(), 2);
    show->setChecked(false);
    w.window->selectCampaign(other->id); // choosing an archived one lists them
    EXPECT_TRUE(show->isChecked());
    EXPECT_EQ(w.window->currentCampaign(), other->id);
}

TEST(CategoryEditor, CategoriesAndQuestionsAreEditedThroughTheUndoStack)
{
    Window w;
    CategoryEditorDialog dialog(w.ws(), w.stack(), 1);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CategoryTreeModel &model = *dialog.model();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowCount(model.index(1, 0)), 6);

    // A new category, then its honorifics.
    ASSERT_TRUE(dialog.addCategory(QStringLiteral("大学")));
    ASSERT_EQ(model.rowCount(), 4);
    const Category *added = model.category(dialog.tree()->currentIndex());
    ASSERT_TRUE(added);
    const Id lab = added->id;
    EXPECT_EQ(added->name, QStringLiteral("大学"));
    dialog.organisationHonorific()->setCurrentText(QStringLiteral("貴学"));
    dialog.personHonorific()->setCurrentText(QStringLiteral("先生"));
    dialog.textEdit()->setText(QStringLiteral("大学・研究機関"));
    ASSERT_TRUE(dialog.applyEdits());
    Category now = *w.ws().campaigns().load(1)->category(lab);
    EXPECT_EQ(now.name, QStringLiteral("大学・研究機関"));
    EXPECT_EQ(now.organisationHonorific, QStringLiteral("貴学"));
    EXPECT_EQ(now.personHonorific, QStringLiteral("先生"));
    w.stack().undo();
    now = *w.ws().campaigns().load(1)->category(lab);
    EXPECT_EQ(now.name, QStringLiteral("大学"));
    EXPECT_EQ(now.organisationHonorific, QStringLiteral("貴社"));

    // A question for it, moved up among the vendor's, removed, each undone.
    dialog.selectCategory(lab);
    ASSERT_TRUE(dialog.addQuestion(QStringLiteral("研究の背景は？")));
    EXPECT_EQ(w.ws().campaigns().load(1)->category(lab)->questions.size(), 1);
    const Question vendor6 = w.ws().campaigns().load(1)->category(2)->questions[5];
    dialog.selectQuestion(vendor6.id);
    ASSERT_TRUE(dialog.moveSelected(-1));
    EXPECT_EQ(w.ws().campaigns().load(1)->category(2)->questions[4].id, vendor6.id);
    dialog.textEdit()->setText(QStringLiteral("価格と導入費用は？"));
    ASSERT_TRUE(dialog.applyEdits());
    EXPECT_EQ(w.ws().campaigns().load(1)->category(2)->questions[4].text,
              QStringLiteral("価格と導入費用は？"));
    ASSERT_TRUE(dialog.removeSelected());
    EXPECT_EQ(w.ws().campaigns().load(1)->category(2)->questions.size(), 5);
    w.stack().undo(); // removal
    w.stack().undo(); // rewording
    w.stack().undo(); // move
    const Category vendor = *w.ws().campaigns().load(1)->category(2);
    ASSERT_EQ(vendor.questions.size(), 6);
    EXPECT_EQ(vendor.questions[5].id, vendor6.id);
    EXPECT_EQ(vendor.questions[5].text, vendor6.text);

    // A category with people in it is not removed; the message says why.
    ASSERT_TRUE(w.ws().roster().add(1, test::someone(QStringLiteral("a@example.jp"), 2)));
    dialog.selectCategory(2);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog.removeSelected());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("(1)")));
    // An empty one is, and comes back with its question.
    dialog.selectCategory(lab);
    ASSERT_TRUE(dialog.removeSelected());
    EXPECT_EQ(model.rowCount(), 3);
    w.stack().undo();
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(w.ws().campaigns().load(1)->category(lab)->questions.size(), 1);
}

TEST(CategoryEditor, AnArchivedCampaignIsShownReadOnly)
{
    Window w;
    ASSERT_TRUE(w.ws().campaigns().archive(1));
    CategoryEditorDialog dialog(w.ws(), w.stack(), 1);
    dialog.selectCategory(1);
    EXPECT_FALSE(dialog.textEdit()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog.addQuestion(QStringLiteral("x")));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("archived")))
        << MessageBox::lastText().toStdString();
}

TEST(CategoryEditor, EscAsksOnlyWhenSomethingTypedWasNotApplied)
{
    Window w;
    CategoryEditorDialog dialog(w.ws(), w.stack(), 1);
    dialog.show();
    dialog.selectCategory(w.ws().campaigns().load(1)->categories.at(1).id);
    // Choosing another row fills the fields: not a change of the user's.
    MessageBox::setNextAnswer(QMessageBox::Cancel); // would keep it open if asked
    dialog.textEdit()->setFocus();
    QTest::keyClick(dialog.textEdit(), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());

    dialog.show();
    dialog.textEdit()->setText(QStringLiteral("ソリューション提供企業（国内）"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(dialog.textEdit(), Qt::Key_Escape);
    EXPECT_TRUE(dialog.isVisible());
    ASSERT_TRUE(dialog.applyEdits()); // applied: nothing left to lose
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(dialog.textEdit(), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}
