// campaign new|duplicate|archive|unarchive|remove, category ..., template questions ... through
// the real binary.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace shuzai::test;

namespace {
QStringList questionTexts(const QJsonObject &category)
{
    QStringList out;
    for (const auto &q : category[QStringLiteral("questions")].toArray())
        out.append(q.toObject()[QStringLiteral("text")].toString());
    return out;
}
} // namespace

TEST(CampaignCli, NewArchiveUnarchiveAndRemoveACampaign)
{
    CliRunner cli;
    auto made = cli.onDb(args({"campaign", "new", "--title", "エッジAI特集", "--publication-date",
                               "2025-07-20", "--json"}));
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QJsonObject c = made.json().object();
    const QString id = QString::number(c[QStringLiteral("id")].toInt());
    EXPECT_EQ(c[QStringLiteral("title")].toString(), QStringLiteral("エッジAI特集"));
    EXPECT_EQ(c[QStringLiteral("interviewWindow")].toObject()[QStringLiteral("start")].toString(),
              QStringLiteral("2025-06-29"));
    EXPECT_FALSE(c[QStringLiteral("archived")].toBool());
    EXPECT_EQ(cli.onDb(args({"campaign", "list", "--json"})).json().array().size(), 2);

    // A category and a question for it, then a person.
    auto cat = cli.onDb(QStringList{
        QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("大学の研究室"),
        QStringLiteral("--code"), QStringLiteral("lab"), QStringLiteral("--organisation-honorific"),
        QStringLiteral("貴研究室"), QStringLiteral("--person-honorific"), QStringLiteral("先生"),
        QStringLiteral("--campaign"), id, QStringLiteral("--json")});
    ASSERT_EQ(cat.exitCode, 0) << cat.err.toStdString();
    EXPECT_EQ(cat.json().object()[QStringLiteral("code")].toString(), QStringLiteral("lab"));
    EXPECT_EQ(cat.json().object()[QStringLiteral("personHonorific")].toString(),
              QStringLiteral("先生"));
    ASSERT_EQ(
        cli.onDb(QStringList{QStringLiteral("template"), QStringLiteral("questions"),
                             QStringLiteral("add"), QStringLiteral("lab"),
                             QStringLiteral("研究テーマは？"), QStringLiteral("--campaign"), id})
            .exitCode,
        0);
    auto person = cli.onDb(QStringList{QStringLiteral("interviewee"), QStringLiteral("add"),
                                       QStringLiteral("--category"), QStringLiteral("lab"),
                                       QStringLiteral("--name"), QStringLiteral("鈴木 一郎"),
                                       QStringLiteral("--campaign"), id});
    ASSERT_EQ(person.exitCode, 0) << person.err.toStdString();

    // Archived: hidden from the list, read-only.
    auto archived = cli.onDb(QStringList{QStringLiteral("campaign"), QStringLiteral("archive"), id,
                                         QStringLiteral("--json")});
    ASSERT_EQ(archived.exitCode, 0) << archived.err.toStdString();
    EXPECT_TRUE(archived.json().object()[QStringLiteral("archived")].toBool());
    EXPECT_EQ(cli.onDb(args({"campaign", "list", "--json"})).json().array().size(), 1);
    const QJsonArray all = cli.onDb(args({"campaign", "list", "--all", "--json"})).json().array();
    ASSERT_EQ(all.size(), 2);
    auto refused = cli.onDb(QStringList{
        QStringLiteral("interviewee"), QStringLiteral("add"), QStringLiteral("--category"),
        QStringLiteral("lab"), QStringLiteral("--name"), QStringLiteral("田中 次郎"),
        QStringLiteral("--campaign"), id, QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("archived"))) << refused.err.toStdString();
    EXPECT_EQ(refused.json()
                  .object()[QStringLiteral("error")]
                  .toObject()[QStringLiteral("field")]
                  .toString(),
              QStringLiteral("campaign"));
    // Without --campaign, commands go to the open campaign.
    EXPECT_EQ(cli.onDb(args({"interviewee", "list", "--json"})).exitCode, 0);

    // Not empty: refused; empty: deleted.
    ASSERT_EQ(
        cli.onDb(QStringList{QStringLiteral("campaign"), QStringLiteral("unarchive"), id}).exitCode,
        0);
    auto notEmpty = cli.onDb(QStringList{QStringLiteral("campaign"), QStringLiteral("remove"), id});
    EXPECT_EQ(notEmpty.exitCode, 1);
    EXPECT_TRUE(notEmpty.err.contains(QStringLiteral("(1)"))) << notEmpty.err.toStdString();
    ASSERT_EQ(cli.onDb(args({"interviewee", "remove", "1", "--campaign", "2"})).exitCode, 0);
    auto removed = cli.onDb(QStringList{QStringLiteral("campaign"), QStringLiteral("remove"), id,
                                        QStringLiteral("--json")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(cli.onDb(args({"campaign", "list", "--all", "--json"})).json().array().size(), 1);
}

TEST(CampaignCli, DuplicateCopiesCategoriesAndQuestionsAndMovesTheWindow)
{
    CliRunner cli;
    auto copy = cli.onDb(args({"campaign", "duplicate", "1", "--title", "SLM特集 第2回",
                               "--publication-date", "2025-07-17", "--json"}));
    ASSERT_EQ(copy.exitCode, 0) << copy.err.toStdString();
    const QString id = QString::number(copy.json().object()[QStringLiteral("id")].toInt());
    const QJsonObject original =
        cli.onDb(args({"campaign", "show", "1", "--json"})).json().object();
    const QJsonObject duplicate =
        cli.onDb(QStringList{QStringLiteral("campaign"), QStringLiteral("show"), id,
                             QStringLiteral("--json")})
            .json()
            .object();
    EXPECT_EQ(duplicate[QStringLiteral("title")].toString(), QStringLiteral("SLM特集 第2回"));
    EXPECT_EQ(duplicate[QStringLiteral("interviewWindow")].toObject()[QStringLiteral("start")],
              QJsonValue(QStringLiteral("2025-07-01"))); // 5月27日 + 35 days
    EXPECT_EQ(duplicate[QStringLiteral("candidateSlots")].toArray().size(), 0);
    const QJsonArray a = original[QStringLiteral("categories")].toArray();
    const QJsonArray b = duplicate[QStringLiteral("categories")].toArray();
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(questionTexts(a[i].toObject()), questionTexts(b[i].toObject()));
        EXPECT_EQ(a[i].toObject()[QStringLiteral("code")], b[i].toObject()[QStringLiteral("code")]);
    }
}

TEST(CampaignCli, TemplateQuestionsChangeWithoutLosingAPersonsChanges)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                             "--email", "sato@example.jp"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.onDb(args({"questions", "reword", "sato@example.jp", "2", "佐藤さん向けの質問"}))
                  .exitCode,
              0);
    auto moved = cli.onDb(args({"template", "questions", "move", "vendor", "2", "1", "--json"}));
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    auto edited =
        cli.onDb(args({"template", "questions", "edit", "vendor", "3", "新しい三番", "--json"}));
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    EXPECT_EQ(questionTexts(edited.json().object())[2], QStringLiteral("新しい三番"));
    auto removed = cli.onDb(args({"template", "questions", "remove", "vendor", "6", "--json"}));
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(questionTexts(removed.json().object()).size(), 5);
    // Nobody answered it: it is not kept for anyone.
    EXPECT_EQ(removed.json().object()[QStringLiteral("removedQuestions")].toArray().size(), 0);

    const QJsonArray list = cli.onDb(args({"questions", "show", "sato@example.jp", "--json"}))
                                .json()
                                .object()[QStringLiteral("questions")]
                                .toArray();
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list[0].toObject()[QStringLiteral("text")].toString(),
              QStringLiteral("佐藤さん向けの質問"));
    EXPECT_EQ(list[2].toObject()[QStringLiteral("text")].toString(), QStringLiteral("新しい三番"));

    auto shown = cli.onDb(args({"template", "questions", "show", "--json"}));
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(shown.json().array().size(), 3);

    auto stillUsed = cli.onDb(args({"category", "remove", "vendor"}));
    EXPECT_EQ(stillUsed.exitCode, 1);
    EXPECT_TRUE(stillUsed.err.contains(QStringLiteral("(1)"))) << stillUsed.err.toStdString();
    auto renamed = cli.onDb(args({"category", "edit", "vendor", "--name", "ベンダー",
                                  "--organisation-honorific", "貴社", "--json"}));
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    EXPECT_EQ(renamed.json().object()[QStringLiteral("code")].toString(), QStringLiteral("vendor"));
    ASSERT_EQ(cli.onDb(args({"category", "move", "adopter", "1"})).exitCode, 0);
    auto removedCategory = cli.onDb(args({"category", "remove", "researcher", "--json"}));
    EXPECT_EQ(removedCategory.exitCode, 0) << removedCategory.err.toStdString();
    const QJsonArray left =
        cli.onDb(args({"template", "questions", "show", "--json"})).json().array();
    ASSERT_EQ(left.size(), 2);
    EXPECT_EQ(left[0].toObject()[QStringLiteral("code")].toString(), QStringLiteral("adopter"));

    auto writer = cli.onDb(args({"--as", "writer", "category", "add", "学生"}));
    EXPECT_EQ(writer.exitCode, 1);
}

TEST(CampaignCli, HumanOutputGivesDatesInTheLanguagesFormNeverIso)
{
    CliRunner cli;
    ASSERT_EQ(cli.run(args({"init"})).exitCode, 0);
    const QString ja = cli.run(args({"--lang", "ja", "campaign", "list"})).out;
    EXPECT_TRUE(ja.contains(QStringLiteral("2025年6月12日（木）"))) << ja.toStdString();
    const QString en = cli.run(args({"--lang", "en", "campaign", "list"})).out;
    EXPECT_TRUE(en.contains(QStringLiteral("Thu 12 Jun 2025"))) << en.toStdString();
    const QString dashboard = cli.run(args({"--lang", "ja", "dashboard"})).out;
    EXPECT_TRUE(dashboard.contains(QStringLiteral("2025年6月12日（木）")))
        << dashboard.toStdString();
    for (const QString &out : {ja, en, dashboard})
        EXPECT_FALSE(out.contains(QStringLiteral("2025-06-12"))) << out.toStdString();
}
