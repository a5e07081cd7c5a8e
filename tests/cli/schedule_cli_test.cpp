#include "clirunner.h"
#include "requestletter.h"
#include "smtpserver.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace shuzai::test;

TEST(ScheduleCli, FreeSlotsBookMoveCancelAndExport)
{
    CliRunner cli;
    auto block = cli.onDb(args({"slots", "block", "1", "--json"}));
    ASSERT_EQ(block.exitCode, 0) << block.err.toStdString();
    EXPECT_EQ(block.json().object()[QStringLiteral("block")].toString(),
              RequestLetter().candidateSlotBlock());

    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "adopter", "--name", "鈴木 一郎",
                             "--email", "suzuki@example.jp"}))
                  .exitCode,
              0);
    auto booked = cli.onDb(args({"schedule", "book", "1", "--at", "2025-05-28T15:00", "--mode",
                                 "in_person", "--place", "本社 5F", "--json"}));
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    EXPECT_EQ(booked.json().object()[QStringLiteral("startsAt")].toString(),
              QStringLiteral("2025-05-28T06:00:00Z"));
    auto free = cli.onDb(args({"slots", "list", "--free", "--json"}));
    for (const auto &s : free.json().array())
        EXPECT_NE(s.toObject()[QStringLiteral("local")].toString(),
                  QStringLiteral("2025-05-28 15:00"));

    ASSERT_EQ(cli.onDb(args({"schedule", "move", "1", "--at", "2025-05-28T20:00"})).exitCode, 0);
    auto conflicts = cli.onDb(args({"conflicts", "--json"}));
    ASSERT_EQ(conflicts.exitCode, 0);
    ASSERT_EQ(conflicts.json().array().size(), 1);
    EXPECT_EQ(conflicts.json().array().first().toObject()[QStringLiteral("kind")].toString(),
              QStringLiteral("outside_windows"));

    const QString ics = cli.path(QStringLiteral("invite.ics"));
    ASSERT_EQ(
        cli.onDb({QStringLiteral("calendar"), QStringLiteral("export"),
                  QStringLiteral("--interview"), QStringLiteral("1"), QStringLiteral("-o"), ics})
            .exitCode,
        0);
    QFile file(ics);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("METHOD:REQUEST"));
    EXPECT_TRUE(text.contains("SEQUENCE:1"));
    EXPECT_TRUE(text.contains("DTSTART;TZID=Asia/Tokyo:20250528T200000"));

    ASSERT_EQ(cli.onDb(args({"schedule", "cancel", "1"})).exitCode, 0);
    auto history = cli.onDb(args({"schedule", "history", "1", "--json"}));
    ASSERT_EQ(history.json().array().size(), 3);
    EXPECT_EQ(cli.onDb(args({"conflicts", "--json"})).json().array().size(), 0);
}

TEST(ScheduleCli, ABrokenCalendarIsRefusedAndNothingImported)
{
    CliRunner cli;
    QFile broken(cli.path(QStringLiteral("broken.ics")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("This is a spreadsheet, not a calendar\n");
    broken.close();
    auto r = cli.onDb({QStringLiteral("calendar"), QStringLiteral("import"), broken.fileName()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("broken.ics")));
}

TEST(ScheduleCli, ImportSaysWhatWasKeptAndLeftOutOverWhichDays)
{
    CliRunner cli;
    const QString google = QStringLiteral(SHUZAI_TEST_DATA "/calendars/google.ics");
    auto json = cli.onDb(
        {QStringLiteral("calendar"), QStringLiteral("import"), google, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject o = json.json().object();
    EXPECT_EQ(o[QStringLiteral("source")].toString(), QStringLiteral("google.ics"));
    EXPECT_EQ(o[QStringLiteral("busyTimes")].toInt(), 2);
    EXPECT_EQ(o[QStringLiteral("entries")].toInt(), 5);
    EXPECT_EQ(o[QStringLiteral("kept")].toInt(), 2);
    const QJsonObject left = o[QStringLiteral("leftOut")].toObject();
    EXPECT_EQ(left[QStringLiteral("outsideWindow")].toInt(), 1);
    EXPECT_EQ(left[QStringLiteral("cancelled")].toInt(), 1);
    EXPECT_EQ(left[QStringLiteral("free")].toInt(), 1);
    const QJsonObject window = o[QStringLiteral("window")].toObject();
    EXPECT_EQ(window[QStringLiteral("first")].toString(), QStringLiteral("2025-05-27"));
    EXPECT_EQ(window[QStringLiteral("last")].toString(), QStringLiteral("2025-05-31"));
    EXPECT_EQ(window[QStringLiteral("timeZone")].toString(), QStringLiteral("Asia/Tokyo"));
    EXPECT_EQ(window[QStringLiteral("from")].toString(), QStringLiteral("campaign"));

    auto human = cli.onDb({QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("calendar"), QStringLiteral("import"), google});
    ASSERT_EQ(human.exitCode, 0) << human.err.toStdString();
    EXPECT_TRUE(human.out.contains(
        QStringLiteral("Imported 2 busy times from google.ics: 2 of 5 entries kept.")))
        << human.out.toStdString();
    EXPECT_TRUE(human.out.contains(QStringLiteral("Tue 27 May to Sat 31 May (Asia/Tokyo)")))
        << human.out.toStdString();
    EXPECT_TRUE(human.out.contains(
        QStringLiteral("Left out: 1 outside the window, 1 cancelled, 1 marked free.")))
        << human.out.toStdString();

    auto broken = cli.onDb({QStringLiteral("calendar"), QStringLiteral("import"),
                            QStringLiteral(SHUZAI_TEST_DATA "/calendars/broken-dtstart.ics"),
                            QStringLiteral("--json")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("broken-dtstart.ics, line 13")))
        << broken.err.toStdString();
    EXPECT_EQ(broken.err.count(QStringLiteral("broken-dtstart.ics")), 1)
        << broken.err.toStdString();
}

TEST(ScheduleCli, CandidateTimesCanBeAddedAndRemoved)
{
    CliRunner cli;
    auto added = cli.onDb(args({"slots", "window", "add", "2025-05-31", "13:00", "15:00", "--note",
                                "必要に応じて", "--json"}));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(cli.onDb(args({"slots", "block"}))
                    .out.contains(
                        QStringLiteral("- 5月31日（土）10:00-12:00, 13:00-15:00（必要に応じて）")));
    auto overlap = cli.onDb(args({"slots", "window", "add", "2025-05-31", "14:00", "16:00"}));
    EXPECT_EQ(overlap.exitCode, 1);
    const QString id = QString::number(added.json().object()[QStringLiteral("id")].toInt());
    ASSERT_EQ(
        cli.onDb({QStringLiteral("slots"), QStringLiteral("window"), QStringLiteral("remove"), id})
            .exitCode,
        0);
    EXPECT_EQ(cli.onDb(args({"slots", "block"})).out.trimmed(),
              RequestLetter().candidateSlotBlock());
}

TEST(OutreachCli, RenderedLetterForAVendor)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"),
               QStringLiteral("2025-05-20T10:00:00+09:00")); // candidate times still ahead
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                             "--org", "エッジAI株式会社"}))
                  .exitCode,
              0);
    auto r = cli.onDb(args({"outreach", "render", "1", "--json"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject letter = r.json().object();
    const QString body = letter[QStringLiteral("body")].toString();
    EXPECT_TRUE(letter[QStringLiteral("markdown")].toString().contains(
        QStringLiteral("【候補日時】\n") + RequestLetter().candidateSlotBlock()));
    EXPECT_TRUE(
        body.contains(QStringLiteral("【候補日時】\n・5月27日（火）10:00-12:00, 13:00-17:00\n")));
    EXPECT_TRUE(body.contains(
        RequestLetter().questionsFor(QStringLiteral("SLMソリューション提供企業")).first()));
    EXPECT_EQ(letter[QStringLiteral("unfilled")]
                  .toArray()
                  .first()
                  .toObject()[QStringLiteral("text")]
                  .toString(),
              QStringLiteral("[編集長名]"));

    // Not to be sent with a part left to fill in, nor without an address; then it is.
    const QString eml = cli.path(QStringLiteral("letter.eml"));
    auto refused = cli.onDb({QStringLiteral("outreach"), QStringLiteral("export-eml"),
                             QStringLiteral("1"), QStringLiteral("-o"), eml});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(QFile::exists(eml));
    ASSERT_EQ(cli.onDb(args({"campaign", "edit", "1", "--editor-name", "田中 一郎",
                             "--editor-phone", "03-1234-5678"}))
                  .exitCode,
              0);
    ASSERT_EQ(
        cli.onDb(args({"interviewee", "edit", "1", "--email", "sato@example.co.jp"})).exitCode, 0);
    auto written = cli.onDb({QStringLiteral("outreach"), QStringLiteral("export-eml"),
                             QStringLiteral("1"), QStringLiteral("-o"), eml,
                             QStringLiteral("--charset"), QStringLiteral("iso-2022-jp")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile file(eml);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    EXPECT_TRUE(exported.contains("charset=ISO-2022-JP"));

    // Only the export that happened is logged, byte for byte, with where it went.
    auto log = cli.onDb(args({"outreach", "log", "1", "--json"}));
    ASSERT_EQ(log.json().array().size(), 1);
    const QJsonObject entry = log.json().array().first().toObject();
    EXPECT_EQ(entry[QStringLiteral("kind")].toString(), QStringLiteral("exported"));
    EXPECT_EQ(entry[QStringLiteral("detail")].toString(), QFileInfo(eml).absoluteFilePath());
    EXPECT_EQ(entry[QStringLiteral("message")].toString().toLatin1(), exported);

    // A week without a reply makes a follow-up due; an acceptance ends it and moves the pipeline.
    const QStringList dueInEightDays{
        QStringLiteral("outreach"), QStringLiteral("due"), QStringLiteral("--on"),
        QDate::currentDate().addDays(8).toString(Qt::ISODate), QStringLiteral("--json")};
    EXPECT_TRUE(cli.onDb(dueInEightDays.mid(0, 2) + QStringList{QStringLiteral("--json")})
                    .json()
                    .array()
                    .isEmpty());
    auto due = cli.onDb(dueInEightDays);
    ASSERT_EQ(due.exitCode, 0) << due.err.toStdString();
    ASSERT_EQ(due.json().array().size(), 1);
    EXPECT_EQ(due.json().array().first().toObject()[QStringLiteral("email")].toString(),
              QStringLiteral("sato@example.co.jp"));
    auto both = cli.onDb(args({"reply", "record", "1", "--accepted", "--declined"}));
    EXPECT_EQ(both.exitCode, 2);
    auto accepted = cli.onDb(args(
        {"reply", "record", "1", "--accepted", "--prefers", "5月28日（水）15:00-16:00", "--json"}));
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    EXPECT_EQ(accepted.json().object()[QStringLiteral("status")].toString(),
              QStringLiteral("accepted"));
    EXPECT_TRUE(cli.onDb(dueInEightDays).json().array().isEmpty());
    auto replies = cli.onDb(args({"reply", "list", "--json"}));
    ASSERT_EQ(replies.json().array().size(), 1);
    EXPECT_EQ(replies.json().array().first().toObject()[QStringLiteral("prefers")].toString(),
              QStringLiteral("5月28日（水）15:00-16:00"));
}

TEST(OutreachCli, SendingToFiveWhereOneIsRefusedSendsFourAndReportsOne)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"),
               QStringLiteral("2025-05-20T10:00:00+09:00")); // candidate times still ahead
    shuzai::test::SmtpServer server({QStringLiteral("--reject"), QStringLiteral("p3@example.jp")});
    ASSERT_EQ(cli.onDb(args({"campaign", "edit", "1", "--editor-name", "田中 一郎",
                             "--editor-phone", "03-1234-5678"}))
                  .exitCode,
              0);
    QStringList ids;
    for (int n = 1; n <= 5; ++n) {
        auto added = cli.onDb({QStringLiteral("interviewee"), QStringLiteral("add"),
                               QStringLiteral("--category"), QStringLiteral("adopter"),
                               QStringLiteral("--name"), QStringLiteral("取材先 %1").arg(n),
                               QStringLiteral("--email"), QStringLiteral("p%1@example.jp").arg(n),
                               QStringLiteral("--json")});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        ids.append(QString::number(added.json().object()[QStringLiteral("id")].toInt()));
    }
    auto sent = cli.onDb(QStringList{QStringLiteral("outreach"), QStringLiteral("send")} + ids +
                         QStringList{QStringLiteral("--smtp"),
                                     QStringLiteral("smtp://127.0.0.1:%1").arg(server.port),
                                     QStringLiteral("--tls"), QStringLiteral("none"),
                                     QStringLiteral("--json")});
    EXPECT_EQ(sent.exitCode, 1);
    const QJsonArray results = sent.json().array();
    ASSERT_EQ(results.size(), 5);
    int ok = 0;
    for (const auto &r : results)
        ok += r.toObject()[QStringLiteral("status")].toString() == QStringLiteral("sent");
    EXPECT_EQ(ok, 4);
    EXPECT_EQ(results[2].toObject()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    EXPECT_TRUE(
        results[2].toObject()[QStringLiteral("error")].toString().contains(QStringLiteral("550")));
    const QJsonArray received = server.received();
    EXPECT_EQ(received.size(), 4);

    // The log holds all five, the refused one as failed, each with the exact message: what the
    // server delivered is what the log shows.
    auto log = cli.onDb(args({"outreach", "log", "--json"}));
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    const QJsonArray entries = log.json().array();
    ASSERT_EQ(entries.size(), 5);
    int loggedSent = 0;
    for (const auto &e : entries) {
        const QJsonObject entry = e.toObject();
        const bool refusedOne =
            entry[QStringLiteral("recipient")] == QStringLiteral("p3@example.jp");
        EXPECT_EQ(entry[QStringLiteral("kind")].toString(),
                  refusedOne ? QStringLiteral("failed") : QStringLiteral("sent"));
        loggedSent += !refusedOne;
        const QJsonObject copy =
            shuzai::test::SmtpServer::parse(entry[QStringLiteral("message")].toString().toLatin1());
        bool delivered = false;
        for (const auto &r : received)
            delivered = delivered || r.toObject() == copy;
        EXPECT_EQ(delivered, !refusedOne) << copy[QStringLiteral("to")].toString().toStdString();
    }
    EXPECT_EQ(loggedSent, 4);
    auto mine = cli.onDb(args({"outreach", "log", "p3@example.jp", "--json"}));
    ASSERT_EQ(mine.json().array().size(), 1);
    EXPECT_TRUE(
        mine.json().array().first().toObject()[QStringLiteral("detail")].toString().contains(
            QStringLiteral("550")));

    // The pipeline follows: four have had a request, the refused one has not.
    auto requested = cli.onDb(args({"interviewee", "list", "--status", "request_sent", "--json"}));
    EXPECT_EQ(requested.json().array().size(), 4);
}

TEST(OutreachCli, TheSavedAccountIsUsedWhenNoServerIsGiven)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"),
               QStringLiteral("2025-05-20T10:00:00+09:00")); // candidate times still ahead
    shuzai::test::SmtpServer server({});
    ASSERT_EQ(cli.onDb(args({"campaign", "edit", "1", "--editor-name", "Ichiro Tanaka",
                             "--editor-phone", "+81-3-1234-5678"}))
                  .exitCode,
              0);
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "Jane Doe",
                             "--email", "jane@example.com"}))
                  .exitCode,
              0);
    auto noAccount = cli.onDb(args({"outreach", "send", "jane@example.com"}));
    EXPECT_EQ(noAccount.exitCode, 2);
    EXPECT_TRUE(noAccount.err.contains(QStringLiteral("smtp account set")))
        << noAccount.err.toStdString();
    EXPECT_EQ(cli.onDb(args({"smtp", "account", "show"})).exitCode, 1);

    const QString url = QStringLiteral("smtp://127.0.0.1:%1").arg(server.port);
    auto saved =
        cli.onDb({QStringLiteral("smtp"), QStringLiteral("account"), QStringLiteral("set"),
                  QStringLiteral("--smtp"), url, QStringLiteral("--tls"), QStringLiteral("none")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    auto shown = cli.onDb(args({"smtp", "account", "show", "--json"}));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(shown.json().object()[QStringLiteral("smtp")].toString(), url);
    EXPECT_EQ(shown.json().object()[QStringLiteral("tls")].toString(), QStringLiteral("none"));

    // Only the editor sends: a writer is refused before anything leaves.
    auto writer = cli.onDb(args({"--as", "writer", "outreach", "send", "jane@example.com"}));
    EXPECT_EQ(writer.exitCode, 1);
    EXPECT_TRUE(server.received().isEmpty());
    EXPECT_TRUE(cli.onDb(args({"outreach", "log", "--json"})).json().array().isEmpty());

    // An unknown name fails on its own; the known one leaves in English through the saved
    // account.
    auto sent = cli.onDb(args({"outreach", "send", "nobody@example.com", "jane@example.com",
                               "--template", "en", "--json"}));
    EXPECT_EQ(sent.exitCode, 1);
    const QJsonArray results = sent.json().array();
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].toObject()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    EXPECT_EQ(results[1].toObject()[QStringLiteral("status")].toString(), QStringLiteral("sent"))
        << results[1].toObject()[QStringLiteral("error")].toString().toStdString();
    const QJsonArray received = server.received();
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received[0].toObject()[QStringLiteral("to")].toString(),
              QStringLiteral("Jane Doe <jane@example.com>"));
    EXPECT_TRUE(
        received[0].toObject()[QStringLiteral("body")].toString().contains(QStringLiteral("Dear")))
        << received[0].toObject()[QStringLiteral("body")].toString().toStdString();
}

TEST(OutreachCli, TheCampaignKeepsItsOwnLetterTemplate)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"),
               QStringLiteral("2025-05-20T10:00:00+09:00")); // candidate times still ahead
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                             "--email", "sato@example.co.jp"}))
                  .exitCode,
              0);
    auto builtIn = cli.onDb(args({"outreach", "template", "show", "--json"}));
    ASSERT_EQ(builtIn.exitCode, 0) << builtIn.err.toStdString();
    EXPECT_FALSE(builtIn.json().object()[QStringLiteral("custom")].toBool());

    const QString path = cli.path(QStringLiteral("mine.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Subject: 【ご相談】{{campaign.title}}\n\n{{recipient.name}} 様\n{{slots}}\n");
    file.close();
    auto writer =
        cli.onDb({QStringLiteral("--as"), QStringLiteral("writer"), QStringLiteral("outreach"),
                  QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("ja"), path});
    EXPECT_EQ(writer.exitCode, 1);
    auto set = cli.onDb({QStringLiteral("outreach"), QStringLiteral("template"),
                         QStringLiteral("set"), QStringLiteral("ja"), path});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    auto rendered = cli.onDb(args({"outreach", "render", "sato@example.co.jp", "--json"}));
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    EXPECT_TRUE(rendered.json().object()[QStringLiteral("subject")].toString().startsWith(
        QStringLiteral("【ご相談】")))
        << rendered.out.toStdString();

    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Subject: x\n\n{{recipient.nmae}}\n");
    file.close();
    auto bad = cli.onDb({QStringLiteral("outreach"), QStringLiteral("template"),
                         QStringLiteral("set"), QStringLiteral("ja"), path});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("recipient.nmae"))) << bad.err.toStdString();
    EXPECT_TRUE(cli.onDb(args({"outreach", "template", "show", "--json"}))
                    .json()
                    .object()[QStringLiteral("text")]
                    .toString()
                    .contains(QStringLiteral("【ご相談】")));

    ASSERT_EQ(cli.onDb(args({"outreach", "template", "reset", "ja"})).exitCode, 0);
    EXPECT_FALSE(cli.onDb(args({"outreach", "template", "show", "--json"}))
                     .json()
                     .object()[QStringLiteral("custom")]
                     .toBool());
}

// Issue 13: a reply records the candidate times chosen; a booking without --at starts from the
// first of them still free; the person is 日程確定 (scheduled) once booked.
TEST(ScheduleCli, AReplysSlotsAreWhereABookingStarts)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-20T09:00:00+09:00"));
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "adopter", "--name", "鈴木 一郎",
                             "--email", "suzuki@example.jp"}))
                  .exitCode,
              0);
    auto noSlot =
        cli.onDb(args({"reply", "record", "1", "--accepted", "--slots", "2025-05-28T13:00"}));
    EXPECT_EQ(noSlot.exitCode, 1);
    EXPECT_TRUE(noSlot.err.contains(QStringLiteral("Wed 28 May, 13:00")))
        << noSlot.err.toStdString();
    auto bookNothing = cli.onDb(args({"schedule", "book", "1"}));
    EXPECT_NE(bookNothing.exitCode, 0);
    EXPECT_TRUE(bookNothing.err.contains(QStringLiteral("--at"))) << bookNothing.err.toStdString();

    auto recorded = cli.onDb(args({"reply", "record", "1", "--accepted", "--slots",
                                   "2025-05-29T14:00, 2025-05-30T10:00", "--json"}));
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    auto replies = cli.onDb(args({"reply", "list", "1", "--json"}));
    const QJsonObject reply = replies.json().array().first().toObject();
    EXPECT_EQ(reply[QStringLiteral("prefers")].toString(),
              QStringLiteral("5月29日（木）14:00-15:00、5月30日（金）10:00-11:00"));
    EXPECT_EQ(reply[QStringLiteral("preferredStarts")].toArray().first().toString(),
              QStringLiteral("2025-05-29T05:00:00Z"));

    auto booked = cli.onDb(args({"schedule", "book", "1", "--json"}));
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    EXPECT_EQ(booked.json().object()[QStringLiteral("startsAt")].toString(),
              QStringLiteral("2025-05-29T05:00:00Z"));
    auto person = cli.onDb(args({"interviewee", "show", "1", "--json"}));
    EXPECT_EQ(person.json().object()[QStringLiteral("status")].toString(),
              QStringLiteral("scheduled"));
}

// Issue 14: a duplicate interview can be deleted while it holds no transcript.
TEST(ScheduleCli, AnInterviewWithoutTranscriptIsRemovedOneWithIsRefused)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子",
                             "--email", "sato@example.jp"}))
                  .exitCode,
              0);
    for (int n = 0; n < 2; ++n) // the second one by mistake
        ASSERT_EQ(cli.onDb(args({"interview", "add", "1"})).exitCode, 0);

    auto writer = cli.onDb(args({"--as", "writer", "interview", "remove", "2"}));
    EXPECT_EQ(writer.exitCode, 1);
    auto removed = cli.onDb(args({"interview", "remove", "2", "--json"}));
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(removed.json().object()[QStringLiteral("id")].toInt(), 2);
    EXPECT_TRUE(removed.json().object()[QStringLiteral("removed")].toBool());
    EXPECT_EQ(cli.onDb(args({"interview", "list", "--json"})).json().array().size(), 1);

    ASSERT_EQ(cli.onDb({QStringLiteral("transcript"), QStringLiteral("import"), QStringLiteral("1"),
                        QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt")})
                  .exitCode,
              0);
    auto refused = cli.onDb(args({"interview", "remove", "1"}));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("zoom-ja.vtt"))) << refused.err.toStdString();
    EXPECT_EQ(cli.onDb(args({"interview", "list", "--json"})).json().array().size(), 1);
}
