// Deleting an interview that should not exist (a duplicate, a mistake) and its undo.
#include "auditservice.h"
#include "campaignservice.h"
#include "schedulingservice.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "storage/interviewrepository.h"
#include "storage/transcriptrepository.h"
#include "util/logging.h"
#include "workspace.h"

namespace shuzai {

namespace {

// How the audit log records an interview that goes or comes back: its start (UTC, ISO) and state
// code, which auditsentence turns into words in the reader's zone and language.
QString auditValue(const Interview &interview)
{
    return (interview.startsAt.isValid() ? interview.startsAt.toString(Qt::ISODate) + u' '
                                         : QString()) +
           toCode(interview.state);
}

} // namespace

Result<RemovedInterview> SchedulingService::remove(Id interviewId)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterview(interviewId); !open)
        return open.error();
    Database &db = m_workspace.database();
    RemovedInterview removed;
    bool statusMoved = false;
    auto done = db.transact([&]() -> VoidResult {
        InterviewRepository repo(db);
        auto current = repo.load(interviewId);
        if (!current)
            return current.error();
        // What was said in an interview is never thrown away with it.
        auto transcripts = TranscriptRepository(db).forInterview(interviewId);
        if (!transcripts)
            return transcripts.error();
        if (!transcripts->isEmpty()) {
            return Error(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("Error", "Interview %1 holds the transcript \"%2\" and "
                                                    "cannot be deleted. Cancel it instead to "
                                                    "keep the record."),
                         {QString::number(interviewId), transcripts->constFirst().sourceName});
        }
        auto person = IntervieweeRepository(db).load(current->intervieweeId);
        if (!person)
            return person.error();
        auto created = repo.createdAt(interviewId);
        if (!created)
            return created.error();
        auto history = repo.history(interviewId);
        if (!history)
            return history.error();
        removed = RemovedInterview{*current, *created, *history};
        if (auto r = m_workspace.audit().append(
                QStringLiteral("interview.removed"), person->campaignId, person->id,
                QStringLiteral("interview %1").arg(interviewId), auditValue(*current), {});
            !r)
            return r;
        if (auto r = repo.remove(interviewId); !r)
            return r;
        auto moved = followStatus(person->id);
        if (!moved)
            return moved.error();
        statusMoved = *moved;
        return {};
    });
    if (!done)
        return done.error();
    log::info("removed interview {} of interviewee {}", interviewId,
              removed.interview.intervieweeId);
    announce(removed.interview.intervieweeId, statusMoved);
    return removed;
}

Result<Interview> SchedulingService::restore(const RemovedInterview &removed)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    const Interview &interview = removed.interview;
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(interview.intervieweeId);
        !open)
        return open.error();
    Database &db = m_workspace.database();
    bool statusMoved = false;
    auto done = db.transact([&]() -> VoidResult {
        auto person = IntervieweeRepository(db).load(interview.intervieweeId);
        if (!person)
            return person.error();
        InterviewRepository repo(db);
        if (auto r = repo.restore(interview, removed.createdAt, removed.history); !r)
            return r;
        // Brought back by undo: an addition as far as the log is concerned.
        if (auto r = m_workspace.audit().append(QStringLiteral("interview.restored"),
                                                person->campaignId, person->id,
                                                QStringLiteral("interview %1").arg(interview.id),
                                                QStringLiteral("removed"), auditValue(interview));
            !r)
            return r;
        // A date back makes them scheduled again, as the removal had taken them back.
        auto moved = followStatus(person->id);
        if (!moved)
            return moved.error();
        statusMoved = *moved;
        return {};
    });
    if (!done)
        return done.error();
    announce(interview.intervieweeId, statusMoved);
    return InterviewRepository(db).load(interview.id);
}

} // namespace shuzai
