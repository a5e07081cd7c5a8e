#include "services/answerservice.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"

#include <QFile>

using namespace shuzai;

namespace {
constexpr Id kVendor = 2;

struct TwoVendors {
    TwoVendors()
    {
        for (const auto &[name, reading] :
             {std::pair{"佐藤", "サトウ"}, std::pair{"高橋", "タカハシ"}}) {
            IntervieweeData d;
            d.categoryId = kVendor;
            d.familyName = QString::fromUtf8(name);
            d.familyReading = QString::fromUtf8(reading);
            const Id person = ws->roster().add(1, d)->id;
            people.append(person);
            Interview i;
            i.intervieweeId = person;
            const Id interview = ws->interviews().create(i)->id;
            QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
            EXPECT_TRUE(f.open(QIODevice::ReadOnly));
            TranscriptImport request{interview, f.readAll(), QStringLiteral("zoom.vtt"), {}, true};
            auto imported = ws->transcripts().import(request);
            EXPECT_TRUE(imported);
            transcripts.append(imported->id);
            segments.append(imported->segments);
        }
    }
    test::TestWorkspace ws;
    QList<Id> people;
    QList<Id> transcripts;   // one per person
    QList<Segment> segments; // 4 per person
};
} // namespace

TEST(Answers, MatrixShowsAnswersSideBySideAndMarksTheUnanswered)
{
    TwoVendors v;
    ASSERT_TRUE(v.ws->answers().link(v.segments[1].id, 1));     // 佐藤 answers question 1
    ASSERT_TRUE(v.ws->answers().link(v.segments[4 + 3].id, 1)); // 高橋 answers question 1
    ASSERT_TRUE(v.ws->roster().dropQuestion(v.people[1], 6));   // 高橋 is not asked question 6
    ASSERT_TRUE(v.ws->roster().addQuestion(v.people[0], QStringLiteral("価格は？"), 6));
    auto again = v.ws->answers().link(v.segments[1].id, 1);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::Duplicate);

    auto m = v.ws->answers().matrix(1, kVendor);
    ASSERT_TRUE(m);
    ASSERT_EQ(m->columns.size(), 2);
    EXPECT_EQ(m->columns[0].name, QStringLiteral("佐藤")); // サトウ before タカハシ
    ASSERT_EQ(m->rows.size(), 7);                          // six template questions + one added
    using State = AnswerMatrix::CellState;
    EXPECT_EQ(m->cells[0][0].state, State::Answered);
    EXPECT_EQ(m->cells[0][0].excerpts.first().text, v.segments[1].text);
    EXPECT_EQ(m->cells[0][1].state, State::Answered);
    EXPECT_EQ(m->cells[1][0].state, State::Unanswered);
    EXPECT_EQ(m->cells[5][1].state, State::NotAsked);
    EXPECT_EQ(m->rows[6].text, QStringLiteral("価格は？"));
    EXPECT_EQ(m->cells[6][0].state, State::Unanswered);
    EXPECT_EQ(m->cells[6][1].state, State::NotApplicable);

    // The added question is number 7 in 佐藤's list.
    ASSERT_TRUE(v.ws->answers().link(v.segments[3].id, 7));
    EXPECT_EQ(v.ws->answers().matrix(1, kVendor)->cells[6][0].state, State::Answered);
    ASSERT_TRUE(v.ws->answers().unlink(v.segments[3].id, 7));
    EXPECT_EQ(v.ws->answers().matrix(1, kVendor)->cells[6][0].state, State::Unanswered);
}

namespace {
QStringList describe(const QList<EffectiveQuestion> &list)
{
    QStringList out;
    for (const EffectiveQuestion &q : list) {
        out.append(QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(q.number)
                       .arg(q.text)
                       .arg(toCode(q.origin))
                       .arg(q.customisationId)
                       .arg(q.removed));
    }
    return out;
}
} // namespace

// The matrix reads everyone's questions in a few queries for the campaign; each person's list
// must be the one their own page shows (rewordings, drops, additions, removed but answered).
TEST(Answers, EveryonesQuestionsAtOnceAreEachPersonsOwnList)
{
    TwoVendors v;
    ASSERT_TRUE(v.ws->roster().rewordQuestion(v.people[0], 2, QStringLiteral("二の言い換え")));
    ASSERT_TRUE(v.ws->roster().dropQuestion(v.people[1], 4));
    ASSERT_TRUE(v.ws->roster().addQuestion(v.people[1], QStringLiteral("追加の質問"), 1));
    ASSERT_TRUE(v.ws->answers().link(v.segments[1].id, 3)); // 佐藤 answered question 3
    const Id third = v.ws->campaigns().load(1)->category(kVendor)->questions.at(2).id;
    ASSERT_TRUE(v.ws->campaigns().removeTemplateQuestion(third));
    auto campaign = v.ws->campaigns().load(1);
    auto people = v.ws->roster().list(1);
    ASSERT_TRUE(campaign && people);
    auto all = v.ws->roster().questionsOf(*campaign, *people);
    ASSERT_TRUE(all);
    for (const Interviewee &p : *people) {
        auto own = v.ws->roster().questions(p.id);
        ASSERT_TRUE(own);
        EXPECT_EQ(describe(all->value(p.id)), describe(*own)) << "person " << p.id;
    }
    // 佐藤 keeps the removed question they answered; 高橋 does not.
    auto keeps = [&](Id person) {
        const QList<EffectiveQuestion> list = all->value(person);
        return std::any_of(list.begin(), list.end(), [](const auto &q) { return q.removed; });
    };
    EXPECT_TRUE(keeps(v.people[0]));
    EXPECT_FALSE(keeps(v.people[1]));
}

TEST(Answers, QuoteCandidatesKeepTheTextAsMarked)
{
    TwoVendors v;
    const Segment s = v.segments[3]; // 4bit量子化でも精度の低下はわずかです。
    auto quote = v.ws->answers().addQuote(s.id, 0, 6, QStringLiteral("見出し候補"));
    ASSERT_TRUE(quote);
    EXPECT_EQ(quote->text, QStringLiteral("4bit量子"));
    EXPECT_EQ(quote->intervieweeName, QStringLiteral("佐藤"));
    auto whole = v.ws->answers().addQuote(s.id, 0, 0, {});
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->text, s.text);
    auto outside = v.ws->answers().addQuote(s.id, 5, 500, {});
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().field(), QStringLiteral("range"));

    ASSERT_TRUE(v.ws->transcripts().editSegment(s.id, s.speaker, QStringLiteral("書き換え"), 0));
    auto list = v.ws->answers().quotes(1, v.people[0]);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().text, QStringLiteral("4bit量子")); // as marked, not as now

    ASSERT_TRUE(v.ws->setActor(QStringLiteral("reviewer")));
    auto denied = v.ws->answers().addQuote(s.id, 0, 2, {});
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code(), ErrorCode::PermissionDenied);
}

TEST(Answers, ATranscriptsMarksSayWhichQuestionsEachSegmentAnswersAndWhichHoldQuotes)
{
    TwoVendors v;
    const Segment first = v.segments[1];
    const Segment second = v.segments[3];
    ASSERT_TRUE(v.ws->answers().link(first.id, 3));
    ASSERT_TRUE(v.ws->answers().link(first.id, 1));
    ASSERT_TRUE(v.ws->answers().addQuote(second.id, 0, 6, {}));
    ASSERT_TRUE(v.ws->answers().link(v.segments[4 + 1].id, 2)); // the other person's transcript

    auto marks = v.ws->answers().marks(v.transcripts[0]);
    ASSERT_TRUE(marks);
    ASSERT_EQ(marks->size(), 2); // unmarked segments are absent
    EXPECT_EQ(marks->value(first.id).answers, (QList<int>{1, 3}));
    EXPECT_TRUE(marks->value(first.id).quotes.isEmpty());
    EXPECT_TRUE(marks->value(second.id).answers.isEmpty());
    ASSERT_EQ(marks->value(second.id).quotes.size(), 1);
    EXPECT_EQ(marks->value(second.id).quotes.first().text, QStringLiteral("4bit量子"));

    // Question 1 dropped for this person: what answered question 3 is now number 2, as the
    // letter numbers it.
    ASSERT_TRUE(v.ws->roster().dropQuestion(v.people[0], 1));
    marks = v.ws->answers().marks(v.transcripts[0]);
    ASSERT_TRUE(marks);
    EXPECT_EQ(marks->value(first.id).answers, (QList<int>{2}));
}
