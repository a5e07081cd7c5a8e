// reply proposals / accept-proposal / dismiss-proposal on mail fetched from a real Dovecot:
// the proposal shown with its slots, accepted once as a typed reply would be, or dismissed.
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

namespace {
QByteArray mailFrom(const QString &inReplyTo, const QByteArray &id, const QByteArray &body)
{
    QByteArray m = "From: Hanako <sato@example.co.jp>\r\nTo: editor@example.jp\r\n"
                   "Subject: Re: interview\r\nMessage-ID: <" +
                   id + ">\r\n";
    if (!inReplyTo.isEmpty())
        m += "In-Reply-To: <" + inReplyTo.toUtf8() + ">\r\n";
    return m + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
}
} // namespace

TEST(ReplyProposalCli, AProposalFromFetchedMailIsShownAcceptedOnceOrDismissed)
{
    CliRunner cli;
    cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-20T10:00:00+09:00"));
    const QString sentId = shuzai::test::sendLetterToSato(cli);
    ASSERT_FALSE(sentId.isEmpty());

    shuzai::test::DovecotServer server;
    server.append({mailFrom(sentId, "r1@example.co.jp", "28日（水）の15時からでお願いします。"),
                   mailFrom({}, "r2@example.co.jp", "I'm afraid I can't make it after all.")});
    const QString url = QStringLiteral("imaps://editor@127.0.0.1:%1").arg(server.port);
    ASSERT_EQ(
        cli.onDb({QStringLiteral("mailbox"), QStringLiteral("account"), QStringLiteral("set"),
                  QStringLiteral("--imap"), url, QStringLiteral("--ca-file"), server.caFile()})
            .exitCode,
        0);
    cli.setEnv(QStringLiteral("SHUZAI_IMAP_PASSWORD"), QStringLiteral("secret"));
    auto fetched = cli.onDb(args({"mailbox", "fetch", "--json"}));
    ASSERT_EQ(fetched.exitCode, 0) << fetched.err.toStdString();

    auto listed = cli.onDb(args({"reply", "proposals", "--json"}));
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray pending = listed.json().array();
    ASSERT_EQ(pending.size(), 2) << listed.out.toStdString();
    const QJsonObject first = pending.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("person")).toString(), QStringLiteral("佐藤 花子"));
    EXPECT_EQ(first.value(QStringLiteral("intent")).toString(), QStringLiteral("accepts"));
    EXPECT_EQ(first.value(QStringLiteral("preferredStarts")).toArray().at(0).toString(),
              QStringLiteral("2025-05-28T06:00:00Z"));
    EXPECT_EQ(first.value(QStringLiteral("proposedSlots")).toArray().at(0).toString(),
              QStringLiteral("Wed 28 May, 15:00–16:00"));
    EXPECT_EQ(first.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    EXPECT_FALSE(first.value(QStringLiteral("evidence")).toArray().isEmpty());
    EXPECT_FALSE(first.value(QStringLiteral("received")).toString().isEmpty());
    const QJsonObject second = pending.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("intent")).toString(), QStringLiteral("declines"));

    const QString acceptId = QString::number(first.value(QStringLiteral("message")).toInteger());
    const QString dismissId = QString::number(second.value(QStringLiteral("message")).toInteger());
    // In Japanese, the slot is written as the letter writes it.
    auto text = cli.onDb(args({"--lang", "ja", "reply", "proposals"}));
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("5月28日（水）15:00–16:00")))
        << text.out.toStdString();

    auto accepted = cli.onDb({QStringLiteral("reply"), QStringLiteral("accept-proposal"), acceptId,
                              QStringLiteral("--json")});
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    EXPECT_EQ(accepted.json().object().value(QStringLiteral("status")).toString(),
              QStringLiteral("accepted"));
    auto twice = cli.onDb({QStringLiteral("reply"), QStringLiteral("accept-proposal"), acceptId});
    EXPECT_NE(twice.exitCode, 0);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("accepted already"))) << twice.err.toStdString();

    auto dismissed = cli.onDb({QStringLiteral("reply"), QStringLiteral("dismiss-proposal"),
                               dismissId, QStringLiteral("--json")});
    ASSERT_EQ(dismissed.exitCode, 0) << dismissed.err.toStdString();

    // Nothing waits now; --all shows both decisions. One reply recorded, with its time.
    EXPECT_TRUE(cli.onDb(args({"reply", "proposals", "--json"})).json().array().isEmpty());
    const QJsonArray all = cli.onDb(args({"reply", "proposals", "--all", "--json"})).json().array();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("accepted"));
    EXPECT_EQ(all.at(1).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("dismissed"));
    const QJsonArray replies = cli.onDb(args({"reply", "list", "--json"})).json().array();
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies.at(0).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("accepted"));
    EXPECT_EQ(replies.at(0).toObject().value(QStringLiteral("preferredStarts")).toArray().at(0),
              QStringLiteral("2025-05-28T06:00:00Z"));
    EXPECT_EQ(replies.at(0).toObject().value(QStringLiteral("note")).toString(),
              QStringLiteral("Re: interview"));
}
