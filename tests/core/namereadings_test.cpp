// Readings suggested for Japanese names (MeCab with the IPA dictionary, names-supplement.tsv).
#include "readings/namereadings.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
struct Name {
    const char *written;
    const char *reading;
};

// Real, common family names, with ones read otherwise than their kanji suggest (東海林
// ショウジ, 服部 ハットリ, 日下部 クサカベ, 小鳥遊 タカナシ) and ones with two usual readings
// where the commoner one is expected (中島 ナカジマ, 河野 コウノ, 菅野 カンノ).
const Name kFamilyNames[] = {
    {"佐藤", "サトウ"},     {"鈴木", "スズキ"},         {"高橋", "タカハシ"},
    {"田中", "タナカ"},     {"渡辺", "ワタナベ"},       {"伊藤", "イトウ"},
    {"山本", "ヤマモト"},   {"中村", "ナカムラ"},       {"小林", "コバヤシ"},
    {"加藤", "カトウ"},     {"吉田", "ヨシダ"},         {"山田", "ヤマダ"},
    {"佐々木", "ササキ"},   {"山口", "ヤマグチ"},       {"松本", "マツモト"},
    {"井上", "イノウエ"},   {"木村", "キムラ"},         {"林", "ハヤシ"},
    {"斎藤", "サイトウ"},   {"清水", "シミズ"},         {"長谷川", "ハセガワ"},
    {"五十嵐", "イガラシ"}, {"服部", "ハットリ"},       {"東海林", "ショウジ"},
    {"日下部", "クサカベ"}, {"勅使河原", "テシガワラ"}, {"御手洗", "ミタライ"},
    {"中島", "ナカジマ"},   {"河野", "コウノ"},         {"菅野", "カンノ"},
    {"新井", "アライ"},     {"神田", "カンダ"},         {"上野", "ウエノ"},
    {"菊地", "キクチ"},     {"久保田", "クボタ"},       {"小鳥遊", "タカナシ"},
};

// Given names across generations, including ones the dictionary does not know (陽菜, 大翔,
// 翔平) and ones with a rarer reading ranked first (智子, 葵).
const Name kGivenNames[] = {
    {"花子", "ハナコ"},
    {"太郎", "タロウ"},
    {"一郎", "イチロウ"},
    {"健太", "ケンタ"},
    {"翔太", "ショウタ"},
    {"大輔", "ダイスケ"},
    {"直樹", "ナオキ"},
    {"誠", "マコト"},
    {"拓也", "タクヤ"},
    {"和也", "カズヤ"},
    {"浩", "ヒロシ"},
    {"隆", "タカシ"},
    {"聡", "サトシ"},
    {"修", "オサム"},
    {"蓮", "レン"},
    {"湊", "ミナト"},
    {"陽子", "ヨウコ"},
    {"裕子", "ユウコ"},
    {"和子", "カズコ"},
    {"幸子", "サチコ"},
    {"久美子", "クミコ"},
    {"真由美", "マユミ"},
    {"明美", "アケミ"},
    {"由美子", "ユミコ"},
    {"直子", "ナオコ"},
    {"美穂", "ミホ"},
    {"恵", "メグミ"},
    {"香織", "カオリ"},
    {"美咲", "ミサキ"},
    {"結衣", "ユイ"},
    {"さくら", "サクラ"},
    {"翼", "ツバサ"},
    {"秀樹", "ヒデキ"},
    {"俊介", "シュンスケ"},
    {"昌平", "ショウヘイ"},
    {"春香", "ハルカ"},
    {"陽菜", "ヒナ"},
    {"大翔", "ヒロト"},
    {"智子", "トモコ"},
    {"葵", "アオイ"},
    // Not in the dictionary as a whole: read kanji by kanji as names are (names-kanji.tsv).
    {"翔平", "ショウヘイ"},
    {"康介", "コウスケ"},
    {"蒼太", "ソウタ"},
    {"海翔", "カイト"},
};

template <size_t N>
int countRight(const NameReadings &readings, const Name (&names)[N], NamePart part,
               QStringList &wrong)
{
    int right = 0;
    for (const Name &n : names) {
        const QString got = readings.reading(QString::fromUtf8(n.written), part);
        if (got == QString::fromUtf8(n.reading))
            ++right;
        else
            wrong.append(QStringLiteral("%1→%2 (expected %3)")
                             .arg(QString::fromUtf8(n.written), got, QString::fromUtf8(n.reading)));
    }
    return right;
}
} // namespace

TEST(NameReadings, AtLeastNineInTenRealNamesGetTheirUsualReading)
{
    const auto readings = createNameReadings();
    ASSERT_FALSE(readings->unavailable().has_value())
        << readings->unavailable()->message().toStdString();
    QStringList wrong;
    const int family = countRight(*readings, kFamilyNames, NamePart::Family, wrong);
    const int given = countRight(*readings, kGivenNames, NamePart::Given, wrong);
    const int total = int(std::size(kFamilyNames) + std::size(kGivenNames));
    const double share = double(family + given) / total;
    std::cout << "Readings right: " << family << "/" << std::size(kFamilyNames) << " family names, "
              << given << "/" << std::size(kGivenNames) << " given names, " << family + given << "/"
              << total << " (" << qRound(share * 1000) / 10.0 << " %)\n";
    for (const QString &w : wrong)
        std::cout << "  wrong: " << w.toStdString() << "\n";
    EXPECT_GE(share, 0.9);
}

TEST(NameReadings, KanaIsKatakanaAndLatinGetsNoSuggestion)
{
    const auto readings = createNameReadings();
    EXPECT_EQ(readings->reading(QStringLiteral("さくら"), NamePart::Given),
              QStringLiteral("サクラ"));
    EXPECT_EQ(readings->reading(QStringLiteral("Smith"), NamePart::Family), QString());
    EXPECT_EQ(readings->reading(QStringLiteral(" "), NamePart::Family), QString());
    const NameReading both = readings->suggest(QStringLiteral("佐藤"), QStringLiteral("花子"));
    EXPECT_EQ(both.family, QStringLiteral("サトウ"));
    EXPECT_EQ(both.given, QStringLiteral("ハナコ"));
}

TEST(NameReadings, AMissingDictionaryIsSaidAndSuggestsNothing)
{
    QTemporaryDir empty;
    const auto readings = createNameReadings(empty.path());
    ASSERT_TRUE(readings->unavailable().has_value());
    EXPECT_TRUE(readings->unavailable()->message().contains(QStringLiteral("mecab-ipadic-utf8")))
        << readings->unavailable()->message().toStdString();
    EXPECT_EQ(readings->reading(QStringLiteral("佐藤"), NamePart::Family), QString());
    EXPECT_TRUE(readings->suggest(QStringLiteral("佐藤"), QStringLiteral("花子")).isEmpty());
}
