#pragma once

#include "mailbox/imapclient.h"
#include "mailbox/storedmessage.h"
#include "util/result.h"

#include <QObject>

namespace shuzai {

class Workspace;

// One message a fetch stored.
struct MailboxFetchedItem {
    Id messageId = 0;
    quint32 uid = 0;
    QString fromAddress;
    QString subject;
    Id intervieweeId = 0; // 0: matched nobody
    Id letterId = 0;      // the letter it answers, when the thread said so
    Id reviewRoundId = 0; // the person's open review round it answers (text or .docx/.txt)
    QString matchedBy;    // "thread", "sender" or ""
    QString parseError;   // the message could not be read (its bytes are kept all the same)
};

struct MailboxFetchReport {
    QString account;
    quint32 uidValidity = 0;
    bool uidValidityChanged = false; // the server renumbered the mailbox: read it all again
    int duplicates = 0;              // already imported (same bytes), skipped
    QList<MailboxFetchedItem> stored;
};

// The editor's mailbox over IMAP: reads new messages (never changing anything on the server),
// keeps each with its exact bytes, and matches it to the person and letter it answers.
class MailboxService : public QObject {
    Q_OBJECT
public:
    explicit MailboxService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The password for `settings`: SHUZAI_IMAP_PASSWORD when set (scripts), else the keychain's
    // entry imapKey(settings).
    static Result<QString> password(const ImapSettings &settings);
    static QString imapKey(const ImapSettings &settings);

    // Reads the inbox's new messages (settings.password filled). Each message is stored in a
    // transaction of its own with the mailbox's new read position, so a failure part-way (the
    // server gone, the connection lost) keeps what came before and the next fetch goes on from
    // there; `progress`, when given, holds what was stored even when an error is returned.
    // Refused unless the editor acts.
    Result<MailboxFetchReport> fetch(const ImapSettings &settings,
                                     MailboxFetchReport *progress = nullptr);

    // A person's messages, newest first (0: all; -1: the ones matched to nobody).
    Result<QList<StoredInboundMessage>> messages(Id intervieweeId = 0);
    Result<StoredInboundMessage> message(Id id);
    // The answers that came by mail to a review round, oldest first.
    Result<QList<StoredInboundMessage>> reviewAnswers(Id roundId);
    Result<std::optional<MailboxState>> state(const ImapSettings &settings);

signals:
    // Messages were stored (views of a person's history and the mailbox refresh).
    void mailboxChanged();

private:
    Workspace &m_workspace;
};

// The Message-ID of a message's bytes (header only, without <>), empty when none.
QString messageIdOf(const QByteArray &message);

} // namespace shuzai
