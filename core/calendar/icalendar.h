#pragma once

#include "scheduling/busyperiod.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>

namespace shuzai::ical {

struct Person {
    QString name;
    QString email;
};

struct Event {
    QString uid;      // stable across exports
    int sequence = 0; // raised by every reschedule
    QDateTime start;  // any spec; written in `timeZone`
    QDateTime end;
    QString timeZone; // IANA, e.g. Asia/Tokyo; its VTIMEZONE is included
    QString summary;
    QString description;
    QString location;
    QString url;
    Person organizer;
    QList<Person> attendees;
    bool cancelled = false;
    bool tentative = false; // held, not yet confirmed: STATUS:TENTATIVE
};

enum class Method { Publish, Request, Cancel };

// An iCalendar file (RFC 5545) written by libical: one VCALENDAR with the events and the
// VTIMEZONEs they use, TZIDs as plain IANA names.
QByteArray write(const QList<Event> &events, Method method);

// The busy times (VEVENTs, not cancelled, not transparent) of an .ics file, in UTC. A file
// libical cannot parse, or with errors in its events, is refused as a whole with the reason.
struct Range {
    QDateTime from;
    QDateTime to;
    bool isValid() const { return from.isValid() && to.isValid(); }
};

// Floating times (no zone, no Z) and all-day events are read in `floatingZone`. Repeating
// events (RRULE, RDATE, EXDATE) are expanded over `range` (only their first 5,000 occurrences
// when there is no range); VFREEBUSY periods count as busy unless marked FREE.
Result<QList<BusyPeriod>> readBusyTimes(const QByteArray &ics, const QString &sourceName,
                                        const QString &floatingZone = QStringLiteral("UTC"),
                                        const Range &range = {});

} // namespace shuzai::ical
