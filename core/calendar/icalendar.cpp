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
constexpr int kLastYear = 2200;

QDateTime horizon()
{
    return QDateTime(QDate(kLastYear, 1, 1), QTime(0, 0), Qt::UTC);
}

QDateTime toUtc(icaltimetype t, icalcomponent *calendar, icalproperty *property,
                const QTimeZone &floating)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return {};
    if (t.year >= kLastYear)
        return horizon();
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

// CPU time this thread has used, in milliseconds: the work done here, however busy the machine.
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

// `utc`'s date and time as fields of a time in `like`'s frame (its zone, date or date-time): a
// bound for libical's iterator, which compares times in the event's own frame. Used with a
// margin of two days for the zone's offset, daylight saving included.
icaltimetype fieldsLike(const QDateTime &utc, icaltimetype like)
{
    icaltimetype t = like;
    t.year = utc.date().year();
    t.month = utc.date().month();
    t.day = utc.date().day();
    t.hour = like.is_date ? 0 : utc.time().hour();
    t.minute = like.is_date ? 0 : utc.time().minute();
    t.second = like.is_date ? 0 : utc.time().second();
    return t;
}

// Where to start a repeating event's iterator: at its start, or with a range near the range's
// beginning, so years of occurrences before it cost nothing. Only for daily and longer rules
// without COUNT: COUNT needs every occurrence from the start, and started this way libical
// loses an hourly rule's INTERVAL (FREQ=HOURLY;INTERVAL=5 came out on the wrong hours).
std::optional<icaltimetype> laterStart(const icalrecurrencetype &rule, icaltimetype first,
                                       const Range &range, qint64 length)
{
    const bool daily = rule.freq == ICAL_DAILY_RECURRENCE || rule.freq == ICAL_WEEKLY_RECURRENCE ||
                       rule.freq == ICAL_MONTHLY_RECURRENCE || rule.freq == ICAL_YEARLY_RECURRENCE;
    if (!range.isValid() || !daily || rule.count != 0 || range.from.date().year() >= kLastYear)
        return std::nullopt;
    const icaltimetype from = fieldsLike(range.from.addSecs(-length).addDays(-2), first);
    if (icaltime_compare(from, first) <= 0 ||
        (!icaltime_is_null_time(rule.until) && icaltime_compare(from, rule.until) >= 0))
        return std::nullopt;
    return from;
}

// A repeating event's rule with an UNTIL no later than libical needs to go: it searches for the
// next occurrence step by step until one matches or UNTIL passes, so a rule that never matches
// (FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30) kept a single call busy for hours. Bounded by a number
// of steps from where the iterator starts, by the horizon, and by the end of the range.
icalrecurrencetype boundedRule(icalrecurrencetype rule, icaltimetype start, const Range &range)
{
    constexpr int kMaxSteps = 20'000;
    const qint64 interval = qMax(1, int(rule.interval));
    qint64 stepSeconds = 0;
    switch (rule.freq) {
    case ICAL_SECONDLY_RECURRENCE:
        stepSeconds = 1;
        break;
    case ICAL_MINUTELY_RECURRENCE:
        stepSeconds = 60;
        break;
    case ICAL_HOURLY_RECURRENCE:
        stepSeconds = 3600;
        break;
    case ICAL_DAILY_RECURRENCE:
        stepSeconds = 86400;
        break;
    case ICAL_WEEKLY_RECURRENCE:
        stepSeconds = 7 * 86400;
        break;
    case ICAL_MONTHLY_RECURRENCE:
        stepSeconds = 31 * 86400;
        break;
    default:
        stepSeconds = 366 * 86400;
        break;
    }
    const qint64 span =
        qMin<qint64>(kMaxSteps * interval * stepSeconds, qint64(kLastYear) * 366 * 86400);
    icaltimetype last = start;
    last.is_date = 0;
    icaltime_adjust(&last, int(span / 86400), 0, 0, int(span % 86400));
    if (last.year >= kLastYear || last.year < start.year)
        last = fieldsLike(horizon(), last);
    if (range.isValid() && range.to.date().year() < kLastYear) {
        const icaltimetype end = fieldsLike(range.to.addDays(2), last);
        if (icaltime_compare(end, last) < 0)
            last = end;
    }
    last.is_date = start.is_date;
    if (start.is_date)
        last.hour = last.minute = last.second = 0;
    if (icaltime_is_null_time(rule.until) || icaltime_compare(rule.until, last) > 0)
        rule.until = last;
    return rule;
}

// The length of one of a rule's BY lists.
template <size_t N> int byCount(const short (&list)[N])
{
    int n = 0;
    while (n < int(N) && list[n] != ICAL_RECURRENCE_ARRAY_MAX)
        ++n;
    return n;
}

// Whether libical can work out a time zone rule's changes quickly: libical runs each rule of a
// zone defined in the file from its start up to the year it needs, in one call nothing can
// interrupt. A rule changing every day from year 1 (YEARLY with all months and days) took 13
// seconds, FREQ=SECONDLY never finished. Real zones change once or twice a year: a YEARLY rule
// for one month, on a weekday with its position (2SU, -1SU) or on a weekday among a few days
// of the month (BYMONTHDAY=23,...,29;BYDAY=FR).
bool isPlainZoneRule(const icalrecurrencetype &rule)
{
    if (rule.freq != ICAL_YEARLY_RECURRENCE || byCount(rule.by_month) > 1 ||
        byCount(rule.by_second) > 0 || byCount(rule.by_minute) > 0 || byCount(rule.by_hour) > 0 ||
        byCount(rule.by_year_day) > 0 || byCount(rule.by_week_no) > 0 ||
        byCount(rule.by_set_pos) > 0 || byCount(rule.by_month_day) > 7 || byCount(rule.by_day) > 7)
        return false;
    if (byCount(rule.by_month_day) > 0)
        return true;
    for (int i = 0; i < byCount(rule.by_day); ++i) {
        if (icalrecurrencetype_day_position(rule.by_day[i]) == 0)
            return false; // every Sunday of the month, or of the year
    }
    return true;
}

// Checks the time zones the file defines before any time is converted: each rule must be a
// plain yearly change (isPlainZoneRule), and the changes libical may have to work out for one
// zone up to the horizon stay below a bound (200 rules from year 1 with seven days each took 30
// seconds; a real zone has a few rules and at most a few hundred dates).
std::optional<Error> checkTimeZoneRules(const QList<icalcomponent *> &calendars,
                                        const QString &sourceName)
{
    constexpr qint64 kMaxChanges = 100'000;
    for (icalcomponent *calendar : calendars) {
        for (icalcomponent *zone =
                 icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
             zone; zone = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
            icalproperty *id = icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY);
            const QString tzid = QString::fromUtf8(id ? icalproperty_get_tzid(id) : "");
            qint64 changes = 0;
            for (icalcomponent *part = icalcomponent_get_first_component(zone, ICAL_ANY_COMPONENT);
                 part; part = icalcomponent_get_next_component(zone, ICAL_ANY_COMPONENT)) {
                changes += icalcomponent_count_properties(part, ICAL_RDATE_PROPERTY);
                const icaltimetype from = icalcomponent_get_dtstart(part);
                const int years = kLastYear - (icaltime_is_null_time(from) ? 0 : from.year);
                for (icalproperty *p = icalcomponent_get_first_property(part, ICAL_RRULE_PROPERTY);
                     p; p = icalcomponent_get_next_property(part, ICAL_RRULE_PROPERTY)) {
                    const icalrecurrencetype rule = icalproperty_get_rrule(p);
                    if (!isPlainZoneRule(rule)) {
                        return refused(QT_TRANSLATE_NOOP("Error",
                                                         "%1 defines the time zone %2 by a rule "
                                                         "that is not a yearly change (%3). "
                                                         "Nothing was imported."),
                                       {sourceName, tzid,
                                        QString::fromUtf8(icalproperty_get_value_as_string(p))});
                    }
                    const int perYear =
                        qMax(1, qMax(byCount(rule.by_day), byCount(rule.by_month_day)));
                    changes += qint64(qMax(years, 0)) * perYear;
                }
            }
            if (changes > kMaxChanges) {
                return refused(QT_TRANSLATE_NOOP("Error", "%1 defines the time zone %2 with "
                                                          "more than %3 changes of offset. "
                                                          "Nothing was imported."),
                               {sourceName, tzid, QString::number(kMaxChanges)});
            }
        }
    }
    return std::nullopt;
}

// The limits libical cannot be trusted with, checked on the raw text in one pass: the longest
// content line (libical rescans a line from its start for every 80 bytes it reads, and its
// parameter parsing does the same per parameter) and the number of events.
std::optional<Error> checkLimits(const QByteArray &text, const QString &sourceName)
{
    using namespace limits;
    // Lines end at LF, as libical reads them (a lone CR does not end one); a line starting with
    // a space or tab continues the one before.
    const char *const data = text.constData();
    const qsizetype size = text.size();
    qsizetype lineNumber = 0, contentLine = 0, contentLength = 0;
    int events = 0, contentLines = 0;
    for (qsizetype start = 0; start < size;) {
        const void *newline = std::memchr(data + start, '\n', size_t(size - start));
        const qsizetype end = newline ? static_cast<const char *>(newline) - data : size;
        const qsizetype length = end - start - (end > start && data[end - 1] == '\r' ? 1 : 0);
        ++lineNumber;
        if (lineNumber > 1 && length > 0 && (data[start] == ' ' || data[start] == '\t')) {
            contentLength += length - 1; // unfolding drops the line break and the blank
        } else {
            if (++contentLines > kMaxContentLines) {
                return refused(QT_TRANSLATE_NOOP("Error", "%1 has more than %2 lines. Nothing "
                                                          "was imported."),
                               {sourceName, QString::number(kMaxContentLines)});
            }
            contentLine = lineNumber;
            contentLength = length;
            if (length >= 12 && qstrnicmp(data + start, "BEGIN:VEVENT", 12) == 0 &&
                ++events > kMaxEvents) {
                return refused(QT_TRANSLATE_NOOP("Error", "%1 has more than %2 events. Nothing "
                                                          "was imported."),
                               {sourceName, QString::number(kMaxEvents)});
            }
        }
        if (contentLength > kMaxLineBytes) {
            return refused(
                QT_TRANSLATE_NOOP("Error", "%1 cannot be imported: line %2 is longer "
                                           "than %3 KB (continuation lines "
                                           "included). Nothing was imported."),
                {sourceName, QString::number(contentLine), QString::number(kMaxLineBytes / 1024)});
        }
        start = end + 1;
    }
    return std::nullopt;
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
    if (ics.size() > limits::kMaxFileBytes) {
        return refused(QT_TRANSLATE_NOOP("Error", "%1 is too large for a calendar import (%2 MB; "
                                                  "the limit is %3 MB). Nothing was imported."),
                       {sourceName, QString::number(ics.size() / (1024 * 1024)),
                        QString::number(limits::kMaxFileBytes / (1024 * 1024))});
    }
    const QTimeZone floating(floatingZone.toUtf8());
    QByteArray text = ics;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (!text.trimmed().startsWith("BEGIN:VCALENDAR")) {
        return refused(QT_TRANSLATE_NOOP("Error", "%1 is not an iCalendar file: it does not start "
                                                  "with BEGIN:VCALENDAR."),
                       {sourceName});
    }
    if (auto error = checkLimits(text, sourceName))
        return *error;
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
    if (auto error = checkTimeZoneRules(calendars, sourceName))
        return *error;
    QList<BusyPeriod> out;
    int events = 0;
    const qint64 startedMs = threadCpuMs();
    const auto overBudget = [&] {
        return threadCpuMs() - startedMs > limits::kMaxWorkMs;
    };
    const auto tooSlow = [&] {
        return refused(QT_TRANSLATE_NOOP("Error", "%1 has repeating events or time zones that "
                                                  "take more than %2 seconds to work out. "
                                                  "Nothing was imported."),
                       {sourceName, QString::number(limits::kMaxWorkMs / 1000)});
    };
    qint64 examined = 0; // occurrences looked at, in or out of the range
    const auto tooManyEvents = [&] {
        return refused(QT_TRANSLATE_NOOP("Error", "%1 has more than %2 events. Nothing was "
                                                  "imported."),
                       {sourceName, QString::number(limits::kMaxEvents)});
    };
    const auto tooManyOccurrences = [&] {
        return examined > limits::kMaxOccurrencesExamined
                   ? refused(QT_TRANSLATE_NOOP("Error", "%1 has repeating events with more than %2 "
                                                        "occurrences in all. Nothing was "
                                                        "imported."),
                             {sourceName, QString::number(limits::kMaxOccurrencesExamined)})
                   : refused(QT_TRANSLATE_NOOP("Error", "%1 has more than %2 busy times "
                                                        "(repeating events counted once per "
                                                        "occurrence). Nothing was imported."),
                             {sourceName, QString::number(limits::kMaxBusyPeriods)});
    };
    for (icalcomponent *calendar : calendars) {
        for (icalcomponent *event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            // A folded BEGIN line escapes the count before parsing; this one sees every event.
            if (++events > limits::kMaxEvents)
                return tooManyEvents();
            if (overBudget())
                return tooSlow();
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
                ++examined;
                if (!s.isValid() || s >= horizon() ||
                    (range.isValid() && (s >= range.to || s.addSecs(length) <= range.from)))
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
                const icaltimetype first = icalproperty_get_dtstart(dtstart);
                const icalrecurrencetype rule = icalproperty_get_rrule(rrule);
                const auto later = laterStart(rule, first, range, length);
                icalrecur_iterator *it =
                    icalrecur_iterator_new(boundedRule(rule, later.value_or(first), range), first);
                if (it && later)
                    icalrecur_iterator_set_start(it, *later);
                constexpr int kMaxOccurrences = 5000;
                for (int n = 0; it && n < kMaxOccurrences; ++n) {
                    if (examined > limits::kMaxOccurrencesExamined || overBudget()) {
                        icalrecur_iterator_free(it);
                        return overBudget() ? tooSlow() : tooManyOccurrences();
                    }
                    const icaltimetype next = icalrecur_iterator_next(it);
                    if (icaltime_is_null_time(next))
                        break;
                    const QDateTime s = toUtc(next, calendar, dtstart, floating);
                    if (!s.isValid() || s >= horizon() || (range.isValid() && s >= range.to))
                        break;
                    if (excluded.contains(s))
                        ++examined;
                    else
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
            if (out.size() > limits::kMaxBusyPeriods || examined > limits::kMaxOccurrencesExamined)
                return tooManyOccurrences();
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
                if (out.size() > limits::kMaxBusyPeriods)
                    return tooManyOccurrences();
            }
        }
    }
    return out;
}

} // namespace shuzai::ical
