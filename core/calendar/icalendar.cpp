#include "icalendar.h"

#include <QSet>
#include <QTimeZone>
#include <cstring>
#include <ctime>
#include <libical/ical.h>
#include <memory>
#include <optional>

namespace shuzai::ical {

namespace {
struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype localTime(const QDateTime &t, const QString &zone)
{
    const QDateTime local = t.toTimeZone(QTimeZone(zone.toUtf8()));
    icaltimetype v = icaltime_null_time();
    v.year = local.date().year();
    v.month = local.date().month();
    v.day = local.date().day();
    v.hour = local.time().hour();
    v.minute = local.time().minute();
    v.second = local.time().second();
    v.is_date = 0;
    return v;
}

icalproperty *withZone(icalproperty *p, const QString &zone)
{
    icalproperty_set_parameter(p, icalparameter_new_tzid(zone.toUtf8().constData()));
    return p;
}

// libical's built-in zone, renamed from "/freeassociation.sourceforge.net/Asia/Tokyo" to the
// plain IANA name that calendars expect.
icalcomponent *vtimezone(const QString &zone)
{
    icaltimezone *builtin = icaltimezone_get_builtin_timezone(zone.toUtf8().constData());
    if (!builtin)
        return nullptr;
    icalcomponent *clone = icalcomponent_new_clone(icaltimezone_get_component(builtin));
    icalproperty *tzid = icalcomponent_get_first_property(clone, ICAL_TZID_PROPERTY);
    if (tzid)
        icalproperty_set_tzid(tzid, zone.toUtf8().constData());
    return clone;
}

icalproperty *person(icalproperty *p, const Person &who)
{
    if (!who.name.isEmpty())
        icalproperty_set_parameter(p, icalparameter_new_cn(who.name.toUtf8().constData()));
    return p;
}

QString mailto(const QString &email)
{
    return QStringLiteral("mailto:") + email;
}

// Busy times end here: libical works out a zone's offsets year by year up to the year asked
// for (New York's up to the year 7025 took 0.85 s); nobody books an interview after 2200.
} // namespace

QByteArray write(const QList<Event> &events, Method method)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Shuzai//Shuzai 0.1//JA"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(
        calendar.get(), icalproperty_new_method(method == Method::Request  ? ICAL_METHOD_REQUEST
                                                : method == Method::Cancel ? ICAL_METHOD_CANCEL
                                                                           : ICAL_METHOD_PUBLISH));
    QStringList zones;
    for (const Event &e : events) {
        if (!zones.contains(e.timeZone))
            zones.append(e.timeZone);
    }
    // A zone libical has no definition for (Qt knows more) is written as UTC times instead,
    // so no event names a TZID the file does not define.
    QSet<QString> inUtc;
    for (const QString &zone : zones) {
        if (icalcomponent *tz = vtimezone(zone))
            icalcomponent_add_component(calendar.get(), tz);
        else
            inUtc.insert(zone);
    }
    const icaltimetype now = icaltime_current_time_with_zone(icaltimezone_get_utc_timezone());
    for (const Event &e : events) {
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(e.uid.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_sequence(e.sequence));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(now));
        if (inUtc.contains(e.timeZone)) {
            icaltimetype start = localTime(e.start, QStringLiteral("UTC"));
            icaltimetype end = localTime(e.end, QStringLiteral("UTC"));
            start.zone = end.zone = icaltimezone_get_utc_timezone();
            icalcomponent_add_property(event, icalproperty_new_dtstart(start));
            icalcomponent_add_property(event, icalproperty_new_dtend(end));
        } else {
            icalcomponent_add_property(
                event,
                withZone(icalproperty_new_dtstart(localTime(e.start, e.timeZone)), e.timeZone));
            icalcomponent_add_property(
                event, withZone(icalproperty_new_dtend(localTime(e.end, e.timeZone)), e.timeZone));
        }
        icalcomponent_add_property(event, icalproperty_new_summary(e.summary.toUtf8().constData()));
        if (!e.description.isEmpty())
            icalcomponent_add_property(
                event, icalproperty_new_description(e.description.toUtf8().constData()));
        if (!e.location.isEmpty())
            icalcomponent_add_property(event,
                                       icalproperty_new_location(e.location.toUtf8().constData()));
        if (!e.url.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_url(e.url.toUtf8().constData()));
        if (!e.organizer.email.isEmpty()) {
            icalcomponent_add_property(
                event,
                person(icalproperty_new_organizer(mailto(e.organizer.email).toUtf8().constData()),
                       e.organizer));
        }
        for (const Person &a : e.attendees) {
            if (a.email.isEmpty())
                continue;
            icalproperty *attendee =
                person(icalproperty_new_attendee(mailto(a.email).toUtf8().constData()), a);
            icalproperty_set_parameter(attendee, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
            icalproperty_set_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
            icalcomponent_add_property(event, attendee);
        }
        icalcomponent_add_property(event,
                                   icalproperty_new_status(e.cancelled   ? ICAL_STATUS_CANCELLED
                                                           : e.tentative ? ICAL_STATUS_TENTATIVE
                                                                         : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(calendar.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace shuzai::ical
