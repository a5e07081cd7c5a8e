#pragma once

#include "mailbox/imapclient.h"
#include "mailbox/storedmessage.h"
#include "outreach/outreachrecord.h"
#include "replies/proposaldecision.h"
#include "replies/replyreader.h"
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

// A reply read from a fetched message that answers a request letter: what Shuzai proposes to
// record, pending until the editor accepts or dismisses it.
struct MailReplyProposal {
    Id messageId = 0;
    Id campaignId = 0;
    Id intervieweeId = 0;
    QString personName;
    QString fromAddress;
    QString fromName;
    QString subject;
    QDateTime receivedAt; // UTC
    Id letterId = 0;      // the letter it answers (by thread, else the latest before it)
    QDateTime letterSent; // UTC
    ReplyProposal proposal;
    std::optional<ProposalDecision> decision; // none: pending
    bool pending() const { return !decision.has_value(); }
};

// What the editor changes of a proposal when accepting it; each unset part is the proposal's.
struct ProposalChoice {
    std::optional<OutreachReply::Kind> kind;
    std::optional<QString> prefers;
    std::optional<QList<QDateTime>> preferredStarts;
};

// The reply a proposal records when accepted as it is; nullopt for an unclear intent.
std::optional<OutreachReply::Kind> replyKindOf(ReplyProposal::Intent intent);

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

    // The replies proposed from the campaign's fetched mail (one person's when `intervieweeId`
    // > 0), oldest first: every message matched to a person that answers a request letter (not
    // a review round), read against the campaign's free slots now, its zone, the sender's zone
    // and the letter it answers. Pending ones only unless `withDecided`.
    Result<QList<MailReplyProposal>> proposals(Id campaignId, Id intervieweeId = 0,
                                               bool withDecided = false);
    Result<MailReplyProposal> proposal(Id messageId);
    // Records the proposed reply (outreach's recordReply: the subject as its note, the proposed
    // slots as the preferred times) and the decision in one transaction. Refused unless the
    // editor acts, for a proposal decided already, and for an unclear one without a kind.
    // Returns the reply's id.
    Result<Id> acceptProposal(Id messageId, const ProposalChoice &choice = {});
    // The proposal leaves the pending ones; nothing is recorded about the person.
    VoidResult dismissProposal(Id messageId);

signals:
    // Messages were stored, or a proposal decided (views of a person's history and the mailbox
    // refresh).
    void mailboxChanged();

private:
    Workspace &m_workspace;
};

// The Message-ID of a message's bytes (header only, without <>), empty when none.
QString messageIdOf(const QByteArray &message);

} // namespace shuzai
