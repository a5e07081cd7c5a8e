// A campaign made from a request letter: only by an editor, only once the required parts are
// there, in one transaction with its letter template and an audit entry.
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/letterimportservice.h"
#include "services/outreachservice.h"
#include "testdata.h"
#include "testworkspace.h"

using namespace shuzai;

TEST(LetterImportService, PreviewWritesNothingAndSavingMakesTheCampaignWithItsTemplate)
{
    test::TestWorkspace ws;
    LetterImportService service(*ws);
    auto proposal = service.previewFile(test::dataPath(QStringLiteral("letters/ja-governance.md")));
    ASSERT_TRUE(proposal) << proposal.error().untranslatedMessage().toStdString();
    EXPECT_EQ(ws->campaigns().list()->size(), 1); // the sample only

    auto saved = service.create(*proposal);
    ASSERT_TRUE(saved) << saved.error().untranslatedMessage().toStdString();
    EXPECT_EQ(ws->campaigns().list()->size(), 2);
    auto loaded = ws->campaigns().load(saved->id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->title, proposal->draft.title);
    EXPECT_EQ(loaded->publicationDate, QDate(2025, 9, 1));
    EXPECT_EQ(loaded->categories.size(), 2);
    EXPECT_EQ(loaded->categories[0].organisationHonorific, QStringLiteral("貴研究室"));
    EXPECT_EQ(loaded->categories[1].questions.size(), 6);
    EXPECT_EQ(loaded->windows.size(), 5);
    EXPECT_EQ(loaded->editorName, QStringLiteral("佐藤 花子"));

    auto letterTemplate = ws->outreach().letterTemplate(saved->id, QStringLiteral("ja"));
    ASSERT_TRUE(letterTemplate);
    EXPECT_TRUE(letterTemplate->custom);
    EXPECT_EQ(letterTemplate->text, proposal->templateText);

    AuditFilter filter;
    filter.action = QStringLiteral("campaign.imported");
    auto entries = ws->audit().list(filter);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().campaignId, saved->id);
    EXPECT_EQ(entries->first().after, QStringLiteral("ja-governance.md"));
}

TEST(LetterImportService, RequiredGapsRefuseUntilTheEditorFillsThemIn)
{
    test::TestWorkspace ws;
    LetterImportService service(*ws);
    auto proposal =
        service.previewFile(test::dataPath(QStringLiteral("letters/ja-draft-missing.md")));
    ASSERT_TRUE(proposal);
    auto refused = service.create(*proposal);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field(), QStringLiteral("title"));
    EXPECT_EQ(ws->campaigns().list()->size(), 1);

    LetterEdits edits;
    edits.title = QStringLiteral("教育と生成AI");
    edits.publicationDate = QDate(2025, 7, 1);
    auto saved = service.create(*proposal, edits);
    ASSERT_TRUE(saved) << saved.error().untranslatedMessage().toStdString();
    EXPECT_EQ(saved->title, QStringLiteral("教育と生成AI"));
    EXPECT_EQ(saved->windowStart, QDate(2025, 6, 16));
    EXPECT_EQ(saved->editorPhone, QStringLiteral("03-XXXX-XXXX"));
}

TEST(LetterImportService, OnlyEditorsCreateCampaigns)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(ws->setActor(QStringLiteral("writer")));
    LetterImportService service(*ws);
    auto proposal = service.previewFile(test::dataPath(QStringLiteral("request-letter-ja.md")));
    ASSERT_TRUE(proposal); // anyone may look
    auto refused = service.create(*proposal);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(ws->campaigns().list()->size(), 1);
}

TEST(LetterImportService, TheSeedLetterAgainIsASecondSampleCampaign)
{
    test::TestWorkspace ws;
    LetterImportService service(*ws);
    auto proposal = service.previewFile(test::dataPath(QStringLiteral("request-letter-ja.md")));
    ASSERT_TRUE(proposal);
    auto saved = service.create(*proposal);
    ASSERT_TRUE(saved) << saved.error().untranslatedMessage().toStdString();
    auto sample = ws->campaigns().load(1);
    ASSERT_TRUE(sample);
    EXPECT_EQ(settingsOf(*saved), settingsOf(*sample));
    ASSERT_EQ(saved->categories.size(), sample->categories.size());
    for (qsizetype i = 0; i < saved->categories.size(); ++i) {
        EXPECT_EQ(saved->categories[i].code, sample->categories[i].code);
        EXPECT_EQ(saved->categories[i].questions.size(), 6);
    }
    EXPECT_EQ(saved->windows.size(), sample->windows.size());
}
