// Review answers that come back by mail, read from a real Dovecot: the corrections they hold are
// proposed against the text as sent, only where it changed, and recorded once accepted.
#include "docxbuilder.h"
#include "dovecotserver.h"
#include "outreach/mailmessage.h"
#include "services/answerservice.h"
#include "services/auditservice.h"
#include "services/interviewservice.h"
#include "services/mailboxservice.h"
#include "services/reviewmailservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"

#include <QStringEncoder>
#include <QTimeZone>

using namespace shuzai;

namespace {

const QString kTranscript = QStringLiteral(
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:05.000\n"
    "佐藤 花子: 弊社では日本語に特化した小規模言語モデルを開発しています。\n\n"
    "2\n00:00:06.000 --> 00:00:10.000\n佐藤 花子: 4bit量子化でも精度の低下はわずかです。\n\n"
    "3\n00:00:11.000 --> 00:00:15.000\n"
    "佐藤 花子: 来年には医療分野向けのモデルを公開する予定です。\n\n"
    "4\n00:00:16.000 --> 00:00:20.000\n佐藤 花子: 社員は現在30名ほどで、半数がエンジニアです。\n");

// Sato was sent four passages (two quotes, two answers) and answers by mail.
struct MailedReview {
    MailedReview()
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.organisation = QStringLiteral("エッジAI株式会社");
        d.email = QStringLiteral("sato@example.co.jp");
        person = ws->roster().add(1, d)->id;
        Interview i;
        i.intervieweeId = person;
        i.startsAt = QDateTime(QDate(2025, 5, 28), QTime(15, 0), QTimeZone("Asia/Tokyo")).toUTC();
        const Id interview = ws->interviews().create(i)->id;
        auto t = ws->transcripts().import(
            {interview, kTranscript.toUtf8(), QStringLiteral("zoom.vtt"), {}, true});
        EXPECT_TRUE(t) << t.error().untranslatedMessage().toStdString();
        const QList<Segment> segments = t->segments;
        EXPECT_TRUE(ws->answers().addQuote(segments[0].id, 0, 0, {}));
        EXPECT_TRUE(ws->answers().addQuote(segments[1].id, 0, 0, {}));
        EXPECT_TRUE(ws->answers().link(segments[2].id, 1));
        EXPECT_TRUE(ws->answers().link(segments[3].id, 2));
        auto sent = ws->review().send(person, ReviewChannel::Email);
        EXPECT_TRUE(sent) << sent.error().untranslatedMessage().toStdString();
        round = sent->id;
        items = itemsFromSnapshot(sent->snapshot);
    }

    // A mail from Sato; `body` in ISO-2022-JP, as Japanese mail clients still send it.
    QByteArray mail(const QString &body, const QList<MailAttachment> &attachments = {}) const
    {
        static int n = 0;
        MailMessage m;
        m.from = {QStringLiteral("佐藤 花子"), QStringLiteral("sato@example.co.jp")};
        m.to = {{QStringLiteral("田中 一郎"), QStringLiteral("tanaka@shuzai.example")}};
        m.subject = QStringLiteral("Re: 掲載内容のご確認のお願い");
        m.body = body;
        m.charset = MailMessage::Charset::Iso2022Jp;
        m.date = QDateTime(QDate(2025, 6, 2), QTime(9, ++n), QTimeZone("Asia/Tokyo"));
        m.attachments = attachments;
        auto bytes = formatMessage(m);
        EXPECT_TRUE(bytes) << bytes.error().untranslatedMessage().toStdString();
        return bytes ? *bytes : QByteArray();
    }

    // The packet's heading of an item, as it prints it.
    QString heading(const ReviewItem &i) const
    {
        return QStringLiteral("%1. %2").arg(i.number).arg(
            i.kind == QLatin1String("quote") ? QStringLiteral("引用") : QStringLiteral("抜粋"));
    }

    void fetch()
    {
        auto report = ws->mailbox().fetch(server.settings());
        ASSERT_TRUE(report) << report.error().untranslatedMessage().toStdString();
        for (const MailboxFetchedItem &i : report->stored)
            EXPECT_EQ(i.reviewRoundId, round);
    }

    test::TestWorkspace ws;
    test::DovecotServer server;
    Id person = 0;
    Id round = 0;
    QList<ReviewItem> items;
};

const QString kItem2 = QStringLiteral("4bit量子化でも、精度の低下はごくわずかです。");
const QString kItem4 = QStringLiteral("社員は現在約40名で、半数がエンジニアです。");

} // namespace

TEST(ReviewMail, TheTwoEditedPassagesAreProposedAndOnlyThose)
{
    MailedReview r;
    ASSERT_EQ(r.items.size(), 4);
    EXPECT_EQ(r.items[1].text, QStringLiteral("4bit量子化でも精度の低下はわずかです。"));

    // One reply quotes the packet and writes item 2 anew below its passage.
    QString inline_ = QStringLiteral("田中様\n\nお世話になっております。佐藤です。\n"
                                     "下記の通り修正をお願いいたします。\n\n");
    for (const ReviewItem &i : r.items) {
        inline_ += QStringLiteral("> %1\n").arg(r.heading(i));
        if (!i.question.isEmpty())
            inline_ += QStringLiteral("> 質問：%1\n").arg(i.question);
        inline_ += QStringLiteral("> 「%1」\n").arg(i.text);
        if (i.number == 2)
            inline_ += QStringLiteral("「%1」\n").arg(kItem2);
        inline_ += QStringLiteral(">\n");
    }
    inline_ += QStringLiteral("\nよろしくお願いいたします。\n佐藤\n");

    // The other sends the packet back as a Word file with a tracked change to item 4, and
    // item 1 retyped with full-width letters and a space (no change).
    QStringList docx{QStringLiteral("掲載内容のご確認のお願い"), QStringLiteral("佐藤 花子 様")};
    for (const ReviewItem &i : r.items) {
        docx << r.heading(i);
        if (!i.question.isEmpty())
            docx << QStringLiteral("質問：%1").arg(i.question);
        QString text = QStringLiteral("「%1」").arg(i.text);
        if (i.number == 2)
            text = QStringLiteral("「４ｂｉｔ量子化でも　精度の低下はわずかです。」");
        if (i.number == 4)
            text = QStringLiteral("「社員は現在[-30名ほど-]{+約40名+}で、半数がエンジニアです。」");
        docx << text;
    }
    r.server.append(
        {r.mail(inline_),
         r.mail(QStringLiteral("修正を添付いたしました。ご確認ください。"),
                {{QStringLiteral("掲載内容のご確認_修正.docx"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  test::buildDocx(docx)}})});
    ASSERT_NO_FATAL_FAILURE(r.fetch());

    auto found = r.ws->reviewMail().proposals(r.person);
    ASSERT_TRUE(found) << found.error().untranslatedMessage().toStdString();
    EXPECT_EQ(found->roundId, r.round);
    EXPECT_EQ(found->messages, 2);
    ASSERT_EQ(found->proposals.size(), 2);
    const MailCorrectionProposal fromText = found->proposals[0];
    const MailCorrectionProposal fromDocx = found->proposals[1];
    EXPECT_EQ(fromText.item, 2);
    EXPECT_EQ(fromText.sent, r.items[1].text);
    EXPECT_EQ(fromText.returned, kItem2);
    EXPECT_TRUE(fromText.source.isEmpty());
    EXPECT_EQ(fromDocx.item, 4);
    EXPECT_EQ(fromDocx.returned, kItem4);
    EXPECT_EQ(fromDocx.source, QStringLiteral("掲載内容のご確認_修正.docx"));
    EXPECT_NE(fromText.messageId, fromDocx.messageId);
    EXPECT_EQ(fromDocx.id, QStringLiteral("%1:4").arg(fromDocx.messageId));
    EXPECT_FALSE(fromText.accepted);

    // Nothing is recorded until someone accepts.
    EXPECT_TRUE(r.ws->review().corrections(r.round)->isEmpty());

    // A writer may not; the reviewer may.
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("writer")));
    auto refused = r.ws->reviewMail().accept(fromDocx.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::PermissionDenied);
    ASSERT_TRUE(r.ws->setActor(QStringLiteral("reviewer")));
    auto accepted = r.ws->reviewMail().accept(fromDocx.id);
    ASSERT_TRUE(accepted) << accepted.error().untranslatedMessage().toStdString();
    auto corrections = r.ws->review().corrections(r.round);
    ASSERT_EQ(corrections->size(), 1);
    EXPECT_EQ(corrections->first().item, 4);
    EXPECT_EQ(corrections->first().original, r.items[3].text);
    EXPECT_EQ(corrections->first().corrected, kItem4);
    EXPECT_EQ(*r.ws->review().status(r.person), ReviewStatus::CorrectionsRequested);

    // Listed as accepted now, and not recorded twice.
    auto after = r.ws->reviewMail().proposals(r.person);
    ASSERT_TRUE(after);
    ASSERT_EQ(after->proposals.size(), 2);
    EXPECT_FALSE(after->proposals[0].accepted);
    EXPECT_TRUE(after->proposals[1].accepted);
    EXPECT_FALSE(r.ws->reviewMail().accept(fromDocx.id));
    EXPECT_EQ(r.ws->review().corrections(r.round)->size(), 1);

    // The other one too, with the audit entry of a correction.
    ASSERT_TRUE(r.ws->reviewMail().accept(fromText.id));
    EXPECT_EQ(r.ws->review().corrections(r.round)->size(), 2);
    int logged = 0;
    const auto audit = r.ws->audit().list({});
    ASSERT_TRUE(audit);
    for (const AuditEntry &e : *audit)
        logged += e.action == QLatin1String("review.correction");
    EXPECT_EQ(logged, 2);

    // A proposal that does not exist is a clear error.
    EXPECT_EQ(
        r.ws->reviewMail().accept(QStringLiteral("%1:3").arg(fromText.messageId)).error().code(),
        ErrorCode::NotFound);
    EXPECT_EQ(r.ws->reviewMail().accept(QStringLiteral("x")).error().code(),
              ErrorCode::InvalidInput);
}

TEST(ReviewMail, AShiftJisTextFileIsRead)
{
    MailedReview r;
    QStringEncoder toSjis("windows-31j");
    ASSERT_TRUE(toSjis.isValid());
    const QByteArray txt = toSjis(
        QStringLiteral("佐藤です。修正点は以下です。\r\n\r\n③\r\n"
                       "修正前：「来年には医療分野向けのモデルを公開する予定です。」\r\n"
                       "修正後：「来年～再来年には医療分野向けのモデルを公開する予定です。」\r\n"));
    ASSERT_FALSE(toSjis.hasError());
    // Declared as plain text without a charset, as some clients send a file.
    r.server.append({r.mail(QStringLiteral("修正点をテキストで添付します。"),
                            {{QStringLiteral("修正.txt"), "text/plain", txt}})});
    ASSERT_NO_FATAL_FAILURE(r.fetch());
    auto found = r.ws->reviewMail().proposals(r.person);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->proposals.size(), 1);
    EXPECT_EQ(found->proposals[0].item, 3);
    EXPECT_EQ(found->proposals[0].returned,
              QStringLiteral("来年～再来年には医療分野向けのモデルを公開する予定です。"));
    EXPECT_EQ(found->proposals[0].source, QStringLiteral("修正.txt"));
}

TEST(ReviewMail, AnAnswerSayingAllIsWellProposesNothing)
{
    MailedReview r;
    r.server.append({r.mail(QStringLiteral("内容を確認しました。このままで問題ございません。"))});
    ASSERT_NO_FATAL_FAILURE(r.fetch());
    auto found = r.ws->reviewMail().proposals(r.person);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->messages, 1);
    EXPECT_TRUE(found->proposals.isEmpty());
}
