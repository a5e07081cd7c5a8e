#include "interviewrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
const QString kColumns = QStringLiteral("id, interviewee_id, COALESCE(starts_at, ''), minutes, "
                                        "mode, place, meeting_url, COALESCE(writer_id, 0), state, "
                                        "version");

Interview readRow(const Statement &q)
{
    Interview i;
    i.id = q.integer(0);
    i.intervieweeId = q.integer(1);
    if (!q.text(2).isEmpty())
        i.startsAt = sv::toTimestamp(q.text(2));
    i.minutes = int(q.integer(3));
    i.mode = modeFromCode(q.text(4)).value_or(InterviewMode::Online);
    i.place = q.text(5);
    i.meetingUrl = q.text(6);
    i.writerId = q.integer(7);
    i.state = interviewStateFromCode(q.text(8)).value_or(InterviewState::Planned);
    i.version = int(q.integer(9));
    return i;
}
} // namespace

Result<QList<Interview>> InterviewRepository::forInterviewee(Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM interviews WHERE interviewee_id = ? "
                                     "ORDER BY starts_at, id")
                          .arg(kColumns));
    q.bind(intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Interview> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<Interview> InterviewRepository::load(Id id)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM interviews WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no interview %1."),
                     {QString::number(id)});
    }
    return readRow(q);
}

Result<Id> InterviewRepository::insert(const Interview &i)
{
    const QString now = sv::timestamp(m_db.clock().now());
    Statement q(m_db, QStringLiteral("INSERT INTO interviews (interviewee_id, starts_at, minutes, "
                                     "mode, place, meeting_url, writer_id, state, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(i.intervieweeId);
    q.bind(i.startsAt.isValid() ? QVariant(sv::timestamp(i.startsAt)) : QVariant());
    q.bindAll(i.minutes, toCode(i.mode), i.place, i.meetingUrl);
    q.bind(i.writerId ? QVariant(i.writerId) : QVariant());
    q.bindAll(toCode(i.state), now, now);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.lastInsertId();
}

} // namespace shuzai
