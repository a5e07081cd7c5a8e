// Issue 17: replies proposed from fetched mail. The fixtures of tests/data/replies are put into
// a real Dovecot, fetched as the editor's mailbox fetches them, read against the campaign's
// free slots and the letter each answers, and confirmed (or dismissed) by the editor.
#include "dovecotserver.h"
#include "mailbox/inboundmessage.h"
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/mailboxservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "testdata.h"
#include "testworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <iostream>

using namespace shuzai;

namespace {

QStringList isoStarts(const QList<QDateTime> &starts)
{
    QStringList out;
    for (const QDateTime &s : starts)
        out.append(s.toUTC().toString(Qt::ISODate));
    return out;
}

// The fixtures' campaign (the sample one): 28 May 10:00 booked, each reply's sender on the
// roster with a request letter sent on Tuesday 20 May 2025 at 10:00 in Tokyo.
struct FetchedReplies {
    explicit FetchedReplies(const QStringList &only = {})
    {
        ws.clock.set(QDateTime(QDate(2025, 5, 20), QTime(1, 0), Qt::UTC));
        { // the letter's signature filled in, so it can be sent
            auto c = ws->campaigns().load(1);
            CampaignSettings s = settingsOf(*c);
            s.editorName = QStringLiteral("田中 一郎");
            s.editorPhone = QStringLiteral("03-1234-5678");
            EXPECT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
        }
        const Id booked = addPerson(QStringLiteral("booked@example.jp"), {});
        auto interview =
            ws->scheduling().book({booked, QDateTime(QDate(2025, 5, 28), QTime(1, 0), Qt::UTC)});
        EXPECT_TRUE(interview) << interview.error().untranslatedMessage().toStdString();

        const QDir dir(test::dataPath(QStringLiteral("replies")));
        QList<QByteArray> mail;
        for (const QString &name :
             dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            const QString base = name.chopped(4);
            if (!only.isEmpty() && !only.contains(base))
                continue;
            QByteArray raw = test::readData(QStringLiteral("replies/") + name);
            const QJsonObject expected =
                QJsonDocument::fromJson(
                    test::readData(QStringLiteral("replies/") + base + QStringLiteral(".json")))
                    .object();
            auto parsed = parseInboundMessage(raw);
            EXPECT_TRUE(parsed) << name.toStdString();
            const Id person = addPerson(parsed->fromAddress,
                                        expected.value(QStringLiteral("senderZone")).toString());
            const QString letter = send(person);
            // The first one answers in the letter's thread; the others are known by address.
            if (base.startsWith(QLatin1String("01-")))
                raw.replace("letter-1@aitechmedia.jp", letter.toUtf8());
            people.insert(base, person);
            expectations.insert(base, expected);
            mail.append(raw);
        }
        server.append(mail);
        auto report = ws->mailbox().fetch(server.settings());
        EXPECT_TRUE(report) << (report ? "" : report.error().untranslatedMessage().toStdString());
        if (report) {
            EXPECT_EQ(report->stored.size(), mail.size());
            for (const MailboxFetchedItem &item : report->stored)
                messageOf.insert(item.intervieweeId, item.messageId);
        }
    }
    Id addPerson(const QString &email, const QString &zone)
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("回答者");
        d.givenName = QString::number(++count);
        d.email = email;
        d.timeZone = zone;
        auto added = ws->roster().add(1, d);
        EXPECT_TRUE(added) << (added ? "" : added.error().untranslatedMessage().toStdString());
        return added ? added->id : 0;
    }
    QString send(Id person)
    {
        auto m = ws->outreach().message(person, MailMessage::Charset::Iso2022Jp);
        EXPECT_TRUE(m) << (m ? "" : m.error().untranslatedMessage().toStdString());
        if (!m)
            return {};
        EXPECT_TRUE(ws->outreach().record(person, OutreachRecord::Kind::Sent, *m));
        return messageIdOf(*m);
    }
    // The fetched message of a fixture.
    Id message(const QString &base) const { return messageOf.value(people.value(base)); }
    std::optional<MailReplyProposal> pending(const QString &base)
    {
        auto all = ws->mailbox().proposals(1);
        EXPECT_TRUE(all);
        for (const MailReplyProposal &p : all ? *all : QList<MailReplyProposal>()) {
            if (p.messageId == message(base))
                return p;
        }
        return std::nullopt;
    }
    QList<OutreachReply> replies(const QString &base)
    {
        return ws->outreach().replies(1, people.value(base)).value();
    }

    test::TestWorkspace ws;
    test::DovecotServer server;
    QHash<QString, Id> people;
    QHash<QString, QJsonObject> expectations;
    QHash<Id, Id> messageOf; // person → fetched message
    int count = 0;
};

const QString kJapanese = QStringLiteral("01-polite-ja-28-15");
const QString kEnglish = QStringLiteral("04-english-tuesday-1pm-jst");
const QString kDecline = QStringLiteral("15-english-decline");
const QString kUnclear = QStringLiteral("14-ambiguous-will-check");

} // namespace

TEST(ReplyProposals, FetchedFixturesGiveTheRightProposalOftenEnough)
{
    FetchedReplies f;
    auto proposals = f.ws->mailbox().proposals(1);
    ASSERT_TRUE(proposals) << proposals.error().untranslatedMessage().toStdString();
    ASSERT_EQ(proposals->size(), f.people.size()); // every reply pending, nothing else
    int right = 0;
    QStringList wrong;
    for (auto it = f.people.cbegin(); it != f.people.cend(); ++it) {
        auto p = f.pending(it.key());
        ASSERT_TRUE(p) << it.key().toStdString();
        const QJsonObject &want = f.expectations.value(it.key());
        QStringList wantStarts;
        for (const QJsonValue &v : want.value(QStringLiteral("preferredStarts")).toArray())
            wantStarts.append(v.toString());
        if (toCode(p->proposal.intent) == want.value(QStringLiteral("intent")).toString() &&
            isoStarts(p->proposal.preferredStarts) == wantStarts)
            ++right;
        else
            wrong.append(QStringLiteral("%1: %2 %3")
                             .arg(it.key(), toCode(p->proposal.intent),
                                  isoStarts(p->proposal.preferredStarts).join(u',')));
    }
    std::cout << right << " of " << f.people.size() << " fetched replies give the right proposal\n";
    for (const QString &w : wrong)
        std::cout << "  wrong: " << w.toStdString() << "\n";
    EXPECT_GE(right, int(f.people.size()) - 1);

    // The Japanese reply came in the letter's thread; the English one by its sender.
    const auto ja = f.pending(kJapanese);
    ASSERT_TRUE(ja);
    EXPECT_EQ(ja->proposal.intent, ReplyProposal::Intent::Accepts);
    EXPECT_EQ(isoStarts(ja->proposal.preferredStarts),
              QStringList{QStringLiteral("2025-05-28T06:00:00Z")}); // 28日（水）の15時から
    EXPECT_NE(ja->letterId, 0);
    EXPECT_EQ(ja->letterSent, QDateTime(QDate(2025, 5, 20), QTime(1, 0), Qt::UTC));
    const auto en = f.pending(kEnglish);
    ASSERT_TRUE(en);
    EXPECT_EQ(en->proposal.intent, ReplyProposal::Intent::Accepts);
    EXPECT_EQ(isoStarts(en->proposal.preferredStarts),
              QStringList{QStringLiteral("2025-05-27T04:00:00Z")});
    EXPECT_FALSE(en->proposal.evidence.isEmpty());
}

TEST(ReplyProposals, AcceptingRecordsTheReplyAsATypedOneWouldOnce)
{
    FetchedReplies f({kJapanese, kEnglish});
    const Id person = f.people.value(kJapanese);
    const Id messageId = f.message(kJapanese);
    EXPECT_EQ(f.ws->roster().load(person)->data.status, PipelineStatus::RequestSent);

    auto replyId = f.ws->mailbox().acceptProposal(messageId);
    ASSERT_TRUE(replyId) << replyId.error().untranslatedMessage().toStdString();
    const QList<OutreachReply> replies = f.replies(kJapanese);
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].id, *replyId);
    EXPECT_EQ(replies[0].kind, OutreachReply::Kind::Accepted);
    EXPECT_EQ(isoStarts(replies[0].preferredStarts),
              QStringList{QStringLiteral("2025-05-28T06:00:00Z")});
    EXPECT_EQ(replies[0].prefers, QString::fromUtf8("5月28日（水）15:00-16:00"));
    EXPECT_EQ(replies[0].note, f.ws->mailbox().message(messageId)->subject);
    EXPECT_EQ(f.ws->roster().load(person)->data.status, PipelineStatus::Accepted);
    // A booking for them starts from the time they chose, as after a typed reply.
    EXPECT_EQ(f.ws->scheduling().preferredStart(person)->value_or(QDateTime()),
              QDateTime(QDate(2025, 5, 28), QTime(6, 0), Qt::UTC));

    // No longer pending; kept with the decision.
    EXPECT_FALSE(f.pending(kJapanese));
    EXPECT_TRUE(f.pending(kEnglish));
    auto decided = f.ws->mailbox().proposal(messageId);
    ASSERT_TRUE(decided);
    ASSERT_TRUE(decided->decision);
    EXPECT_EQ(decided->decision->kind, ProposalDecision::Kind::Accepted);
    EXPECT_EQ(decided->decision->replyId, *replyId);
    EXPECT_EQ(decided->decision->decidedByName, f.ws->actor().displayName);

    // Twice: refused, and nothing recorded twice.
    auto again = f.ws->mailbox().acceptProposal(messageId);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(again.error().untranslatedMessage().contains(QLatin1String("accepted already")));
    EXPECT_EQ(f.replies(kJapanese).size(), 1);

    auto audit = f.ws->audit().list({});
    ASSERT_TRUE(audit);
    int accepted = 0;
    for (const AuditEntry &e : *audit)
        accepted += e.action == QLatin1String("proposal.accepted");
    EXPECT_EQ(accepted, 1);
}

TEST(ReplyProposals, DismissingTakesItOffThePendingOnesAndRecordsNothing)
{
    FetchedReplies f({kDecline});
    const Id messageId = f.message(kDecline);
    ASSERT_TRUE(f.pending(kDecline));
    EXPECT_EQ(f.pending(kDecline)->proposal.intent, ReplyProposal::Intent::Declines);
    ASSERT_TRUE(f.ws->mailbox().dismissProposal(messageId));
    EXPECT_FALSE(f.pending(kDecline));
    EXPECT_TRUE(f.replies(kDecline).isEmpty());
    EXPECT_EQ(f.ws->roster().load(f.people.value(kDecline))->data.status,
              PipelineStatus::RequestSent);
    EXPECT_EQ(f.ws->mailbox().proposals(1, 0, true)->size(), 1); // still there when asked for
    auto accept = f.ws->mailbox().acceptProposal(messageId);
    ASSERT_FALSE(accept);
    EXPECT_TRUE(accept.error().untranslatedMessage().contains(QLatin1String("dismissed")));
}

TEST(ReplyProposals, AnUnclearReplyNeedsTheEditorsKind)
{
    FetchedReplies f({kUnclear, kDecline});
    const Id messageId = f.message(kUnclear);
    ASSERT_TRUE(f.pending(kUnclear));
    EXPECT_EQ(f.pending(kUnclear)->proposal.intent, ReplyProposal::Intent::Unclear);
    auto refused = f.ws->mailbox().acceptProposal(messageId);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field(), QStringLiteral("kind"));
    EXPECT_TRUE(f.replies(kUnclear).isEmpty());

    ProposalChoice choice;
    choice.kind = OutreachReply::Kind::Question;
    ASSERT_TRUE(f.ws->mailbox().acceptProposal(messageId, choice));
    ASSERT_EQ(f.replies(kUnclear).size(), 1);
    EXPECT_EQ(f.replies(kUnclear)[0].kind, OutreachReply::Kind::Question);

    // A clear decline is recorded as one, and moves the person to declined.
    ASSERT_TRUE(f.ws->mailbox().acceptProposal(f.message(kDecline)));
    EXPECT_EQ(f.ws->roster().load(f.people.value(kDecline))->data.status, PipelineStatus::Declined);
}

TEST(ReplyProposals, OnlyTheEditorDecides)
{
    FetchedReplies f({kEnglish});
    const Id messageId = f.message(kEnglish);
    ASSERT_TRUE(f.ws->setActor(QStringLiteral("writer")));
    EXPECT_TRUE(f.pending(kEnglish)); // anyone may read them
    auto accept = f.ws->mailbox().acceptProposal(messageId);
    ASSERT_FALSE(accept);
    EXPECT_EQ(accept.error().code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(f.ws->mailbox().dismissProposal(messageId).error().code(),
              ErrorCode::PermissionDenied);
    EXPECT_TRUE(f.replies(kEnglish).isEmpty());
    EXPECT_TRUE(f.pending(kEnglish));
}

TEST(ReplyProposals, MailFromSomeoneNeverWrittenToProposesNothing)
{
    FetchedReplies f({kEnglish});
    // On the roster, but no request letter went to them: their mail answers nothing.
    const Id unasked = f.addPerson(QStringLiteral("unasked@example.jp"), {});
    f.server.append({"From: unasked@example.jp\r\nTo: editor@aitechmedia.jp\r\nSubject: hello\r\n"
                     "Message-ID: <u1@example.jp>\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                     "\r\nTuesday at 1pm works for me.\r\n"});
    auto report = f.ws->mailbox().fetch(f.server.settings());
    ASSERT_TRUE(report);
    ASSERT_EQ(report->stored.size(), 1);
    EXPECT_EQ(report->stored[0].intervieweeId, unasked);
    EXPECT_EQ(f.ws->mailbox().proposals(1)->size(), 1); // the English reply only
    auto none = f.ws->mailbox().proposal(report->stored[0].messageId);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code(), ErrorCode::NotFound);
    EXPECT_FALSE(f.ws->mailbox().acceptProposal(report->stored[0].messageId));
    EXPECT_TRUE(f.ws->outreach().replies(1, unasked)->isEmpty());
}
