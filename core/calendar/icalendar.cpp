#include "icalendar.h"

#include <QSet>
#include <QTimeZone>
#include <libical/ical.h>
#include <memory>

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

QDateTime toUtc(icaltimetype t, icalcomponent *calendar, icalproperty *property,
                const QTimeZone &floating)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return {};
    if (t.is_date) // an all-day event: the day where the reader is
        return QDateTime(QDate(t.year, t.month, t.day), QTime(0, 0), floating).toUTC();
    const icaltimezone *zone = t.zone;
    if (!zone && property) {
        if (icalparameter *p = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
            const char *tzid = icalparameter_get_tzid(p);
            zone = icalcomponent_get_timezone(calendar, tzid);
            if (!zone)
                zone = icaltimezone_get_builtin_timezone(tzid);
            if (!zone) {
                const QTimeZone qt{QByteArray(tzid)};
                if (qt.isValid()) {
                    return QDateTime(QDate(t.year, t.month, t.day),
                                     QTime(t.hour, t.minute, t.second), qt)
                        .toUTC();
                }
            }
        }
    }
    if (!zone && !icaltime_is_utc(t)) // floating: a local time of the reader's choosing
        return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), floating)
            .toUTC();
    const time_t seconds =
        icaltime_as_timet_with_zone(t, zone ? zone : icaltimezone_get_utc_timezone());
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

Error refused(const char *text, const QStringList &args)
{
    return Error(ErrorCode::InvalidInput, text, args, QStringLiteral("file"));
}
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

Result<QList<BusyPeriod>> readBusyTimes(const QByteArray &ics, const QString &sourceName,
                                        const QString &floatingZone, const Range &range)
{
    const QTimeZone floating(floatingZone.toUtf8());
    QByteArray text = ics;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (!text.trimmed().startsWith("BEGIN:VCALENDAR")) {
        return refused(QT_TRANSLATE_NOOP("Error", "%1 is not an iCalendar file: it does not start "
                                                  "with BEGIN:VCALENDAR."),
                       {sourceName});
    }
    icalerror_set_errors_are_fatal(0);
    Component root(icalparser_parse_string(text.constData()));
    if (!root) {
        return refused(QT_TRANSLATE_NOOP("Error", "%1 could not be read as an iCalendar file."),
                       {sourceName});
    }
    // Several VCALENDARs come wrapped in an XROOT; one comes as itself.
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root.get());
    } else {
        for (icalcomponent *c =
                 icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    }
    if (calendars.isEmpty()) {
        return refused(QT_TRANSLATE_NOOP("Error", "%1 holds no calendar."), {sourceName});
    }
    QList<BusyPeriod> out;
    for (icalcomponent *calendar : calendars) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            if (icalcomponent_count_errors(event) > 0) {
                icalproperty *error =
                    icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
                return refused(
                    QT_TRANSLATE_NOOP("Error", "%1 has an event libical cannot read "
                                               "(%2). Nothing was imported."),
                    {sourceName,
                     error ? QString::fromUtf8(icalproperty_get_xlicerror(error)) : QString()});
            }
            if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
                continue;
            icalproperty *transp = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY);
            if (transp && icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT)
                continue;
            icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
            if (!dtstart) {
                return refused(QT_TRANSLATE_NOOP("Error", "%1 has an event without a start time. "
                                                          "Nothing was imported."),
                               {sourceName});
            }
            const QDateTime start =
                toUtc(icalproperty_get_dtstart(dtstart), calendar, dtstart, floating);
            QDateTime end;
            if (icalproperty *dtend =
                    icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
                end = toUtc(icalproperty_get_dtend(dtend), calendar, dtend, floating);
            } else if (icalproperty *duration =
                           icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
                const icaldurationtype d = icalproperty_get_duration(duration);
                end = start.addSecs(icaldurationtype_as_int(d));
            } else {
                const icaltimetype s = icalproperty_get_dtstart(dtstart);
                end = start.addSecs(s.is_date ? 24 * 3600 : 0);
            }
            if (!start.isValid() || !end.isValid() || end < start) {
                return refused(QT_TRANSLATE_NOOP("Error", "%1 has an event with an invalid start "
                                                          "or end. Nothing was imported."),
                               {sourceName});
            }
            const char *uid = icalcomponent_get_uid(event);
            const char *summary = icalcomponent_get_summary(event);
            const qint64 length = start.secsTo(end);
            auto add = [&](const QDateTime &s) {
                if (range.isValid() && (s >= range.to || s.addSecs(length) <= range.from))
                    return;
                out.append(BusyPeriod{0, sourceName, QString::fromUtf8(uid ? uid : ""),
                                      QString::fromUtf8(summary ? summary : ""), s,
                                      s.addSecs(length)});
            };
            // A repeating meeting blocks every occurrence in the range, not just its first.
            QSet<QDateTime> excluded;
            for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
                 p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
                excluded.insert(toUtc(icalproperty_get_exdate(p), calendar, p, floating));
            if (icalproperty *rrule =
                    icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
                icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(rrule),
                                                                icalproperty_get_dtstart(dtstart));
                constexpr int kMaxOccurrences = 5000;
                for (int n = 0; it && n < kMaxOccurrences; ++n) {
                    const icaltimetype next = icalrecur_iterator_next(it);
                    if (icaltime_is_null_time(next))
                        break;
                    const QDateTime s = toUtc(next, calendar, dtstart, floating);
                    if (!s.isValid() || (range.isValid() && s >= range.to))
                        break;
                    if (!excluded.contains(s))
                        add(s);
                }
                if (it)
                    icalrecur_iterator_free(it);
            } else {
                add(start);
            }
            for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p;
                 p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
                const icaldatetimeperiodtype rd = icalproperty_get_rdate(p);
                if (!icaltime_is_null_time(rd.time))
                    add(toUtc(rd.time, calendar, p, floating));
            }
        }
        // Free/busy exports (VFREEBUSY) list the busy periods directly.
        for (icalcomponent *fb =
                 icalcomponent_get_first_component(calendar, ICAL_VFREEBUSY_COMPONENT);
             fb; fb = icalcomponent_get_next_component(calendar, ICAL_VFREEBUSY_COMPONENT)) {
            for (icalproperty *p = icalcomponent_get_first_property(fb, ICAL_FREEBUSY_PROPERTY); p;
                 p = icalcomponent_get_next_property(fb, ICAL_FREEBUSY_PROPERTY)) {
                if (icalparameter *type =
                        icalproperty_get_first_parameter(p, ICAL_FBTYPE_PARAMETER);
                    type && icalparameter_get_fbtype(type) == ICAL_FBTYPE_FREE)
                    continue;
                const icalperiodtype period = icalproperty_get_freebusy(p);
                const QDateTime s = toUtc(period.start, calendar, nullptr, floating);
                const QDateTime e = icaltime_is_null_time(period.end)
                                        ? s.addSecs(icaldurationtype_as_int(period.duration))
                                        : toUtc(period.end, calendar, nullptr, floating);
                if (s.isValid() && e > s &&
                    !(range.isValid() && (s >= range.to || e <= range.from)))
                    out.append(BusyPeriod{0, sourceName, QString(), QString(), s, e});
            }
        }
    }
    return out;
}

} // namespace shuzai::ical
