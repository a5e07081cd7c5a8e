// Letters as a Japanese editor sends them, through the CLI: the text and HTML parts read back by
// Python's email package, the category's honorifics, unfilled parts refused with their lines,
// candidate times by the clock of the run, and the letter style set with `campaign edit`.
#include "clirunner.h"
#include "python.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using shuzai::test::args;
using shuzai::test::CliRunner;

namespace {
const char *const kReader = R"(
import sys, json, email, email.policy
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
plain = m.get_body(preferencelist=('plain',))
html = m.get_body(preferencelist=('html',))
print(json.dumps({'type': m.get_content_type(), 'plain': plain.get_content(),
                  'html': html.get_content() if html else '', 'date': str(m['Date'])}))
)";

QJsonObject readEml(const QString &path)
{
    return QJsonDocument::fromJson(shuzai::test::runPython(kReader, {}, {path})).object();
}
} // namespace

TEST(LettersCli, ResearchersAndCompaniesGetCleanLettersAndAPlaceholderPhoneIsRefused)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-28T12:00:00+09:00"));
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "researcher", "--name",
                             "鈴木 一郎", "--org", "東都大学", "--email", "suzuki@example.ac.jp"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                             "--org", "エッジAI株式会社", "--email", "sato@example.co.jp"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.onDb(args({"campaign", "edit", "1", "--editor-name", "田中 一郎"})).exitCode, 0);

    // The sample's 03-XXXX-XXXX stops the export, named with its line.
    const QString eml = cli.path(QStringLiteral("researcher.eml"));
    auto refused = cli.onDb({QStringLiteral("outreach"), QStringLiteral("export-eml"),
                             QStringLiteral("1"), QStringLiteral("-o"), eml});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("03-XXXX-XXXX"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(eml));
    auto render = cli.onDb(args({"outreach", "render", "1"}));
    EXPECT_TRUE(render.out.contains(QStringLiteral("03-XXXX-XXXX"))) << render.out.toStdString();

    ASSERT_EQ(cli.onDb(args({"campaign", "edit", "1", "--editor-phone", "03-1234-5678"})).exitCode,
              0);
    for (const char *person : {"1", "2"}) {
        const QString path = cli.path(QStringLiteral("letter-%1.eml").arg(QLatin1String(person)));
        auto written = cli.onDb({QStringLiteral("outreach"), QStringLiteral("export-eml"),
                                 QString::fromLatin1(person), QStringLiteral("-o"), path});
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
        const QJsonObject parsed = readEml(path);
        const QString plain = parsed[QStringLiteral("plain")].toString();
        EXPECT_EQ(parsed[QStringLiteral("type")].toString(),
                  QStringLiteral("multipart/alternative"));
        for (const char *mark : {"**", "##", "\n---"})
            EXPECT_FALSE(plain.contains(QLatin1String(mark))) << mark;
        EXPECT_FALSE(plain.contains(QStringLiteral("貴社/貴研究室")));
        const QString honorific = QLatin1String(person) == QLatin1String("1")
                                      ? QStringLiteral("\n貴研究室のご見識は")
                                      : QStringLiteral("\n貴社のご見識は");
        EXPECT_TRUE(plain.contains(honorific)) << plain.toStdString();
        // By the clock of the run (28 May, noon) the morning of the 28th is gone.
        EXPECT_FALSE(plain.contains(QStringLiteral("5月27日（火）")));
        EXPECT_TRUE(plain.contains(QStringLiteral("・5月28日（水）15:00-17:00")));
        EXPECT_TRUE(
            parsed[QStringLiteral("html")].toString().contains(QStringLiteral("<h2>お願い</h2>")));
        EXPECT_TRUE(parsed[QStringLiteral("date")].toString().endsWith(QStringLiteral("+0900")))
            << parsed[QStringLiteral("date")].toString().toStdString();
    }
}

TEST(LettersCli, CampaignEditSetsTheLetterStyle)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-20T10:00:00+09:00"));
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                             "--email", "sato@example.co.jp", "--time-zone", "America/New_York"}))
                  .exitCode,
              0);
    // A time held for someone else, left out of the letter once the campaign says so.
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "adopter", "--name", "高木 次郎",
                             "--email", "takagi@example.jp"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.onDb(args({"schedule", "book", "2", "--at", "2025-05-29T13:00", "--tentative"}))
                  .exitCode,
              0);
    auto edited = cli.onDb(args({"campaign", "edit", "1", "--heading-mark", "■", "--list-mark", "-",
                                 "--tentative-slots", "omit"}));
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    auto letter = cli.onDb(args({"outreach", "render", "1", "--json"}));
    ASSERT_EQ(letter.exitCode, 0) << letter.err.toStdString();
    const QString body = letter.json().object()[QStringLiteral("body")].toString();
    EXPECT_TRUE(body.contains(QStringLiteral("\n■ お願い\n"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("\n- 所要時間: 60分程度")));
    EXPECT_FALSE(body.contains(QStringLiteral("5月29日（木）13:00")));
    EXPECT_TRUE(body.contains(QStringLiteral("（ニューヨーク時間）")));
    EXPECT_TRUE(letter.json().object()[QStringLiteral("html")].toString().contains(
        QStringLiteral("lang=\"ja\"")));

    auto bad = cli.onDb(args({"campaign", "edit", "1", "--tentative-slots", "maybe"}));
    EXPECT_EQ(bad.exitCode, 2);
    auto tooLong = cli.onDb(args({"campaign", "edit", "1", "--list-mark", "・・・・・"}));
    EXPECT_EQ(tooLong.exitCode, 1);
    EXPECT_TRUE(tooLong.err.contains(QStringLiteral("・・・・・"))) << tooLong.err.toStdString();
}
