#pragma once

#include "caldav/caldavrecords.h"
#include "scheduling/busyperiod.h"
#include "util/result.h"

#include <QObject>
#include <memory>
#include <optional>

namespace shuzai {

class Workspace;
struct Interview;
namespace ical {
struct Event;
}
namespace caldav {
class Client;
}

// An interview whose event on the server was changed by someone else: Shuzai does not
// overwrite it until the editor resolves it.
struct CaldavConflict {
    Id interviewId = 0;
    QString uid;
    QString href;
    QDateTime since;
};

// What one sync did.
struct CaldavSyncReport {
    int created = 0;   // interviews published for the first time
    int updated = 0;   // moved or changed: the same UID, SEQUENCE raised
    int cancelled = 0; // published as STATUS:CANCELLED
    int removed = 0;   // interviews deleted in Shuzai: their events deleted on the server
    int unchanged = 0;
    QList<CaldavConflict> newConflicts; // found by this sync
    int stillInConflict = 0;            // left alone: waiting for the editor
    int calendarsRead = 0;
    int busyEventsChanged = 0; // events of writers' calendars added or changed
    int busyEventsRemoved = 0;
    int fullResyncs = 0;      // calendars read whole (first time, or the server forgot the token)
    int unreadableEvents = 0; // a writer's event libical could not read (left out)
};

struct CaldavStatus {
    std::optional<CaldavAccount> account;
    int published = 0; // on the server as Shuzai has them
    int pending = 0;   // booked, moved or cancelled since the last sync
    QList<CaldavConflict> conflicts;
    QList<CaldavCalendar> calendars;
};

// A busy time as the calendar shows it beside the slots: read from a writer's calendar over
// CalDAV (calendarUrl and writerLogin set) or imported from an .ics file (period.source is the
// file's name). The two are drawn apart: one is kept up to date by sync, the other is as old as
// the file someone exported.
struct ShownBusyTime {
    BusyPeriod period;
    QString writerLogin;
    QString calendarUrl;
    bool fromCaldav() const { return !calendarUrl.isEmpty(); }
};

// The team's calendars over CalDAV: bookings published to the booking collection (PUT with
// ETags; a move updates the same UID with SEQUENCE+1, a cancellation is STATUS:CANCELLED), an
// event changed on the server by someone else never overwritten, and the writers' busy times
// read incrementally (sync-collection) into the busy times conflicts checks.
class CaldavService : public QObject {
    Q_OBJECT
public:
    explicit CaldavService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The booking collection (https, or http on this computer) and the login; editors only.
    VoidResult setAccount(const QString &url, const QString &login, const QString &caFile = {});
    Result<std::optional<CaldavAccount>> account();
    // The account's keychain entry ("caldav://user@host:port").
    Result<QString> passwordKey();
    VoidResult savePassword(const QString &password);
    VoidResult forgetPassword();
    // A password for this session only (the app's "ask each time" path without a keychain).
    void usePassword(const QString &password) { m_sessionPassword = password; }

    // A writer's calendar (a collection URL on the same server) read for their busy times.
    Result<CaldavCalendar> addCalendar(const QString &writerLogin, const QString &url);
    // Forgets the calendar and the busy times read from it.
    VoidResult removeCalendar(const QString &url);
    Result<QList<CaldavCalendar>> calendars();
    // Every busy time overlapping [from, to), each with where it came from.
    Result<QList<ShownBusyTime>> busyTimes(const QDateTime &from, const QDateTime &to);

    // Publishes the campaign's bookings and reads the writers' calendars. Each record is
    // written in its own transaction once the server has answered, so a failure part of the
    // way (server gone, wrong password) loses nothing and the next sync goes on from there.
    Result<CaldavSyncReport> sync(Id campaignId);
    Result<CaldavStatus> status(Id campaignId);
    // Ends a conflict: `overwrite` puts Shuzai's booking over the server's copy (the editor has
    // looked at it); otherwise the server's copy stays and Shuzai publishes only later changes.
    VoidResult resolve(Id interviewId, bool overwrite);

private:
    VoidResult requireEditor() const;
    Result<QString> password(const CaldavAccount &account) const;
    // A client for the saved account with its password.
    Result<std::unique_ptr<caldav::Client>> connect();
    // PUTs the event (creating it when `existing` is null, else over `ifMatch`) and records the
    // server's answer in a transaction of its own; a 412 records a conflict instead.
    VoidResult publish(caldav::Client &client, const Interview &interview, ical::Event event,
                       const CaldavPublished *existing, const QString &ifMatch,
                       CaldavSyncReport &report);
    // Deletes the event of an interview deleted since it was published.
    VoidResult removeOrphan(caldav::Client &client, const CaldavPublished &orphan,
                            const QString &ifMatch, CaldavSyncReport &report);
    VoidResult readCalendar(caldav::Client &client, const CaldavCalendar &calendar, Id campaignId,
                            CaldavSyncReport &report);
    Workspace &m_workspace;
    QString m_sessionPassword;
};

} // namespace shuzai
