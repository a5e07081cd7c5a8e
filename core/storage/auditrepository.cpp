#include "auditrepository.h"

#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

Result<Id> AuditRepository::append(const AuditEntry &e)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, action, campaign_id, "
                                          "interviewee_id, subject, before_value, after_value) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll(sv::timestamp(e.at), e.actor, e.action, e.campaignId, e.intervieweeId, e.subject,
                   e.before, e.after);
    if (auto done = insert.exec(); !done)
        return done.error();
    return insert.lastInsertId();
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter &f)
{
    // Only the conditions the filter sets are written, so SQLite can use the index of the one
    // that narrows most (a person's history is read at every selection in the roster); the
    // values are still bound.
    QStringList where;
    QVariantList values;
    const auto condition = [&](const QString &sql, const QVariantList &bound) {
        where.append(sql);
        values.append(bound);
    };
    if (f.since.isValid())
        condition(QStringLiteral("at >= ?"), {sv::timestamp(f.since)});
    if (f.campaignId)
        condition(QStringLiteral("campaign_id = ?"), {f.campaignId});
    if (f.intervieweeId)
        condition(QStringLiteral("interviewee_id = ?"), {f.intervieweeId});
    // An action ending in "." is a family ("review."): matched as a prefix without LIKE, so no
    // character of it is a wildcard.
    if (f.action.endsWith(u'.'))
        condition(QStringLiteral("substr(action, 1, ?) = ?"), {int(f.action.size()), f.action});
    else if (!f.action.isEmpty())
        condition(QStringLiteral("action = ?"), {f.action});
    if (!f.actor.isEmpty())
        condition(QStringLiteral("actor = ?"), {f.actor});
    if (f.afterId)
        condition(QStringLiteral("id > ?"), {f.afterId});
    Statement q(m_db, QStringLiteral("SELECT id, at, actor, action, campaign_id, interviewee_id, "
                                     "subject, before_value, after_value FROM audit_log%1 "
                                     "ORDER BY at, id")
                          .arg(where.isEmpty() ? QString()
                                               : QStringLiteral(" WHERE ") +
                                                     where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<AuditEntry> out;
    while (q.next()) {
        out.append({q.integer(0), sv::toTimestamp(q.text(1)), q.text(2), q.text(3), q.integer(4),
                    q.integer(5), q.text(6), q.text(7), q.text(8)});
    }
    return out;
}

} // namespace shuzai
