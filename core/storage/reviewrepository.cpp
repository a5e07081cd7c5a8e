#include "reviewrepository.h"

#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
const QString kRoundColumns = QStringLiteral(
    "r.id, r.interviewee_id, r.number, r.status, r.channel, r.sent_at, r.sent_by, r.due_date, "
    "r.snapshot, r.note, r.decided_at, r.decided_by, r.version");

ReviewRound roundFrom(const Statement &q)
{
    ReviewRound r;
    r.id = q.integer(0);
    r.intervieweeId = q.integer(1);
    r.number = int(q.integer(2));
    r.status = reviewStatusFromCode(q.text(3)).value_or(ReviewStatus::AwaitingResponse);
    r.channel = reviewChannelFromCode(q.text(4)).value_or(ReviewChannel::Other);
    r.sentAt = sv::toTimestamp(q.text(5));
    r.sentBy = q.text(6);
    r.dueDate = sv::toDate(q.text(7));
    r.snapshot = q.value(8).toByteArray();
    r.note = q.text(9);
    if (!q.text(10).isEmpty())
        r.decidedAt = sv::toTimestamp(q.text(10));
    r.decidedBy = q.text(11);
    r.version = int(q.integer(12));
    return r;
}
} // namespace

Result<Id> ReviewRepository::addRound(const ReviewRound &r)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO review_rounds (interviewee_id, number, "
                                          "status, channel, sent_at, sent_by, due_date, snapshot, "
                                          "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll(r.intervieweeId, r.number, toCode(r.status), toCode(r.channel),
                   sv::timestamp(r.sentAt), r.sentBy, sv::date(r.dueDate), r.snapshot, r.note);
    if (auto done = insert.exec(); !done)
        return done.error();
    return insert.lastInsertId();
}

Result<ReviewRound> ReviewRepository::round(Id roundId)
{
    Statement q(m_db,
                QStringLiteral("SELECT %1 FROM review_rounds r WHERE r.id = ?").arg(kRoundColumns));
    q.bindAll(roundId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "No review round %1."),
                     {QString::number(roundId)});
    }
    return roundFrom(q);
}

Result<QList<ReviewRound>> ReviewRepository::rounds(Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM review_rounds r WHERE r.interviewee_id = ? "
                                     "ORDER BY r.number")
                          .arg(kRoundColumns));
    q.bindAll(intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<ReviewRound> out;
    while (q.next())
        out.append(roundFrom(q));
    return out;
}

Result<QHash<Id, ReviewRound>> ReviewRepository::latestRounds(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM review_rounds r JOIN interviewees i ON i.id "
                                     "= r.interviewee_id WHERE i.campaign_id = ? AND r.number = "
                                     "(SELECT MAX(number) FROM review_rounds x WHERE "
                                     "x.interviewee_id = r.interviewee_id)")
                          .arg(kRoundColumns));
    q.bindAll(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<Id, ReviewRound> out;
    while (q.next()) {
        const ReviewRound r = roundFrom(q);
        out.insert(r.intervieweeId, r);
    }
    return out;
}

VoidResult ReviewRepository::setStatus(const ReviewRound &r, ReviewStatus status,
                                       const QDateTime &at, const QString &by, const QString &note)
{
    Statement update(m_db, QStringLiteral("UPDATE review_rounds SET status = ?, decided_at = ?, "
                                          "decided_by = ?, note = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?"));
    update.bindAll(toCode(status), sv::timestamp(at), by, note, r.id, r.version);
    if (auto done = update.exec(); !done)
        return done;
    if (update.rowsAffected() != 1) {
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Error", "Review round %1 was changed by someone else "
                                                "meanwhile; reload and try again."),
                     {QString::number(r.number)});
    }
    return {};
}

Result<Id> ReviewRepository::addCorrection(const ReviewCorrection &c)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO review_corrections (round_id, item, "
                                          "original, corrected, note, at, by_login) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll(c.roundId, c.item, c.original, c.corrected, c.note, sv::timestamp(c.at), c.by);
    if (auto done = insert.exec(); !done)
        return done.error();
    return insert.lastInsertId();
}

Result<QList<ReviewCorrection>> ReviewRepository::corrections(Id roundId)
{
    Statement q(m_db, QStringLiteral("SELECT id, round_id, item, original, corrected, note, at, "
                                     "by_login FROM review_corrections WHERE round_id = ? ORDER "
                                     "BY id"));
    q.bindAll(roundId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<ReviewCorrection> out;
    while (q.next()) {
        out.append({q.integer(0), q.integer(1), int(q.integer(2)), q.text(3), q.text(4), q.text(5),
                    sv::toTimestamp(q.text(6)), q.text(7)});
    }
    return out;
}

} // namespace shuzai
