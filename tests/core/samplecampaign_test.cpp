#include "domain/slotformat.h"
#include "services/campaignservice.h"
#include "testworkspace.h"

#include <QFile>
#include <QRegularExpression>

using namespace shuzai;

namespace {
QString letter()
{
    QFile file(QStringLiteral(SHUZAI_TEST_DATA "/request-letter-ja.md"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The numbered questions under "### <heading>向け質問" in the letter, as the letter words them.
QStringList questionsUnder(const QString &text, const QString &heading)
{
    const qsizetype start = text.indexOf(QStringLiteral("### ") + heading + QStringLiteral("向け質問"));
    EXPECT_GE(start, 0) << heading.toStdString();
    QStringList out;
    static const QRegularExpression item(QStringLiteral(R"(^(\d+)\. (.+)$)"));
    for (const QString &line : text.mid(start).split(u'\n').mid(1)) {
        if (line.startsWith(u'#'))
            break;
        const auto m = item.match(line.trimmed());
        if (m.hasMatch())
            out.append(m.captured(2));
    }
    return out;
}
} // namespace

TEST(SampleCampaign, NewDatabaseHoldsTheLettersCampaignWordForWord)
{
    test::TestWorkspace ws;
    auto campaigns = ws->campaigns().list();
    ASSERT_TRUE(campaigns);
    ASSERT_EQ(campaigns->size(), 1);
    auto c = ws->campaigns().load(campaigns->first().id);
    ASSERT_TRUE(c);
    const QString text = letter();

    EXPECT_TRUE(text.contains(u'「' + c->title + u'」'));
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
        EXPECT_EQ(stored, questionsUnder(text, cat.name)) << cat.name.toStdString();
        total += int(stored.size());
    }
    EXPECT_EQ(total, 18);
}

TEST(SampleCampaign, CandidateSlotsRenderToTheLettersBlock)
{
    test::TestWorkspace ws;
    auto c = ws->campaigns().load(1);
    ASSERT_TRUE(c);
    const QString text = letter();
    const qsizetype start = text.indexOf(QStringLiteral("【候補日時】\n")) + 7;
    const qsizetype end = text.indexOf(QStringLiteral("\n\n"), start);
    EXPECT_EQ(candidateSlotBlock(c->windows), text.mid(start, end - start));
}

TEST(SampleCampaign, JapaneseDateFormatCarriesTheWeekday)
{
    EXPECT_EQ(japaneseMonthDayWeekday(QDate(2025, 5, 27)), QStringLiteral("5月27日（火）"));
    EXPECT_EQ(japaneseMonthDayWeekday(QDate(2025, 6, 1)), QStringLiteral("6月1日（日）"));
}
