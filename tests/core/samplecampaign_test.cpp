#include "domain/slotformat.h"
#include "requestletter.h"
#include "services/campaignservice.h"
#include "testworkspace.h"

using namespace shuzai;

TEST(SampleCampaign, NewDatabaseHoldsTheLettersCampaignWordForWord)
{
    test::TestWorkspace ws;
    auto campaigns = ws->campaigns().list();
    ASSERT_TRUE(campaigns);
    ASSERT_EQ(campaigns->size(), 1);
    auto c = ws->campaigns().load(campaigns->first().id);
    ASSERT_TRUE(c);
    const test::RequestLetter letter;
    EXPECT_TRUE(letter.text().contains(u'「' + c->title + u'」'));
    EXPECT_EQ(c->publicationDate, QDate(2025, 6, 12));
    EXPECT_EQ(c->windowStart, QDate(2025, 5, 27));
    EXPECT_EQ(c->windowEnd, QDate(2025, 5, 31));
    EXPECT_EQ(c->interviewMinutes, 60);
    EXPECT_EQ(c->modes, (QList<InterviewMode>{InterviewMode::Online, InterviewMode::InPerson}));
    EXPECT_EQ(c->attributionOptions.size(), 3);

    ASSERT_EQ(c->categories.size(), 3);
    int total = 0;
    for (const Category &cat : c->categories) {
        QStringList stored;
        for (const Question &q : cat.questions)
            stored.append(q.text);
        EXPECT_EQ(stored, letter.questionsFor(cat.name)) << cat.name.toStdString();
        total += int(stored.size());
    }
    EXPECT_EQ(total, 18);
}

TEST(SampleCampaign, CandidateSlotsRenderToTheLettersBlock)
{
    test::TestWorkspace ws;
    auto c = ws->campaigns().load(1);
    ASSERT_TRUE(c);
    const QString expected = test::RequestLetter().candidateSlotBlock();
    ASSERT_TRUE(expected.startsWith(QStringLiteral("- 5月27日（火）")));
    EXPECT_EQ(candidateSlotBlock(c->windows), expected);
}

TEST(SampleCampaign, JapaneseDateFormatCarriesTheWeekday)
{
    EXPECT_EQ(japaneseMonthDayWeekday(QDate(2025, 5, 27)), QStringLiteral("5月27日（火）"));
    EXPECT_EQ(japaneseMonthDayWeekday(QDate(2025, 6, 1)), QStringLiteral("6月1日（日）"));
}
