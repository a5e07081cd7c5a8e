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
};

enum class Method { Publish, Request, Cancel };

// An iCalendar file (RFC 5545) written by libical: one VCALENDAR with the events and the
// VTIMEZONEs they use, TZIDs as plain IANA names.
QByteArray write(const QList<Event> &events, Method method);

// The busy times (VEVENTs, not cancelled, not transparent) of an .ics file, in UTC. A file
// libical cannot parse, or with errors in its events, is refused as a whole with the reason.
// Floating times (no zone, no Z) are read in `floatingZone`.
Result<QList<BusyPeriod>> readBusyTimes(const QByteArray &ics, const QString &sourceName,
                                        const QString &floatingZone = QStringLiteral("UTC"));

} // namespace shuzai::ical
