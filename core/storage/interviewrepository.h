#pragma once

#include "domain/interview.h"
#include "domain/interviewchange.h"
#include "storage/coreonly.h"
#include "util/result.h"

namespace shuzai {

class Database;

// SQL for interview sessions. Scheduling and transcripts build on these rows.
class InterviewRepository {
public:
    explicit InterviewRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QList<Interview>> forInterviewee(Id intervieweeId);
    Result<QList<Interview>> forCampaign(Id campaignId);
    Result<Interview> load(Id id);
    Result<Id> insert(const Interview &interview);
    // Saves time, length, mode, place, writer and state if the stored version is still
    // interview.version; `reschedule` raises the calendar SEQUENCE. Returns the new version.
    Result<int> update(const Interview &interview, bool reschedule);
    VoidResult addHistory(Id interviewId, const QString &action, const QDateTime &oldStart,
                          const QDateTime &newStart, Id by);
    Result<QList<InterviewChange>> history(Id interviewId);
    // When the interview was first added (kept by a removal that undo may take back).
    Result<QDateTime> createdAt(Id id);
    // The interview and its history (transcripts are the caller's to refuse).
    VoidResult remove(Id id);
    // A removed interview back under its id, with its version, SEQUENCE and history.
    VoidResult restore(const Interview &interview, const QDateTime &createdAt,
                       const QList<InterviewChange> &history);
    // This database's random name, for calendar UIDs that stay unique across databases.
    Result<QString> instanceName();

private:
    Database &m_db;
};

} // namespace shuzai
