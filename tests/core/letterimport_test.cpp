// Reading an editor's request letter into a proposed campaign (core/campaignletter): the seed
// letter gives the sample campaign field for field; the letters in tests/data/letters give what
// they say, and what they leave out comes back as gaps with their lines.
#include "campaignletter/letterimport.h"
#include "outreach/letter.h"
#include "seed/samplecampaign.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace shuzai;

namespace {
const QDate kToday(2025, 5, 20); // the fake clock's day

LetterImport read(const QString &relative, QDate today = kToday)
{
    auto r = readRequestLetter(test::readData(relative), relative.section(u'/', -1), today);
    EXPECT_TRUE(r) << (r ? std::string() : r.error().untranslatedMessage().toStdString());
    return r ? *r : LetterImport();
}

QStringList gapFields(const LetterImport &l)
{
    QStringList out;
    for (const LetterGap &g : l.gaps)
        out.append(g.field);
    return out;
}

const LetterGap *gap(const LetterImport &l, const QString &field)
{
    for (const LetterGap &g : l.gaps) {
        if (g.field == field)
            return &g;
    }
    return nullptr;
}

QStringList questions(const Category &c)
{
    QStringList out;
    for (const Question &q : c.questions)
        out.append(q.text);
    return out;
}

AvailabilityWindow slot(QDate day, QTime from, QTime to, const QString &note = {})
{
    return AvailabilityWindow{0, day, from, to, note};
}

void expectWindows(const QList<AvailabilityWindow> &got, const QList<AvailabilityWindow> &want)
{
    ASSERT_EQ(got.size(), want.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].day, want[i].day) << i;
        EXPECT_EQ(got[i].start, want[i].start) << i;
        EXPECT_EQ(got[i].end, want[i].end) << i;
        EXPECT_EQ(got[i].note, want[i].note) << i;
    }
}

// Renders the proposed template for the first person of `category`, as the outreach would.
RenderedLetter renderFor(const LetterImport &l, int category)
{
    LetterContext ctx;
    ctx.campaign = l.draft;
    ctx.campaign.categories[category].id = 7;
    ctx.recipient.data.categoryId = 7;
    ctx.recipient.data.familyName = QStringLiteral("山田");
    ctx.recipient.data.givenName = QStringLiteral("太郎");
    ctx.recipient.data.organisation = QStringLiteral("山田研究所");
    int n = 0;
    for (const Question &q : l.draft.categories[category].questions) {
        EffectiveQuestion e;
        e.number = ++n;
        e.text = q.text;
        ctx.questions.append(e);
    }
    ctx.freeSlots = QStringLiteral("- (slots)");
    ctx.language = l.language;
    auto r = renderLetter(l.templateText, ctx);
    EXPECT_TRUE(r);
    return r ? *r : RenderedLetter();
}
} // namespace

TEST(LetterImport, SeedLetterGivesTheSampleCampaignFieldForField)
{
    const LetterImport l = read(QStringLiteral("request-letter-ja.md"));
    const Campaign want = sampleCampaign();
    const Campaign &got = l.draft;
    EXPECT_EQ(l.language, QStringLiteral("ja"));
    EXPECT_EQ(got.title, want.title);
    EXPECT_EQ(got.publication, want.publication);
    EXPECT_EQ(got.publicationDate, want.publicationDate);
    EXPECT_EQ(got.windowStart, want.windowStart);
    EXPECT_EQ(got.windowEnd, want.windowEnd);
    EXPECT_EQ(got.interviewMinutes, want.interviewMinutes);
    EXPECT_EQ(got.modes, want.modes);
    EXPECT_EQ(got.timeZone, want.timeZone);
    EXPECT_EQ(got.attributionOptions, want.attributionOptions);
    EXPECT_EQ(got.editorName, want.editorName);
    EXPECT_EQ(got.editorEmail, want.editorEmail);
    EXPECT_EQ(got.editorPhone, want.editorPhone);
    EXPECT_EQ(got.website, want.website);
    ASSERT_EQ(got.categories.size(), want.categories.size());
    for (qsizetype i = 0; i < want.categories.size(); ++i) {
        const Category &g = got.categories[i];
        const Category &w = want.categories[i];
        EXPECT_EQ(g.code, w.code);
        EXPECT_EQ(g.name, w.name);
        EXPECT_EQ(g.organisationHonorific, w.organisationHonorific) << w.code.toStdString();
        EXPECT_EQ(g.personHonorific, w.personHonorific);
        EXPECT_EQ(questions(g), questions(w)) << w.code.toStdString();
    }
    expectWindows(got.windows, want.windows);

    // What the editor still has to fill in: the name and the phone number, with their lines.
    EXPECT_EQ(gapFields(l),
              (QStringList{QStringLiteral("editorName"), QStringLiteral("editorPhone")}));
    EXPECT_FALSE(l.hasRequiredGaps());
    EXPECT_EQ(gap(l, QStringLiteral("editorName"))->line, 89);
    EXPECT_EQ(gap(l, QStringLiteral("editorPhone"))->line, 91);
    EXPECT_EQ(gap(l, QStringLiteral("editorPhone"))->text, QStringLiteral("03-XXXX-XXXX"));
    EXPECT_FALSE(gap(l, QStringLiteral("editorName"))->message().isEmpty());
}

TEST(LetterImport, SeedLetterBecomesATemplateThatRendersOneCategorysQuestions)
{
    const LetterImport l = read(QStringLiteral("request-letter-ja.md"));
    EXPECT_TRUE(checkTemplate(l.templateText).isEmpty());
    EXPECT_TRUE(l.templateText.startsWith(QStringLiteral(
        "Subject: {{publication}}「小規模言語モデル実装ガイド」記事取材のお願い\n\n")));
    for (const char *placeholder :
         {"{{recipient.name}}", "{{campaign.title}}", "{{campaign.publication_date}}",
          "{{editor.name}}", "{{editor.email}}", "{{editor.phone}}", "{{website}}",
          "{{interview.minutes}}", "{{interview.modes}}", "{{interview.window}}",
          "{{attribution.options}}", "{{questions}}", "{{slots}}"})
        EXPECT_TRUE(l.templateText.contains(QLatin1String(placeholder))) << placeholder;
    EXPECT_FALSE(l.templateText.contains(QStringLiteral("[編集長名]")));
    EXPECT_FALSE(l.templateText.contains(QStringLiteral("03-XXXX-XXXX")));
    EXPECT_FALSE(l.templateText.contains(QStringLiteral("### SLM")));
    // The letter's own words stay.
    EXPECT_TRUE(l.templateText.contains(QStringLiteral("## 記事の背景と目的")));
    EXPECT_TRUE(l.templateText.contains(QStringLiteral("月間約35万PV")));

    const RenderedLetter vendor = renderFor(l, 1);
    EXPECT_TRUE(vendor.body.contains(QStringLiteral("山田 太郎 様")));
    EXPECT_TRUE(vendor.body.contains(sampleCampaign().categories[1].questions[0].text));
    EXPECT_FALSE(vendor.body.contains(sampleCampaign().categories[0].questions[0].text));
    EXPECT_TRUE(vendor.body.contains(QStringLiteral("2025年6月12日に公開予定")));
    EXPECT_TRUE(vendor.markdown.contains(QStringLiteral("【候補日時】\n- (slots)")));
    EXPECT_TRUE(vendor.body.contains(QStringLiteral("【候補日時】\n・(slots)")));
    EXPECT_TRUE(vendor.body.contains(QStringLiteral("2025年5月27日〜31日")));
    EXPECT_EQ(vendor.subject,
              QStringLiteral("AI Tech Media「小規模言語モデル実装ガイド」記事取材のお願い"));
}

TEST(LetterImport, JapaneseMarkdownWithOtherHeadingsAndFullWidthMarks)
{
    const LetterImport l = read(QStringLiteral("letters/ja-governance.md"));
    const Campaign &c = l.draft;
    EXPECT_EQ(c.title, QStringLiteral("生成AIガバナンス最前線：規程づくりから現場の運用まで"));
    EXPECT_EQ(c.publication, QStringLiteral("月刊データ経営"));
    EXPECT_EQ(c.publicationDate, QDate(2025, 9, 1));
    EXPECT_EQ(c.interviewMinutes, 45);
    EXPECT_EQ(c.modes, (QList<InterviewMode>{InterviewMode::InPerson, InterviewMode::Online}));
    EXPECT_EQ(c.windowStart, QDate(2025, 8, 4));
    EXPECT_EQ(c.windowEnd, QDate(2025, 8, 8));
    EXPECT_EQ(c.attributionOptions,
              (QList<Attribution>{Attribution::NameAndAffiliation, Attribution::Anonymous}));
    ASSERT_EQ(c.categories.size(), 2);
    EXPECT_EQ(c.categories[0].name, QStringLiteral("大学研究者"));
    EXPECT_EQ(c.categories[0].code, QStringLiteral("researcher"));
    EXPECT_EQ(c.categories[0].organisationHonorific, QStringLiteral("貴研究室"));
    EXPECT_EQ(c.categories[0].questions.size(), 5);
    EXPECT_EQ(c.categories[1].name, QStringLiteral("導入企業"));
    EXPECT_EQ(c.categories[1].code, QStringLiteral("adopter"));
    EXPECT_EQ(c.categories[1].organisationHonorific, QStringLiteral("貴社"));
    EXPECT_EQ(c.categories[1].questions.last().text,
              QStringLiteral("これから規程を作る企業へのアドバイスをお願いします"));
    expectWindows(c.windows, {slot(QDate(2025, 8, 4), QTime(10, 0), QTime(12, 0)),
                              slot(QDate(2025, 8, 5), QTime(14, 0), QTime(17, 0)),
                              slot(QDate(2025, 8, 7), QTime(9, 30), QTime(11, 30)),
                              slot(QDate(2025, 8, 7), QTime(13, 0), QTime(15, 0)),
                              slot(QDate(2025, 8, 8), QTime(10, 0), QTime(12, 0),
                                   QStringLiteral("オンラインのみ"))});
    EXPECT_EQ(c.editorName, QStringLiteral("佐藤 花子"));
    EXPECT_EQ(c.editorEmail, QStringLiteral("sato@data-keiei.example.jp"));
    EXPECT_EQ(c.editorPhone, QStringLiteral("03-1234-5678"));
    EXPECT_EQ(c.website, QStringLiteral("https://data-keiei.example.jp"));
    EXPECT_TRUE(l.gaps.isEmpty()) << gapFields(l).join(u',').toStdString();
    EXPECT_TRUE(checkTemplate(l.templateText).isEmpty());
    EXPECT_TRUE(l.templateText.startsWith(
        QStringLiteral("Subject: {{publication}}「生成AIガバナンス最前線」取材のお願い\n")));
}

TEST(LetterImport, ShiftJisPlainTextWithReiwaDatesCircledNumbersAndJapaneseTimes)
{
    const LetterImport l = read(QStringLiteral("letters/ja-plain-robotics.txt"));
    const Campaign &c = l.draft;
    EXPECT_EQ(l.encoding, QStringLiteral("Shift_JIS"));
    EXPECT_EQ(c.title, QStringLiteral("物流ロボット導入の実際"));
    EXPECT_EQ(c.publication, QStringLiteral("ロボティクス通信"));
    EXPECT_EQ(c.publicationDate, QDate(2025, 11, 20)); // 令和7年
    EXPECT_EQ(c.interviewMinutes, 60);                 // １時間
    EXPECT_EQ(c.modes, (QList<InterviewMode>{InterviewMode::InPerson, InterviewMode::Online}));
    EXPECT_EQ(c.windowStart, QDate(2025, 10, 27)); // full-width digits
    EXPECT_EQ(c.windowEnd, QDate(2025, 10, 31));
    EXPECT_EQ(c.attributionOptions,
              (QList<Attribution>{Attribution::NameAndAffiliation, Attribution::WithPhoto,
                                  Attribution::Anonymous}));
    ASSERT_EQ(c.categories.size(), 2);
    EXPECT_EQ(c.categories[0].name, QStringLiteral("ロボットメーカー"));
    EXPECT_EQ(c.categories[0].code, QStringLiteral("vendor"));
    EXPECT_EQ(questions(c.categories[0]),
              (QStringList{QStringLiteral("貴社の物流ロボットの特長を教えてください"),
                           QStringLiteral("導入先で多い要望は何ですか"),
                           QStringLiteral("導入後の保守体制についてお聞かせください")}));
    EXPECT_EQ(c.categories[1].name, QStringLiteral("物流センター運営企業"));
    EXPECT_EQ(c.categories[1].code, QStringLiteral("category2")); // no known word: numbered
    EXPECT_EQ(c.categories[1].questions.size(), 4);
    expectWindows(c.windows, {slot(QDate(2025, 10, 27), QTime(14, 0), QTime(17, 0)),
                              slot(QDate(2025, 10, 28), QTime(10, 0), QTime(12, 0)),
                              slot(QDate(2025, 10, 28), QTime(15, 0), QTime(17, 0)),
                              slot(QDate(2025, 10, 30), QTime(13, 30), QTime(16, 0),
                                   QStringLiteral("必要に応じて"))});
    EXPECT_EQ(c.editorName, QStringLiteral("山本 一郎"));
    EXPECT_EQ(c.editorEmail, QStringLiteral("yamamoto@robotics-tsushin.example.jp"));
    EXPECT_EQ(c.editorPhone, QStringLiteral("06-6123-4567"));
    EXPECT_EQ(c.website, QStringLiteral("https://robotics-tsushin.example.jp"));
    // The addressee's ○○ are the recipient's placeholders, not parts left unfilled.
    EXPECT_TRUE(l.gaps.isEmpty()) << gapFields(l).join(u',').toStdString();
    EXPECT_TRUE(checkTemplate(l.templateText).isEmpty());
    EXPECT_TRUE(l.templateText.contains(QStringLiteral("{{recipient.name}} 様")));
    EXPECT_FALSE(l.templateText.contains(QStringLiteral("○○")));
    EXPECT_TRUE(l.templateText.contains(QStringLiteral("【候補日時】\n{{slots}}\n")));
}

TEST(LetterImport, EnglishMarkdownLetter)
{
    const LetterImport l = read(QStringLiteral("letters/en-retail.md"));
    const Campaign &c = l.draft;
    EXPECT_EQ(l.language, QStringLiteral("en"));
    EXPECT_EQ(c.title, QStringLiteral("Edge AI in Retail: From Pilot to Chain-wide Rollout"));
    EXPECT_EQ(c.publication, QStringLiteral("Retail Tech Weekly"));
    EXPECT_EQ(c.publicationDate, QDate(2025, 10, 14));
    EXPECT_EQ(c.interviewMinutes, 30);
    EXPECT_EQ(c.modes, QList<InterviewMode>{InterviewMode::Online});
    EXPECT_EQ(c.windowStart, QDate(2025, 9, 15));
    EXPECT_EQ(c.windowEnd, QDate(2025, 9, 19));
    EXPECT_EQ(c.attributionOptions,
              (QList<Attribution>{Attribution::NameAndAffiliation, Attribution::WithPhoto,
                                  Attribution::Anonymous}));
    ASSERT_EQ(c.categories.size(), 2);
    EXPECT_EQ(c.categories[0].name, QStringLiteral("researchers"));
    EXPECT_EQ(c.categories[0].code, QStringLiteral("researcher"));
    EXPECT_EQ(c.categories[0].questions.size(), 3);
    EXPECT_EQ(c.categories[1].code, QStringLiteral("vendor"));
    EXPECT_EQ(c.categories[1].questions[3].text,
              QStringLiteral("How do you handle model updates on thousands of devices?"));
    expectWindows(c.windows, {slot(QDate(2025, 9, 15), QTime(10, 0), QTime(11, 0)),
                              slot(QDate(2025, 9, 15), QTime(14, 0), QTime(16, 0)),
                              slot(QDate(2025, 9, 17), QTime(9, 0), QTime(12, 0)),
                              slot(QDate(2025, 9, 19), QTime(14, 0), QTime(16, 30),
                                   QStringLiteral("if needed"))});
    EXPECT_EQ(c.editorName, QStringLiteral("Jane Doe"));
    EXPECT_EQ(c.editorEmail, QStringLiteral("jane.doe@retailtechweekly.example.com"));
    EXPECT_EQ(c.editorPhone, QStringLiteral("+44 20 7946 0958"));
    EXPECT_EQ(c.website, QStringLiteral("https://retailtechweekly.example.com"));
    EXPECT_TRUE(l.gaps.isEmpty()) << gapFields(l).join(u',').toStdString();
    EXPECT_TRUE(checkTemplate(l.templateText).isEmpty());
    EXPECT_TRUE(l.templateText.contains(QStringLiteral("Dear {{recipient.name}},")));
    const RenderedLetter r = renderFor(l, 0);
    EXPECT_EQ(r.subject,
              QStringLiteral("Interview request – Retail Tech Weekly feature on edge AI"));
    EXPECT_TRUE(r.unfilled.isEmpty());
}

TEST(LetterImport, EnglishLetterWithMissingPartsListsThemWithTheirLines)
{
    const LetterImport l = read(QStringLiteral("letters/en-missing.txt"));
    const Campaign &c = l.draft;
    EXPECT_EQ(c.title, QStringLiteral("Quantum Software Careers"));
    EXPECT_EQ(c.publication, QStringLiteral("Quantum Computing Review"));
    EXPECT_FALSE(c.publicationDate.isValid());
    EXPECT_EQ(c.interviewMinutes, 60);
    EXPECT_EQ(c.modes, (QList<InterviewMode>{InterviewMode::InPerson, InterviewMode::Online}));
    // "June 2 to June 6" has no year: the next June 2 from today.
    EXPECT_EQ(c.windowStart, QDate(2025, 6, 2));
    EXPECT_EQ(c.windowEnd, QDate(2025, 6, 6));
    ASSERT_EQ(c.categories.size(), 2);
    EXPECT_EQ(c.categories[0].code, QStringLiteral("researcher"));
    EXPECT_EQ(c.categories[0].questions.size(), 2);
    EXPECT_TRUE(c.categories[1].questions.isEmpty());
    EXPECT_TRUE(c.windows.isEmpty());
    EXPECT_TRUE(c.editorName.isEmpty());

    EXPECT_TRUE(l.hasRequiredGaps());
    ASSERT_TRUE(gap(l, QStringLiteral("publicationDate")));
    EXPECT_TRUE(gap(l, QStringLiteral("publicationDate"))->required);
    ASSERT_TRUE(gap(l, QStringLiteral("year")));
    EXPECT_EQ(gap(l, QStringLiteral("year"))->line, 10);
    EXPECT_FALSE(gap(l, QStringLiteral("year"))->required);
    ASSERT_TRUE(gap(l, QStringLiteral("category:") + c.categories[1].code));
    EXPECT_EQ(gap(l, QStringLiteral("category:") + c.categories[1].code)->line, 16);
    ASSERT_TRUE(gap(l, QStringLiteral("editorName")));
    EXPECT_EQ(gap(l, QStringLiteral("editorName"))->line, 20);
    ASSERT_TRUE(gap(l, QStringLiteral("editorPhone")));
    EXPECT_EQ(gap(l, QStringLiteral("editorPhone"))->line, 23);
    EXPECT_TRUE(gap(l, QStringLiteral("windows")));
    EXPECT_TRUE(gap(l, QStringLiteral("website")));
    EXPECT_TRUE(gap(l, QStringLiteral("attributions")));
    EXPECT_TRUE(checkTemplate(l.templateText).isEmpty());
}

TEST(LetterImport, WordDocumentWithATableAndSlashDates)
{
    const LetterImport l = read(QStringLiteral("letters/ja-cloud.docx"));
    const Campaign &c = l.draft;
    EXPECT_EQ(l.encoding, QStringLiteral("docx"));
    EXPECT_EQ(c.title, QStringLiteral("クラウド移行の落とし穴と乗り越え方"));
    EXPECT_EQ(c.publication, QStringLiteral("クラウド実務"));
    EXPECT_EQ(c.publicationDate, QDate(2025, 8, 25));
    EXPECT_EQ(c.interviewMinutes, 90);
    EXPECT_EQ(c.modes, QList<InterviewMode>{InterviewMode::Online});
    EXPECT_EQ(c.windowStart, QDate(2025, 7, 14));
    EXPECT_EQ(c.windowEnd, QDate(2025, 7, 18));
    EXPECT_EQ(c.attributionOptions,
              (QList<Attribution>{Attribution::NameAndAffiliation, Attribution::Anonymous}));
    ASSERT_EQ(c.categories.size(), 1);
    EXPECT_EQ(c.categories[0].name, QStringLiteral("SaaS事業者"));
    EXPECT_EQ(c.categories[0].code, QStringLiteral("vendor"));
    EXPECT_EQ(c.categories[0].questions.size(), 3);
    EXPECT_EQ(c.categories[0].questions[0].text,
              QStringLiteral("移行支援で最も多いご相談は何ですか"));
    expectWindows(c.windows, {slot(QDate(2025, 7, 14), QTime(14, 0), QTime(15, 30)),
                              slot(QDate(2025, 7, 16), QTime(10, 0), QTime(12, 0)),
                              slot(QDate(2025, 7, 18), QTime(16, 0), QTime(18, 0),
                                   QStringLiteral("必要に応じて"))});
    EXPECT_EQ(c.editorName, QStringLiteral("鈴木 次郎"));
    EXPECT_EQ(c.editorEmail, QStringLiteral("suzuki@cloud-jitsumu.example.jp"));
    EXPECT_EQ(gapFields(l),
              (QStringList{QStringLiteral("editorPhone"), QStringLiteral("website")}));
    EXPECT_EQ(gap(l, QStringLiteral("editorPhone"))->text, QStringLiteral("○○-○○○○-○○○○"));
    EXPECT_FALSE(l.hasRequiredGaps());
    EXPECT_TRUE(checkTemplate(l.templateText).isEmpty());
}

TEST(LetterImport, JapaneseDraftWithoutTitleDateOrQuestionsCannotBeSavedAsIs)
{
    const LetterImport l = read(QStringLiteral("letters/ja-draft-missing.md"));
    const Campaign &c = l.draft;
    EXPECT_TRUE(c.title.isEmpty());
    EXPECT_EQ(c.publication, QStringLiteral("AI Tech Media"));
    EXPECT_FALSE(c.publicationDate.isValid());
    EXPECT_EQ(c.windowStart, QDate(2025, 6, 16));
    EXPECT_EQ(c.windowEnd, QDate(2025, 6, 20));
    ASSERT_EQ(c.categories.size(), 2);
    EXPECT_TRUE(c.categories[0].questions.isEmpty());
    EXPECT_EQ(c.categories[1].questions.size(), 2);
    const QStringList fields = gapFields(l);
    for (const char *f : {"title", "publicationDate", "year", "interviewMinutes", "editorName",
                          "editorPhone", "website", "windows", "attributions"})
        EXPECT_TRUE(fields.contains(QLatin1String(f))) << f;
    EXPECT_TRUE(fields.contains(QStringLiteral("category:") + c.categories[0].code));
    QStringList required;
    for (const LetterGap &g : l.requiredGaps())
        required.append(g.field);
    EXPECT_EQ(required, (QStringList{QStringLiteral("title"), QStringLiteral("publicationDate")}));
    EXPECT_EQ(gap(l, QStringLiteral("year"))->line, 12);

    // The editor fills them in: nothing required is left.
    LetterEdits edits;
    edits.title = QStringLiteral("教育と生成AI");
    edits.publicationDate = QDate(2025, 7, 1);
    edits.editorName = QStringLiteral("田中 一郎");
    const LetterImport edited = applyLetterEdits(l, edits);
    EXPECT_FALSE(edited.hasRequiredGaps());
    EXPECT_EQ(edited.draft.title, QStringLiteral("教育と生成AI"));
    EXPECT_FALSE(gapFields(edited).contains(QStringLiteral("editorName")));
    LetterEdits emptied;
    emptied.title = QString();
    EXPECT_TRUE(gapFields(applyLetterEdits(edited, emptied)).contains(QStringLiteral("title")));
}

TEST(LetterImport, YearlessDatesFollowThePublicationYearOrComeNext)
{
    // The same letter read in late 2025: June 16 is next year's.
    const LetterImport later =
        read(QStringLiteral("letters/ja-draft-missing.md"), QDate(2025, 11, 1));
    EXPECT_EQ(later.draft.windowStart, QDate(2026, 6, 16));
    // A letter dated with its publication year keeps the interviews in that year even when
    // read afterwards.
    const LetterImport seed = read(QStringLiteral("request-letter-ja.md"), QDate(2026, 3, 1));
    EXPECT_EQ(seed.draft.windows.first().day, QDate(2025, 5, 27));
}

TEST(LetterImport, NotALetterIsRefused)
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 251));
    EXPECT_FALSE(readRequestLetter(binary, QStringLiteral("x.bin"), kToday));
    EXPECT_FALSE(
        readRequestLetter(QByteArray("PK\x03\x04 broken", 12), QStringLiteral("x.docx"), kToday));
    EXPECT_FALSE(readRequestLetter(QByteArray(" \n\n"), QStringLiteral("empty.md"), kToday));
}

TEST(LetterImport, OneQuestionListWithoutCategoryHeadingsIsOneCategoryToName)
{
    const QByteArray text = QStringLiteral("件名：取材のお願い\n\n"
                                           "弊誌では「地方発スタートアップの今」と題した特集を"
                                           "2025年7月10日に公開予定です。\n\n"
                                           "■質問項目\n"
                                           "1. 創業のきっかけを教えてください\n"
                                           "2. 地方で起業する利点は何ですか\n\n"
                                           "■候補日時\n"
                                           "・6月2日（月）14:00〜15:00\n")
                                .toUtf8();
    auto l = readRequestLetter(text, QStringLiteral("single.txt"), kToday);
    ASSERT_TRUE(l);
    ASSERT_EQ(l->draft.categories.size(), 1);
    EXPECT_EQ(l->draft.categories[0].name, QStringLiteral("取材対象者"));
    EXPECT_EQ(l->draft.categories[0].questions.size(), 2);
    ASSERT_TRUE(gap(*l, QStringLiteral("categoryName")));
    EXPECT_EQ(gap(*l, QStringLiteral("categoryName"))->line, 5);
    EXPECT_FALSE(l->hasRequiredGaps());
    EXPECT_EQ(l->draft.windows.size(), 1);
    EXPECT_EQ(l->draft.windowStart, QDate(2025, 6, 2));
    EXPECT_TRUE(l->templateText.contains(QStringLiteral("■質問項目\n{{questions}}")));
}

TEST(LetterImport, TitleAfterALabelAndQuestionsNumberedWithTheKanjiMark)
{
    const QByteArray text = QStringLiteral("特集：「働き方と生成AI」\n"
                                           "公開日：2025年8月1日\n"
                                           "取材期間：2025年7月1日～7月4日\n\n"
                                           "【人事担当者向け質問】\n"
                                           "問1．導入の目的は何ですか\n"
                                           "問2．社員の反応はいかがでしたか\n")
                                .toUtf8();
    auto l = readRequestLetter(text, QStringLiteral("label.txt"), kToday);
    ASSERT_TRUE(l);
    EXPECT_EQ(l->draft.title, QStringLiteral("働き方と生成AI"));
    EXPECT_EQ(l->draft.publicationDate, QDate(2025, 8, 1));
    EXPECT_EQ(l->draft.windowEnd, QDate(2025, 7, 4));
    ASSERT_EQ(l->draft.categories.size(), 1);
    EXPECT_EQ(l->draft.categories[0].name, QStringLiteral("人事担当者"));
    EXPECT_EQ(l->draft.categories[0].questions.size(), 2);
    EXPECT_EQ(l->draft.categories[0].questions[1].text,
              QStringLiteral("社員の反応はいかがでしたか"));
}
