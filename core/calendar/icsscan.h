#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace shuzai::ical {

// "busy.ics, line 12": the place a refusal names (Error::at).
QString lineOf(const QString &sourceName, int line);

// What the scan found out about the file's layout, for messages about what libical read.
struct Outline {
    QList<int> eventLines; // the BEGIN:VEVENT line of each calendar's events, in file order
};

// Reads the file's text as libical will (lines end at LF; a line starting with a space or tab
// continues the one before) and checks the raw values of the properties that say when someone is
// busy: DTSTART, DTEND, DURATION, RRULE, RDATE, EXDATE and RECURRENCE-ID of events, FREEBUSY
// periods, and the start, offsets and rules of time zone definitions. libical reads some broken
// values as something else ("2024102X" as 2 October) and drops others, so a broken one is refused
// here with its line. Also refused: an event without DTSTART, and a TZID that neither the file
// defines nor any zone database knows (`knownZone`). Every other property is left to libical,
// which may skip it (an empty DESCRIPTION, a malformed ATTENDEE, an X- property).
Result<Outline> scanEssentials(const QByteArray &text, const QString &sourceName,
                               bool (*knownZone)(const QByteArray &tzid));

} // namespace shuzai::ical
