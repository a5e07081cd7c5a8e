#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace shuzai {

class Database;

// The team's booking collection on a CalDAV server (the password is in the keychain).
struct CaldavAccount {
    QString url;
    QString login;
    QString caFile;
    QDateTime lastSyncAt; // invalid: never synced
};

// An interview as Shuzai last wrote it to the booking collection.
struct CaldavPublished {
    Id interviewId = 0;
    QString uid;
    QString href; // the item's URL on the server
    QString etag; // the server's ETag after Shuzai's last PUT
    int sequence = 0;
    QDateTime start; // UTC
    QDateTime end;
    QString status;      // confirmed, tentative, cancelled
    QString fingerprint; // what was published, to see whether the booking changed since
    QDateTime publishedAt;
    // Set when the server's copy was changed by someone else: never overwritten until resolved.
    QString conflictEtag;
    QDateTime conflictAt;
    bool inConflict() const { return conflictAt.isValid(); }
};

// A writer's calendar read for their busy times.
struct CaldavCalendar {
    Id id = 0;
    Id writerId = 0;
    QString writerLogin;
    QString url;
    QString syncToken; // empty: read it all at the next sync
    QDateTime syncedAt;
};

// One event of a writer's calendar as last read (its busy periods are in busy_periods).
struct CaldavBusyEvent {
    QString href;
    QString etag;
    QString uid;
    QDateTime start; // UTC; the first and last of its busy periods in the window
    QDateTime end;
};

class CaldavRepository {
public:
    explicit CaldavRepository(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<CaldavAccount>> account();
    VoidResult saveAccount(const CaldavAccount &account);
    VoidResult markSynced(const QDateTime &at);

    Result<QList<CaldavPublished>> published();
    // The same, by interview: what a sync, the status and a resolve look up.
    Result<QHash<Id, CaldavPublished>> publishedByInterview();
    // In place of what was stored for the interview.
    VoidResult savePublished(const CaldavPublished &published);
    VoidResult markConflict(Id interviewId, const QString &serverEtag, const QDateTime &at);
    // What was published of interviews deleted since (their events are to go from the server).
    Result<QList<CaldavPublished>> orphans();
    VoidResult forget(Id interviewId);

    Result<QList<CaldavCalendar>> calendars();
    Result<CaldavCalendar> addCalendar(Id writerId, const QString &url);
    // With its events; their busy periods are the caller's to remove (BusyRepository).
    VoidResult removeCalendar(Id calendarId);
    VoidResult setSyncToken(Id calendarId, const QString &token, const QDateTime &at);

    Result<QHash<QString, CaldavBusyEvent>> busyEvents(Id calendarId);
    VoidResult saveBusyEvent(Id calendarId, const CaldavBusyEvent &event);
    VoidResult removeBusyEvent(Id calendarId, const QString &href);

private:
    Database &m_db;
};

} // namespace shuzai
