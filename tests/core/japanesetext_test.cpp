#include "util/japanesetext.h"

#include <gtest/gtest.h>

using namespace shuzai;

TEST(JapaneseText, FoldIgnoresWidthKanaTypeCaseAndSpaces)
{
    EXPECT_EQ(japanese::foldForSearch(QStringLiteral("ﾔﾏﾀﾞ　タロウ")),
              japanese::foldForSearch(QStringLiteral("やまだたろう")));
    EXPECT_EQ(japanese::foldForSearch(QStringLiteral("ＡＩ Ｔｅｃｈ")),
              japanese::foldForSearch(QStringLiteral("ai tech")));
    EXPECT_NE(japanese::foldForSearch(QStringLiteral("ヤマダ")),
              japanese::foldForSearch(QStringLiteral("ヤマタ")));
}

TEST(JapaneseText, KatakanaCheckAcceptsReadingsAndRejectsOtherScripts)
{
    EXPECT_TRUE(japanese::isKatakana(QStringLiteral("ヤマダ　タロウ")));
    EXPECT_TRUE(japanese::isKatakana(QStringLiteral("ヴァン・デル・ルーエ")));
    EXPECT_TRUE(japanese::isKatakana(QString()));
    EXPECT_FALSE(japanese::isKatakana(QStringLiteral("やまだ")));
    EXPECT_FALSE(japanese::isKatakana(QStringLiteral("山田")));
    EXPECT_FALSE(japanese::isKatakana(QStringLiteral("Yamada")));
}

TEST(JapaneseText, ReadingNormalisationTurnsHalfWidthIntoFullWidth)
{
    EXPECT_EQ(japanese::normalizeReading(QStringLiteral(" ﾔﾏﾀﾞ  ﾀﾛｳ ")),
              QStringLiteral("ヤマダ　タロウ"));
}
