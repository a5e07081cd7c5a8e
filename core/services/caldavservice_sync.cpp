// A CalDAV sync: the campaign's bookings out to the booking collection, the writers' busy times
// in. Every local record is written in a transaction of its own after the server answered, so
// whatever stops a sync part of the way (the server gone, a refused login) leaves what was done
// recorded and what was not still pending.
#include "caldavservice.h"

#include "caldav/caldavclient.h"
#include "caldav/caldavevents.h"
#include "rosterservice.h"
#include "schedulingservice.h"
#include "storage/busyrepository.h"
#include "storage/caldavrepository.h"
#include "storage/database.h"
#include "storage/interviewrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace shuzai {

namespace {
// The name busy times of one event are kept under (busy_periods.source): the item's URL.
QString busySource(const CaldavCalendar &calendar, const QString &href)
{
    return QUrl(calendar.url).resolved(QUrl(href)).toString();
}

// The UID of an iCalendar object, for the record (libical reads the rest).
QString uidOf(const QByteArray &ics)
{
    const qsizetype at = ics.indexOf("\nUID:");
    if (at < 0)
        return {};
    const qsizetype end = ics.indexOf('\n', at + 5);
    return QString::fromUtf8(ics.mid(at + 5, end < 0 ? -1 : end - at - 5)).trimmed();
}
} // namespace

VoidResult CaldavService::publish(caldav::Client &client, const Interview &interview,
                                  ical::Event event, const CaldavPublished *existing,
                                  const QString &ifMatch, CaldavSyncReport &report)
{
    // A change goes out with a higher SEQUENCE than anything published before, so every client
    // takes it over the copy it has.
    if (existing)
        event.sequence = std::max(event.sequence, existing->sequence + 1);
    const QUrl url = existing ? QUrl(existing->href) : client.resolve(caldav::itemName(event.uid));
    auto put = client.put(url, caldav::calendarObject(event), ifMatch);
    if (!put)
        return put.error();
    Database &db = m_workspace.database();
    const QDateTime now = m_workspace.clock().now();
    CaldavRepository repo(db);
    QString serverEtag;
    if (put->conflict) {
        auto current = client.get(url);
        if (!current)
            return current.error();
        serverEtag = *current ? (*current)->etag : QString();
        if (*current && caldav::saysTheSame((*current)->data, event)) {
            // Our own earlier PUT whose answer never came (the server went away after
            // writing): take its ETag as ours.
            put->conflict = false;
            put->etag = serverEtag;
        }
    }
    if (put->conflict) {
        // Someone else changed (or removed, or made) the item: keep their copy, say so.
        CaldavPublished record = existing ? *existing : CaldavPublished{};
        if (!existing) {
            record.interviewId = interview.id;
            record.uid = event.uid;
            record.href = url.toString();
            record.sequence = -1; // nothing of ours is there yet
            record.status = caldav::statusOf(event);
            record.start = event.start.toUTC();
            record.end = event.end.toUTC();
            record.publishedAt = now;
        }
        record.conflictEtag = serverEtag;
        record.conflictAt = now;
        auto done = db.transact([&] { return repo.savePublished(record); });
        if (!done)
            return done;
        report.newConflicts.append({interview.id, record.uid, record.href, now});
        return {};
    }
    QString etag = put->etag;
    if (etag.isEmpty()) {
        // Some servers answer a PUT without the ETag: ask for it.
        auto found = client.propfind(url, 0);
        if (!found)
            return found.error();
        if (*found && !(*found)->responses.isEmpty())
            etag = (*found)->responses.first().etag;
    }
    CaldavPublished record;
    record.interviewId = interview.id;
    record.uid = event.uid;
    record.href = url.toString();
    record.etag = etag;
    record.sequence = event.sequence;
    record.start = event.start.toUTC();
    record.end = event.end.toUTC();
    record.status = caldav::statusOf(event);
    record.fingerprint = caldav::fingerprint(interview, event);
    record.publishedAt = now;
    auto done = db.transact([&] { return repo.savePublished(record); });
    if (!done)
        return done;
    if (!existing)
        ++report.created;
    else if (event.cancelled)
        ++report.cancelled;
    else
        ++report.updated;
    return {};
}

VoidResult CaldavService::removeOrphan(caldav::Client &client, const CaldavPublished &orphan,
                                       const QString &ifMatch, CaldavSyncReport &report)
{
    auto removed = client.remove(QUrl(orphan.href), ifMatch);
    if (!removed)
        return removed.error();
    Database &db = m_workspace.database();
    CaldavRepository repo(db);
    const QDateTime now = m_workspace.clock().now();
    if (!*removed) {
        QString serverEtag;
        if (auto current = client.get(QUrl(orphan.href)); current && *current)
            serverEtag = (*current)->etag;
        auto done =
            db.transact([&] { return repo.markConflict(orphan.interviewId, serverEtag, now); });
        if (!done)
            return done;
        report.newConflicts.append({orphan.interviewId, orphan.uid, orphan.href, now});
        return {};
    }
    auto done = db.transact([&] { return repo.forget(orphan.interviewId); });
    if (!done)
        return done;
    ++report.removed;
    return {};
}

VoidResult CaldavService::readCalendar(caldav::Client &client, const CaldavCalendar &calendar,
                                       Id campaignId, CaldavSyncReport &report)
{
    auto window = m_workspace.scheduling().busyWindow(campaignId);
    if (!window)
        return window.error();
    const QTimeZone zone(window->timeZone.toUtf8());
    const ical::Range range{QDateTime(window->windowFirst, QTime(0, 0), zone).toUTC(),
                            QDateTime(window->windowLast.addDays(1), QTime(0, 0), zone).toUTC()};
    const QUrl url(calendar.url);

    std::optional<caldav::Multistatus> changes;
    if (!calendar.syncToken.isEmpty()) {
        auto read = client.syncCollection(url, calendar.syncToken);
        if (!read)
            return read.error();
        changes = *read;
    }
    bool full = false;
    QString token;
    if (changes) {
        token = changes->syncToken;
    } else {
        // First read, or the server forgot our token (403 valid-sync-token): the token first,
        // then everything in the window; a change in between comes again next time.
        ++report.fullResyncs;
        full = true;
        auto found = client.propfind(url, 0);
        if (!found)
            return found.error();
        if (!*found || (*found)->responses.isEmpty()) {
            return Error(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Error", "The calendar %1 (of %2) is not on the "
                                                    "server."),
                         {calendar.url, calendar.writerLogin});
        }
        token = (*found)->responses.first().syncToken;
        auto all = client.calendarQuery(url, range.from, range.to);
        if (!all)
            return all.error();
        changes = *all;
    }

    Database &db = m_workspace.database();
    CaldavRepository repo(db);
    auto stored = repo.busyEvents(calendar.id);
    if (!stored)
        return stored.error();
    CaldavSyncReport counted;
    // One transaction for the answer and its token: the token never runs ahead of the events.
    auto done = db.transact([&]() -> VoidResult {
        BusyRepository busy(db);
        QSet<QString> seen;
        for (const caldav::Resource &r : std::as_const(changes->responses)) {
            if (r.href.isEmpty() || QUrl(calendar.url).resolved(QUrl(r.href)) == url)
                continue; // the collection itself
            seen.insert(r.href);
            const QString source = busySource(calendar, r.href);
            if (r.status == 404) {
                if (stored->contains(r.href)) {
                    if (auto x = busy.replaceSource(source, {}); !x)
                        return x;
                    if (auto x = repo.removeBusyEvent(calendar.id, r.href); !x)
                        return x;
                    ++counted.busyEventsRemoved;
                }
                continue;
            }
            const auto before = stored->constFind(r.href);
            if (before != stored->cend() && before->etag == r.etag && !r.etag.isEmpty())
                continue;
            CaldavBusyEvent event{r.href, r.etag, uidOf(r.calendarData), {}, {}};
            QList<BusyPeriod> periods;
            auto read = ical::readBusyTimes(r.calendarData, source, window->timeZone, range);
            if (read) {
                periods = read->periods;
                for (const BusyPeriod &p : std::as_const(periods)) {
                    if (!event.start.isValid() || p.start < event.start)
                        event.start = p.start;
                    if (!event.end.isValid() || p.end > event.end)
                        event.end = p.end;
                }
            } else {
                ++counted.unreadableEvents;
            }
            if (auto x = busy.replaceSource(source, periods); !x)
                return x;
            if (auto x = repo.saveBusyEvent(calendar.id, event); !x)
                return x;
            ++counted.busyEventsChanged;
        }
        if (full) {
            // What the full read no longer lists is gone from the window.
            for (const CaldavBusyEvent &e : std::as_const(*stored)) {
                if (seen.contains(e.href))
                    continue;
                if (auto x = busy.replaceSource(busySource(calendar, e.href), {}); !x)
                    return x;
                if (auto x = repo.removeBusyEvent(calendar.id, e.href); !x)
                    return x;
                ++counted.busyEventsRemoved;
            }
        }
        return repo.setSyncToken(calendar.id, token, m_workspace.clock().now());
    });
    if (!done)
        return done;
    report.busyEventsChanged += counted.busyEventsChanged;
    report.busyEventsRemoved += counted.busyEventsRemoved;
    report.unreadableEvents += counted.unreadableEvents;
    ++report.calendarsRead;
    return {};
}

Result<CaldavSyncReport> CaldavService::sync(Id campaignId)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed.error();
    auto client = connect();
    if (!client)
        return client.error();
    caldav::Client &dav = **client;
    if (auto made = dav.ensureCalendar(dav.settings().url,
                                       QCoreApplication::translate("Calendar", "Interviews"));
        !made)
        return made.error();

    CaldavSyncReport report;
    auto events = m_workspace.scheduling().calendarEvents(campaignId);
    if (!events)
        return events.error();
    CaldavRepository repo(m_workspace.database());
    auto published = repo.publishedByInterview();
    if (!published)
        return published.error();
    const QHash<Id, CaldavPublished> &byInterview = *published;
    for (const auto &[interview, event] : std::as_const(*events)) {
        const auto found = byInterview.constFind(interview.id);
        const CaldavPublished *existing = found == byInterview.cend() ? nullptr : &*found;
        if (!existing && event.cancelled)
            continue; // never on the server: nothing to cancel
        if (existing && existing->inConflict()) {
            ++report.stillInConflict;
            continue;
        }
        if (existing && existing->fingerprint == caldav::fingerprint(interview, event)) {
            ++report.unchanged;
            continue;
        }
        if (auto r = publish(dav, interview, event, existing, existing ? existing->etag : QString(),
                             report);
            !r)
            return r.error();
    }

    auto orphans = repo.orphans();
    if (!orphans)
        return orphans.error();
    for (const CaldavPublished &orphan : std::as_const(*orphans)) {
        if (orphan.inConflict()) {
            ++report.stillInConflict;
            continue;
        }
        if (auto r = removeOrphan(dav, orphan, orphan.etag, report); !r)
            return r.error();
    }

    auto calendars = repo.calendars();
    if (!calendars)
        return calendars.error();
    for (const CaldavCalendar &c : std::as_const(*calendars)) {
        if (auto r = readCalendar(dav, c, campaignId, report); !r)
            return r.error();
    }
    if (report.busyEventsChanged || report.busyEventsRemoved)
        emit m_workspace.scheduling().scheduleChanged(0);
    Database &db = m_workspace.database();
    auto done = db.transact([&] { return repo.markSynced(m_workspace.clock().now()); });
    if (!done)
        return done.error();
    return report;
}

VoidResult CaldavService::resolve(Id interviewId, bool overwrite)
{
    if (auto allowed = requireEditor(); !allowed)
        return allowed;
    Database &db = m_workspace.database();
    CaldavRepository repo(db);
    auto published = repo.publishedByInterview();
    if (!published)
        return published.error();
    const auto found = published->constFind(interviewId);
    const CaldavPublished *record =
        found != published->cend() && found->inConflict() ? &*found : nullptr;
    if (!record) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "Interview %1 is not in conflict with the "
                                                "calendar server."),
                     {QString::number(interviewId)});
    }
    auto client = connect();
    if (!client)
        return client.error();
    // The server's copy as it is now (it may have changed again since the conflict was found).
    auto current = (*client)->get(QUrl(record->href));
    if (!current)
        return current.error();
    const QString serverEtag = *current ? (*current)->etag : QString();
    auto loaded = InterviewRepository(db).load(interviewId);
    if (!loaded && loaded.error().code() == ErrorCode::NotFound) {
        // Deleted in Shuzai: its event goes (over the copy the editor has seen) or stays.
        if (!overwrite || serverEtag.isEmpty())
            return db.transact([&] { return repo.forget(interviewId); });
        CaldavSyncReport report;
        return removeOrphan(**client, *record, serverEtag, report);
    }
    if (!loaded)
        return loaded.error();
    auto person = m_workspace.roster().load(loaded->intervieweeId);
    if (!person)
        return person.error();
    auto all = m_workspace.scheduling().calendarEvents(person->campaignId);
    if (!all)
        return all.error();
    for (const auto &[interview, event] : std::as_const(*all)) {
        if (interview.id != interviewId)
            continue;
        if (overwrite) {
            CaldavSyncReport report;
            CaldavPublished base = *record;
            base.conflictAt = {};
            // Gone from the server: made again; else over the copy the editor has seen.
            return publish(**client, interview, event, serverEtag.isEmpty() ? nullptr : &base,
                           serverEtag, report);
        }
        // The server's copy stands: Shuzai takes its ETag and the booking as it is now, and
        // publishes only its own later changes.
        CaldavPublished kept = *record;
        kept.etag = serverEtag;
        kept.fingerprint = caldav::fingerprint(interview, event);
        kept.conflictEtag.clear();
        kept.conflictAt = {};
        return db.transact([&] { return repo.savePublished(kept); });
    }
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "Interview %1 has no date yet."),
                 {QString::number(interviewId)});
}

} // namespace shuzai
