#pragma once

#include "domain/interview.h"
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
    Result<Interview> load(Id id);
    Result<Id> insert(const Interview &interview);

private:
    Database &m_db;
};

} // namespace shuzai
