#pragma once

#include "domain/campaign.h"

#include <QDateTime>
#include <QString>

namespace shuzai {

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

} // namespace shuzai
