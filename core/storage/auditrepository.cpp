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
    // An action ending in "." is a family ("review."): matched as a prefix without LIKE, so no
    // character of it is a wildcard.
    const bool family = f.action.endsWith(u'.');
    Statement q(
        m_db, QStringLiteral("SELECT id, at, actor, action, campaign_id, interviewee_id, subject, "
                             "before_value, after_value FROM audit_log WHERE at >= ? "
                             "AND (? = 0 OR campaign_id = ?) AND (? = 0 OR interviewee_id = ?) "
                             "AND (? = '' OR action = ? OR (? = 1 AND substr(action, 1, ?) = ?)) "
                             "AND (? = '' OR actor = ?) AND id > ? ORDER BY at, id"));
    q.bindAll(f.since.isValid() ? sv::timestamp(f.since) : QString(), f.campaignId, f.campaignId,
              f.intervieweeId, f.intervieweeId, f.action, f.action, family ? 1 : 0,
              int(f.action.size()), f.action, f.actor, f.actor, f.afterId);
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
