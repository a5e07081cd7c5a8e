#pragma once

#include "domain/campaign.h"
#include "mailbox/storedmessage.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shuzai {

class Database;

// A letter Shuzai sent, as far as matching replies needs it.
struct SentLetterRef {
    Id letterId = 0;
    Id intervieweeId = 0;
};

class MailboxRepository {
public:
    explicit MailboxRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts the message unless it is there already (same place on the server, or the same
    // bytes for this account). Returns the new id, or 0 when it was a duplicate.
    Result<Id> addIfNew(const StoredInboundMessage &message);
    Result<std::optional<MailboxState>> state(const QString &account, const QString &mailbox);
    VoidResult setState(const QString &account, const QString &mailbox, const MailboxState &state);

    // Reads the Message-ID of sent letters that have not been read yet (their column is NULL)
    // from their stored bytes with `extract`, and keeps it.
    VoidResult fillLetterMessageIds(const std::function<QString(const QByteArray &)> &extract);
    // The sent letter whose Message-ID is `messageId`, if any.
    Result<std::optional<SentLetterRef>> letterByMessageId(const QString &messageId);
    // The person with this e-mail address (case-insensitive), the most recently written to
    // first, then the newest; nullopt when nobody has it.
    Result<std::optional<Id>> intervieweeByAddress(const QString &address);

    // The person's review round still waiting for an answer (the latest), if any.
    Result<std::optional<Id>> openReviewRound(Id intervieweeId);
    // The messages attached to a review round, oldest first.
    Result<QList<StoredInboundMessage>> reviewAnswers(Id roundId);

    // Messages, newest first: a person's (intervieweeId > 0), or all of them (0), or the
    // unmatched ones (-1).
    Result<QList<StoredInboundMessage>> list(Id intervieweeId, bool withBytes = false);
    Result<std::optional<StoredInboundMessage>> message(Id id);
    Result<int> count(const QString &account);

private:
    Database &m_db;
};

} // namespace shuzai
