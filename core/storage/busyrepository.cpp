#include "busyrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

VoidResult BusyRepository::replaceSource(const QString &source, const QList<BusyPeriod> &periods)
{
    Statement clear(m_db, QStringLiteral("DELETE FROM busy_periods WHERE source = ?"));
    clear.bind(source);
    if (auto r = clear.exec(); !r)
        return r;
    Statement insert(m_db, QStringLiteral("INSERT INTO busy_periods (source, uid, summary, "
                                          "starts_at, ends_at, imported_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = sv::timestamp(m_db.clock().now());
    for (const BusyPeriod &p : periods) {
        insert.bindAll(source, p.uid, p.summary, sv::timestamp(p.start), sv::timestamp(p.end), now);
        if (auto r = insert.exec(); !r)
            return r;
    }
    return {};
}

Result<QList<BusyPeriod>> BusyRepository::between(const QDateTime &from, const QDateTime &to)
{
    Statement q(m_db, QStringLiteral("SELECT id, source, uid, summary, starts_at, ends_at FROM "
                                     "busy_periods WHERE starts_at < ? AND ends_at > ? "
                                     "ORDER BY starts_at"));
    q.bindAll(sv::timestamp(to), sv::timestamp(from));
    if (auto r = q.exec(); !r)
        return r.error();
    QList<BusyPeriod> out;
    while (q.next()) {
        out.append(BusyPeriod{q.integer(0), q.text(1), q.text(2), q.text(3),
                              sv::toTimestamp(q.text(4)), sv::toTimestamp(q.text(5))});
    }
    return out;
}

} // namespace shuzai
