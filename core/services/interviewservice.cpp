#include "interviewservice.h"
#include "auditservice.h"

#include "campaignservice.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "storage/interviewrepository.h"
#include "util/logging.h"
#include "workspace.h"

#include <QUrl>

namespace shuzai {

Result<Interview> InterviewService::create(const Interview &interview)
{
    if (auto allowed =
            m_workspace.require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "schedule interviews"));
        !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(interview.intervieweeId);
        !open)
        return open.error();
    if (interview.minutes < 10 || interview.minutes > 480) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The interview length must be between 10 and 480 "
                                                "minutes."),
                     {}, QStringLiteral("minutes"));
    }
    if (!interview.meetingUrl.isEmpty()) {
        const QUrl url(interview.meetingUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "The meeting URL is not a valid web address: "
                                                    "%1"),
                         {interview.meetingUrl}, QStringLiteral("meetingUrl"));
        }
    }
    Database &db = m_workspace.database();
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto person = IntervieweeRepository(db).load(interview.intervieweeId);
        if (!person)
            return person.error();
        auto inserted = InterviewRepository(db).insert(interview);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        // As a booking records it: the start (if any) and the state, told by auditsentence.
        return m_workspace.audit().append(
            QStringLiteral("interview.added"), person->campaignId, person->id,
            QStringLiteral("interview %1").arg(id), {},
            (interview.startsAt.isValid() ? interview.startsAt.toUTC().toString(Qt::ISODate) + u' '
                                          : QString()) +
                toCode(interview.state));
    });
    if (!done)
        return done.error();
    log::info("added interview {} for interviewee {}", id, interview.intervieweeId);
    emit interviewAdded(interview.intervieweeId, id);
    return load(id);
}

Result<Interview> InterviewService::load(Id id)
{
    return InterviewRepository(m_workspace.database()).load(id);
}

Result<QList<Interview>> InterviewService::forInterviewee(Id intervieweeId)
{
    return InterviewRepository(m_workspace.database()).forInterviewee(intervieweeId);
}

} // namespace shuzai
