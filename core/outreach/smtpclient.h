#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QStringList>

class QSettings;

namespace shuzai {

struct SmtpSettings {
    enum class Security { None, StartTls, Implicit };
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user;     // empty: no AUTH
    QString password; // from the keychain or SHUZAI_SMTP_PASSWORD; never stored by Shuzai
    QString caFile;   // one more certificate authority to trust (PEM), e.g. a test server's
    int timeoutMs = 30000;

    // "smtp://user@host:port"; security from --tls.
    static Result<SmtpSettings> fromUrl(const QString &url, const QString &tls);
    QString url() const;

    // The account kept in the app's settings: server, security and extra CA, never the
    // password. An empty host: no account saved yet.
    static SmtpSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

QString toCode(SmtpSettings::Security security);

// One SMTP session that delivers one message: EHLO, STARTTLS or implicit TLS with the
// certificate verified (an invalid certificate is an error, never accepted), AUTH PLAIN or
// LOGIN, MAIL FROM, RCPT TO, DATA. Blocking: run it off the GUI thread.
VoidResult sendMail(const SmtpSettings &settings, const QString &from, const QStringList &to,
                    const QByteArray &message);

// The failure lies with the server, the connection or the account (unreachable, TLS, AUTH,
// sender refused), not with one recipient: the next letters would fail the same way, so a batch
// stops there rather than knock on the server once a recipient (and lock the account).
bool isAccountFailure(const Error &error);

} // namespace shuzai
