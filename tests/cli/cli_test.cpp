#include "clirunner.h"
#include "requestletter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace shuzai::test;

namespace {
QStringList addSato()
{
    return {QStringLiteral("interviewee"), QStringLiteral("add"),
            QStringLiteral("--category"),  QStringLiteral("vendor"),
            QStringLiteral("--name"),      QStringLiteral("佐藤 花子"),
            QStringLiteral("--reading"),   QStringLiteral("サトウ ハナコ"),
            QStringLiteral("--org"),       QStringLiteral("エッジAI株式会社"),
            QStringLiteral("--email"),     QStringLiteral("sato@example.co.jp"),
            QStringLiteral("--json")};
}
} // namespace

TEST(Cli, CampaignShowOnANewFileListsTheLettersCategoriesQuestionsAndSlots)
{
    CliRunner cli;
    const auto r = cli.onDb({QStringLiteral("--json"), QStringLiteral("campaign"),
                             QStringLiteral("show"), QStringLiteral("1")},
                            QStringLiteral("NEW.db"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject c = r.json().object();
    EXPECT_EQ(c[QStringLiteral("publicationDate")].toString(), QStringLiteral("2025-06-12"));
    EXPECT_EQ(c[QStringLiteral("interviewMinutes")].toInt(), 60);

    const RequestLetter letter;
    const QJsonArray categories = c[QStringLiteral("categories")].toArray();
    ASSERT_EQ(categories.size(), 3);
    int questions = 0;
    for (const auto &value : categories) {
        const QJsonObject category = value.toObject();
        QStringList texts;
        for (const auto &q : category[QStringLiteral("questions")].toArray())
            texts.append(q.toObject()[QStringLiteral("text")].toString());
        EXPECT_EQ(texts, letter.questionsFor(category[QStringLiteral("name")].toString()));
        questions += int(texts.size());
    }
    EXPECT_EQ(questions, 18);
    EXPECT_EQ(c[QStringLiteral("candidateSlotBlock")].toString(), letter.candidateSlotBlock());
    EXPECT_EQ(c[QStringLiteral("candidateSlots")].toArray().size(), 8);
    EXPECT_EQ(c[QStringLiteral("attributionOptions")].toArray().size(), 3);
}

TEST(Cli, GlobalOptionsMayFollowTheCommand)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb({QStringLiteral("init")}, QStringLiteral("x.db")).exitCode, 0);
    const auto r =
        cli.run({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--db"), cli.path(QStringLiteral("x.db"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().array().size(), 1);
}

TEST(Cli, DefaultDatabaseIsCreatedInTheUsersDataFolder)
{
    CliRunner cli;
    const auto r = cli.run({QStringLiteral("init"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString expected = QDir(cli.dataHome()).filePath(QStringLiteral("shuzai/shuzai.db"));
    EXPECT_TRUE(QFile::exists(expected));
    EXPECT_TRUE(r.json().object()[QStringLiteral("created")].toBool());
    EXPECT_FALSE(cli.run({QStringLiteral("init"), QStringLiteral("--json")})
                     .json()
                     .object()[QStringLiteral("created")]
                     .toBool());
}

TEST(Cli, IntervieweeLifecycleThroughJson)
{
    CliRunner cli;
    auto added = cli.onDb(addSato());
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonObject person = added.json().object();
    EXPECT_EQ(person[QStringLiteral("familyName")].toString(), QStringLiteral("佐藤"));
    EXPECT_EQ(person[QStringLiteral("givenReading")].toString(), QStringLiteral("ハナコ"));
    EXPECT_EQ(person[QStringLiteral("category")].toString(), QStringLiteral("vendor"));
    const QString id = QString::number(person[QStringLiteral("id")].toInt());

    auto list =
        cli.onDb({QStringLiteral("interviewee"), QStringLiteral("list"), QStringLiteral("--search"),
                  QStringLiteral("ｻﾄｳ"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().array().size(), 1);

    auto edited = cli.onDb({QStringLiteral("interviewee"), QStringLiteral("edit"), id,
                            QStringLiteral("--department"), QStringLiteral("開発本部"),
                            QStringLiteral("--status"), QStringLiteral("accepted"),
                            QStringLiteral("--json")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    EXPECT_EQ(edited.json().object()[QStringLiteral("department")].toString(),
              QStringLiteral("開発本部"));
    EXPECT_EQ(edited.json().object()[QStringLiteral("status")].toString(),
              QStringLiteral("accepted"));

    auto stale = cli.onDb({QStringLiteral("interviewee"), QStringLiteral("edit"), id,
                           QStringLiteral("--title"), QStringLiteral("CTO"),
                           QStringLiteral("--expect-version"), QStringLiteral("1")});
    EXPECT_EQ(stale.exitCode, 1);

    auto shown = cli.onDb({QStringLiteral("interviewee"), QStringLiteral("show"),
                           QStringLiteral("sato@example.co.jp"), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(shown.json().object()[QStringLiteral("questions")].toArray().size(), 6);

    auto removed = cli.onDb({QStringLiteral("interviewee"), QStringLiteral("remove"), id});
    EXPECT_EQ(removed.exitCode, 0);
    EXPECT_EQ(
        cli.onDb({QStringLiteral("interviewee"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .array()
            .size(),
        0);
}

TEST(Cli, VendorQuestionsAreTheVendorSixAndCustomisationsShow)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb(addSato()).exitCode, 0);
    const QString who = QStringLiteral("sato@example.co.jp");
    ASSERT_EQ(cli.onDb({QStringLiteral("questions"), QStringLiteral("reword"), who,
                        QStringLiteral("2"), QStringLiteral("よくある懸念点は何ですか")})
                  .exitCode,
              0);
    ASSERT_EQ(
        cli.onDb({QStringLiteral("questions"), QStringLiteral("drop"), who, QStringLiteral("6")})
            .exitCode,
        0);
    auto r = cli.onDb(
        {QStringLiteral("questions"), QStringLiteral("show"), who, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray questions = r.json().object()[QStringLiteral("questions")].toArray();
    ASSERT_EQ(questions.size(), 5);
    const QStringList vendor =
        RequestLetter().questionsFor(QStringLiteral("SLMソリューション提供企業"));
    EXPECT_EQ(questions[0].toObject()[QStringLiteral("text")].toString(), vendor[0]);
    EXPECT_EQ(questions[1].toObject()[QStringLiteral("text")].toString(),
              QStringLiteral("よくある懸念点は何ですか"));
    EXPECT_EQ(questions[1].toObject()[QStringLiteral("origin")].toString(),
              QStringLiteral("reworded"));
    for (const auto &q : questions)
        EXPECT_FALSE(
            q.toObject()[QStringLiteral("text")].toString().contains(QStringLiteral("研究")));

    ASSERT_EQ(cli.onDb({QStringLiteral("questions"), QStringLiteral("reset"), who}).exitCode, 0);
    auto reset = cli.onDb(
        {QStringLiteral("questions"), QStringLiteral("show"), who, QStringLiteral("--json")});
    EXPECT_EQ(reset.json().object()[QStringLiteral("questions")].toArray().size(), 6);
}

TEST(Cli, ExitStatusAndMessagesForBadInput)
{
    CliRunner cli;
    auto unknown = cli.onDb({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));

    auto missingValue = cli.onDb({QStringLiteral("campaign"), QStringLiteral("show")});
    EXPECT_EQ(missingValue.exitCode, 2);

    QStringList badEmail = addSato();
    badEmail[badEmail.indexOf(QStringLiteral("sato@example.co.jp"))] = QStringLiteral("sato@");
    auto invalid = cli.onDb(badEmail);
    EXPECT_EQ(invalid.exitCode, 1);
    EXPECT_EQ(invalid.err.count(u'\n'), 1) << invalid.err.toStdString();
    EXPECT_EQ(invalid.json()
                  .object()[QStringLiteral("error")]
                  .toObject()[QStringLiteral("field")]
                  .toString(),
              QStringLiteral("email"));

    ASSERT_EQ(cli.onDb(addSato()).exitCode, 0);
    auto twice = cli.onDb(addSato());
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_EQ(twice.json()
                  .object()[QStringLiteral("error")]
                  .toObject()[QStringLiteral("code")]
                  .toString(),
              QStringLiteral("duplicate"));

    QFile notDb(cli.path(QStringLiteral("photo.db")));
    ASSERT_TRUE(notDb.open(QIODevice::WriteOnly));
    notDb.write("\x89PNG\r\n\x1a\n not a database");
    notDb.close();
    auto foreign =
        cli.onDb({QStringLiteral("campaign"), QStringLiteral("list")}, QStringLiteral("photo.db"));
    EXPECT_EQ(foreign.exitCode, 1);
    EXPECT_TRUE(foreign.err.contains(QStringLiteral("photo.db"))) << foreign.err.toStdString();

    auto writer =
        cli.onDb(QStringList{QStringLiteral("--as"), QStringLiteral("writer")} + addSato());
    EXPECT_EQ(writer.exitCode, 1);
    EXPECT_EQ(writer.json()
                  .object()[QStringLiteral("error")]
                  .toObject()[QStringLiteral("code")]
                  .toString(),
              QStringLiteral("permission_denied"));
}

TEST(Cli, JapaneseMessagesWithLangJa)
{
    CliRunner cli;
    QStringList args = addSato();
    args[args.indexOf(QStringLiteral("サトウ ハナコ"))] = QStringLiteral("Sato Hanako");
    auto r = cli.onDb(QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + args);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("カタカナ"))) << r.err.toStdString();
}

TEST(Cli, LogFileHoldsNoPersonalData)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb(addSato()).exitCode, 0);
    auto twice = cli.onDb(addSato()); // an error is logged too
    ASSERT_EQ(twice.exitCode, 1);
    QFile log(QDir(cli.dataHome()).filePath(QStringLiteral("shuzai/logs/shuzai.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    // Ids and counts are written into the message ("{}" filled in, in order).
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("added interviewee [0-9]+ to "
                                                                "campaign 1\\n"))))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("{}"))) << text.toStdString();
    for (const QString &personal :
         {QStringLiteral("佐藤"), QStringLiteral("sato@example.co.jp"), QStringLiteral("エッジAI")})
        EXPECT_FALSE(text.contains(personal)) << personal.toStdString();
}

TEST(Cli, AMistypedCommandTouchesNoFile)
{
    CliRunner cli;
    auto r = cli.run({QStringLiteral("--db"), cli.path(QStringLiteral("typo.db")),
                      QStringLiteral("campain"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(cli.path(QStringLiteral("typo.db"))));
    // Nor does a well-typed command on a file that is not there: only init makes one.
    r = cli.run({QStringLiteral("--db"), cli.path(QStringLiteral("typo.db")),
                 QStringLiteral("interviewee"), QStringLiteral("add"), QStringLiteral("--category"),
                 QStringLiteral("vendor"), QStringLiteral("--name"), QStringLiteral("佐藤 花子")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(cli.path(QStringLiteral("typo.db")))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("shuzai-cli init"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.path(QStringLiteral("typo.db"))));
}

TEST(Cli, NoSampleDatabaseStillHasUsersWhoCanWork)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb({QStringLiteral("init"), QStringLiteral("--no-sample")}).exitCode, 0);
    EXPECT_EQ(
        cli.onDb({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .array()
            .size(),
        0);
    EXPECT_EQ(cli.onDb({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")})
                  .json()
                  .array()
                  .size(),
              3);
}

TEST(Cli, LockedDatabaseGivesOneTranslatedLine)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb({QStringLiteral("init")}).exitCode, 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(cli.path(QStringLiteral("test.db")));
    ASSERT_TRUE(db.open());
    QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    auto r = cli.onDb(QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + addSato());
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("test.db"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("locked"))) << r.err.toStdString();
}
