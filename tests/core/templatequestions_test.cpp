// Categories and their template questions edited while people already have their own lists.
#include "audit/auditentry.h"
#include "people.h"
#include "services/answerservice.h"
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"

#include <QFile>
#include <QSignalSpy>

using namespace shuzai;

namespace {
constexpr Id kSample = 1;
constexpr Id kVendor = 2;

QStringList texts(const QList<EffectiveQuestion> &list)
{
    QStringList out;
    for (const auto &q : list)
        out.append(q.text + (q.removed ? QStringLiteral(" [removed]") : QString()));
    return out;
}

QStringList templateTexts(Workspace &ws, Id categoryId)
{
    QStringList out;
    const Campaign c = *ws.campaigns().load(kSample);
    for (const Question &q : c.category(categoryId)->questions)
        out.append(QString::number(q.position) + u':' + q.text);
    return out;
}

// Two vendors; 佐藤 has an interview whose transcript segments can be linked to questions.
struct Vendors {
    Vendors()
    {
        campaign = *ws->campaigns().load(kSample);
        for (const char *email : {"sato@example.jp", "takahashi@example.jp"})
            people.append(
                ws->roster().add(kSample, test::someone(QString::fromUtf8(email), kVendor))->id);
        Interview i;
        i.intervieweeId = people[0];
        const Id interview = ws->interviews().create(i)->id;
        QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        TranscriptImport request{interview, f.readAll(), QStringLiteral("zoom.vtt"), {}, true};
        segments = ws->transcripts().import(request)->segments;
    }
    QStringList list(int person) { return texts(*ws->roster().questions(people[person])); }
    QString q(int n) const { return campaign.category(kVendor)->questions[n - 1].text; }
    Id qid(int n) const { return campaign.category(kVendor)->questions[n - 1].id; }

    test::TestWorkspace ws;
    Campaign campaign;
    QList<Id> people;
    QList<Segment> segments;
};
} // namespace

TEST(Categories, AddedCategoryGetsACodeFromItsNameOrTheOneGiven)
{
    test::TestWorkspace ws;
    QSignalSpy changed(&ws->campaigns(), &CampaignService::campaignChanged);
    auto students = ws->campaigns().addCategory(kSample, {{}, QStringLiteral("学生・若手")});
    ASSERT_TRUE(students) << students.error().untranslatedMessage().toStdString();
    EXPECT_EQ(students->code, QStringLiteral("category-4"));
    EXPECT_EQ(students->position, 4);
    EXPECT_EQ(students->organisationHonorific, QStringLiteral("貴社"));
    auto press = ws->campaigns().addCategory(kSample, {{}, QStringLiteral("Press & Media")}, 1);
    ASSERT_TRUE(press);
    EXPECT_EQ(press->code, QStringLiteral("press-media"));
    EXPECT_EQ(press->position, 1);
    auto given =
        ws->campaigns().addCategory(kSample, {QStringLiteral("univ"), QStringLiteral("大学"),
                                              QStringLiteral("貴学"), QStringLiteral("先生")});
    ASSERT_TRUE(given);
    EXPECT_EQ(given->code, QStringLiteral("univ"));
    EXPECT_EQ(given->personHonorific, QStringLiteral("先生"));
    EXPECT_GE(changed.count(), 3);

    auto taken =
        ws->campaigns().addCategory(kSample, {QStringLiteral("vendor"), QStringLiteral("x")});
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code(), ErrorCode::Duplicate);
    EXPECT_EQ(taken.error().field(), QStringLiteral("code"));
    auto badCode =
        ws->campaigns().addCategory(kSample, {QStringLiteral("Ven dor"), QStringLiteral("x")});
    ASSERT_FALSE(badCode);
    EXPECT_EQ(badCode.error().field(), QStringLiteral("code"));
    auto noName = ws->campaigns().addCategory(kSample, {{}, QStringLiteral("  ")});
    ASSERT_FALSE(noName);
    EXPECT_EQ(noName.error().field(), QStringLiteral("name"));

    const Campaign c = *ws->campaigns().load(kSample);
    QStringList codes;
    for (const Category &cat : c.categories)
        codes.append(cat.code);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("press-media"), QStringLiteral("researcher"),
                                  QStringLiteral("vendor"), QStringLiteral("adopter"),
                                  QStringLiteral("category-4"), QStringLiteral("univ")}));
}

TEST(Categories, RenamingKeepsTheCodeAndThePeopleAndRefusesAStaleEdit)
{
    test::TestWorkspace ws;
    const Id person = ws->roster().add(kSample, test::someone())->id;
    const Category before = *ws->campaigns().load(kSample)->category(1);
    CategoryFields old{{}, before.name, before.organisationHonorific, before.personHonorific};
    CategoryFields renamed{
        {}, QStringLiteral("研究者"), QStringLiteral("貴研究室"), QStringLiteral("先生")};
    auto r = ws->campaigns().updateCategory(1, renamed, old);
    ASSERT_TRUE(r) << r.error().untranslatedMessage().toStdString();
    EXPECT_EQ(r->code, QStringLiteral("researcher"));
    EXPECT_EQ(r->name, QStringLiteral("研究者"));
    EXPECT_EQ(r->organisationHonorific, QStringLiteral("貴研究室"));
    EXPECT_EQ(ws->roster().load(person)->data.categoryId, 1);
    // Someone else's edit based on the old name is refused.
    auto stale = ws->campaigns().updateCategory(1, {{}, QStringLiteral("X")}, old);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code(), ErrorCode::Conflict);
    EXPECT_EQ(ws->campaigns().load(kSample)->category(1)->name, QStringLiteral("研究者"));
    auto entries = *ws->audit().list({});
    EXPECT_EQ(entries.last().action, QStringLiteral("category.edited"));
    EXPECT_TRUE(entries.last().before.contains(before.name));
    EXPECT_TRUE(entries.last().after.contains(QStringLiteral("研究者")));
}

TEST(Categories, MoveReordersAndRemoveIsRefusedWhilePeopleAreInIt)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(ws->campaigns().moveCategory(3, 1));
    QList<Id> order;
    const Campaign moved = *ws->campaigns().load(kSample);
    for (const Category &c : moved.categories)
        order.append(c.id);
    EXPECT_EQ(order, (QList<Id>{3, 1, 2}));

    ASSERT_TRUE(ws->roster().add(kSample, test::someone(QStringLiteral("a@example.jp"), 2)));
    ASSERT_TRUE(ws->roster().add(kSample, test::someone(QStringLiteral("b@example.jp"), 2)));
    auto refused = ws->campaigns().removeCategory(2);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("(2)")))
        << refused.error().message().toStdString();

    const Category adopter = *ws->campaigns().load(kSample)->category(3);
    auto removed = ws->campaigns().removeCategory(3);
    ASSERT_TRUE(removed) << removed.error().untranslatedMessage().toStdString();
    EXPECT_EQ(removed->questions.size(), 6);
    EXPECT_EQ(ws->campaigns().load(kSample)->categories.size(), 2);
    auto back = ws->campaigns().restoreCategory(kSample, *removed);
    ASSERT_TRUE(back) << back.error().untranslatedMessage().toStdString();
    const Campaign c = *ws->campaigns().load(kSample);
    ASSERT_TRUE(c.category(3));
    EXPECT_EQ(c.categories.first().id, 3); // where it was
    EXPECT_EQ(c.category(3)->questions.size(), 6);
    EXPECT_EQ(c.category(3)->questions[0].id, adopter.questions[0].id);
}

TEST(TemplateQuestions, AnAddedQuestionReachesEveryoneAndAdditionsStayAfterTheirQuestion)
{
    Vendors v;
    // 佐藤 added a question after template question 3.
    ASSERT_TRUE(v.ws->roster().addQuestion(v.people[0], QStringLiteral("私の追加"), 3));
    auto added = v.ws->campaigns().addTemplateQuestion(kVendor, QStringLiteral("新しい質問"), 1);
    ASSERT_TRUE(added) << added.error().untranslatedMessage().toStdString();
    EXPECT_EQ(added->position, 1);
    EXPECT_EQ(templateTexts(*v.ws, kVendor).size(), 7);
    EXPECT_EQ(templateTexts(*v.ws, kVendor).first(), QStringLiteral("1:新しい質問"));
    EXPECT_EQ(v.list(0), (QStringList{QStringLiteral("新しい質問"), v.q(1), v.q(2), v.q(3),
                                      QStringLiteral("私の追加"), v.q(4), v.q(5), v.q(6)}));
    EXPECT_EQ(v.list(1).size(), 7);
    // At the end by default.
    auto last = v.ws->campaigns().addTemplateQuestion(kVendor, QStringLiteral("最後"));
    ASSERT_TRUE(last);
    EXPECT_EQ(last->position, 8);
    auto empty = v.ws->campaigns().addTemplateQuestion(kVendor, QStringLiteral(" "));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field(), QStringLiteral("question"));
}

TEST(TemplateQuestions, ARewordingReachesThoseWhoKeptTheTemplateWordingOnly)
{
    Vendors v;
    ASSERT_TRUE(v.ws->roster().rewordQuestion(v.people[0], 2, QStringLiteral("佐藤さん向け")));
    auto r =
        v.ws->campaigns().rewordTemplateQuestion(v.qid(2), QStringLiteral("新しい文言"), v.q(2));
    ASSERT_TRUE(r) << r.error().untranslatedMessage().toStdString();
    auto sato = *v.ws->roster().questions(v.people[0]);
    EXPECT_EQ(sato[1].text, QStringLiteral("佐藤さん向け"));
    EXPECT_EQ(sato[1].templateText, QStringLiteral("新しい文言"));
    EXPECT_EQ(v.list(1)[1], QStringLiteral("新しい文言"));
    // A stale rewording (based on the old text) is refused.
    auto stale = v.ws->campaigns().rewordTemplateQuestion(v.qid(2), QStringLiteral("X"), v.q(2));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code(), ErrorCode::Conflict);
    const auto entries = *v.ws->audit().list({});
    EXPECT_EQ(entries.last().action, QStringLiteral("question.edited"));
    EXPECT_EQ(entries.last().before, v.q(2));
    EXPECT_EQ(entries.last().after, QStringLiteral("新しい文言"));
}

TEST(TemplateQuestions, AMovedQuestionTakesItsRewordingsAndAdditionsWithIt)
{
    Vendors v;
    ASSERT_TRUE(v.ws->roster().rewordQuestion(v.people[0], 5, QStringLiteral("五の言い換え")));
    ASSERT_TRUE(v.ws->roster().addQuestion(v.people[0], QStringLiteral("五の後"), 5));
    ASSERT_TRUE(v.ws->roster().dropQuestion(v.people[1], 2));
    auto moved = v.ws->campaigns().moveTemplateQuestion(v.qid(5), 1);
    ASSERT_TRUE(moved) << moved.error().untranslatedMessage().toStdString();
    EXPECT_EQ(moved->position, 1);
    EXPECT_EQ(templateTexts(*v.ws, kVendor),
              (QStringList{QStringLiteral("1:") + v.q(5), QStringLiteral("2:") + v.q(1),
                           QStringLiteral("3:") + v.q(2), QStringLiteral("4:") + v.q(3),
                           QStringLiteral("5:") + v.q(4), QStringLiteral("6:") + v.q(6)}));
    EXPECT_EQ(v.list(0), (QStringList{QStringLiteral("五の言い換え"), QStringLiteral("五の後"),
                                      v.q(1), v.q(2), v.q(3), v.q(4), v.q(6)}));
    EXPECT_EQ(v.list(1), (QStringList{v.q(5), v.q(1), v.q(3), v.q(4), v.q(6)}));
    auto back = v.ws->campaigns().moveTemplateQuestion(v.qid(5), 5);
    ASSERT_TRUE(back);
    EXPECT_EQ(v.list(0),
              (QStringList{v.q(1), v.q(2), v.q(3), v.q(4), QStringLiteral("五の言い換え"),
                           QStringLiteral("五の後"), v.q(6)}));
    auto outside = v.ws->campaigns().moveTemplateQuestion(v.qid(5), 9);
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().code(), ErrorCode::InvalidInput);
}

TEST(TemplateQuestions, ARemovedQuestionStaysMarkedForThoseWithLinkedAnswersOnly)
{
    Vendors v;
    ASSERT_TRUE(v.ws->roster().rewordQuestion(v.people[0], 3, QStringLiteral("三の言い換え")));
    ASSERT_TRUE(v.ws->roster().addQuestion(v.people[1], QStringLiteral("三の後"), 3));
    ASSERT_TRUE(v.ws->answers().link(v.segments[1].id, 3)); // 佐藤 answered question 3
    auto removed = v.ws->campaigns().removeTemplateQuestion(v.qid(3));
    ASSERT_TRUE(removed) << removed.error().untranslatedMessage().toStdString();
    EXPECT_EQ(removed->position, 3);
    EXPECT_EQ(templateTexts(*v.ws, kVendor).size(), 5);
    EXPECT_EQ(v.ws->campaigns().load(kSample)->category(kVendor)->removedQuestions.size(), 1);
    // 佐藤 keeps it (with their rewording), marked; the answer link stays.
    EXPECT_EQ(v.list(0), (QStringList{v.q(1), v.q(2), QStringLiteral("三の言い換え [removed]"),
                                      v.q(4), v.q(5), v.q(6)}));
    auto sato = *v.ws->roster().questions(v.people[0]);
    EXPECT_EQ(sato[2].questionId, v.qid(3));
    auto again = v.ws->answers().link(v.segments[1].id, 3);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::Duplicate);
    // 高橋 had no answer to it: gone; their addition now follows question 2.
    EXPECT_EQ(v.list(1),
              (QStringList{v.q(1), v.q(2), QStringLiteral("三の後"), v.q(4), v.q(5), v.q(6)}));
    // Template numbers follow the new template: 3 is the old question 4.
    ASSERT_TRUE(v.ws->roster().rewordQuestion(v.people[1], 3, QStringLiteral("四の言い換え")));
    EXPECT_EQ(v.list(1)[3], QStringLiteral("四の言い換え"));
    const auto entries = *v.ws->audit().list({});
    EXPECT_EQ(entries.last().action, QStringLiteral("question.removed"));
    // The answer matrix keeps a row for it: answered by 佐藤, not asked of 高橋.
    auto matrix = v.ws->answers().matrix(kSample, kVendor);
    ASSERT_TRUE(matrix);
    const auto row = std::find_if(matrix->rows.cbegin(), matrix->rows.cend(),
                                  [](const AnswerMatrix::Row &r) { return r.removed; });
    ASSERT_NE(row, matrix->rows.cend());
    EXPECT_EQ(row->questionId, v.qid(3));
    const auto &cells = matrix->cells[row - matrix->rows.cbegin()];
    ASSERT_EQ(matrix->columns.size(), 2);
    const int satoColumn = matrix->columns[0].intervieweeId == v.people[0] ? 0 : 1;
    EXPECT_EQ(cells[satoColumn].state, AnswerMatrix::CellState::Answered);
    EXPECT_EQ(cells[1 - satoColumn].state, AnswerMatrix::CellState::NotAsked);

    // Undo: back where it was, for everyone, with 佐藤's rewording.
    auto restored = v.ws->campaigns().restoreTemplateQuestion(v.qid(3), 3);
    ASSERT_TRUE(restored) << restored.error().untranslatedMessage().toStdString();
    EXPECT_EQ(v.list(0), (QStringList{v.q(1), v.q(2), QStringLiteral("三の言い換え"), v.q(4),
                                      v.q(5), v.q(6)}));
    EXPECT_EQ(v.list(1).size(), 7);
    EXPECT_TRUE(v.ws->campaigns().load(kSample)->category(kVendor)->removedQuestions.isEmpty());
}

TEST(TemplateQuestions, ARemovedQuestionCannotBeEditedOrMoved)
{
    Vendors v;
    ASSERT_TRUE(v.ws->campaigns().removeTemplateQuestion(v.qid(6)));
    EXPECT_EQ(v.ws->campaigns().removeTemplateQuestion(v.qid(6)).error().code(),
              ErrorCode::NotFound);
    EXPECT_EQ(
        v.ws->campaigns().rewordTemplateQuestion(v.qid(6), QStringLiteral("x")).error().code(),
        ErrorCode::NotFound);
    EXPECT_EQ(v.ws->campaigns().moveTemplateQuestion(v.qid(6), 1).error().code(),
              ErrorCode::NotFound);
}
