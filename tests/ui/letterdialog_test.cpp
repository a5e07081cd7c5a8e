#include "campaign/campaignsettingsdialog.h"
#include "outreach/letterdialog.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
Id addVendor(Workspace &ws)
{
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.givenName = QStringLiteral("花子");
    d.organisation = QStringLiteral("エッジAI株式会社");
    d.email = QStringLiteral("sato@example.co.jp");
    return ws.roster().add(1, d)->id;
}
} // namespace

TEST(LetterDialog, PreviewFollowsTheTemplateAsTheEditorTypes)
{
    test::TestWorkspace ws;
    const Id id = addVendor(*ws);
    LetterDialog dialog(*ws, id);
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("エッジAI株式会社")));
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("[編集長名]")));

    // Typing changes the preview once the typing pauses; a bad placeholder is named with its line.
    dialog.setTemplateText(QStringLiteral("Subject: ご依頼\n\n{{recipient.name}} 様\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.preview().contains(QStringLiteral("エッジAI株式会社")), 2000);
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("ご依頼")));
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("佐藤 花子 様")));
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().toStdString();
    dialog.setTemplateText(
        QStringLiteral("Subject: ご依頼\n\n{{recipient.name}} 様\n{{nonsense}}\n"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.problems().contains(QStringLiteral("nonsense")), 2000);
    EXPECT_TRUE(dialog.problems().contains(u'4')) << dialog.problems().toStdString();
}

TEST(LetterDialog, ACompleteLetterIsSavedAndLoggedAnIncompleteOneIsNot)
{
    test::TestWorkspace ws;
    const Id id = addVendor(*ws);
    LetterDialog dialog(*ws, id);
    const QString path = ws.dir.filePath(QStringLiteral("letter.eml"));
    EXPECT_FALSE(dialog.exportTo(path));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(ws->outreach().log(1)->isEmpty());

    auto c = ws->campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.editorName = QStringLiteral("田中 一郎");
    ASSERT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    // The placeholder phone number of the sample campaign still stops it, named with its line.
    EXPECT_FALSE(dialog.exportTo(path));
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("03-XXXX-XXXX")))
        << dialog.problems().toStdString();
    EXPECT_FALSE(QFile::exists(path));
    c = ws->campaigns().load(1);
    s = settingsOf(*c);
    s.editorPhone = QStringLiteral("03-1234-5678");
    ASSERT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    ASSERT_TRUE(dialog.exportTo(path)) << dialog.problems().toStdString();
    EXPECT_TRUE(QFile::exists(path));
    ASSERT_EQ(ws->outreach().log(1)->size(), 1);
    EXPECT_EQ(ws->roster().load(id)->data.status, PipelineStatus::RequestSent);
}

TEST(LetterDialog, AKeptTemplateServesLaterLettersAndUndoGoesBack)
{
    test::TestWorkspace ws;
    const Id id = addVendor(*ws);
    QUndoStack undo;
    const QString mine = QStringLiteral("Subject: 取材のお願い（{{campaign.title}}）\n\n"
                                        "{{recipient.name}} 様\n{{questions}}\n");
    {
        LetterDialog dialog(*ws, id, &undo);
        EXPECT_TRUE(dialog.isTemplateSaved());
        dialog.setTemplateText(mine + QStringLiteral("{{nonsense}}\n"));
        EXPECT_FALSE(dialog.isTemplateSaved());
        // A template with a mistake is not kept.
        EXPECT_FALSE(dialog.saveTemplate());
        EXPECT_TRUE(dialog.problems().contains(QStringLiteral("nonsense")));
        EXPECT_FALSE(ws->outreach().letterTemplate(1, QStringLiteral("ja"))->custom);
        dialog.setTemplateText(mine);
        ASSERT_TRUE(dialog.saveTemplate()) << dialog.problems().toStdString();
        EXPECT_TRUE(dialog.isTemplateSaved());
    }
    EXPECT_EQ(undo.count(), 1);
    auto letter = ws->outreach().render(id);
    ASSERT_TRUE(letter);
    EXPECT_TRUE(letter->subject.startsWith(QStringLiteral("取材のお願い")));
    EXPECT_TRUE(letter->body.startsWith(QStringLiteral("佐藤 花子 様")));
    {
        LetterDialog reopened(*ws, id, &undo);
        EXPECT_EQ(reopened.templateText(), mine);
    }
    // The English template is untouched; undo brings the built-in Japanese one back.
    EXPECT_FALSE(ws->outreach().letterTemplate(1, QStringLiteral("en"))->custom);
    undo.undo();
    EXPECT_FALSE(ws->outreach().letterTemplate(1, QStringLiteral("ja"))->custom);
    EXPECT_EQ(ws->outreach().letterTemplate(1, QStringLiteral("ja"))->text,
              defaultLetterTemplate(QStringLiteral("ja")));
    undo.redo();
    EXPECT_EQ(ws->outreach().letterTemplate(1, QStringLiteral("ja"))->text, mine);

    // Only the editor changes templates.
    ASSERT_TRUE(ws->setActor(QStringLiteral("writer")));
    EXPECT_FALSE(ws->outreach().saveLetterTemplate(1, QStringLiteral("ja"), QString()));
    EXPECT_EQ(ws->outreach().letterTemplate(1, QStringLiteral("ja"))->text, mine);
}

TEST(LetterDialog, ThePreviewShowsTheTextAndTheHtmlAsSent)
{
    test::TestWorkspace ws;
    const Id id = addVendor(*ws);
    LetterDialog dialog(*ws, id);
    // The template is Markdown; the text tab shows the letter as the text part reads.
    EXPECT_TRUE(dialog.templateText().contains(QStringLiteral("## お願い")));
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("\n【お願い】\n")));
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("\n・所要時間: 60分程度")));
    EXPECT_FALSE(dialog.preview().contains(QStringLiteral("**")));
    EXPECT_FALSE(dialog.preview().contains(QStringLiteral("##")));
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("\n貴社のご見識は")));
    // The HTML tab renders the same letter.
    dialog.showHtmlTab(true);
    EXPECT_TRUE(dialog.htmlSource().contains(QStringLiteral("<h2>お願い</h2>")));
    EXPECT_TRUE(dialog.htmlPreview().contains(QStringLiteral("所要時間: 60分程度")));
    EXPECT_TRUE(dialog.htmlPreview().contains(QStringLiteral("貴社のご見識は")));
    EXPECT_FALSE(dialog.htmlPreview().contains(QStringLiteral("**")));
    EXPECT_FALSE(dialog.htmlPreview().contains(QStringLiteral("<h2>")));
    // Every part still to fill in is listed, the phone number's too.
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("03-XXXX-XXXX")));
    dialog.setTemplateText(QStringLiteral("Subject: ご依頼\n\n{{recipient.name}} 様\n\n## 概要\n\n"
                                          "- **日時**: ○○\n"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview().contains(QStringLiteral("【概要】")), 2000);
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("・日時: ○○")));
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("○○")))
        << dialog.problems().toStdString();
    EXPECT_TRUE(dialog.problems().contains(u'5')) << dialog.problems().toStdString();
}

// The letter's style is a campaign setting: the dialog shows it, keeps it, and the letter follows.
TEST(LetterDialog, TheLetterStyleIsEditedInTheCampaignSettings)
{
    test::TestWorkspace ws;
    const Id id = addVendor(*ws);
    auto c = ws->campaigns().load(1);
    {
        CampaignSettingsDialog untouched(*c, [](const CampaignSettings &) { return VoidResult(); });
        EXPECT_EQ(untouched.settings().letterHeadingMark, QStringLiteral("【】"));
        EXPECT_EQ(untouched.settings().letterListMark, QStringLiteral("・"));
        EXPECT_EQ(untouched.settings().tentativeSlots, TentativeSlots::Mark);
    }
    CampaignSettingsDialog dialog(*c, [&](const CampaignSettings &s) -> VoidResult {
        auto r = ws->campaigns().updateSettings(1, s, c->version);
        if (!r)
            return r.error();
        return {};
    });
    dialog.findChild<QLineEdit *>(QStringLiteral("letterHeadingMark"))
        ->setText(QStringLiteral("■"));
    dialog.findChild<QLineEdit *>(QStringLiteral("letterListMark"))->setText(QStringLiteral("-"));
    auto *held = dialog.findChild<QComboBox *>(QStringLiteral("tentativeSlots"));
    held->setCurrentIndex(held->findData(QStringLiteral("omit")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto saved = ws->campaigns().load(1);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->letterHeadingMark, QStringLiteral("■"));
    EXPECT_EQ(saved->letterListMark, QStringLiteral("-"));
    EXPECT_EQ(saved->tentativeSlots, TentativeSlots::Omit);
    LetterDialog letter(*ws, id);
    EXPECT_TRUE(letter.preview().contains(QStringLiteral("\n■ お願い\n")));
    EXPECT_TRUE(letter.preview().contains(QStringLiteral("\n- 所要時間: 60分程度")));
}
