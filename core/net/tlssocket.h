#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace shuzai::net {

// A blocking TCP connection that can be encrypted, the server's certificate verified against
// the system's authorities and an optional CA file. The mail protocols (SMTP, IMAP) run over it
// from core; the socket itself lives in the module shuzai-net (Qt Network, with its Kerberos and
// proxy libraries), loaded by the first connection, so that the programs and commands that
// never talk to a server do not load it. Run it off the GUI thread.
class TlsSocket {
public:
    virtual ~TlsSocket() = default;

    // Trusts the certificates in `caFile` (PEM) too; false when the file holds none.
    virtual bool addCaFile(const QString &caFile) = 0;
    // Connects in plain text, or with TLS from the first byte when `encrypted`.
    virtual void connectToHost(const QString &host, quint16 port, bool encrypted) = 0;
    virtual bool waitForConnected(int ms) = 0;
    // STARTTLS: encryption of a connection that began in plain text.
    virtual void startClientEncryption() = 0;
    virtual bool waitForEncrypted(int ms) = 0;
    virtual bool isEncrypted() const = 0;
    virtual bool isConnected() const = 0;
    virtual bool waitForReadyRead(int ms) = 0;
    virtual bool canReadLine() const = 0;
    virtual QByteArray readLine() = 0;
    virtual QByteArray readAll() = 0;
    virtual qint64 bytesAvailable() const = 0;
    virtual qint64 write(const QByteArray &data) = 0;
    virtual void disconnectFromHost() = 0;
    virtual QString errorString() const = 0;
    // Why the server's certificate was not accepted, one reason each.
    virtual QStringList handshakeErrors() const = 0;
};

// A new socket from the module shuzai-net; an error naming the module when it cannot be loaded.
Result<std::unique_ptr<TlsSocket>> openTlsSocket();

} // namespace shuzai::net
