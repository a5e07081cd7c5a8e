#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <libical/ical.h>

namespace shuzai::ical {

// Busy times end here: libical works out a zone's offsets year by year up to the year asked
// for (New York's up to the year 7025 took 0.85 s); nobody books an interview after 2200.
constexpr int kLastYear = 2200;
QDateTime horizon();

// The zone database's zone for a TZID as calendars write it: an IANA name (Asia/Tokyo), a
// Windows name as Outlook and Exchange write it (Tokyo Standard Time), or either behind a
// prefix (/freeassociation.sourceforge.net/Asia/Tokyo, /mozilla.org/20050126_1/Asia/Tokyo).
// Invalid when none matches.
QTimeZone zoneNamed(const QByteArray &tzid);
bool isKnownZone(const QByteArray &tzid);

// Turns the times of one VCALENDAR into UTC. A TZID is looked up in the file's VTIMEZONEs first,
// then in libical's and the system's zone databases (zoneNamed). A time before the first change a
// VTIMEZONE of the file defines (Apple writes definitions that start in a later year than an
// old event) is read with the zone database when the TZID names a known zone, else with the
// file's definition one or more leap cycles later. Floating times and dates are read in
// `floating`.
class ZoneReader {
public:
    ZoneReader(icalcomponent *calendar, QTimeZone floating);

    // Invalid when the time is not a valid time or its TZID names no zone.
    QDateTime toUtc(icaltimetype t, icalproperty *property);

private:
    struct Zone {
        icaltimezone *fromFile = nullptr;
        icaltimetype firstChange = icaltime_null_time(); // of the file's definition
        icaltimezone *builtin = nullptr;
        QTimeZone database;
    };
    const Zone &zone(const QByteArray &tzid);
    QDateTime fromFile(icaltimetype t, const Zone &z) const;

    icalcomponent *m_calendar;
    QTimeZone m_floating;
    QHash<QByteArray, Zone> m_zones;
};

} // namespace shuzai::ical
