#include "smtpclient.h"

#include "net/tlssocket.h"
#include "util/logging.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace shuzai {

namespace {
const QString kAccountField = QStringLiteral("smtpAccount");

Error smtpError(const char *text, const QStringList &args)
{
    return Error(ErrorCode::Io, text, args, QStringLiteral("smtp"));
}

// Up to MAIL FROM nothing depends on the recipient: every letter would fail the same way.
Error accountFailure(Error error)
{
    return error.withField(kAccountField);
}

class Session {
public:
    Session(const SmtpSettings &s, std::unique_ptr<net::TlsSocket> socket)
        : m_settings(s)
        , m_socket(std::move(socket))
    {
    }

    VoidResult connect()
    {
        if (!m_settings.caFile.isEmpty() && !m_socket->addCaFile(m_settings.caFile)) {
            return smtpError(QT_TRANSLATE_NOOP("Error", "No certificate could be read from %1."),
                             {QDir::toNativeSeparators(m_settings.caFile)});
        }
        const bool implicitTls = m_settings.security == SmtpSettings::Security::Implicit;
        m_socket->connectToHost(m_settings.host, m_settings.port, implicitTls);
        if (!m_socket->waitForConnected(m_settings.timeoutMs))
            return socketError();
        if (implicitTls && !m_socket->waitForEncrypted(m_settings.timeoutMs))
            return tlsError();
        return expect(220);
    }

    VoidResult hello()
    {
        if (auto r = command("EHLO shuzai.localhost", 250); !r)
            return r;
        if (m_settings.security == SmtpSettings::Security::StartTls) {
            if (!m_lastReply.contains("STARTTLS")) {
                return smtpError(QT_TRANSLATE_NOOP("Error", "The mail server %1 does not offer "
                                                            "STARTTLS; nothing was sent."),
                                 {m_settings.host});
            }
            if (auto r = command("STARTTLS", 220); !r)
                return r;
            m_socket->startClientEncryption();
            if (!m_socket->waitForEncrypted(m_settings.timeoutMs))
                return tlsError();
            return command("EHLO shuzai.localhost", 250);
        }
        return {};
    }

    VoidResult authenticate()
    {
        if (m_settings.user.isEmpty())
            return {};
        const QByteArray user = m_settings.user.toUtf8();
        const QByteArray password = m_settings.password.toUtf8();
        if (m_lastReply.contains("PLAIN")) {
            const QByteArray token = (QByteArray(1, '\0') + user + '\0' + password).toBase64();
            return command("AUTH PLAIN " + token, 235, true);
        }
        if (auto r = command("AUTH LOGIN", 334); !r)
            return r;
        if (auto r = command(user.toBase64(), 334, true); !r)
            return r;
        return command(password.toBase64(), 235, true);
    }

    VoidResult deliver(const QString &from, const QStringList &to, const QByteArray &message)
    {
        if (auto r = command("MAIL FROM:<" + from.toUtf8() + ">", 250); !r)
            return accountFailure(r.error());
        for (const QString &rcpt : to) {
            if (auto r = command("RCPT TO:<" + rcpt.toUtf8() + ">", 250); !r)
                return r;
        }
        if (auto r = command("DATA", 354); !r)
            return r;
        // Dot-stuffing: a line starting with "." gets another.
        QByteArray data = message;
        if (data.startsWith('.'))
            data.prepend('.');
        data.replace("\r\n.", "\r\n..");
        if (!data.endsWith("\r\n"))
            data += "\r\n";
        data += ".\r\n";
        m_socket->write(data);
        if (auto r = expect(250); !r)
            return r;
        // The message is accepted once DATA ended with 250; a server that then closes without a
        // polite QUIT reply has still delivered it.
        [[maybe_unused]] auto quit = command("QUIT", 221);
        return {};
    }

private:
    VoidResult command(const QByteArray &line, int code, bool secret = false)
    {
        m_socket->write(line + "\r\n");
        m_lastCommand = secret ? QByteArray("AUTH …") : line.left(40);
        return expect(code);
    }

    VoidResult expect(int code)
    {
        m_lastReply.clear();
        for (;;) {
            while (!m_socket->canReadLine()) {
                if (!m_socket->waitForReadyRead(m_settings.timeoutMs))
                    return socketError();
            }
            const QByteArray line = m_socket->readLine();
            m_lastReply += line;
            if (line.size() < 4 || line.at(3) != '-')
                break;
        }
        const int got = m_lastReply.left(3).toInt();
        if (got == code || (code == 250 && got == 251))
            return {};
        return smtpError(QT_TRANSLATE_NOOP("Error", "The mail server %1 refused the command "
                                                    "\"%2\"; nothing more was sent."),
                         {m_settings.host, QString::fromUtf8(m_lastCommand)})
            .withLibraryText(QString::fromUtf8(m_lastReply.trimmed()));
    }

    Error tlsError()
    {
        QStringList reasons = m_socket->handshakeErrors();
        if (reasons.isEmpty())
            reasons.append(m_socket->errorString());
        return smtpError(QT_TRANSLATE_NOOP("Error", "The secure connection to the mail server %1 "
                                                    "failed, so nothing was sent. Check the "
                                                    "security setting (STARTTLS or TLS) and the "
                                                    "server's certificate."),
                         {m_settings.host})
            .withLibraryText(reasons.join(QStringLiteral("; ")));
    }

    Error socketError()
    {
        return smtpError(QT_TRANSLATE_NOOP("Error", "The mail server %1 could not be reached or "
                                                    "stopped answering. Check its name and port "
                                                    "and the network connection."),
                         {m_settings.host})
            .withLibraryText(m_socket->errorString());
    }

    const SmtpSettings &m_settings;
    std::unique_ptr<net::TlsSocket> m_socket;
    QByteArray m_lastReply;
    QByteArray m_lastCommand;
};
} // namespace

QString toCode(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    case SmtpSettings::Security::Implicit:
        return QStringLiteral("implicit");
    case SmtpSettings::Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

Result<SmtpSettings> SmtpSettings::fromUrl(const QString &url, const QString &tls)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() ||
        (u.scheme() != QLatin1String("smtp") && u.scheme() != QLatin1String("smtps")) ||
        u.host().isEmpty()) {
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "--smtp needs smtp://user@host:port, not \"%1\"."),
                     {url});
    }
    SmtpSettings s;
    s.host = u.host();
    s.user = u.userName();
    const QString mode = tls.isEmpty()
                             ? (u.scheme() == QLatin1String("smtps") ? QStringLiteral("implicit")
                                                                     : QStringLiteral("starttls"))
                             : tls;
    if (mode == QLatin1String("none"))
        s.security = Security::None;
    else if (mode == QLatin1String("implicit"))
        s.security = Security::Implicit;
    else if (mode == QLatin1String("starttls"))
        s.security = Security::StartTls;
    else
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "--tls needs none, starttls or implicit, not "
                                                "\"%1\"."),
                     {tls});
    s.port = quint16(u.port(s.security == Security::Implicit ? 465 : 587));
    return s;
}

bool isAccountFailure(const Error &error)
{
    return error.field() == kAccountField;
}

QString SmtpSettings::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("smtp"));
    u.setUserName(user);
    u.setHost(host);
    u.setPort(port);
    return u.toString();
}

SmtpSettings SmtpSettings::load(const QSettings &settings)
{
    auto parsed = fromUrl(settings.value(QStringLiteral("smtp/url")).toString(),
                          settings.value(QStringLiteral("smtp/tls")).toString());
    if (!parsed)
        return {};
    parsed->caFile = settings.value(QStringLiteral("smtp/caFile")).toString();
    return *parsed;
}

void SmtpSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("smtp/url"), url());
    settings.setValue(QStringLiteral("smtp/tls"), toCode(security));
    settings.setValue(QStringLiteral("smtp/caFile"), caFile);
}

VoidResult sendMail(const SmtpSettings &settings, const QString &from, const QStringList &to,
                    const QByteArray &message)
{
    auto socket = net::openTlsSocket();
    if (!socket)
        return accountFailure(socket.error());
    Session session(settings, std::move(*socket));
    if (auto r = session.connect(); !r)
        return accountFailure(r.error());
    if (auto r = session.hello(); !r)
        return accountFailure(r.error());
    if (auto r = session.authenticate(); !r)
        return accountFailure(r.error());
    if (auto r = session.deliver(from, to, message); !r)
        return r;
    log::info("sent a message over SMTP ({} recipient(s))", to.size());
    return {};
}

} // namespace shuzai
