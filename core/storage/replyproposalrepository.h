#pragma once

#include "domain/campaign.h"
#include "replies/proposaldecision.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace shuzai {

class Database;

class ReplyProposalRepository {
public:
    explicit ReplyProposalRepository(Database &db)
        : m_db(db)
    {
    }

    // The fetched messages that may answer a request letter: matched to a person of the
    // campaign (one person when `intervieweeId` > 0), not an answer to a review round; oldest
    // first.
    Result<QList<Id>> candidateMessages(Id campaignId, Id intervieweeId = 0);
    // The decisions on those messages, by message id.
    Result<QHash<Id, ProposalDecision>> decisions(Id campaignId);
    Result<std::optional<ProposalDecision>> decision(Id messageId);
    // Refused by the database when the message was decided already (one row a message).
    VoidResult add(const ProposalDecision &decision);

private:
    Database &m_db;
};

} // namespace shuzai
