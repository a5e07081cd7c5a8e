#include "domain/questionlist.h"

#include <gtest/gtest.h>

using namespace shuzai;
using Kind = QuestionCustomisation::Kind;

namespace {
QList<Question> templateOfThree()
{
    return {{11, 1, QStringLiteral("Q1")},
            {12, 2, QStringLiteral("Q2")},
            {13, 3, QStringLiteral("Q3")}};
}

QStringList texts(const QList<EffectiveQuestion> &list)
{
    QStringList out;
    for (const auto &q : list)
        out.append(QString::number(q.number) + u':' + q.text);
    return out;
}
} // namespace

TEST(QuestionList, UntouchedTemplateIsTheList)
{
    EXPECT_EQ(
        texts(effectiveQuestions(templateOfThree(), {})),
        (QStringList{QStringLiteral("1:Q1"), QStringLiteral("2:Q2"), QStringLiteral("3:Q3")}));
}

TEST(QuestionList, RewordDropAndAddApplyWithoutTouchingTheTemplate)
{
    const QList<QuestionCustomisation> changes{
        {1, Kind::Reword, 12, QStringLiteral("Q2 for you"), 0},
        {2, Kind::Drop, 11, {}, 0},
        {3, Kind::Add, 0, QStringLiteral("Extra after 3"), 3},
        {4, Kind::Add, 0, QStringLiteral("Opening"), 0},
        {5, Kind::Add, 0, QStringLiteral("Beyond the end"), 9},
    };
    const auto list = effectiveQuestions(templateOfThree(), changes);
    EXPECT_EQ(texts(list), (QStringList{QStringLiteral("1:Opening"), QStringLiteral("2:Q2 for you"),
                                        QStringLiteral("3:Q3"), QStringLiteral("4:Extra after 3"),
                                        QStringLiteral("5:Beyond the end")}));
    EXPECT_EQ(list.at(1).origin, EffectiveQuestion::Origin::Reworded);
    EXPECT_EQ(list.at(1).templateText, QStringLiteral("Q2"));
    EXPECT_EQ(list.at(0).origin, EffectiveQuestion::Origin::Added);
}

// Template edits keep each person's additions after the template question they followed.
TEST(QuestionList, AnAdditionFollowsItsTemplateQuestionWhenTheTemplateChanges)
{
    const QList<Id> before{11, 12, 13};
    // Q2 moved to the front: an addition after Q2 now sits after position 1.
    EXPECT_EQ(remapAnchor(before, {12, 11, 13}, 2), 1);
    EXPECT_EQ(remapAnchor(before, {12, 11, 13}, 1), 2);
    EXPECT_EQ(remapAnchor(before, {12, 11, 13}, 0), 0); // first stays first
    // A question inserted at the front shifts everyone.
    EXPECT_EQ(remapAnchor(before, {99, 11, 12, 13}, 3), 4);
    // Q2 removed: an addition after it follows Q1, the nearest question before it.
    EXPECT_EQ(remapAnchor(before, {11, 13}, 2), 1);
    EXPECT_EQ(remapAnchor(before, {11, 13}, 3), 2);
    EXPECT_EQ(remapAnchor(before, {12, 13}, 1), 0); // Q1 removed: now first
    // An anchor beyond the end (the end) stays at the end.
    EXPECT_EQ(remapAnchor(before, {11, 13}, 9), 2);
}

TEST(QuestionList, ARemovedTemplateQuestionKeptForAPersonIsMarkedAndKeepsTheirWording)
{
    // Q2 was removed from the template (now Q1, Q3 at 1 and 2); this person answered it.
    QList<Question> live{{11, 1, QStringLiteral("Q1")}, {13, 2, QStringLiteral("Q3")}};
    Question removed{12, -12, QStringLiteral("Q2")};
    removed.removedAfter = 1;
    const QList<QuestionCustomisation> changes{
        {1, Kind::Reword, 12, QStringLiteral("Q2 for you"), 0},
        {2, Kind::Add, 0, QStringLiteral("Extra after Q1"), 1},
    };
    const auto list = effectiveQuestions(live, changes, {removed});
    EXPECT_EQ(texts(list),
              (QStringList{QStringLiteral("1:Q1"), QStringLiteral("2:Q2 for you"),
                           QStringLiteral("3:Extra after Q1"), QStringLiteral("4:Q3")}));
    EXPECT_TRUE(list[1].removed);
    EXPECT_EQ(list[1].questionId, 12);
    EXPECT_EQ(list[1].templatePosition, 0); // not addressable as a template number any more
    EXPECT_EQ(list[1].origin, EffectiveQuestion::Origin::Reworded);
    EXPECT_FALSE(list[0].removed);
    EXPECT_FALSE(list[3].removed);
    // Dropped by the person: stays out, answers or not.
    const auto dropped = effectiveQuestions(live, {{3, Kind::Drop, 12, {}, 0}}, {removed});
    EXPECT_EQ(texts(dropped), (QStringList{QStringLiteral("1:Q1"), QStringLiteral("2:Q3")}));
}
