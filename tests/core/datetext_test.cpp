#include "util/datetext.h"
#include "util/translations.h"

#include <gtest/gtest.h>

using namespace shuzai;

namespace {

class DateText : public ::testing::Test {
protected:
    void TearDown() override
    {
        datetext::setDisplayZone({});
        i18n::install(QStringLiteral("en"));
    }
};

const QDateTime tenJst = QDateTime(QDate(2025, 5, 27), QTime(1, 0), Qt::UTC);

} // namespace

TEST_F(DateText, JapaneseFormsAreTheOnesOfBusinessLetters)
{
    i18n::install(QStringLiteral("ja"));
    const QTimeZone tokyo("Asia/Tokyo");
    EXPECT_EQ(datetext::longDate(QDate(2025, 5, 27)), QStringLiteral("2025年5月27日（火）"));
    EXPECT_EQ(datetext::shortDate(QDate(2025, 6, 12)), QStringLiteral("6月12日（木）"));
    EXPECT_EQ(datetext::yearMonth(QDate(2025, 5, 1)), QStringLiteral("2025年5月"));
    EXPECT_EQ(datetext::shortDateTime(tenJst, tokyo), QStringLiteral("5月27日（火）10:00"));
    EXPECT_EQ(datetext::longDateTime(tenJst, tokyo), QStringLiteral("2025年5月27日（火）10:00"));
    EXPECT_EQ(datetext::shortRange(tenJst, tenJst.addSecs(3600), tokyo),
              QStringLiteral("5月27日（火）10:00–11:00"));
    EXPECT_EQ(datetext::weekdayName(7), QStringLiteral("日"));
}

TEST_F(DateText, EnglishFormsHaveNoJapaneseInThem)
{
    i18n::install(QStringLiteral("en"));
    const QTimeZone tokyo("Asia/Tokyo");
    EXPECT_EQ(datetext::longDate(QDate(2025, 5, 27)), QStringLiteral("Tue 27 May 2025"));
    EXPECT_EQ(datetext::shortDate(QDate(2025, 6, 12)), QStringLiteral("Thu 12 Jun"));
    EXPECT_EQ(datetext::yearMonth(QDate(2025, 5, 1)), QStringLiteral("May 2025"));
    EXPECT_EQ(datetext::shortDateTime(tenJst, tokyo), QStringLiteral("Tue 27 May, 10:00"));
    EXPECT_EQ(datetext::longDateTime(tenJst, tokyo), QStringLiteral("Tue 27 May 2025, 10:00"));
}

TEST_F(DateText, TimesAreShownInTheChosenZoneNotInUtc)
{
    i18n::install(QStringLiteral("ja"));
    datetext::setDisplayZone(QTimeZone("Asia/Tokyo"));
    EXPECT_EQ(datetext::time(tenJst), QStringLiteral("10:00"));
    datetext::setDisplayZone(QTimeZone("Europe/London"));
    EXPECT_EQ(datetext::time(tenJst), QStringLiteral("02:00")); // BST
    // A range crossing midnight names the end's date.
    datetext::setDisplayZone(QTimeZone("Asia/Tokyo"));
    const QDateTime late(QDate(2025, 5, 27), QTime(14, 30), Qt::UTC); // 23:30 JST
    EXPECT_EQ(datetext::shortRange(late, late.addSecs(3600)),
              QStringLiteral("5月27日（火）23:30–5月28日（水）00:30"));
}

TEST_F(DateText, ZoneNamesSayJapanForTokyo)
{
    i18n::install(QStringLiteral("ja"));
    EXPECT_EQ(datetext::zoneName(QTimeZone("Asia/Tokyo"), tenJst),
              QStringLiteral("日本時間（UTC+09:00）"));
    i18n::install(QStringLiteral("en"));
    EXPECT_EQ(datetext::zoneName(QTimeZone("America/New_York"), tenJst),
              QStringLiteral("America/New_York (UTC−04:00)"));
}

TEST_F(DateText, ListsAreJoinedTheWayTheLanguageWritesThem)
{
    const QStringList speakers{QStringLiteral("田中"), QStringLiteral("佐藤")};
    i18n::install(QStringLiteral("ja"));
    EXPECT_EQ(i18n::joinList(speakers), QStringLiteral("田中、佐藤"));
    i18n::install(QStringLiteral("en"));
    EXPECT_EQ(i18n::joinList(speakers), QStringLiteral("田中, 佐藤"));
}
