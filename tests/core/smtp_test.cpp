#include "outreach/smtpclient.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "smtpserver.h"
#include "testworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace shuzai;
using shuzai::test::SmtpServer;

namespace {
// A self-signed certificate for 127.0.0.1, made with openssl.
struct Certificate {
    Certificate()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key(), QStringLiteral("-out"), cert(),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        EXPECT_TRUE(openssl.waitForFinished(30000));
        EXPECT_EQ(openssl.exitCode(), 0);
    }
    QString cert() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString key() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    QTemporaryDir m_dir;
};

struct Letter {
    Letter()
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.email = QStringLiteral("sato@example.co.jp");
        id = ws->roster().add(1, d)->id;
        auto c = ws->campaigns().load(1);
        CampaignSettings s = settingsOf(*c);
        s.editorName = QStringLiteral("田中 一郎");
        s.editorPhone = QStringLiteral("03-1234-5678");
        EXPECT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    }
    QByteArray message(MailMessage::Charset charset)
    {
        auto m = ws->outreach().message(id, charset);
        EXPECT_TRUE(m);
        return m ? *m : QByteArray();
    }
    test::TestWorkspace ws;
    Id id = 0;
};

SmtpSettings settings(quint16 port, SmtpSettings::Security security)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = security;
    s.user = QStringLiteral("editor");
    s.password = QStringLiteral("secret");
    s.timeoutMs = 10000;
    return s;
}

const QString kFrom = QStringLiteral("editor@aitechmedia.jp");
const QStringList kTo{QStringLiteral("sato@example.co.jp")};
} // namespace

TEST(Smtp, LettersArriveAsRenderedInUtf8AndIso2022Jp)
{
    SmtpServer server({QStringLiteral("--auth"), QStringLiteral("editor:secret")});
    Letter letter;
    auto rendered = letter.ws->outreach().render(letter.id);
    for (auto charset : {MailMessage::Charset::Utf8, MailMessage::Charset::Iso2022Jp}) {
        auto sent = sendMail(settings(server.port, SmtpSettings::Security::None), kFrom, kTo,
                             letter.message(charset));
        ASSERT_TRUE(sent) << sent.error().untranslatedMessage().toStdString();
    }
    const QJsonArray received = server.received();
    ASSERT_EQ(received.size(), 2);
    for (const auto &value : received) {
        const QJsonObject m = value.toObject();
        EXPECT_EQ(m[QStringLiteral("subject")].toString(), rendered->subject);
        EXPECT_TRUE(m[QStringLiteral("to")].toString().contains(QStringLiteral("佐藤 花子 様")));
        QString body = m[QStringLiteral("body")].toString();
        body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        EXPECT_TRUE(body == rendered->body || body == rendered->body + u'\n');
    }
}

TEST(Smtp, ASelfSignedCertificateIsRefusedUnlessTrustedExplicitly)
{
    Certificate certificate;
    for (bool implicit : {false, true}) {
        QStringList options{QStringLiteral("--cert"), certificate.cert(),
                            QStringLiteral("--key"),  certificate.key(),
                            QStringLiteral("--auth"), QStringLiteral("editor:secret")};
        if (implicit)
            options.append(QStringLiteral("--implicit"));
        SmtpServer server(options);
        Letter letter;
        SmtpSettings s = settings(server.port, implicit ? SmtpSettings::Security::Implicit
                                                        : SmtpSettings::Security::StartTls);
        auto refused = sendMail(s, kFrom, kTo, letter.message(MailMessage::Charset::Utf8));
        ASSERT_FALSE(refused) << implicit;
        EXPECT_TRUE(
            refused.error().untranslatedMessage().contains(QStringLiteral("secure connection")))
            << refused.error().untranslatedMessage().toStdString();
        EXPECT_EQ(server.received().size(), 0);

        s.caFile = certificate.cert();
        auto sent = sendMail(s, kFrom, kTo, letter.message(MailMessage::Charset::Utf8));
        ASSERT_TRUE(sent) << (implicit ? "implicit: " : "starttls: ")
                          << sent.error().untranslatedMessage().toStdString();
        EXPECT_EQ(server.received().size(), 1);
    }
}

TEST(Smtp, RefusalsAreReportedWithTheServersWords)
{
    SmtpServer server({QStringLiteral("--auth"), QStringLiteral("editor:secret"),
                       QStringLiteral("--reject"), QStringLiteral("nobody@example.jp")});
    Letter letter;
    SmtpSettings s = settings(server.port, SmtpSettings::Security::None);
    auto rejected = sendMail(s, kFrom, {QStringLiteral("nobody@example.jp")},
                             letter.message(MailMessage::Charset::Utf8));
    ASSERT_FALSE(rejected);
    EXPECT_TRUE(rejected.error().untranslatedMessage().contains(QStringLiteral("550")));
    s.password = QStringLiteral("wrong");
    auto denied = sendMail(s, kFrom, kTo, letter.message(MailMessage::Charset::Utf8));
    ASSERT_FALSE(denied);
    EXPECT_TRUE(denied.error().untranslatedMessage().contains(QStringLiteral("535")));
    EXPECT_FALSE(denied.error().untranslatedMessage().contains(QStringLiteral("wrong")));
    EXPECT_EQ(server.received().size(), 0);
}
