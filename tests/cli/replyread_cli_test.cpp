// `reply read FILE.eml`: the proposal read from a reply, against the campaign's free slots as
// they are now (a slot booked since the letter is no longer proposed).
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace shuzai::test;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(SHUZAI_TEST_DATA "/replies/") + QString::fromUtf8(name);
}
} // namespace

TEST(ReplyReadCli, ProposesTheFreeSlotsTheReplyNamesAndKeepsTheBookedOnesApart)
{
    CliRunner cli;
    // Wednesday afternoon: 28 May 15:00 and 16:00 are free in the sample campaign.
    auto before = cli.onDb({QStringLiteral("reply"), QStringLiteral("read"),
                            fixture("03-wednesday-afternoon.eml"), QStringLiteral("--json")});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    const QJsonObject o = before.json().object();
    EXPECT_EQ(o[QStringLiteral("intent")].toString(), QStringLiteral("accepts"));
    EXPECT_EQ(o[QStringLiteral("preferredStarts")].toArray(),
              (QJsonArray{QStringLiteral("2025-05-28T06:00:00Z"),
                          QStringLiteral("2025-05-28T07:00:00Z")}));
    EXPECT_FALSE(o[QStringLiteral("evidence")].toArray().isEmpty());

    // Someone else takes 28 May 15:00: the same reply now proposes 16:00 only, and a reply
    // that asked for 15:00 gets the time back as not free.
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "adopter", "--name", "鈴木 一郎",
                             "--email", "suzuki@example.jp"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.onDb(args({"schedule", "book", "1", "--at", "2025-05-28T15:00"})).exitCode, 0);
    auto after = cli.onDb(
        {QStringLiteral("reply"), QStringLiteral("read"), fixture("03-wednesday-afternoon.eml")});
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_TRUE(after.out.contains(QStringLiteral("16:00"))) << after.out.toStdString();
    EXPECT_FALSE(after.out.contains(QStringLiteral("15:00"))) << after.out.toStdString();
    EXPECT_TRUE(after.out.contains(QString::fromUtf8("水曜の午後"))) << after.out.toStdString();

    auto taken = cli.onDb({QStringLiteral("reply"), QStringLiteral("read"),
                           fixture("01-polite-ja-28-15.eml"), QStringLiteral("--json")});
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    const QJsonObject t = taken.json().object();
    EXPECT_EQ(t[QStringLiteral("intent")].toString(), QStringLiteral("accepts"));
    EXPECT_TRUE(t[QStringLiteral("preferredStarts")].toArray().isEmpty());
    ASSERT_EQ(t[QStringLiteral("unmatched")].toArray().size(), 1);
    EXPECT_TRUE(t[QStringLiteral("unmatched")].toArray().first().toString().contains(
        QString::fromUtf8("15時")));
}

TEST(ReplyReadCli, ADeclineProposesNoSlotAndAMissingFileIsAnError)
{
    CliRunner cli;
    auto declined = cli.onDb({QStringLiteral("reply"), QStringLiteral("read"),
                              fixture("24-decline-travel.eml"), QStringLiteral("--json")});
    ASSERT_EQ(declined.exitCode, 0) << declined.err.toStdString();
    EXPECT_EQ(declined.json().object()[QStringLiteral("intent")].toString(),
              QStringLiteral("declines"));
    EXPECT_TRUE(declined.json().object()[QStringLiteral("preferredStarts")].toArray().isEmpty());

    auto missing = cli.onDb(
        {QStringLiteral("reply"), QStringLiteral("read"), cli.path(QStringLiteral("none.eml"))});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.eml"))) << missing.err.toStdString();
}
