// `interviewee add` without --reading fills the reading from the name and says so.
#include "clirunner.h"

#include <QJsonObject>
#include <gtest/gtest.h>

using shuzai::test::args;
using shuzai::test::CliRunner;

TEST(ReadingCli, AddWithoutAReadingFillsItFromTheNameAndSaysSo)
{
    CliRunner cli;
    auto added = cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name",
                                "東海林 陽菜", "--email", "shoji@example.jp"}));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("ショウジ ヒナ"))) << added.out.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("Reading suggested"))) << added.out.toStdString();

    auto json = cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "服部 直樹",
                               "--email", "hattori@example.jp", "--json"}));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject o = json.json().object();
    EXPECT_EQ(o[QStringLiteral("reading")].toString(), QStringLiteral("ハットリ ナオキ"));
    EXPECT_TRUE(o[QStringLiteral("readingSuggested")].toBool());
}

TEST(ReadingCli, AGivenReadingIsKeptAsTyped)
{
    CliRunner cli;
    auto typed =
        cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "角田 光",
                       "--reading", "スミダ ヒカル", "--email", "s@example.jp", "--json"}));
    ASSERT_EQ(typed.exitCode, 0) << typed.err.toStdString();
    EXPECT_EQ(typed.json().object()[QStringLiteral("reading")].toString(),
              QStringLiteral("スミダ ヒカル"));
    EXPECT_FALSE(typed.json().object()[QStringLiteral("readingSuggested")].toBool());
}

TEST(ReadingCli, WithoutTheDictionaryThePersonIsAddedAndTheMissingDictionaryNamed)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_MECAB_DICDIR"), cli.path(QStringLiteral("no-dictionary")));
    auto text = cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                               "--email", "sato@example.jp"}));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("mecab-ipadic-utf8"))) << text.out.toStdString();
    auto json = cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "鈴木 一郎",
                               "--email", "suzuki@example.jp", "--json"}));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject o = json.json().object();
    EXPECT_FALSE(o[QStringLiteral("readingSuggested")].toBool());
    EXPECT_TRUE(o[QStringLiteral("readingProblem")].toString().contains(
        QStringLiteral("mecab-ipadic-utf8")));
    EXPECT_TRUE(o[QStringLiteral("reading")].toString().trimmed().isEmpty());
}
