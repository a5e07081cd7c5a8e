#pragma once

#include "domain/interview.h"
#include "util/result.h"

#include <QObject>

namespace shuzai {

class Workspace;

// Interview sessions of the campaign's interviewees. Scheduling (booking into slots, moving,
// cancelling) builds on this; transcripts hang on an interview.
class InterviewService : public QObject {
    Q_OBJECT
public:
    explicit InterviewService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<Interview> create(const Interview &interview);
    Result<Interview> load(Id id);
    Result<QList<Interview>> forInterviewee(Id intervieweeId);

signals:
    void interviewAdded(shuzai::Id intervieweeId, shuzai::Id interviewId);

private:
    Workspace &m_workspace;
};

} // namespace shuzai
