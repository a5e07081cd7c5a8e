#pragma once

#include "domain/campaign.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shuzai {

// One message read from the editor's mailbox, as kept: its exact bytes and what it was matched
// to. `intervieweeId`/`letterId` are 0 when unmatched.
struct StoredInboundMessage {
    Id id = 0;
    QString account; // "imaps://user@host:port"
    QString mailbox; // "INBOX"
    quint32 uidValidity = 0;
    quint32 uid = 0;
    QString sha256; // hex, of `message`
    QDateTime receivedAt;
    QDateTime fetchedAt;
    QString fromAddress;
    QString fromName;
    QString subject;
    QString messageId;
    Id intervieweeId = 0;
    Id letterId = 0;
    Id reviewRoundId = 0; // the person's review round that was open when it came: an answer
    QString matchedBy;    // "thread" (In-Reply-To/References), "sender" (address), "" (none)
    QString parseError;   // why the message could not be read; empty when it could
    QByteArray message;
};

struct MailboxState {
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    QDateTime fetchedAt;
};

} // namespace shuzai
