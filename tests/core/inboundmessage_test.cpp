#include "mailbox/inboundmessage.h"
#include "outreach/mailmessage.h"
#include "testdata.h"

#include <QTimeZone>

using namespace shuzai;

namespace {
QByteArray corpusMail(const char *name)
{
    return test::readData(QStringLiteral("corpora/email/mail__spec__fixtures__emails__%1.eml")
                              .arg(QLatin1String(name)));
}
} // namespace

TEST(InboundMessage, ReadsUtf8Base64BodyAndEncodedSubject)
{
    const QByteArray raw = corpusMail("multi_charset__japanese");
    auto m = parseInboundMessage(raw);
    ASSERT_TRUE(m.ok()) << m.error().untranslatedMessage().toStdString();
    EXPECT_EQ(m->raw, raw);
    EXPECT_EQ(m->subject, QStringLiteral("まみむめも"));
    EXPECT_EQ(m->fromAddress, QStringLiteral("raasdnil@gmail.com"));
    EXPECT_EQ(m->fromName, QStringLiteral("Mikel Lindsaar"));
    EXPECT_TRUE(m->text.startsWith(QStringLiteral("かきくえこ\n"))) << m->text.toStdString();
    EXPECT_FALSE(m->date.isValid());
}

TEST(InboundMessage, ReadsIso2022JpBody)
{
    auto m = parseInboundMessage(corpusMail("multi_charset__japanese_iso_2022"));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->text.trimmed(), QStringLiteral("すみません。"));
}

TEST(InboundMessage, ReadsShiftJisBodyWithMessageIdAndDateInUtc)
{
    auto m = parseInboundMessage(corpusMail("multi_charset__japanese_shift_jis"));
    ASSERT_TRUE(m.ok());
    EXPECT_TRUE(
        m->text.startsWith(QStringLiteral("あいうえお\n\nこのメールはテスト用のメールです。")))
        << m->text.toStdString();
    EXPECT_EQ(m->messageId, QStringLiteral("xxxxx@docomo.ne.jp"));
    EXPECT_EQ(m->date, QDateTime(QDate(2014, 5, 28), QTime(8, 18, 19), Qt::UTC));
    EXPECT_EQ(m->date.timeSpec(), Qt::UTC);
}

TEST(InboundMessage, KeepsAttachmentWithEncodedJapaneseName)
{
    auto m = parseInboundMessage(corpusMail("multi_charset__japanese_attachment"));
    ASSERT_TRUE(m.ok());
    EXPECT_TRUE(m->text.startsWith(QStringLiteral("testing\n")));
    ASSERT_EQ(m->attachments.size(), 1);
    EXPECT_EQ(m->attachments[0].fileName, QStringLiteral("てすと.txt"));
    EXPECT_EQ(m->attachments[0].mimeType, QStringLiteral("text/plain"));
    EXPECT_EQ(m->attachments[0].bytes, QByteArray("this is a test\nこれわてすと"));
    EXPECT_EQ(m->messageId,
              QStringLiteral("57a815bf0910160539m64240421gb35ea52e101aedbc@mail.gmail.com"));
}

TEST(InboundMessage, BadDateHeaderStillParses)
{
    auto m = parseInboundMessage(corpusMail("error_emails__bad_date_header"));
    ASSERT_TRUE(m.ok());
    EXPECT_FALSE(m->fromAddress.isEmpty());
}

// Shift_JIS as Japanese mail clients write it means CP932: ① ② and ～ must survive (iconv's
// Shift_JIS gives "@A" and 〜 instead).
TEST(InboundMessage, ShiftJisKeepsCircledDigitsAndFullwidthTilde)
{
    const QByteArray body("\x87\x40\x87\x41 15\x8e\x9e\x81\x60\x81\x60"
                          "\x82\xa8\x8a\xe8\x82\xa2",
                          19);
    QByteArray raw = "From: a@example.jp\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=Shift_JIS\r\n"
                     "Content-Transfer-Encoding: 8bit\r\n\r\n" +
                     body + "\r\n";
    auto m = parseInboundMessage(raw);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->text.trimmed(), QStringLiteral("①② 15時～～お願い"));
    EXPECT_EQ(
        decodeHeaderText("=?Shift_JIS?B?" + QByteArray("\x87\x40\x81\x60", 4).toBase64() + "?="),
        QStringLiteral("①～"));
}

TEST(InboundMessage, UndeclaredCharsetIsGuessed)
{
    EXPECT_EQ(decodeMailText(QByteArray("\x82\xa0\x82\xa2"), {}), QStringLiteral("あい"));
    EXPECT_EQ(decodeMailText(QByteArray("\xa4\xa2\xa4\xa4\xa4\xa6\xa4\xa8"), {}),
              QStringLiteral("あいうえ")); // EUC-JP, though CP932 reads it too
    EXPECT_EQ(decodeMailText(QByteArray("\x1b$B$\"$$\x1b(B"), {}), QStringLiteral("あい"));
    EXPECT_EQ(decodeMailText(QStringLiteral("あい").toUtf8(), {}), QStringLiteral("あい"));
}

TEST(InboundMessage, HtmlOnlyBodyIsReducedToText)
{
    QByteArray raw = "From: a@example.jp\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/html; charset=utf-8\r\n\r\n"
                     "<html><head><style>p{color:red}</style></head><body><p>28&#26085;"
                     " &amp; <b>15時</b></p><div>お願い&nbsp;します</div></body></html>\r\n";
    auto m = parseInboundMessage(raw);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->text, QStringLiteral("28日 & 15時\nお願い します"));
}

TEST(InboundMessage, ThreadHeadersWithoutAngles)
{
    QByteArray raw = "From: =?UTF-8?B?5L2Q6Jek?= <sato@example.jp>\r\n"
                     "Message-ID: <reply.1@example.jp>\r\n"
                     "In-Reply-To: <sent.2@shuzai.example>\r\n"
                     "References: <first.1@shuzai.example>\r\n <sent.2@shuzai.example>\r\n"
                     "Subject: Re: x\r\n\r\nhello\r\n";
    auto m = parseInboundMessage(raw);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->messageId, QStringLiteral("reply.1@example.jp"));
    EXPECT_EQ(m->inReplyTo, QStringLiteral("sent.2@shuzai.example"));
    EXPECT_EQ(m->references, QStringList({QStringLiteral("first.1@shuzai.example"),
                                          QStringLiteral("sent.2@shuzai.example")}));
    EXPECT_EQ(m->fromName, QStringLiteral("佐藤"));
    EXPECT_EQ(m->text, QStringLiteral("hello\n"));
}

TEST(InboundMessage, EmptyBytesAreRefused)
{
    EXPECT_FALSE(parseInboundMessage(QByteArray()).ok());
    EXPECT_FALSE(parseInboundMessage(QByteArray("\r\n\r\n")).ok());
}

// What Shuzai sends (formatMessage, ISO-2022-JP and UTF-8) reads back the same through GMime.
TEST(InboundMessage, ParsesOurOwnLettersBack)
{
    for (auto charset : {MailMessage::Charset::Iso2022Jp, MailMessage::Charset::Utf8}) {
        MailMessage letter;
        letter.from = {QStringLiteral("田中 一郎"), QStringLiteral("tanaka@shuzai.example")};
        letter.to = {{QStringLiteral("佐藤 花子"), QStringLiteral("sato@example.co.jp")}};
        letter.subject = QStringLiteral("【取材のお願い】AIと編集の未来について ①");
        letter.body = QStringLiteral("佐藤様\n\n28日（水）の15時からでいかがでしょうか。\n①②～\n");
        letter.charset = charset;
        letter.date = QDateTime(QDate(2026, 5, 20), QTime(10, 0), QTimeZone("Asia/Tokyo"));
        letter.messageId = QStringLiteral("abc.123@shuzai.example");
        letter.attachments.append({QStringLiteral("原稿.docx"), "application/octet-stream",
                                   QByteArray("PK\x03\x04 bytes", 10)});
        auto raw = formatMessage(letter);
        ASSERT_TRUE(raw.ok()) << raw.error().untranslatedMessage().toStdString();
        auto m = parseInboundMessage(*raw);
        ASSERT_TRUE(m.ok());
        EXPECT_EQ(m->subject, letter.subject);
        EXPECT_EQ(m->text.trimmed(), letter.body.trimmed());
        EXPECT_EQ(m->messageId, letter.messageId);
        EXPECT_EQ(m->fromAddress, QStringLiteral("tanaka@shuzai.example"));
        EXPECT_EQ(m->fromName, QStringLiteral("田中 一郎"));
        EXPECT_EQ(m->date, letter.date.toUTC());
        ASSERT_EQ(m->attachments.size(), 1);
        EXPECT_EQ(m->attachments[0].fileName, QStringLiteral("原稿.docx"));
        EXPECT_EQ(m->attachments[0].bytes, QByteArray("PK\x03\x04 bytes", 10));
    }
}
