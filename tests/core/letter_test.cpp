#include "requestletter.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "testworkspace.h"

#include <QTimeZone>
#include <functional>

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
    // The Markdown offers the times as the request letter does; the text sent shows them as a list.
    EXPECT_TRUE(
        letter->markdown.contains(QStringLiteral("【候補日時】\n") + seed.candidateSlotBlock()));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("佐藤 花子 様")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("2025年6月12日")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("2025年5月27日〜31日")));
    EXPECT_TRUE(letter->subject.contains(QStringLiteral("記事取材のお願い")));
    // The sample campaign has no editor's name nor phone yet: the letter says so and cannot go
    // out.
    ASSERT_EQ(letter->unfilled.size(), 3);
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
    s.editorPhone = QStringLiteral("03-1234-5678");
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

namespace {
// The sample campaign with every contact field filled in, so only what a test adds is unfilled.
void fillContacts(test::TestWorkspace &ws, const std::function<void(CampaignSettings &)> &more = {})
{
    auto c = ws->campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.editorName = QStringLiteral("田中 一郎");
    s.editorPhone = QStringLiteral("03-1234-5678");
    if (more)
        more(s);
    ASSERT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
}

Id addPerson(test::TestWorkspace &ws, Id category, const QString &family, const QString &zone = {})
{
    IntervieweeData d;
    d.categoryId = category;
    d.familyName = family;
    d.givenName = QStringLiteral("太郎");
    d.organisation = QStringLiteral("東都大学");
    d.email = family == QStringLiteral("佐藤") ? QStringLiteral("sato@example.jp")
                                               : QStringLiteral("p%1@example.jp").arg(category);
    d.timeZone = zone;
    auto r = ws->roster().add(1, d);
    EXPECT_TRUE(r) << r.error().untranslatedMessage().toStdString();
    return r ? r->id : 0;
}

QStringList lineTexts(const RenderedLetter &letter)
{
    QStringList out;
    for (const LetterProblem &p : letter.unfilled)
        out.append(p.text);
    return out;
}

QDateTime tokyo(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), QTimeZone("Asia/Tokyo"));
}
} // namespace

TEST(Letter, WhatIsSentIsPlainTextWithoutMarkdownAndTheSameInHtml)
{
    test::TestWorkspace ws;
    fillContacts(ws);
    const Id vendor = addVendor(ws);
    auto letter = ws->outreach().render(vendor);
    ASSERT_TRUE(letter) << letter.error().untranslatedMessage().toStdString();
    for (const char *mark : {"**", "##", "\n---", "\n- ", "\n  - "})
        EXPECT_FALSE(letter->body.contains(QLatin1String(mark))) << mark;
    EXPECT_TRUE(letter->body.contains(QStringLiteral("\n【インタビュー概要】\n")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("\n【お願い】\n")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("\n・所要時間: 60分程度\n")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("\n  ・匿名でのご協力も可能です")));
    EXPECT_TRUE(letter->body.contains(
        QStringLiteral("【候補日時】\n・5月27日（火）10:00-12:00, 13:00-17:00\n")));
    EXPECT_TRUE(letter->body.contains(QStringLiteral("\nAI Tech Media 編集部\n")));
    // The Markdown keeps its marks, line for line with the text.
    EXPECT_TRUE(letter->markdown.contains(QStringLiteral("## お願い")));
    EXPECT_EQ(letter->markdown.count(u'\n'), letter->body.count(u'\n'));

    EXPECT_TRUE(letter->html.contains(QStringLiteral("<html lang=\"ja\">")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("<h2>お願い</h2>")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("<li><strong>所要時間</strong>: 60分程度")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("<li>5月27日（火）10:00-12:00, 13:00-17:00")));
    EXPECT_TRUE(letter->html.contains(QStringLiteral("<hr>")));
    EXPECT_TRUE(letter->html.contains(
        QStringLiteral("<a href=\"https://www.aitechmedia.jp\">https://www.aitechmedia.jp</a>")));
    EXPECT_FALSE(letter->html.contains(QStringLiteral("**")));
    EXPECT_FALSE(letter->html.contains(QStringLiteral("##")));

    // The campaign's own marks: a heading mark that is not a bracket pair goes before.
    fillContacts(ws, [](CampaignSettings &s) {
        s.letterHeadingMark = QStringLiteral("■");
        s.letterListMark = QStringLiteral("-");
    });
    auto styled = ws->outreach().render(vendor);
    ASSERT_TRUE(styled);
    EXPECT_TRUE(styled->body.contains(QStringLiteral("\n■ お願い\n")));
    EXPECT_TRUE(styled->body.contains(QStringLiteral("\n- 所要時間: 60分程度\n")));
    EXPECT_FALSE(styled->body.contains(QStringLiteral("**")));

    // Text that looks like HTML is escaped, never markup.
    fillContacts(ws, [](CampaignSettings &s) { s.title = QStringLiteral("<b>AI</b> & \"SLM\""); });
    auto escaped = ws->outreach().render(vendor);
    ASSERT_TRUE(escaped);
    EXPECT_TRUE(
        escaped->html.contains(QStringLiteral("&lt;b&gt;AI&lt;/b&gt; &amp; &quot;SLM&quot;")));
    EXPECT_FALSE(escaped->html.contains(QStringLiteral("<b>AI")));
    EXPECT_TRUE(escaped->body.contains(QStringLiteral("<b>AI</b> & \"SLM\"")));
}

TEST(Letter, TheCategoryChoosesTheHonorificsNeverBothLeftIn)
{
    test::TestWorkspace ws;
    fillContacts(ws);
    const Id researcher = addPerson(ws, 1, QStringLiteral("鈴木"));
    const Id vendor = addVendor(ws);
    auto toResearcher = ws->outreach().render(researcher);
    auto toVendor = ws->outreach().render(vendor);
    ASSERT_TRUE(toResearcher && toVendor);
    EXPECT_TRUE(toResearcher->body.contains(QStringLiteral("\n貴研究室のご見識は")));
    EXPECT_TRUE(toVendor->body.contains(QStringLiteral("\n貴社のご見識は")));
    for (const RenderedLetter *l : {&*toResearcher, &*toVendor}) {
        EXPECT_FALSE(l->body.contains(QStringLiteral("貴社/貴研究室")));
        EXPECT_TRUE(l->unfilled.isEmpty()) << l->unfilled.first().message().toStdString();
    }

    // A template kept from before (the letter as the editor wrote it) gets the category's
    // choice too, whatever the slash.
    for (const QString &both : {QStringLiteral("貴社/貴研究室"), QStringLiteral("貴社／貴研究室"),
                                QStringLiteral("貴研究室 / 貴社")}) {
        ASSERT_TRUE(ws->outreach().saveLetterTemplate(
            1, QStringLiteral("ja"),
            QStringLiteral("Subject: 取材のお願い\n\n{{recipient.name}} 様\n\n") + both +
                QStringLiteral("のご見識を伺いたく存じます。\n")));
        auto kept = ws->outreach().render(researcher);
        ASSERT_TRUE(kept);
        EXPECT_EQ(kept->body,
                  QStringLiteral("鈴木 太郎 様\n\n貴研究室のご見識を伺いたく存じます。\n"))
            << both.toStdString();
    }

    // 先生 from the category, in the letter and on the envelope's name alike.
    auto campaign = ws->campaigns().load(1);
    ASSERT_TRUE(campaign);
    LetterContext ctx{*campaign,           *ws->roster().load(researcher), {}, {}, {}, {},
                      QStringLiteral("ja")};
    ctx.campaign.categories[0].personHonorific = QStringLiteral("先生");
    ctx.campaign.categories[0].organisationHonorific = QStringLiteral("貴学");
    auto sensei = renderLetter(defaultLetterTemplate(QStringLiteral("ja")), ctx);
    ASSERT_TRUE(sensei);
    EXPECT_TRUE(sensei->body.contains(QStringLiteral("\n鈴木 太郎 先生\n")));
    EXPECT_TRUE(sensei->body.contains(QStringLiteral("\n貴学のご見識は")));
    // The English letter words the same choice its own way.
    ctx.language = QStringLiteral("en");
    auto english = renderLetter(defaultLetterTemplate(QStringLiteral("en")), ctx);
    ASSERT_TRUE(english);
    EXPECT_TRUE(english->body.contains(QStringLiteral("Dear 鈴木 太郎,")));
    EXPECT_TRUE(english->body.contains(QStringLiteral("The experience of\nyour university")));
    EXPECT_FALSE(english->body.contains(QStringLiteral("貴")));
}

TEST(Letter, UnfilledPartsAreFoundByPatternWithTheirLines)
{
    test::TestWorkspace ws;
    const Id vendor = addVendor(ws);
    // The sample campaign as shipped: no editor's name, a placeholder phone number.
    auto sample = ws->outreach().render(vendor);
    ASSERT_TRUE(sample);
    EXPECT_EQ(lineTexts(*sample),
              (QStringList{QStringLiteral("[編集長名]"), QStringLiteral("[編集長名]"),
                           QStringLiteral("03-XXXX-XXXX")}));
    const QStringList lines = sample->body.split(u'\n');
    for (const LetterProblem &p : sample->unfilled)
        EXPECT_TRUE(lines.value(p.line - 1).contains(p.text)) << p.line;
    EXPECT_TRUE(sample->unfilled.last().message().contains(QStringLiteral("03-XXXX-XXXX")));

    fillContacts(ws, [](CampaignSettings &s) { s.editorEmail.clear(); });
    const QString mine = QStringLiteral(
        "Subject: ○○特集のお願い\n\n"
        "{{recipient.name}} 様\n"
        "［担当者名］様、〇〇の件で●●についてお伺いします。\n"
        "電話：0120-XX-XXXX まで。\n"
        "[AI Tech Media](https://www.aitechmedia.jp) の [記事一覧][1] をご覧ください。\n"
        "Email: {{editor.email}}\n"
        "Tel: {{editor.phone}}\n");
    ASSERT_TRUE(ws->outreach().saveLetterTemplate(1, QStringLiteral("ja"), mine));
    auto letter = ws->outreach().render(vendor);
    ASSERT_TRUE(letter);
    QStringList found;
    for (const LetterProblem &p : letter->unfilled)
        found.append(QStringLiteral("%1:%2").arg(p.line).arg(p.text));
    EXPECT_EQ(found, (QStringList{QStringLiteral("0:○○"), QStringLiteral("2:［担当者名］"),
                                  QStringLiteral("2:〇〇"), QStringLiteral("2:●●"),
                                  QStringLiteral("3:0120-XX-XXXX"),
                                  QStringLiteral("5:{{editor.email}}")}));

    // Brackets an English letter uses for itself, links and words with X in them are left be.
    const QString english = QStringLiteral(
        "See [our site](https://example.com), reference [1], [2-4] and [sic]; he said [the "
        "model] works [...]. Sizes XXL, the Xbox and a [ ] box. <https://example.com/x>\n"
        "[ref]: https://example.com\n");
    EXPECT_TRUE(findUnfilled(english).isEmpty())
        << findUnfilled(english).first().text.toStdString();
    const QString placeholders = QStringLiteral(
        "Dear [Your Name],\nCall [PHONE_NUMBER] or +1-555-XXXX, ask [editor's name].\n");
    EXPECT_EQ(findUnfilled(placeholders).size(), 4);
}

TEST(Letter, CandidateTimesAreNeverInThePast)
{
    test::TestWorkspace ws;
    fillContacts(ws);
    const Id vendor = addVendor(ws);
    ws.clock.set(tokyo(5, 28, 12));
    auto letter = ws->outreach().render(vendor);
    ASSERT_TRUE(letter);
    EXPECT_FALSE(letter->body.contains(QStringLiteral("5月27日（火）")));
    EXPECT_TRUE(letter->body.contains(
        QStringLiteral("【候補日時】\n・5月28日（水）15:00-17:00\n・5月29日（木）")));
    EXPECT_TRUE(letter->unfilled.isEmpty());

    // Nothing left to offer: the letter cannot go out saying so.
    ws.clock.set(tokyo(6, 1, 9));
    auto late = ws->outreach().render(vendor);
    ASSERT_TRUE(late);
    ASSERT_EQ(late->unfilled.size(), 1);
    EXPECT_EQ(late->unfilled.first().text, QStringLiteral("{{slots}}"));
    EXPECT_FALSE(ws->outreach().message(vendor, MailMessage::Charset::Utf8));
}

TEST(Letter, HeldTimesAreMarkedOrLeftOutAsTheCampaignSays)
{
    test::TestWorkspace ws;
    fillContacts(ws);
    const Id vendor = addVendor(ws);
    const Id other = addPerson(ws, 3, QStringLiteral("高木"));
    Booking hold;
    hold.intervieweeId = other;
    hold.start = tokyo(5, 29, 13);
    hold.tentative = true;
    ASSERT_TRUE(ws->scheduling().book(hold));
    auto letter = ws->outreach().render(vendor);
    ASSERT_TRUE(letter);
    EXPECT_TRUE(letter->body.contains(
        QStringLiteral("\n・5月29日（木）13:00-14:00（仮押さえ中）, 14:00-17:00\n")));
    auto english = ws->outreach().render(vendor, QStringLiteral("en"));
    ASSERT_TRUE(english);
    EXPECT_TRUE(english->body.contains(
        QStringLiteral("\n・Thu 29 May: 13:00-14:00 (tentatively held), 14:00-17:00\n")));

    // The person the time is held for sees it offered as any other.
    auto theirs = ws->outreach().render(other);
    ASSERT_TRUE(theirs);
    EXPECT_TRUE(theirs->body.contains(QStringLiteral("\n・5月29日（木）13:00-17:00\n")));

    fillContacts(ws, [](CampaignSettings &s) { s.tentativeSlots = TentativeSlots::Omit; });
    auto omitted = ws->outreach().render(vendor);
    ASSERT_TRUE(omitted);
    EXPECT_TRUE(omitted->body.contains(QStringLiteral("\n・5月29日（木）14:00-17:00\n")));
    EXPECT_FALSE(omitted->body.contains(QStringLiteral("仮押さえ")));
}

TEST(Letter, ARecipientInAnotherZoneSeesBothTimesOnEveryLine)
{
    test::TestWorkspace ws;
    fillContacts(ws);
    const Id abroad = addPerson(ws, 1, QStringLiteral("Smith"), QStringLiteral("America/New_York"));
    auto letter = ws->outreach().render(abroad);
    ASSERT_TRUE(letter);
    EXPECT_TRUE(
        letter->body.contains(QStringLiteral("【候補日時】\n・5月27日（火）10:00-12:00（日本時間） "
                                             "/ 5月26日（月）21:00-23:00（ニューヨーク時間）\n"
                                             "・5月27日（火）13:00-17:00（日本時間） / "
                                             "5月27日（火）00:00-04:00（ニューヨーク時間）\n")));
    EXPECT_TRUE(letter->body.contains(
        QStringLiteral("・5月31日（土）10:00-12:00（日本時間） / "
                       "5月30日（金）21:00-23:00（ニューヨーク時間）（必要に応じて）")));
    const qsizetype start = letter->body.indexOf(QStringLiteral("【候補日時】\n"));
    const QString block = letter->body.mid(start).section(QStringLiteral("\n\n"), 0, 0);
    for (const QString &line : block.split(u'\n').mid(1))
        EXPECT_EQ(line.count(QStringLiteral("時間）")), 2) << line.toStdString();
    auto english = ws->outreach().render(abroad, QStringLiteral("en"));
    ASSERT_TRUE(english);
    EXPECT_TRUE(english->body.contains(QStringLiteral(
        "・Tue 27 May 10:00-12:00 (Japan time) / Mon 26 May 21:00-23:00 (New York time)\n")));
}
