#pragma once

#include "outreach/outreachrecord.h"
#include "util/result.h"

#include <QHash>

namespace shuzai {

class Database;

class OutreachRepository {
public:
    explicit OutreachRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Id> add(const OutreachRecord &record);
    // The campaign's log, oldest first; `intervieweeId` non-zero: that person's letters only.
    Result<QList<OutreachRecord>> list(Id campaignId, Id intervieweeId = 0);

    Result<Id> addReply(const OutreachReply &reply);
    // Per interviewee, when the last letter left (sent or exported, not failed) and when the
    // last real reply came (not "no reply"): what follow-ups are computed from.
    Result<QHash<Id, QDateTime>> lastLetterTimes(Id campaignId);
    Result<QHash<Id, QDateTime>> lastReplyTimes(Id campaignId);
    Result<QList<OutreachReply>> replies(Id campaignId, Id intervieweeId = 0);

private:
    Database &m_db;
};

} // namespace shuzai
