#include "requestletter.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "testworkspace.h"

using namespace shuzai;

namespace {
Id addVendor(test::TestWorkspace &ws, const QString &department = {})
{
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.givenName = QStringLiteral("花子");
    d.organisation = QStringLiteral("エッジAI株式会社");
    d.department = department;
    d.jobTitle = QStringLiteral("CTO");
    auto r = ws->roster().add(1, d);
    EXPECT_TRUE(r);
    return r ? r->id : 0;
}
} // namespace

TEST(Letter, VendorLetterHoldsTheVendorQuestionsAndTheLettersSlots)
{
    test::TestWorkspace ws;
    const Id vendor = addVendor(ws);
    auto letter = ws->outreach().render(vendor);
    ASSERT_TRUE(letter) << letter.error().untranslatedMessage().toStdString();
    const test::RequestLetter seed;
    for (const QString &q : seed.questionsFor(QStringLiteral("SLMソリューション提供企業")))
        EXPECT_TRUE(letter->body.contains(q)) << q.toStdString();
    for (const QString &category :
         {QStringLiteral("SLM開発者・研究者"), QStringLiteral("SLM導入企業")}) {
        for (const QString &q : seed.questionsFor(category))
            EXPECT_FALSE(letter->body.contains(q)) << q.toStdString();
    }
    EXPECT_TRUE(
        letter->body.contains(QStringLiteral("【候補日時】\n") + seed.candidateSlotBlock()));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("佐藤 花子 様")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("2025年6月12日")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("2025年5月27日〜31日")));
    EXPECT_TRUE(letter->subject.contains(QStringLiteral("記事取材のお願い")));
    // The sample campaign has no editor's name yet: the letter says so and cannot go out.
    ASSERT_EQ(letter->unfilled.size(), 2);
    EXPECT_EQ(letter->unfilled.first().text, QStringLiteral("[編集長名]"));
    EXPECT_GT(letter->unfilled.first().line, 0);
}

TEST(Letter, CustomisedQuestionsAndFilledEditorNameShowUp)
{
    test::TestWorkspace ws;
    const Id vendor = addVendor(ws, QStringLiteral("開発本部"));
    ASSERT_TRUE(ws->roster().rewordQuestion(vendor, 1, QStringLiteral("御社の製品の特徴は？")));
    ASSERT_TRUE(ws->roster().dropQuestion(vendor, 6));
    auto c = ws->campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.editorName = QStringLiteral("田中 一郎");
    ASSERT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    auto letter = ws->outreach().render(vendor);
    ASSERT_TRUE(letter);
    EXPECT_TRUE(letter->unfilled.isEmpty());
    EXPECT_TRUE(letter->body.contains(QStringLiteral("1. 御社の製品の特徴は？")));
    EXPECT_FALSE(letter->body.contains(QStringLiteral("6. ")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("開発本部 CTO")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("編集部の田中 一郎でございます")));

    auto english = ws->outreach().render(vendor, QStringLiteral("en"));
    ASSERT_TRUE(english);
    EXPECT_TRUE(english->body.contains(QStringLiteral("Dear 佐藤 花子,")));
    EXPECT_TRUE(english->body.contains(QStringLiteral("12 June 2025")));
}

TEST(Letter, TemplateProblemsAreReportedWithTheirLines)
{
    for (const char *language : {"ja", "en"}) {
        const QString builtIn = defaultLetterTemplate(QLatin1String(language));
        ASSERT_FALSE(builtIn.isEmpty());
        EXPECT_TRUE(checkTemplate(builtIn).isEmpty()) << language;
    }
    const auto problems = checkTemplate(QStringLiteral(
        "Subject: x\n\n{{recipient.name}} 様\n{{recipient.nmae}}\nこんにちは {{publication\n"));
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].line, 4);
    EXPECT_EQ(problems[0].text, QStringLiteral("{{recipient.nmae}}"));
    EXPECT_EQ(problems[1].line, 5);
    EXPECT_FALSE(problems[1].message().isEmpty());
    test::TestWorkspace ws;
    const Id vendor = addVendor(ws);
    auto refused =
        ws->outreach().render(vendor, QStringLiteral("ja"), QStringLiteral("{{recipient.nmae}}"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field(), QStringLiteral("template"));
}
