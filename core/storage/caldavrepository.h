#pragma once

#include "caldav/caldavrecords.h"
#include "domain/campaign.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace shuzai {

class Database;

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
