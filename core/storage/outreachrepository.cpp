#include "outreachrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

QString toCode(OutreachRecord::Kind kind)
{
    switch (kind) {
    case OutreachRecord::Kind::Sent:
        return QStringLiteral("sent");
    case OutreachRecord::Kind::Exported:
        return QStringLiteral("exported");
    case OutreachRecord::Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

OutreachRecord::Kind outreachKindFromCode(const QString &code)
{
    if (code == QLatin1String("sent"))
        return OutreachRecord::Kind::Sent;
    if (code == QLatin1String("exported"))
        return OutreachRecord::Kind::Exported;
    return OutreachRecord::Kind::Failed;
}

QString toCode(OutreachReply::Kind kind)
{
    switch (kind) {
    case OutreachReply::Kind::Accepted:
        return QStringLiteral("accepted");
    case OutreachReply::Kind::Declined:
        return QStringLiteral("declined");
    case OutreachReply::Kind::Question:
        return QStringLiteral("question");
    case OutreachReply::Kind::NoReply:
        break;
    }
    return QStringLiteral("no_reply");
}

std::optional<OutreachReply::Kind> replyKindFromCode(const QString &code)
{
    for (auto kind : {OutreachReply::Kind::Accepted, OutreachReply::Kind::Declined,
                      OutreachReply::Kind::Question, OutreachReply::Kind::NoReply}) {
        if (toCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

Result<Id> OutreachRepository::add(const OutreachRecord &r)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO outreach_letters (interviewee_id, kind, "
                                          "at, recipient, detail, message) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bindAll(r.intervieweeId, toCode(r.kind), sv::timestamp(r.at), r.recipient, r.detail,
                   r.message);
    if (auto done = insert.exec(); !done)
        return done.error();
    return insert.lastInsertId();
}

Result<QList<OutreachRecord>> OutreachRepository::list(Id campaignId, Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT o.id, o.interviewee_id, o.kind, o.at, o.recipient, "
                                     "o.detail, o.message FROM outreach_letters o JOIN "
                                     "interviewees i ON i.id = o.interviewee_id WHERE "
                                     "i.campaign_id = ? AND (? = 0 OR o.interviewee_id = ?) "
                                     "ORDER BY o.at, o.id"));
    q.bindAll(campaignId, intervieweeId, intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<OutreachRecord> out;
    while (q.next()) {
        out.append(OutreachRecord{q.integer(0), q.integer(1), outreachKindFromCode(q.text(2)),
                                  sv::toTimestamp(q.text(3)), q.text(4), q.text(5),
                                  q.value(6).toByteArray()});
    }
    return out;
}

namespace {
// Timestamps are ISO text in UTC, so MAX() orders them as times.
Result<QHash<Id, QDateTime>> latestPerInterviewee(Database &db, const QString &table,
                                                  const QString &excludedKind, Id campaignId)
{
    Statement q(db, QStringLiteral("SELECT t.interviewee_id, MAX(t.at) FROM %1 t JOIN "
                                   "interviewees i ON i.id = t.interviewee_id WHERE "
                                   "i.campaign_id = ? AND t.kind <> ? GROUP BY t.interviewee_id")
                        .arg(table));
    q.bindAll(campaignId, excludedKind);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<Id, QDateTime> out;
    while (q.next())
        out.insert(q.integer(0), sv::toTimestamp(q.text(1)));
    return out;
}
} // namespace

Result<QHash<Id, QDateTime>> OutreachRepository::lastLetterTimes(Id campaignId)
{
    return latestPerInterviewee(m_db, QStringLiteral("outreach_letters"),
                                toCode(OutreachRecord::Kind::Failed), campaignId);
}

Result<QHash<Id, QDateTime>> OutreachRepository::lastReplyTimes(Id campaignId)
{
    return latestPerInterviewee(m_db, QStringLiteral("outreach_replies"),
                                toCode(OutreachReply::Kind::NoReply), campaignId);
}

Result<Id> OutreachRepository::addReply(const OutreachReply &r)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO outreach_replies (interviewee_id, kind, at, "
                                          "prefers, note, preferred_starts) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
    QStringList starts;
    for (const QDateTime &start : r.preferredStarts)
        starts.append(sv::timestamp(start));
    insert.bindAll(r.intervieweeId, toCode(r.kind), sv::timestamp(r.at), r.prefers, r.note,
                   starts.join(u' '));
    if (auto done = insert.exec(); !done)
        return done.error();
    return insert.lastInsertId();
}

Result<QList<OutreachReply>> OutreachRepository::replies(Id campaignId, Id intervieweeId)
{
    Statement q(
        m_db, QStringLiteral(
                  "SELECT r.id, r.interviewee_id, r.kind, r.at, r.prefers, "
                  "r.note, r.preferred_starts FROM outreach_replies r JOIN interviewees i ON i.id "
                  "= r.interviewee_id WHERE i.campaign_id = ? AND (? = 0 OR "
                  "r.interviewee_id = ?) ORDER BY r.at, r.id"));
    q.bindAll(campaignId, intervieweeId, intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<OutreachReply> out;
    while (q.next()) {
        OutreachReply reply{q.integer(0),
                            q.integer(1),
                            replyKindFromCode(q.text(2)).value_or(OutreachReply::Kind::NoReply),
                            sv::toTimestamp(q.text(3)),
                            q.text(4),
                            q.text(5),
                            {}};
        for (const QString &start : q.text(6).split(u' ', Qt::SkipEmptyParts))
            reply.preferredStarts.append(sv::toTimestamp(start));
        out.append(reply);
    }
    return out;
}

Result<std::optional<QString>> OutreachRepository::letterTemplate(Id campaignId,
                                                                  const QString &language)
{
    Statement q(m_db, QStringLiteral("SELECT body FROM letter_templates WHERE campaign_id = ? AND "
                                     "language = ?"));
    q.bindAll(campaignId, language);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.text(0));
}

VoidResult OutreachRepository::setLetterTemplate(Id campaignId, const QString &language,
                                                 const QString &body, const QDateTime &at)
{
    if (auto r = removeLetterTemplate(campaignId, language); !r)
        return r;
    Statement insert(m_db, QStringLiteral("INSERT INTO letter_templates (campaign_id, language, "
                                          "body, updated_at) VALUES (?, ?, ?, ?)"));
    insert.bindAll(campaignId, language, body, sv::timestamp(at));
    return insert.exec();
}

VoidResult OutreachRepository::removeLetterTemplate(Id campaignId, const QString &language)
{
    Statement remove(m_db, QStringLiteral("DELETE FROM letter_templates WHERE campaign_id = ? AND "
                                          "language = ?"));
    remove.bindAll(campaignId, language);
    return remove.exec();
}

} // namespace shuzai
