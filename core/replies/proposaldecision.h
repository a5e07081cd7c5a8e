#pragma once

#include "domain/campaign.h"

#include <QDateTime>
#include <QString>

namespace shuzai {

// What the editor decided about a reply proposed from a fetched message.
struct ProposalDecision {
    enum class Kind { Accepted, Dismissed };
    Id messageId = 0;
    Kind kind = Kind::Accepted;
    Id replyId = 0; // the reply accepting it recorded (0 when dismissed)
    Id decidedBy = 0;
    QString decidedByName; // the user's display name, when read back
    QDateTime decidedAt;
};

QString toCode(ProposalDecision::Kind kind); // accepted, dismissed

} // namespace shuzai
