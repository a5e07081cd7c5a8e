#include "caldavrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
QString stamp(const QDateTime &t)
{
    return t.isValid() ? sv::timestamp(t) : QString();
}
QDateTime fromStamp(const QString &s)
{
    return s.isEmpty() ? QDateTime() : sv::toTimestamp(s);
}
} // namespace

Result<std::optional<CaldavAccount>> CaldavRepository::account()
{
    Statement q(m_db, QStringLiteral("SELECT url, login, ca_file, last_sync_at FROM "
                                     "caldav_account WHERE id = 1"));
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<CaldavAccount>();
    return std::optional<CaldavAccount>(
        CaldavAccount{q.text(0), q.text(1), q.text(2), fromStamp(q.text(3))});
}

VoidResult CaldavRepository::saveAccount(const CaldavAccount &account)
{
    Statement clear(m_db, QStringLiteral("DELETE FROM caldav_account"));
    if (auto r = clear.exec(); !r)
        return r;
    Statement insert(m_db, QStringLiteral("INSERT INTO caldav_account (id, url, login, ca_file, "
                                          "last_sync_at) VALUES (1, ?, ?, ?, ?)"));
    insert.bindAll(account.url, account.login, account.caFile, stamp(account.lastSyncAt));
    return insert.exec();
}

VoidResult CaldavRepository::markSynced(const QDateTime &at)
{
    Statement q(m_db, QStringLiteral("UPDATE caldav_account SET last_sync_at = ? WHERE id = 1"));
    q.bind(stamp(at));
    return q.exec();
}

namespace {
const char *const kPublishedColumns =
    "SELECT interview_id, uid, href, etag, sequence, starts_at, ends_at, status, fingerprint, "
    "published_at, conflict_etag, conflict_at FROM caldav_published p ";

Result<QList<CaldavPublished>> readPublished(Statement &q)
{
    if (auto r = q.exec(); !r)
        return r.error();
    QList<CaldavPublished> out;
    while (q.next()) {
        out.append(CaldavPublished{q.integer(0), q.text(1), q.text(2), q.text(3), int(q.integer(4)),
                                   fromStamp(q.text(5)), fromStamp(q.text(6)), q.text(7), q.text(8),
                                   fromStamp(q.text(9)), q.text(10), fromStamp(q.text(11))});
    }
    return out;
}
} // namespace

Result<QList<CaldavPublished>> CaldavRepository::published()
{
    Statement q(m_db, QLatin1String(kPublishedColumns) + QStringLiteral("ORDER BY interview_id"));
    return readPublished(q);
}

Result<QHash<Id, CaldavPublished>> CaldavRepository::publishedByInterview()
{
    auto all = published();
    if (!all)
        return all.error();
    QHash<Id, CaldavPublished> out;
    for (const CaldavPublished &p : std::as_const(*all))
        out.insert(p.interviewId, p);
    return out;
}

Result<QList<CaldavPublished>> CaldavRepository::orphans()
{
    Statement q(m_db, QLatin1String(kPublishedColumns) +
                          QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM interviews i WHERE i.id "
                                         "= p.interview_id) ORDER BY interview_id"));
    return readPublished(q);
}

VoidResult CaldavRepository::forget(Id interviewId)
{
    Statement q(m_db, QStringLiteral("DELETE FROM caldav_published WHERE interview_id = ?"));
    q.bind(interviewId);
    return q.exec();
}

VoidResult CaldavRepository::savePublished(const CaldavPublished &p)
{
    Statement clear(m_db, QStringLiteral("DELETE FROM caldav_published WHERE interview_id = ?"));
    clear.bind(p.interviewId);
    if (auto r = clear.exec(); !r)
        return r;
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO caldav_published (interview_id, uid, href, etag, "
                                    "sequence, starts_at, ends_at, status, fingerprint, "
                                    "published_at, conflict_etag, conflict_at) VALUES (?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll(p.interviewId, p.uid, p.href, p.etag, p.sequence, stamp(p.start), stamp(p.end),
                   p.status, p.fingerprint, stamp(p.publishedAt), p.conflictEtag,
                   stamp(p.conflictAt));
    return insert.exec();
}

VoidResult CaldavRepository::markConflict(Id interviewId, const QString &serverEtag,
                                          const QDateTime &at)
{
    Statement q(m_db, QStringLiteral("UPDATE caldav_published SET conflict_etag = ?, "
                                     "conflict_at = ? WHERE interview_id = ?"));
    q.bindAll(serverEtag, stamp(at), interviewId);
    return q.exec();
}

Result<QList<CaldavCalendar>> CaldavRepository::calendars()
{
    Statement q(m_db, QStringLiteral("SELECT c.id, c.writer_id, u.login, c.url, c.sync_token, "
                                     "c.synced_at FROM caldav_calendars c JOIN users u ON u.id = "
                                     "c.writer_id ORDER BY u.login, c.url"));
    if (auto r = q.exec(); !r)
        return r.error();
    QList<CaldavCalendar> out;
    while (q.next()) {
        out.append(CaldavCalendar{q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4),
                                  fromStamp(q.text(5))});
    }
    return out;
}

Result<CaldavCalendar> CaldavRepository::addCalendar(Id writerId, const QString &url)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO caldav_calendars (writer_id, url) VALUES "
                                          "(?, ?)"));
    insert.bindAll(writerId, url);
    if (auto r = insert.exec(); !r)
        return r.error();
    auto all = calendars();
    if (!all)
        return all.error();
    for (const CaldavCalendar &c : std::as_const(*all)) {
        if (c.url == url)
            return c;
    }
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no calendar %1."),
                 {url});
}

VoidResult CaldavRepository::removeCalendar(Id calendarId)
{
    Statement events(m_db, QStringLiteral("DELETE FROM caldav_busy_events WHERE calendar_id = ?"));
    events.bind(calendarId);
    if (auto r = events.exec(); !r)
        return r;
    Statement q(m_db, QStringLiteral("DELETE FROM caldav_calendars WHERE id = ?"));
    q.bind(calendarId);
    return q.exec();
}

VoidResult CaldavRepository::setSyncToken(Id calendarId, const QString &token, const QDateTime &at)
{
    Statement q(m_db, QStringLiteral("UPDATE caldav_calendars SET sync_token = ?, synced_at = ? "
                                     "WHERE id = ?"));
    q.bindAll(token, stamp(at), calendarId);
    return q.exec();
}

Result<QHash<QString, CaldavBusyEvent>> CaldavRepository::busyEvents(Id calendarId)
{
    Statement q(m_db, QStringLiteral("SELECT href, etag, uid, starts_at, ends_at FROM "
                                     "caldav_busy_events WHERE calendar_id = ?"));
    q.bind(calendarId);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<QString, CaldavBusyEvent> out;
    while (q.next()) {
        out.insert(q.text(0), CaldavBusyEvent{q.text(0), q.text(1), q.text(2), fromStamp(q.text(3)),
                                              fromStamp(q.text(4))});
    }
    return out;
}

VoidResult CaldavRepository::saveBusyEvent(Id calendarId, const CaldavBusyEvent &e)
{
    if (auto r = removeBusyEvent(calendarId, e.href); !r)
        return r;
    Statement insert(m_db, QStringLiteral("INSERT INTO caldav_busy_events (calendar_id, href, "
                                          "etag, uid, starts_at, ends_at) VALUES (?, ?, ?, ?, "
                                          "?, ?)"));
    insert.bindAll(calendarId, e.href, e.etag, e.uid, stamp(e.start), stamp(e.end));
    return insert.exec();
}

VoidResult CaldavRepository::removeBusyEvent(Id calendarId, const QString &href)
{
    Statement q(m_db, QStringLiteral("DELETE FROM caldav_busy_events WHERE calendar_id = ? AND "
                                     "href = ?"));
    q.bindAll(calendarId, href);
    return q.exec();
}

} // namespace shuzai
