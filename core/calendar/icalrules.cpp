#include "icalrules.h"

#include "icslines.h"
#include "icsscan.h"

#include <QDateTime>
#include <ctime>

namespace shuzai::ical {

Error refused(const QString &sourceName, const char *text, const QStringList &args)
{
    return Error(ErrorCode::InvalidInput, text, args, QStringLiteral("file")).at(sourceName);
}

// CPU time this thread has used, in milliseconds: the work done here, however busy the machine.
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

namespace {
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

} // namespace

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

// A start for an hourly, minutely or secondly rule without COUNT near the range's beginning:
// the event's start moved on by whole intervals, so the rule's grid stays where it was and the
// bound on its steps counts from the range, not from a start years earlier.
std::optional<icaltimetype> alignedStart(const icalrecurrencetype &rule, icaltimetype first,
                                         const Range &range, qint64 length)
{
    qint64 step = 0;
    switch (rule.freq) {
    case ICAL_SECONDLY_RECURRENCE:
        step = 1;
        break;
    case ICAL_MINUTELY_RECURRENCE:
        step = 60;
        break;
    case ICAL_HOURLY_RECURRENCE:
        step = 3600;
        break;
    default:
        return std::nullopt;
    }
    if (!range.isValid() || rule.count != 0 || first.is_date ||
        range.from.date().year() >= kLastYear)
        return std::nullopt;
    step *= qMax(1, int(rule.interval));
    // In the event's own fields, as libical steps: a margin of two days for the zone's offset.
    const icaltimetype target = fieldsLike(range.from.addSecs(-length).addDays(-2), first);
    const qint64 ahead = qint64(icaltime_as_timet(target)) - qint64(icaltime_as_timet(first));
    if (ahead <= step)
        return std::nullopt;
    const qint64 by = ahead / step * step;
    icaltimetype from = first;
    icaltime_adjust(&from, int(by / 86400), 0, 0, int(by % 86400));
    if (!icaltime_is_null_time(rule.until) && icaltime_compare(from, rule.until) >= 0)
        return std::nullopt;
    return from;
}

// A repeating event's rule with an UNTIL no later than libical needs to go: it searches for the
// next occurrence step by step until one matches or UNTIL passes, so a rule that never matches
// (FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30) kept a single call busy for hours. Bounded by a number
// of steps from where the iterator starts, by the horizon, and by the end of the range.
icalrecurrencetype boundedRule(icalrecurrencetype rule, icaltimetype start, const Range &range,
                               bool *stepLimited)
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
    bool bySteps = true;
    if (last.year >= kLastYear || last.year < start.year) {
        last = fieldsLike(horizon(), last);
        bySteps = false;
    }
    if (range.isValid() && range.to.date().year() < kLastYear) {
        const icaltimetype end = fieldsLike(range.to.addDays(2), last);
        if (icaltime_compare(end, last) < 0) {
            last = end;
            bySteps = false;
        }
    }
    if (stepLimited) {
        *stepLimited = bySteps && (icaltime_is_null_time(rule.until) ||
                                   icaltime_compare(rule.until, last) > 0);
    }
    last.is_date = start.is_date;
    if (start.is_date)
        last.hour = last.minute = last.second = 0;
    if (icaltime_is_null_time(rule.until) || icaltime_compare(rule.until, last) > 0)
        rule.until = last;
    return rule;
}

namespace {
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

} // namespace

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
                        return refused(
                            sourceName,
                            QT_TRANSLATE_NOOP("Error", "The file defines the time zone %1 by a "
                                                       "rule that is not a yearly change (%2). "
                                                       "Nothing was imported."),
                            {tzid, QString::fromUtf8(icalproperty_get_value_as_string(p))});
                    }
                    const int perYear =
                        qMax(1, qMax(byCount(rule.by_day), byCount(rule.by_month_day)));
                    changes += qint64(qMax(years, 0)) * perYear;
                }
            }
            if (changes > kMaxChanges) {
                return refused(sourceName,
                               QT_TRANSLATE_NOOP("Error", "The file defines the time zone %1 with "
                                                          "more than %2 changes of offset. "
                                                          "Nothing was imported."),
                               {tzid, QString::number(kMaxChanges)});
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
    qsizetype contentLine = 0, contentLength = 0;
    int events = 0, contentLines = 0;
    return forEachIcsLine(
        text, [&](int number, QByteArrayView line, bool continuation) -> std::optional<Error> {
            if (continuation) {
                contentLength += line.size(); // unfolding drops the line break and the blank
            } else {
                if (++contentLines > kMaxContentLines) {
                    return refused(sourceName,
                                   QT_TRANSLATE_NOOP("Error", "The file has more than %1 lines. "
                                                              "Nothing was imported."),
                                   {QString::number(kMaxContentLines)});
                }
                contentLine = number;
                contentLength = line.size();
                if (line.size() >= 12 && qstrnicmp(line.data(), "BEGIN:VEVENT", 12) == 0 &&
                    ++events > kMaxEvents) {
                    return refused(sourceName,
                                   QT_TRANSLATE_NOOP("Error", "The file has more than %1 events. "
                                                              "Nothing was imported."),
                                   {QString::number(kMaxEvents)});
                }
            }
            if (contentLength > kMaxLineBytes) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error",
                                               "The line is longer than %1 KB (continuation "
                                               "lines included). Nothing was imported."),
                             {QString::number(kMaxLineBytes / 1024)}, QStringLiteral("file"))
                    .at(lineOf(sourceName, int(contentLine)));
            }
            return std::nullopt;
        });
}

} // namespace shuzai::ical
