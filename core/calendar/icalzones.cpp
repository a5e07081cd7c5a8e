#include "icalzones.h"

namespace shuzai::ical {

QDateTime horizon()
{
    return QDateTime(QDate(kLastYear, 1, 1), QTime(0, 0), Qt::UTC);
}

QTimeZone zoneNamed(const QByteArray &tzid)
{
    // The name itself, then what follows each '/' (a prefix such as libical's or Mozilla's).
    QByteArray name = tzid.trimmed();
    while (!name.isEmpty()) {
        if (QTimeZone::isTimeZoneIdAvailable(name))
            return QTimeZone(name);
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name);
        if (!iana.isEmpty())
            return QTimeZone(iana);
        const qsizetype slash = name.indexOf('/');
        if (slash < 0)
            break;
        name = name.mid(slash + 1);
    }
    return {};
}

bool isKnownZone(const QByteArray &tzid)
{
    return zoneNamed(tzid).isValid() || icaltimezone_get_builtin_timezone(tzid.constData());
}

namespace {
// A time's fields as if they were UTC: local time as a number of seconds.
QDateTime fields(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, qMin(t.second, 59)),
                     Qt::UTC);
}

QDateTime inZone(const icaltimetype &t, const QTimeZone &zone)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, qMin(t.second, 59)),
                     zone)
        .toUTC();
}

QDateTime withLibical(const icaltimetype &t, icaltimezone *zone)
{
    return QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(t, zone)), Qt::UTC);
}

// The earliest DTSTART of a VTIMEZONE's STANDARD and DAYLIGHT parts: libical has no changes to
// go by before it.
icaltimetype firstChange(icaltimezone *zone)
{
    icaltimetype first = icaltime_null_time();
    icalcomponent *definition = icaltimezone_get_component(zone);
    for (icalcomponent *part =
             definition ? icalcomponent_get_first_component(definition, ICAL_ANY_COMPONENT)
                        : nullptr;
         part; part = icalcomponent_get_next_component(definition, ICAL_ANY_COMPONENT)) {
        const icaltimetype start = icalcomponent_get_dtstart(part);
        if (!icaltime_is_null_time(start) &&
            (icaltime_is_null_time(first) || fields(start) < fields(first)))
            first = start;
    }
    return first;
}
} // namespace

ZoneReader::ZoneReader(icalcomponent *calendar, QTimeZone floating)
    : m_calendar(calendar)
    , m_floating(std::move(floating))
{
}

const ZoneReader::Zone &ZoneReader::zone(const QByteArray &tzid)
{
    auto it = m_zones.find(tzid);
    if (it != m_zones.end())
        return *it;
    Zone z;
    z.fromFile = icalcomponent_get_timezone(m_calendar, tzid.constData());
    if (z.fromFile)
        z.firstChange = firstChange(z.fromFile);
    else
        z.builtin = icaltimezone_get_builtin_timezone(tzid.constData());
    z.database = zoneNamed(tzid);
    return *m_zones.insert(tzid, z);
}

QDateTime ZoneReader::fromFile(icaltimetype t, const Zone &z) const
{
    if (icaltime_is_null_time(z.firstChange) || fields(t) >= fields(z.firstChange))
        return withLibical(t, z.fromFile);
    if (z.database.isValid())
        return inZone(t, z.database);
    // The file's rules whole leap cycles later, where they apply: the same offset on the same
    // day of the year for a zone that changes by yearly rules.
    icaltimetype later = t;
    later.year += ((z.firstChange.year + 1 - t.year + 3) / 4) * 4;
    const qint64 offset = withLibical(later, z.fromFile).secsTo(fields(later));
    return fields(t).addSecs(-offset);
}

QDateTime ZoneReader::toUtc(icaltimetype t, icalproperty *property)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return {};
    if (t.year >= kLastYear)
        return horizon();
    if (t.is_date) // an all-day event: the day where the reader is
        return QDateTime(QDate(t.year, t.month, t.day), QTime(0, 0), m_floating).toUTC();
    if (icaltime_is_utc(t))
        return fields(t);
    icalparameter *p =
        property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
    if (p && icalparameter_get_tzid(p)) {
        const Zone &z = zone(QByteArray(icalparameter_get_tzid(p)));
        if (z.fromFile)
            return fromFile(t, z);
        if (z.builtin)
            return withLibical(t, z.builtin);
        if (z.database.isValid())
            return inZone(t, z.database);
        return {};
    }
    if (t.zone)
        return withLibical(t, const_cast<icaltimezone *>(t.zone));
    return inZone(t, m_floating); // floating: a local time of the reader's choosing
}

} // namespace shuzai::ical
