// "New campaign from letter…" driven offscreen: a letter with parts missing cannot be saved
// until the editor fills them in; saving creates the campaign and its letter template.
#include "campaign/letterimportdialog.h"
#include "common/messagebox.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "shell/mainwindow.h"
#include "testdata.h"
#include "testworkspace.h"

#include <QAction>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
// As typing (or pasting, for the Japanese the test keyboard cannot type) changes the field.
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->insert(text);
}
} // namespace

TEST(LetterImportDialog, GapsAreHighlightedUntilFilledThenSaveCreatesTheCampaign)
{
    test::TestWorkspace ws;
    LetterImportDialog dialog(*ws);
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("save"));
    ASSERT_TRUE(save);
    EXPECT_FALSE(save->isEnabled()); // nothing chosen yet

    ASSERT_TRUE(dialog.loadFile(test::dataPath(QStringLiteral("letters/ja-draft-missing.md"))));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
    auto *publicationDate = dialog.findChild<QDateEdit *>(QStringLiteral("publicationDate"));
    auto *editorName = dialog.findChild<QLineEdit *>(QStringLiteral("editorName"));
    auto *gaps = dialog.findChild<QListWidget *>(QStringLiteral("gaps"));
    ASSERT_TRUE(title && publicationDate && editorName && gaps);
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("publication"))->text(),
              QStringLiteral("AI Tech Media"));
    // Dates in the language's form, never ISO.
    EXPECT_EQ(dialog.findChild<QDateEdit *>(QStringLiteral("windowStart"))->date(),
              QDate(2025, 6, 16));
    EXPECT_FALSE(dialog.findChild<QDateEdit *>(QStringLiteral("windowStart"))
                     ->text()
                     .contains(QLatin1String("2025-06-16")));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(title->styleSheet().isEmpty()); // highlighted
    EXPECT_FALSE(editorName->styleSheet().isEmpty());
    const int before = gaps->count();
    EXPECT_GE(before, 5);
    EXPECT_TRUE(dialog.gapMessages().join(u'\n').contains(QStringLiteral("[編集長名]")));

    type(title, QStringLiteral("教育と生成AI"));
    EXPECT_TRUE(title->styleSheet().isEmpty());
    EXPECT_FALSE(save->isEnabled()); // the publication date is still missing
    publicationDate->setDate(QDate(2025, 7, 1));
    type(editorName, QStringLiteral("田中 一郎"));
    EXPECT_TRUE(save->isEnabled());
    EXPECT_LT(gaps->count(), before);

    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_NE(dialog.createdCampaign(), 0);
    auto saved = ws->campaigns().load(dialog.createdCampaign());
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->title, QStringLiteral("教育と生成AI"));
    EXPECT_EQ(saved->publicationDate, QDate(2025, 7, 1));
    EXPECT_EQ(saved->editorName, QStringLiteral("田中 一郎"));
    auto letterTemplate = ws->outreach().letterTemplate(saved->id, QStringLiteral("ja"));
    ASSERT_TRUE(letterTemplate);
    EXPECT_TRUE(letterTemplate->custom);
    EXPECT_TRUE(letterTemplate->text.contains(QStringLiteral("{{questions}}")));
}

TEST(LetterImportDialog, EditedTemplateIsWhatIsSavedAndANonLetterIsRefused)
{
    test::TestWorkspace ws;
    LetterImportDialog dialog(*ws);
    EXPECT_FALSE(dialog.loadFile(test::dataPath(QStringLiteral("docx/make.py")) +
                                 QStringLiteral(".missing")));
    ASSERT_TRUE(dialog.loadFile(test::dataPath(QStringLiteral("letters/en-retail.md"))));
    EXPECT_TRUE(dialog.canSave());
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("templateText"));
    ASSERT_TRUE(text);
    text->setPlainText(text->toPlainText() + QStringLiteral("\nP.S. {{campaign.title}}"));
    ASSERT_TRUE(dialog.save());
    auto letterTemplate =
        ws->outreach().letterTemplate(dialog.createdCampaign(), QStringLiteral("en"));
    ASSERT_TRUE(letterTemplate);
    EXPECT_TRUE(letterTemplate->text.endsWith(QStringLiteral("P.S. {{campaign.title}}")));
}

TEST(LetterImportDialog, MainWindowOffersTheActionAndSwitchesToTheNewCampaign)
{
    test::TestWorkspace ws;
    MainWindow window(std::move(ws.workspace));
    auto *action = window.findChild<QAction *>(QStringLiteral("importLetterAction"));
    ASSERT_TRUE(action);
    EXPECT_FALSE(action->text().isEmpty());
    // The dialog is modal: answer it from inside once it shows.
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<LetterImportDialog *>();
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(dialog->loadFile(test::dataPath(QStringLiteral("letters/ja-governance.md"))));
        dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
    });
    action->trigger();
    EXPECT_EQ(window.currentCampaign(), 2);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("生成AIガバナンス最前線")));

    // One undoable change: undo takes the new campaign away, redo brings it back as it was.
    Workspace &w = window.workspace();
    const QString letter = w.outreach().letterTemplate(2, QStringLiteral("ja"))->text;
    window.undoStack()->undo();
    EXPECT_FALSE(w.campaigns().load(2));
    window.undoStack()->redo();
    ASSERT_TRUE(w.campaigns().load(2));
    EXPECT_EQ(w.outreach().letterTemplate(2, QStringLiteral("ja"))->text, letter);
}

TEST(LetterImportDialog, EscAfterALetterWasReadAsksBeforeThrowingItAway)
{
    test::TestWorkspace ws;
    LetterImportDialog dialog(*ws);
    dialog.show();
    ASSERT_TRUE(dialog.loadFile(test::dataPath(QStringLiteral("letters/ja-draft-missing.md"))));
    MessageBox::setNextAnswer(QMessageBox::Cancel); // "Keep editing"
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_TRUE(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}
