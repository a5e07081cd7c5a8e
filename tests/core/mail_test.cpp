#include "outreach/letterformat.h"
#include "outreach/mailmessage.h"
#include "python.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "storage/mailboxrepository.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>

using namespace shuzai;

namespace {
// Python's email package parses what we wrote, independently of our encoder.
QJsonObject parseWithPython(const QByteArray &eml)
{
    const char *script = R"(
import sys, json, email, email.policy
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
to = m['To'].addresses[0]
print(json.dumps({'subject': str(m['Subject']), 'to_name': to.display_name, 'to': to.addr_spec,
                  'from': m['From'].addresses[0].addr_spec, 'reply_to': str(m['Reply-To']),
                  'plain': m.get_body(preferencelist=('plain',)).get_content(),
                  'charset': m.get_body(preferencelist=('plain',)).get_content_charset(),
                  'message_id': str(m['Message-ID']), 'date': str(m['Date']),
                  'defects': len(m.defects) + sum(len(h.defects) for h in [m['Subject'], m['To']])}))
)";
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(script)});
    python.write(eml);
    python.closeWriteChannel();
    EXPECT_TRUE(python.waitForFinished(20000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

struct Recipient {
    Recipient()
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.organisation = QStringLiteral("エッジAI株式会社");
        d.email = QStringLiteral("sato@example.co.jp");
        id = ws->roster().add(1, d)->id;
        auto c = ws->campaigns().load(1);
        CampaignSettings s = settingsOf(*c);
        s.editorName = QStringLiteral("田中 一郎");
        s.editorPhone = QStringLiteral("03-1234-5678");
        EXPECT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    }
    test::TestWorkspace ws;
    Id id = 0;
};
} // namespace

TEST(Mail, LetterArrivesCharacterForCharacterInUtf8AndIso2022Jp)
{
    Recipient r;
    auto letter = r.ws->outreach().render(r.id);
    ASSERT_TRUE(letter);
    for (auto charset : {MailMessage::Charset::Utf8, MailMessage::Charset::Iso2022Jp}) {
        auto eml = r.ws->outreach().message(r.id, charset);
        ASSERT_TRUE(eml) << eml.error().untranslatedMessage().toStdString();
        // Header lines folded under 78 characters; body lines within RFC 5322's 998.
        const qsizetype headerEnd = eml->indexOf("\r\n\r\n");
        ASSERT_GT(headerEnd, 0);
        for (const QByteArray &line : eml->left(headerEnd).split('\n'))
            EXPECT_LE(line.size(), 78) << line.toStdString();
        for (const QByteArray &line : eml->split('\n'))
            EXPECT_LE(line.size(), 998);
        const QJsonObject parsed = parseWithPython(*eml);
        EXPECT_EQ(parsed[QStringLiteral("subject")].toString(), letter->subject);
        EXPECT_EQ(parsed[QStringLiteral("to_name")].toString(), QStringLiteral("佐藤 花子 様"));
        EXPECT_EQ(parsed[QStringLiteral("to")].toString(), QStringLiteral("sato@example.co.jp"));
        EXPECT_EQ(parsed[QStringLiteral("from")].toString(),
                  QStringLiteral("editor@aitechmedia.jp"));
        QString body = parsed[QStringLiteral("plain")].toString();
        body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (body.endsWith(u'\n') && !letter->body.endsWith(u'\n'))
            body.chop(1);
        qsizetype at = 0;
        while (at < std::min(body.size(), letter->body.size()) &&
               body.at(at) == letter->body.at(at))
            ++at;
        EXPECT_TRUE(body == letter->body)
            << "differs at " << at << ": U+" << std::hex
            << int(at < body.size() ? body.at(at).unicode() : 0) << " vs U+"
            << int(at < letter->body.size() ? letter->body.at(at).unicode() : 0) << " sizes "
            << std::dec << body.size() << "/" << letter->body.size();
        EXPECT_EQ(parsed[QStringLiteral("charset")].toString(),
                  charset == MailMessage::Charset::Utf8 ? QStringLiteral("utf-8")
                                                        : QStringLiteral("iso-2022-jp"));
        EXPECT_FALSE(parsed[QStringLiteral("message_id")].toString().isEmpty());
        EXPECT_EQ(parsed[QStringLiteral("defects")].toInt(), 0);
    }
}

TEST(Mail, UnfilledLettersAndBadAddressesAreNotSent)
{
    Recipient r;
    auto c = r.ws->campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.editorName.clear();
    ASSERT_TRUE(r.ws->campaigns().updateSettings(1, s, c->version));
    auto unfilled = r.ws->outreach().message(r.id, MailMessage::Charset::Utf8);
    ASSERT_FALSE(unfilled);
    EXPECT_EQ(unfilled.error().field(), QStringLiteral("letter"));
    EXPECT_TRUE(unfilled.error().message().contains(QStringLiteral("[編集長名]")));

    MailMessage m;
    m.from = {QStringLiteral("編集部"), QStringLiteral("editor@example.jp")};
    m.to = {{QStringLiteral("誰か"), QStringLiteral("not an address")}};
    m.subject = QStringLiteral("件名");
    auto bad = formatMessage(m);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field(), QStringLiteral("email"));

    m.to = {{QStringLiteral("髙橋"), QStringLiteral("t@example.jp")}}; // 髙 is outside JIS X 0208
    m.body = QStringLiteral("①髙橋様");
    m.charset = MailMessage::Charset::Iso2022Jp;
    auto jis = formatMessage(m);
    ASSERT_FALSE(jis);
    EXPECT_EQ(jis.error().field(), QStringLiteral("charset"));
}

namespace {
// Python's reading of a message: every part's type, the text and HTML alternatives, attachments.
QJsonObject partsWithPython(const QByteArray &eml)
{
    const char *script = R"(
import sys, json, email, email.policy
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
plain = m.get_body(preferencelist=('plain',))
html = m.get_body(preferencelist=('html',))
print(json.dumps({'types': [p.get_content_type() for p in m.walk()],
                  'plain': plain.get_content().replace('\r\n', '\n') if plain else None,
                  'html': html.get_content().replace('\r\n', '\n') if html else None,
                  'html_charset': html.get_content_charset() if html else None,
                  'date': str(m['Date']),
                  'attachments': [[a.get_filename(), len(a.get_content())] for a in m.iter_attachments()],
                  'defects': sum(len(p.defects) for p in m.walk())}))
)";
    return QJsonDocument::fromJson(test::runPython(script, eml)).object();
}

QStringList types(const QJsonObject &parsed)
{
    QStringList out;
    for (const auto &v : parsed[QStringLiteral("types")].toArray())
        out.append(v.toString());
    return out;
}
} // namespace

TEST(Mail, TheLetterGoesAsTextAndHtmlAlternativesReadBackExactly)
{
    Recipient r;
    auto letter = r.ws->outreach().render(r.id);
    ASSERT_TRUE(letter);
    ASSERT_TRUE(letter->unfilled.isEmpty());
    for (auto charset : {MailMessage::Charset::Utf8, MailMessage::Charset::Iso2022Jp}) {
        auto eml = r.ws->outreach().message(r.id, charset);
        ASSERT_TRUE(eml) << eml.error().untranslatedMessage().toStdString();
        const QJsonObject parsed = partsWithPython(*eml);
        EXPECT_EQ(types(parsed),
                  (QStringList{QStringLiteral("multipart/alternative"),
                               QStringLiteral("text/plain"), QStringLiteral("text/html")}));
        // Exactly, down to the last line break.
        const QString plain = parsed[QStringLiteral("plain")].toString();
        EXPECT_EQ(plain, letter->body);
        EXPECT_FALSE(plain.contains(QStringLiteral("**")));
        EXPECT_FALSE(plain.contains(QStringLiteral("##")));
        QString html = letter->html;
        if (charset == MailMessage::Charset::Iso2022Jp) {
            html.replace(QStringLiteral("charset=\"utf-8\""),
                         QStringLiteral("charset=\"iso-2022-jp\""));
            EXPECT_EQ(parsed[QStringLiteral("html_charset")].toString(),
                      QStringLiteral("iso-2022-jp"));
        }
        EXPECT_EQ(parsed[QStringLiteral("html")].toString(), html);
        EXPECT_TRUE(html.contains(QStringLiteral("lang=\"ja\"")));
        EXPECT_EQ(parsed[QStringLiteral("defects")].toInt(), 0);
        // The fake clock stands at 2025-05-20 09:00 UTC: the letter says 18:00 in Tokyo.
        EXPECT_EQ(parsed[QStringLiteral("date")].toString(),
                  QStringLiteral("Tue, 20 May 2025 18:00:00 +0900"));
    }
}

TEST(Mail, AttachmentsKeepTheAlternativesOrThePlainText)
{
    MailMessage m;
    m.from = {QStringLiteral("田中 一郎"), QStringLiteral("editor@example.jp")};
    m.to = {{QStringLiteral("佐藤 花子 様"), QStringLiteral("sato@example.jp")}};
    m.subject = QStringLiteral("掲載前確認のお願い");
    m.body = QStringLiteral("【お願い】\n・ご確認ください〜\n────\n");
    m.html = letterHtml(QStringLiteral("## お願い\n\n- ご確認ください〜\n\n---"),
                        QStringLiteral("ja"), m.subject);
    m.date = QDateTime(QDate(2025, 6, 2), QTime(10, 0), QTimeZone("Asia/Tokyo"));
    m.attachments = {{QStringLiteral("確認資料.pdf"), "application/pdf", QByteArray(3000, 'x')}};
    for (auto charset : {MailMessage::Charset::Utf8, MailMessage::Charset::Iso2022Jp}) {
        m.charset = charset;
        auto eml = formatMessage(m);
        ASSERT_TRUE(eml) << eml.error().untranslatedMessage().toStdString();
        QJsonObject parsed = partsWithPython(*eml);
        EXPECT_EQ(
            types(parsed),
            (QStringList{QStringLiteral("multipart/mixed"), QStringLiteral("multipart/alternative"),
                         QStringLiteral("text/plain"), QStringLiteral("text/html"),
                         QStringLiteral("application/pdf")}));
        EXPECT_EQ(parsed[QStringLiteral("plain")].toString(), m.body);
        EXPECT_EQ(parsed[QStringLiteral("html")].toString(), m.html);
        const QJsonArray attachment =
            parsed[QStringLiteral("attachments")].toArray().at(0).toArray();
        EXPECT_EQ(attachment.at(0).toString(), QStringLiteral("確認資料.pdf"));
        EXPECT_EQ(attachment.at(1).toInt(), 3000);
        EXPECT_EQ(parsed[QStringLiteral("date")].toString(),
                  QStringLiteral("Mon, 02 Jun 2025 10:00:00 +0900"));
        EXPECT_EQ(parsed[QStringLiteral("defects")].toInt(), 0);
    }
    // A review packet's mail: text only, beside its attachment.
    m.html.clear();
    auto plainOnly = formatMessage(m);
    ASSERT_TRUE(plainOnly);
    EXPECT_EQ(types(partsWithPython(*plainOnly)),
              (QStringList{QStringLiteral("multipart/mixed"), QStringLiteral("text/plain"),
                           QStringLiteral("application/pdf")}));
}

// An incoming mail's sender may be on several campaigns' rosters: the person in a campaign still
// under way comes first, then the one written to most recently.
TEST(MailSender, IsTheOpenCampaignsPersonLastWrittenTo)
{
    test::TestWorkspace ws;
    IntervieweeData d;
    d.categoryId = 1;
    d.familyName = QStringLiteral("佐藤");
    d.familyReading = QStringLiteral("サトウ");
    d.email = QStringLiteral("sato@example.co.jp");
    auto first = ws->roster().add(1, d);
    ASSERT_TRUE(first);

    CampaignSettings s;
    s.title = QStringLiteral("エッジAI特集");
    s.publicationDate = QDate(2025, 7, 20);
    s.windowStart = QDate(2025, 7, 1);
    s.windowEnd = QDate(2025, 7, 4);
    s.modes = {InterviewMode::Online};
    s.timeZone = QStringLiteral("Asia/Tokyo");
    auto july = ws->campaigns().create(s);
    ASSERT_TRUE(july) << july.error().untranslatedMessage().toStdString();
    CategoryFields vendors;
    vendors.name = QStringLiteral("ソリューション提供企業");
    auto category = ws->campaigns().addCategory(july->id, vendors);
    ASSERT_TRUE(category) << category.error().untranslatedMessage().toStdString();
    d.categoryId = category->id;
    auto second = ws->roster().add(july->id, d);
    ASSERT_TRUE(second) << second.error().untranslatedMessage().toStdString();

    MailboxRepository mail(ws->database());
    // Nobody written to yet: the newest.
    EXPECT_EQ(mail.intervieweeByAddress(QStringLiteral(" SATO@example.co.jp ")).value(),
              std::optional<Id>(second->id));
    ASSERT_TRUE(ws->outreach().record(first->id, OutreachRecord::Kind::Sent, QByteArray("letter")));
    EXPECT_EQ(mail.intervieweeByAddress(QStringLiteral("sato@example.co.jp")).value(),
              std::optional<Id>(first->id));
    ws.clock.advanceSecs(3600);
    ASSERT_TRUE(ws->outreach().record(second->id, OutreachRecord::Kind::Sent, QByteArray("x")));
    EXPECT_EQ(mail.intervieweeByAddress(QStringLiteral("sato@example.co.jp")).value(),
              std::optional<Id>(second->id));
    // The July campaign archived: the person in the open one.
    ASSERT_TRUE(ws->campaigns().archive(july->id));
    EXPECT_EQ(mail.intervieweeByAddress(QStringLiteral("sato@example.co.jp")).value(),
              std::optional<Id>(first->id));
    EXPECT_EQ(mail.intervieweeByAddress(QStringLiteral("nobody@example.co.jp")).value(),
              std::optional<Id>());
}
