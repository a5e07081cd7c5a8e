// The module shuzai-net: Qt Network behind the interfaces of tlssocket.h and httpsession.h.
// Nothing here knows a protocol beyond HTTP; SMTP, IMAP and CalDAV are in core.
#include "httpsession.h"
#include "tlssocket.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

namespace shuzai::net {
namespace {

QSslConfiguration verifyingConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

// Trusts the certificates in `caFile` (PEM) too; false when it holds none.
bool addCaFile(QSslConfiguration &config, const QString &caFile)
{
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(caFile);
    config.addCaCertificates(extra);
    return !extra.isEmpty();
}

class QtTlsSocket final : public TlsSocket {
public:
    QtTlsSocket() { m_socket.setSslConfiguration(verifyingConfiguration()); }

    bool addCaFile(const QString &caFile) override
    {
        QSslConfiguration config = m_socket.sslConfiguration();
        if (!net::addCaFile(config, caFile))
            return false;
        m_socket.setSslConfiguration(config);
        return true;
    }
    void connectToHost(const QString &host, quint16 port, bool encrypted) override
    {
        if (encrypted)
            m_socket.connectToHostEncrypted(host, port);
        else
            m_socket.connectToHost(host, port);
    }
    bool waitForConnected(int ms) override { return m_socket.waitForConnected(ms); }
    void startClientEncryption() override { m_socket.startClientEncryption(); }
    bool waitForEncrypted(int ms) override { return m_socket.waitForEncrypted(ms); }
    bool isEncrypted() const override { return m_socket.isEncrypted(); }
    bool isConnected() const override
    {
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    bool waitForReadyRead(int ms) override { return m_socket.waitForReadyRead(ms); }
    bool canReadLine() const override { return m_socket.canReadLine(); }
    QByteArray readLine() override { return m_socket.readLine(); }
    QByteArray readAll() override { return m_socket.readAll(); }
    qint64 bytesAvailable() const override { return m_socket.bytesAvailable(); }
    qint64 write(const QByteArray &data) override { return m_socket.write(data); }
    void disconnectFromHost() override { m_socket.disconnectFromHost(); }
    QString errorString() const override { return m_socket.errorString(); }
    QStringList handshakeErrors() const override
    {
        QStringList out;
        for (const QSslError &e : m_socket.sslHandshakeErrors())
            out.append(e.errorString());
        return out;
    }

private:
    QSslSocket m_socket;
};

class QtHttpSession final : public HttpSession {
public:
    // Each sync stands alone: a server restarted between two must not meet a stale connection.
    QtHttpSession() { m_network.setAutoDeleteReplies(false); }

    HttpResponse send(const HttpRequest &in) override
    {
        HttpResponse out;
        QNetworkRequest request(in.url);
        for (const auto &[name, value] : in.headers)
            request.setRawHeader(name, value);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        if (in.url.scheme() == QLatin1String("https")) {
            QSslConfiguration config = verifyingConfiguration();
            if (!in.caFile.isEmpty() && !addCaFile(config, in.caFile)) {
                out.caFileUnread = true;
                return out;
            }
            request.setSslConfiguration(config);
        }

        std::unique_ptr<QNetworkReply> reply(
            m_network.sendCustomRequest(request, in.verb, in.body));
        QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                         [&out](const QList<QSslError> &errors) {
                             for (const QSslError &e : errors)
                                 out.tlsErrors.append(e.errorString());
                         });
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            out.timedOut = true;
            reply->abort();
        });
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(in.timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        timer.stop();

        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.etag = reply->rawHeader("ETag");
        out.tlsFailed =
            !out.tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
        out.errorString = reply->errorString();
        return out;
    }

private:
    QNetworkAccessManager m_network;
};

} // namespace
} // namespace shuzai::net

extern "C" Q_DECL_EXPORT void
shuzai_net_open_tls_socket(std::unique_ptr<shuzai::net::TlsSocket> *out)
{
    *out = std::make_unique<shuzai::net::QtTlsSocket>();
}

extern "C" Q_DECL_EXPORT void
shuzai_net_open_http_session(std::unique_ptr<shuzai::net::HttpSession> *out)
{
    *out = std::make_unique<shuzai::net::QtHttpSession>();
}
