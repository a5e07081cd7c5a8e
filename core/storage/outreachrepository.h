#pragma once

#include "outreach/outreachrecord.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QHash>
#include <optional>

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

    // The campaign's own letter template in `language`; nullopt: none, the built-in one applies.
    Result<std::optional<QString>> letterTemplate(Id campaignId, const QString &language);
    VoidResult setLetterTemplate(Id campaignId, const QString &language, const QString &body,
                                 const QDateTime &at);
    VoidResult removeLetterTemplate(Id campaignId, const QString &language);

private:
    Database &m_db;
};

} // namespace shuzai
