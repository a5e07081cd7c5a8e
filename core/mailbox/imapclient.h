#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace shuzai {

// The editor's mailbox account: always IMAP over TLS from the first byte (imaps, port 993).
struct ImapSettings {
    QString host;
    quint16 port = 993;
    QString user;
    QString password; // from the keychain or SHUZAI_IMAP_PASSWORD; never stored by Shuzai
    QString caFile;   // one more certificate authority to trust (PEM), e.g. a test server's
    int timeoutMs = 30000;

    // "imaps://user@host:port" (port 993 when left out); the user is required.
    static Result<ImapSettings> fromUrl(const QString &url);
    QString url() const;

    // The account as kept in the app's settings (server, login, CA file; never the password).
    // An empty host: no account saved yet.
    static ImapSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};

struct ImapMailboxState {
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 exists = 0;
};

struct ImapFetchedMessage {
    quint32 uid = 0;
    qint64 size = 0;
    QDateTime internalDate; // UTC; when the server received it
    QByteArray bytes;       // exactly as stored on the server
};

// A blocking IMAP session that only reads: TLS with the certificate verified, LOGIN or
// AUTHENTICATE PLAIN, EXAMINE (read-only), UID SEARCH, UID FETCH with BODY.PEEK (no \Seen).
// It never sends STORE, EXPUNGE, MOVE, COPY, CLOSE or SELECT. Run it off the GUI thread.
class ImapClient {
public:
    explicit ImapClient(ImapSettings settings);
    ~ImapClient();
    ImapClient(const ImapClient &) = delete;
    ImapClient &operator=(const ImapClient &) = delete;

    VoidResult connectAndLogin();
    Result<ImapMailboxState> examine(const QString &mailbox = QStringLiteral("INBOX"));
    // The UIDs from `first` on, ascending (the server's "n:*" also names the last message when
    // every UID is below n: that one is left out).
    Result<QList<quint32>> uidsFrom(quint32 first);
    Result<ImapFetchedMessage> fetch(quint32 uid);
    // The message's flags (\Seen, ...), read without changing them; for tests and checks.
    Result<QList<QByteArray>> flags(quint32 uid);
    // Puts a message into a mailbox: used by the tests to fill their server, never by Shuzai.
    VoidResult append(const QString &mailbox, const QByteArray &message);
    void logout();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The failure is the account's (unreachable, TLS not trusted, login refused) rather than one
// message's.
bool isImapLoginFailure(const Error &error);

} // namespace shuzai
