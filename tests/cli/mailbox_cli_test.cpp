// The mailbox verbs against a real Dovecot: a reply to an exported letter is matched to its
// person, a second fetch imports nothing, a wrong password is named plainly.
#include "clirunner.h"
#include "dovecotserver.h"
#include "lettersent.h"
#include "services/mailboxservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using shuzai::test::args;
using shuzai::test::CliRunner;

TEST(MailboxCli, FetchMatchesARepliesToItsPersonOnceAndNamesAWrongPassword)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-28T12:00:00+09:00"));
    const QString sentId = shuzai::test::sendLetterToSato(cli);
    ASSERT_FALSE(sentId.isEmpty());

    shuzai::test::DovecotServer server;
    // From another address than the roster's: only the thread can tell who it is.
    server.append({"From: Hanako <hanako@home.example>\r\nTo: editor@example.jp\r\n"
                   "Subject: Re: interview\r\nMessage-ID: <r1@home.example>\r\nIn-Reply-To: <" +
                   sentId.toUtf8() +
                   ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                   "28日（水）の15時からでお願いします。\r\n"});

    const QString url = QStringLiteral("imaps://editor@127.0.0.1:%1").arg(server.port);
    auto saved =
        cli.onDb({QStringLiteral("mailbox"), QStringLiteral("account"), QStringLiteral("set"),
                  QStringLiteral("--imap"), url, QStringLiteral("--ca-file"), server.caFile()});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();

    cli.setEnv(QStringLiteral("SHUZAI_IMAP_PASSWORD"), QStringLiteral("wrong"));
    auto refused = cli.onDb(args({"mailbox", "fetch"}));
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("127.0.0.1"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("password"))) << refused.err.toStdString();

    cli.setEnv(QStringLiteral("SHUZAI_IMAP_PASSWORD"), QStringLiteral("secret"));
    auto fetched = cli.onDb(args({"mailbox", "fetch", "--json"}));
    ASSERT_EQ(fetched.exitCode, 0) << fetched.err.toStdString();
    const QJsonObject report = fetched.json().object();
    EXPECT_EQ(report.value(QStringLiteral("new")).toInt(), 1) << fetched.out.toStdString();
    EXPECT_EQ(report.value(QStringLiteral("matched")).toInt(), 1);
    const QJsonObject first = report.value(QStringLiteral("messages")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("intervieweeName")).toString(),
              QStringLiteral("佐藤 花子"));
    EXPECT_EQ(first.value(QStringLiteral("matchedBy")).toString(), QStringLiteral("thread"));

    auto again = cli.onDb(args({"mailbox", "fetch", "--json"}));
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().object().value(QStringLiteral("new")).toInt(), 0);

    auto history = cli.onDb(args({"mailbox", "messages", "1", "--json"}));
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    ASSERT_EQ(history.json().array().size(), 1);
    EXPECT_EQ(history.json().array().at(0).toObject().value(QStringLiteral("subject")).toString(),
              QStringLiteral("Re: interview"));

    const QString id = QString::number(
        history.json().array().at(0).toObject().value(QStringLiteral("id")).toInteger());
    auto text =
        cli.onDb({QStringLiteral("mailbox"), QStringLiteral("show"), id, QStringLiteral("--json")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.json().object().value(QStringLiteral("text")).toString().trimmed(),
              QStringLiteral("28日（水）の15時からでお願いします。"));
    auto raw =
        cli.onDb({QStringLiteral("mailbox"), QStringLiteral("show"), id, QStringLiteral("--raw")});
    EXPECT_TRUE(raw.out.startsWith(QStringLiteral("From: Hanako <hanako@home.example>\r\n")))
        << raw.out.left(200).toStdString() << raw.err.toStdString();

    auto shown = cli.onDb(args({"mailbox", "account", "show", "--json"}));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(shown.json().object().value(QStringLiteral("imap")).toString(), url);

    // Nothing changed on the server.
    for (const auto &flags : server.flags())
        EXPECT_FALSE(flags.contains("\\Seen"));
}

// A review answer by mail: review mail-corrections proposes the edited passage against the text
// as sent, review accept-mail-correction records it.
TEST(MailboxCli, AReviewAnswerByMailIsProposedAndAccepted)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-28T12:00:00+09:00"));
    const auto run = [&](const QStringList &arguments) {
        auto r = cli.onDb(arguments);
        EXPECT_EQ(r.exitCode, 0) << arguments.join(u' ').toStdString() << ": "
                                 << r.err.toStdString();
        return r;
    };
    run(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子", "--org",
              "エッジAI株式会社", "--email", "sato@example.co.jp"}));
    run(args({"interview", "add", "sato@example.co.jp", "--at", "2025-05-27T10:00", "--mode",
              "online"}));
    run({QStringLiteral("transcript"), QStringLiteral("import"), QStringLiteral("1"),
         QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"), QStringLiteral("--yes")});
    run(args({"--as", "writer", "quote", "add", "2"}));
    run(args({"--as", "writer", "answers", "link", "4", "5"}));
    run(args({"review", "send", "1"}));
    const QJsonArray items = run(args({"review", "show", "1", "--json"}))
                                 .json()
                                 .array()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    ASSERT_EQ(items.size(), 2);
    const QString first = items.at(0).toObject().value(QStringLiteral("text")).toString();
    const QString second = items.at(1).toObject().value(QStringLiteral("text")).toString();
    const QString corrected =
        QString(first).replace(QStringLiteral("小規模"), QStringLiteral("軽量な"));
    ASSERT_NE(corrected, first);

    shuzai::test::DovecotServer server;
    const QString body = QStringLiteral("田中様\r\n\r\nお世話になっております。\r\n\r\n"
                                        "1. 引用\r\n修正前：「%1」\r\n修正後：「%2」\r\n\r\n"
                                        "2. 抜粋\r\n「%3」\r\n\r\n佐藤\r\n")
                             .arg(first, corrected, second);
    server.append({"From: =?UTF-8?B?" + QStringLiteral("佐藤 花子").toUtf8().toBase64() +
                   "?= <sato@example.co.jp>\r\nTo: tanaka@example.jp\r\nSubject: Re: review\r\n"
                   "Message-ID: <review1@example.co.jp>\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n"
                   "\r\n" +
                   body.toUtf8()});
    run({QStringLiteral("mailbox"), QStringLiteral("account"), QStringLiteral("set"),
         QStringLiteral("--imap"), QStringLiteral("imaps://editor@127.0.0.1:%1").arg(server.port),
         QStringLiteral("--ca-file"), server.caFile()});
    cli.setEnv(QStringLiteral("SHUZAI_IMAP_PASSWORD"), QStringLiteral("secret"));
    run(args({"mailbox", "fetch"}));

    auto listed = run(args({"review", "mail-corrections", "1", "--json"}));
    const QJsonArray proposals =
        listed.json().object().value(QStringLiteral("proposals")).toArray();
    ASSERT_EQ(proposals.size(), 1) << listed.out.toStdString();
    const QJsonObject p = proposals.at(0).toObject();
    EXPECT_EQ(p.value(QStringLiteral("item")).toInt(), 1);
    EXPECT_EQ(p.value(QStringLiteral("sent")).toString(), first);
    EXPECT_EQ(p.value(QStringLiteral("returned")).toString(), corrected);
    EXPECT_FALSE(p.value(QStringLiteral("accepted")).toBool());
    const QString id = p.value(QStringLiteral("id")).toString();
    EXPECT_TRUE(id.endsWith(QStringLiteral(":1"))) << id.toStdString();

    // A writer may not accept it; the editor may, once.
    auto refused =
        cli.onDb({QStringLiteral("--as"), QStringLiteral("writer"), QStringLiteral("review"),
                  QStringLiteral("accept-mail-correction"), id});
    EXPECT_NE(refused.exitCode, 0);
    auto accepted = run({QStringLiteral("review"), QStringLiteral("accept-mail-correction"), id,
                         QStringLiteral("--json")});
    EXPECT_EQ(accepted.json().object().value(QStringLiteral("corrected")).toString(), corrected);
    auto again = cli.onDb({QStringLiteral("review"), QStringLiteral("accept-mail-correction"), id});
    EXPECT_NE(again.exitCode, 0);
    const QJsonArray recorded = run(args({"review", "show", "1", "--json"}))
                                    .json()
                                    .array()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("corrections"))
                                    .toArray();
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.at(0).toObject().value(QStringLiteral("corrected")).toString(), corrected);
    auto text = run(args({"review", "mail-corrections", "1"}));
    EXPECT_TRUE(text.out.contains(id)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("accepted"))) << text.out.toStdString();
}
