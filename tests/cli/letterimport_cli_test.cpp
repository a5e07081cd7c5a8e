// `campaign import-letter FILE [--dry-run] [--json]` as an editor's script uses it.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace shuzai::test;

namespace {
QString letter(const char *name)
{
    return QStringLiteral(SHUZAI_TEST_DATA "/") + QString::fromUtf8(name);
}

CliRunner atToday()
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-20T09:00:00+09:00"));
    return cli;
}

QStringList gapFields(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &g : o.value(QStringLiteral("gaps")).toArray())
        out.append(g.toObject().value(QStringLiteral("field")).toString());
    return out;
}
} // namespace

TEST(LetterImportCli, DryRunOfTheSeedLetterProposesTheSampleCampaignAndWritesNothing)
{
    const CliRunner cli = atToday();
    const auto r = cli.onDb({QStringLiteral("campaign"), QStringLiteral("import-letter"),
                             letter("request-letter-ja.md"), QStringLiteral("--dry-run"),
                             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    const QJsonObject c = o.value(QStringLiteral("campaign")).toObject();
    EXPECT_EQ(
        c.value(QStringLiteral("title")).toString(),
        QStringLiteral("小規模言語モデル（SLM）実装ガイド：日本企業のための段階的アプローチ"));
    EXPECT_EQ(c.value(QStringLiteral("publicationDate")).toString(), QStringLiteral("2025-06-12"));
    EXPECT_EQ(c.value(QStringLiteral("categories")).toArray().size(), 3);
    EXPECT_EQ(gapFields(o),
              (QStringList{QStringLiteral("editorName"), QStringLiteral("editorPhone")}));
    EXPECT_TRUE(
        o.value(QStringLiteral("template")).toString().contains(QStringLiteral("{{questions}}")));
    const auto list =
        cli.onDb({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(list.json().array().size(), 1);

    const auto text = cli.onDb({QStringLiteral("campaign"), QStringLiteral("import-letter"),
                                letter("request-letter-ja.md"), QStringLiteral("--dry-run")});
    ASSERT_EQ(text.exitCode, 0);
    // Each part to fill in on a line of its own, with the letter's line ("- " not needed to
    // save, "* " needed).
    EXPECT_TRUE(text.out.contains(QStringLiteral("\n- ")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("89")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("[編集長名]")));
}

TEST(LetterImportCli, SavingIsRefusedWhileRequiredPartsAreMissingAndTheOptionsFillThemIn)
{
    const CliRunner cli = atToday();
    const QStringList import{QStringLiteral("campaign"), QStringLiteral("import-letter"),
                             letter("letters/ja-draft-missing.md"), QStringLiteral("--json")};
    const auto refused = cli.onDb(import);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("title"), Qt::CaseInsensitive))
        << refused.err.toStdString();
    const auto saved = cli.onDb(
        import + QStringList{QStringLiteral("--title"), QStringLiteral("教育と生成AI"),
                             QStringLiteral("--publication-date"), QStringLiteral("2025-07-01")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const QJsonObject c = saved.json().object().value(QStringLiteral("campaign")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("title")).toString(), QStringLiteral("教育と生成AI"));
    EXPECT_GT(c.value(QStringLiteral("id")).toInt(), 1);
    const auto shown =
        cli.onDb({QStringLiteral("outreach"), QStringLiteral("template"), QStringLiteral("show"),
                  QStringLiteral("ja"), QStringLiteral("--campaign"),
                  QString::number(c.value(QStringLiteral("id")).toInt())});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("{{questions}}")));
}

TEST(LetterImportCli, WordAndEnglishLettersAndOnlyEditorsSave)
{
    const CliRunner cli = atToday();
    const auto docx = cli.onDb({QStringLiteral("campaign"), QStringLiteral("import-letter"),
                                letter("letters/ja-cloud.docx"), QStringLiteral("--dry-run"),
                                QStringLiteral("--json")});
    ASSERT_EQ(docx.exitCode, 0) << docx.err.toStdString();
    EXPECT_EQ(docx.json().object().value(QStringLiteral("encoding")).toString(),
              QStringLiteral("docx"));
    const auto writer =
        cli.onDb({QStringLiteral("--as"), QStringLiteral("writer"), QStringLiteral("campaign"),
                  QStringLiteral("import-letter"), letter("letters/en-retail.md")});
    EXPECT_EQ(writer.exitCode, 1);
    const auto editor = cli.onDb({QStringLiteral("campaign"), QStringLiteral("import-letter"),
                                  letter("letters/en-retail.md")});
    ASSERT_EQ(editor.exitCode, 0) << editor.err.toStdString();
    EXPECT_TRUE(editor.out.contains(QStringLiteral("Edge AI in Retail")));
}
