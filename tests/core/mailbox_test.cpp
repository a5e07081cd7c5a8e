// The editor's mailbox against a real Dovecot on 127.0.0.1: replies matched to the people they
// answer, imported once, kept byte for byte, and nothing changed on the server.
#include "dovecotserver.h"
#include "mailbox/inboundmessage.h"
#include "services/answerservice.h"
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/mailboxservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "storage/database.h"
#include "storage/mailboxrepository.h"
#include "testworkspace.h"

#include <QFile>
#include <QTimeZone>

using namespace shuzai;

namespace {

// A campaign whose editor wrote to two people; their letters' bytes are in the outreach log.
struct Mailbox {
    Mailbox()
    {
        auto c = ws->campaigns().load(1);
        CampaignSettings s = settingsOf(*c);
        s.editorName = QStringLiteral("田中 一郎");
        s.editorEmail = QStringLiteral("tanaka@shuzai.example");
        s.editorPhone = QStringLiteral("03-1234-5678");
        EXPECT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
        sato = addPerson(QStringLiteral("佐藤"), QStringLiteral("sato@example.co.jp"));
        suzuki = addPerson(QStringLiteral("鈴木"), QStringLiteral("Suzuki@Example.jp"));
        satoLetter = send(sato);
        suzukiLetter = send(suzuki);
    }
    Id addPerson(const QString &family, const QString &email)
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = family;
        d.givenName = QStringLiteral("花子");
        d.email = email;
        auto added = ws->roster().add(1, d);
        EXPECT_TRUE(added);
        return added ? added->id : 0;
    }
    // Sends (logs) a request letter; returns its Message-ID.
    QString send(Id person)
    {
        auto m = ws->outreach().message(person, MailMessage::Charset::Iso2022Jp);
        EXPECT_TRUE(m) << (m ? "" : m.error().untranslatedMessage().toStdString());
        if (!m)
            return {};
        EXPECT_TRUE(ws->outreach().record(person, OutreachRecord::Kind::Sent, *m));
        return messageIdOf(*m);
    }
    Result<MailboxFetchReport> fetch(const ImapSettings &settings)
    {
        return ws->mailbox().fetch(settings);
    }
    QList<StoredInboundMessage> all() { return ws->mailbox().messages(0).value(); }

    test::TestWorkspace ws;
    test::DovecotServer server;
    Id sato = 0;
    Id suzuki = 0;
    QString satoLetter;
    QString suzukiLetter;
};

QByteArray reply(const QString &from, const QString &inReplyTo, const QString &body,
                 const QString &subject = QStringLiteral("Re: 取材のお願い"))
{
    QByteArray m = "From: " + from.toUtf8() + "\r\nTo: tanaka@shuzai.example\r\n";
    m += "Subject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\r\n";
    m += "Date: Wed, 20 May 2026 11:00:00 +0900\r\n";
    m += "Message-ID: <" + QByteArray::number(qHash(body)) + ".reply@example.jp>\r\n";
    if (!inReplyTo.isEmpty()) {
        m += "In-Reply-To: <" + inReplyTo.toUtf8() + ">\r\n";
        m += "References: <older@example.jp> <" + inReplyTo.toUtf8() + ">\r\n";
    }
    m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
         "Content-Transfer-Encoding: 8bit\r\n\r\n";
    m += body.toUtf8() + "\r\n";
    return m;
}

} // namespace

TEST(Mailbox, RepliesAreMatchedToTheRightPersonAndKeptByteForByte)
{
    Mailbox mb;
    ASSERT_FALSE(mb.satoLetter.isEmpty());
    // Suzuki answers from another address, in the thread; Sato writes anew from her address;
    // a stranger writes too.
    const QByteArray fromSuzuki = reply(QStringLiteral("s.suzuki@home.example"), mb.suzukiLetter,
                                        QStringLiteral("28日（水）の15時からでお願いします。"));
    const QByteArray fromSato = reply(QStringLiteral("佐藤 <SATO@example.co.jp>"), {},
                                      QStringLiteral("水曜の午後なら伺えます。"));
    const QByteArray fromStranger =
        reply(QStringLiteral("spam@example.net"), {}, QStringLiteral("広告です"));
    mb.server.append({fromSuzuki, fromSato, fromStranger});

    auto report = mb.fetch(mb.server.settings());
    ASSERT_TRUE(report) << report.error().untranslatedMessage().toStdString() << " "
                        << report.error().libraryText().toStdString();
    ASSERT_EQ(report->stored.size(), 3);
    EXPECT_EQ(report->stored[0].intervieweeId, mb.suzuki);
    EXPECT_EQ(report->stored[0].matchedBy, QStringLiteral("thread"));
    EXPECT_NE(report->stored[0].letterId, 0);
    EXPECT_EQ(report->stored[1].intervieweeId, mb.sato);
    EXPECT_EQ(report->stored[1].matchedBy, QStringLiteral("sender"));
    EXPECT_EQ(report->stored[2].intervieweeId, 0);

    // In the person's history, with the exact bytes appended.
    auto suzukis = mb.ws->mailbox().messages(mb.suzuki);
    ASSERT_TRUE(suzukis);
    ASSERT_EQ(suzukis->size(), 1);
    EXPECT_EQ(mb.ws->mailbox().message(suzukis->first().id)->message, fromSuzuki);
    EXPECT_EQ(suzukis->first().subject, QStringLiteral("Re: 取材のお願い"));
    EXPECT_EQ(mb.ws->mailbox().messages(-1)->size(), 1); // the stranger's

    // Nothing changed on the server: every message still unseen, none removed.
    const auto flags = mb.server.flags();
    ASSERT_EQ(flags.size(), 3);
    for (const auto &f : flags)
        EXPECT_FALSE(f.contains("\\Seen")) << f.join(' ').toStdString();

    // An audit entry for each.
    auto audit = mb.ws->audit().list({});
    ASSERT_TRUE(audit);
    int received = 0;
    for (const AuditEntry &e : *audit)
        received += e.action == QLatin1String("mail.received");
    EXPECT_EQ(received, 3);
}

TEST(Mailbox, FetchingAgainImportsOnlyWhatIsNew)
{
    Mailbox mb;
    mb.server.append(
        {reply(QStringLiteral("sato@example.co.jp"), mb.satoLetter, QStringLiteral("one"))});
    ASSERT_TRUE(mb.fetch(mb.server.settings()));
    auto again = mb.fetch(mb.server.settings());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->stored.size(), 0); // "n:*" names the last message again: not imported twice
    EXPECT_EQ(mb.all().size(), 1);
    mb.server.append(
        {reply(QStringLiteral("sato@example.co.jp"), mb.satoLetter, QStringLiteral("two"))});
    auto third = mb.fetch(mb.server.settings());
    ASSERT_TRUE(third);
    EXPECT_EQ(third->stored.size(), 1);
    EXPECT_EQ(mb.all().size(), 2);
}

TEST(Mailbox, TheSameBytesAreImportedOnceEvenWhenTheServerRenumbers)
{
    Mailbox mb;
    const QByteArray m = reply(QStringLiteral("sato@example.co.jp"), {}, QStringLiteral("x"));
    mb.server.append({m});
    ASSERT_TRUE(mb.fetch(mb.server.settings()));
    // The same message appended again (a second UID, same bytes), and the position forgotten
    // as after a UIDVALIDITY change.
    mb.server.append({m});
    ASSERT_TRUE(mb.ws->database().transact([&]() -> VoidResult {
        return MailboxRepository(mb.ws->database())
            .setState(mb.server.settings().url(), QStringLiteral("INBOX"), {1, 1, {}});
    }));
    auto again = mb.fetch(mb.server.settings());
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->uidValidityChanged);
    EXPECT_EQ(again->stored.size(), 0);
    EXPECT_EQ(again->duplicates, 2);
    EXPECT_EQ(mb.all().size(), 1);
}

TEST(Mailbox, WrongPasswordIsAClearErrorAndWritesNothing)
{
    Mailbox mb;
    mb.server.append({reply(QStringLiteral("sato@example.co.jp"), {}, QStringLiteral("x"))});
    auto report = mb.fetch(mb.server.settings(QStringLiteral("wrong")));
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().untranslatedMessage().contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(report.error().untranslatedMessage().contains(QStringLiteral("password")))
        << report.error().untranslatedMessage().toStdString();
    EXPECT_TRUE(isImapLoginFailure(report.error()));
    EXPECT_TRUE(mb.all().isEmpty());
    EXPECT_FALSE(mb.ws->mailbox().state(mb.server.settings())->has_value());
}

TEST(Mailbox, AnUntrustedCertificateIsAClearError)
{
    Mailbox mb;
    ImapSettings s = mb.server.settings();
    s.caFile.clear();
    auto report = mb.fetch(s);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().untranslatedMessage().contains(QStringLiteral("not trusted")))
        << report.error().untranslatedMessage().toStdString();
    EXPECT_FALSE(report.error().libraryText().isEmpty());
    EXPECT_TRUE(mb.all().isEmpty());
}

TEST(Mailbox, OnlyTheEditorFetches)
{
    Mailbox mb;
    ASSERT_TRUE(mb.ws->setActor(QStringLiteral("writer")));
    auto report = mb.fetch(mb.server.settings());
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code(), ErrorCode::PermissionDenied);
}

TEST(Mailbox, AMessageThatCannotBeReadIsStillKeptAndReported)
{
    Mailbox mb;
    mb.server.append({QByteArray("\r\n\r\nno header at all\r\n")});
    auto report = mb.fetch(mb.server.settings());
    ASSERT_TRUE(report);
    ASSERT_EQ(report->stored.size(), 1);
    EXPECT_FALSE(report->stored[0].parseError.isEmpty());
    EXPECT_EQ(mb.ws->mailbox().message(report->stored[0].messageId)->message,
              QByteArray("\r\n\r\nno header at all\r\n"));
}

// The server gone part-way: what came before stays, the next fetch goes on from there.
TEST(Mailbox, AServerStoppedMidFetchLosesNothing)
{
    Mailbox mb;
    QList<QByteArray> many;
    for (int i = 0; i < 40; ++i)
        many.append(reply(QStringLiteral("sato@example.co.jp"), {},
                          QStringLiteral("message %1 ").arg(i) + QString(20000, u'あ')));
    mb.server.append(many);
    int storedBeforeStop = 0;
    QObject::connect(&mb.ws->audit(), &AuditService::appended, [&] {
        if (++storedBeforeStop == 5)
            mb.server.stop();
    });
    MailboxFetchReport progress;
    auto report = mb.ws->mailbox().fetch(mb.server.settings(), &progress);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().untranslatedMessage().contains(QStringLiteral("kept")))
        << report.error().untranslatedMessage().toStdString();
    const int kept = int(mb.all().size());
    EXPECT_GE(kept, 5);
    EXPECT_LT(kept, 40);
    EXPECT_EQ(progress.stored.size(), kept);
    QObject::disconnect(&mb.ws->audit(), &AuditService::appended, nullptr, nullptr);

    mb.server.resume();
    auto next = mb.fetch(mb.server.settings());
    ASSERT_TRUE(next) << next.error().untranslatedMessage().toStdString();
    EXPECT_EQ(next->stored.size(), 40 - kept);
    EXPECT_EQ(next->duplicates, 0);
    EXPECT_EQ(mb.all().size(), 40);
}

// A person checking passages answers by mail with a .docx: the message goes with their open
// review round, the file readable from it.
TEST(Mailbox, AReviewAnswerByMailGoesWithTheOpenRound)
{
    Mailbox mb;
    Interview i;
    i.intervieweeId = mb.sato;
    i.startsAt = QDateTime(QDate(2025, 5, 28), QTime(15, 0), QTimeZone("Asia/Tokyo")).toUTC();
    auto created = mb.ws->interviews().create(i);
    ASSERT_TRUE(created) << created.error().untranslatedMessage().toStdString();
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto transcript = mb.ws->transcripts().import(
        {created->id, f.readAll(), QStringLiteral("zoom.vtt"), {}, true});
    ASSERT_TRUE(transcript);
    ASSERT_TRUE(mb.ws->answers().addQuote(transcript->segments[1].id, 0, 0, {}));
    auto round = mb.ws->review().send(mb.sato, ReviewChannel::Email);
    ASSERT_TRUE(round) << round.error().untranslatedMessage().toStdString();

    MailMessage answer;
    answer.from = {QStringLiteral("佐藤 花子"), QStringLiteral("sato@example.co.jp")};
    answer.to = {{QStringLiteral("田中"), QStringLiteral("tanaka@shuzai.example")}};
    answer.subject = QStringLiteral("Re: 原稿確認のお願い");
    answer.body = QStringLiteral("修正を添付しました。");
    answer.date = QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone("Asia/Tokyo"));
    answer.attachments.append(
        {QStringLiteral("修正.docx"), "application/octet-stream", QByteArray("PK\x03\x04docx", 8)});
    auto bytes = formatMessage(answer);
    ASSERT_TRUE(bytes);
    mb.server.append(
        {*bytes, reply(QStringLiteral("sato@example.co.jp"), {}, QStringLiteral("x"))});
    auto report = mb.fetch(mb.server.settings());
    ASSERT_TRUE(report);
    ASSERT_EQ(report->stored.size(), 2);
    EXPECT_EQ(report->stored[0].reviewRoundId, round->id);
    auto answers = mb.ws->mailbox().reviewAnswers(round->id);
    ASSERT_TRUE(answers);
    ASSERT_EQ(answers->size(), 2);
    auto parsed = parseInboundMessage(mb.ws->mailbox().message(answers->first().id)->message);
    ASSERT_TRUE(parsed);
    ASSERT_EQ(parsed->attachments.size(), 1);
    EXPECT_EQ(parsed->attachments[0].fileName, QStringLiteral("修正.docx"));
    // Once the round is closed, later mail no longer goes with it.
    auto closed = mb.ws->review().withdraw(mb.sato);
    ASSERT_TRUE(closed) << closed.error().untranslatedMessage().toStdString();
    mb.server.append({reply(QStringLiteral("sato@example.co.jp"), {}, QStringLiteral("thanks"))});
    auto later = mb.fetch(mb.server.settings());
    ASSERT_TRUE(later);
    ASSERT_EQ(later->stored.size(), 1);
    EXPECT_EQ(later->stored[0].reviewRoundId, 0);
}
