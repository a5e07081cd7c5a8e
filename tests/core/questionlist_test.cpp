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
