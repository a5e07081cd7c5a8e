#include "interviewrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
const QString kColumns = QStringLiteral("i.id, i.interviewee_id, COALESCE(i.starts_at, ''), "
                                        "i.minutes, i.mode, i.place, i.meeting_url, "
                                        "COALESCE(i.writer_id, 0), i.state, i.version, i.sequence");

QVariant optionalTimestamp(const QDateTime &t)
{
    return t.isValid() ? QVariant(sqlvalues::timestamp(t)) : QVariant();
}

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
    i.sequence = int(q.integer(10));
    return i;
}
} // namespace

Result<QList<Interview>> InterviewRepository::forInterviewee(Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM interviews i WHERE i.interviewee_id = ? "
                                     "ORDER BY i.starts_at, i.id")
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
    Statement q(m_db, QStringLiteral("SELECT %1 FROM interviews i WHERE i.id = ?").arg(kColumns));
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

Result<QList<Interview>> InterviewRepository::forCampaign(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM interviews i JOIN interviewees p ON p.id = "
                                     "i.interviewee_id WHERE p.campaign_id = ? "
                                     "ORDER BY i.starts_at, i.id")
                          .arg(kColumns));
    q.bind(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Interview> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<int> InterviewRepository::update(const Interview &i, bool reschedule)
{
    Statement q(m_db, QStringLiteral("UPDATE interviews SET starts_at = ?, minutes = ?, mode = ?, "
                                     "place = ?, meeting_url = ?, writer_id = ?, state = ?, "
                                     "sequence = sequence + ?, version = version + 1, "
                                     "updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(optionalTimestamp(i.startsAt));
    q.bindAll(i.minutes, toCode(i.mode), i.place, i.meetingUrl);
    q.bind(i.writerId ? QVariant(i.writerId) : QVariant());
    q.bindAll(toCode(i.state), reschedule ? 1 : 0, sv::timestamp(m_db.clock().now()), i.id,
              i.version);
    if (auto r = q.exec(); !r)
        return r.error();
    if (q.rowsAffected() == 0) {
        auto current = load(i.id);
        if (!current)
            return current.error();
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Error", "The interview was changed by someone else in the "
                                                "meantime. Reload and try again."));
    }
    return i.version + 1;
}

VoidResult InterviewRepository::addHistory(Id interviewId, const QString &action,
                                           const QDateTime &oldStart, const QDateTime &newStart,
                                           Id by)
{
    Statement q(m_db, QStringLiteral("INSERT INTO interview_history (interview_id, action, "
                                     "old_starts_at, new_starts_at, changed_at, changed_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindAll(interviewId, action);
    q.bind(optionalTimestamp(oldStart));
    q.bind(optionalTimestamp(newStart));
    q.bind(sv::timestamp(m_db.clock().now()));
    q.bind(by ? QVariant(by) : QVariant());
    return q.exec();
}

Result<QList<InterviewChange>> InterviewRepository::history(Id interviewId)
{
    Statement q(m_db, QStringLiteral("SELECT action, COALESCE(old_starts_at, ''), "
                                     "COALESCE(new_starts_at, ''), changed_at, "
                                     "COALESCE(changed_by, 0) FROM interview_history "
                                     "WHERE interview_id = ? ORDER BY id"));
    q.bind(interviewId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<InterviewChange> out;
    while (q.next()) {
        InterviewChange c;
        c.action = q.text(0);
        if (!q.text(1).isEmpty())
            c.oldStart = sv::toTimestamp(q.text(1));
        if (!q.text(2).isEmpty())
            c.newStart = sv::toTimestamp(q.text(2));
        c.at = sv::toTimestamp(q.text(3));
        c.by = q.integer(4);
        out.append(c);
    }
    return out;
}

Result<QDateTime> InterviewRepository::createdAt(Id id)
{
    Statement q(m_db, QStringLiteral("SELECT created_at FROM interviews WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no interview %1."),
                     {QString::number(id)});
    }
    return sv::toTimestamp(q.text(0));
}

VoidResult InterviewRepository::remove(Id id)
{
    Statement q(m_db, QStringLiteral("DELETE FROM interviews WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r;
    if (q.rowsAffected() == 0) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no interview %1."),
                     {QString::number(id)});
    }
    return {};
}

VoidResult InterviewRepository::restore(const Interview &i, const QDateTime &createdAt,
                                        const QList<InterviewChange> &history)
{
    Statement q(m_db, QStringLiteral("INSERT INTO interviews (id, interviewee_id, starts_at, "
                                     "minutes, mode, place, meeting_url, writer_id, state, "
                                     "version, sequence, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(i.id, i.intervieweeId);
    q.bind(optionalTimestamp(i.startsAt));
    q.bindAll(i.minutes, toCode(i.mode), i.place, i.meetingUrl);
    q.bind(i.writerId ? QVariant(i.writerId) : QVariant());
    // The version moves on, so an edit begun before the removal is still caught as stale.
    q.bindAll(toCode(i.state), i.version + 1, i.sequence, sv::timestamp(createdAt),
              sv::timestamp(m_db.clock().now()));
    if (auto r = q.exec(); !r)
        return r;
    for (const InterviewChange &c : history) {
        Statement h(m_db, QStringLiteral("INSERT INTO interview_history (interview_id, action, "
                                         "old_starts_at, new_starts_at, changed_at, changed_by) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"));
        h.bindAll(i.id, c.action);
        h.bind(optionalTimestamp(c.oldStart));
        h.bind(optionalTimestamp(c.newStart));
        h.bind(sv::timestamp(c.at));
        h.bind(c.by ? QVariant(c.by) : QVariant());
        if (auto r = h.exec(); !r)
            return r;
    }
    return {};
}

Result<QString> InterviewRepository::instanceName()
{
    Statement q(m_db, QStringLiteral("SELECT value FROM database_info WHERE key = 'instance'"));
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.text(0) : QString();
}

} // namespace shuzai
