#pragma once

#include "review/review.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QHash>

namespace shuzai {

class Database;

// SQL for review rounds and the corrections asked for in them. A round's snapshot is written
// once; the schema refuses to change it.
class ReviewRepository {
public:
    explicit ReviewRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Id> addRound(const ReviewRound &round);
    Result<ReviewRound> round(Id roundId);
    // Oldest first.
    Result<QList<ReviewRound>> rounds(Id intervieweeId);
    // Each interviewee's latest round in the campaign.
    Result<QHash<Id, ReviewRound>> latestRounds(Id campaignId);
    // Status and decision of a round; refused (Conflict) when the round changed meanwhile.
    VoidResult setStatus(const ReviewRound &round, ReviewStatus status, const QDateTime &at,
                         const QString &by, const QString &note);

    Result<Id> addCorrection(const ReviewCorrection &correction);
    Result<QList<ReviewCorrection>> corrections(Id roundId);

private:
    Database &m_db;
};

} // namespace shuzai
