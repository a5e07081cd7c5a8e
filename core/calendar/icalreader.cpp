// Reading busy times from .ics files (readBusyTimes); writing them is icalendar.cpp.
#include "icalendar.h"
#include "icalrules.h"
#include "icalzones.h"
#include "icsscan.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <libical/ical.h>
#include <limits>
#include <memory>

namespace shuzai::ical {

namespace {
struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

// Occurrences of one repeating event looked at, at most (with a range they start near it).
constexpr int kMaxOccurrencesPerSeries = 5000;

// Whether one of libical's X-LIC-ERROR texts is about a property that says when someone is busy.
// The scan refuses broken values of these first; this is the backstop.
bool aboutTimes(const char *text)
{
    static const char *const kNames[] = {"DTSTART", "DTEND",  "DURATION",     "RRULE",
                                         "RDATE",   "EXDATE", "RECURRENCE-ID"};
    for (const char *name : kNames) {
        if (text && std::strstr(text, name))
            return true;
    }
    return false;
}

// Marked free: TRANSP:TRANSPARENT, or Outlook's busy status FREE.
bool isFree(icalcomponent *event)
{
    icalproperty *transp = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY);
    if (transp && icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT)
        return true;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        const char *name = icalproperty_get_x_name(p);
        const char *value = icalproperty_get_x(p);
        if (name && value && qstricmp(name, "X-MICROSOFT-CDO-BUSYSTATUS") == 0 &&
            qstricmp(value, "FREE") == 0)
            return true;
    }
    return false;
}

QString text(const char *value)
{
    return QString::fromUtf8(value ? value : "");
}

QDate dayOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

// One event's occurrences as they are added: the times left out and the ones already there.
struct Series {
    QString uid;
    QString summary;
    qint64 length = 0;
    QSet<QDateTime> excluded; // EXDATE and the occurrences RECURRENCE-ID events replace
    QSet<QDate> excludedDays; // EXDATE as a date for a series with times
    QSet<QDateTime> added;
};

class Reader {
public:
    Reader(const QString &source, const QTimeZone &floating, const Range &range,
           const Outline &outline)
        : m_source(source)
        , m_floating(floating)
        , m_range(range)
        , m_outline(outline)
        , m_started(threadCpuMs())
    {
    }

    std::optional<Error> readCalendar(icalcomponent *calendar);
    BusyRead result;

private:
    std::optional<Error> readEvent(icalcomponent *event, QString where, ZoneReader &zones);
    std::optional<Error> expand(icalcomponent *event, icalproperty *dtstart, Series &series,
                                ZoneReader &zones);
    std::optional<Error> readFreeBusy(icalcomponent *freeBusy, ZoneReader &zones);
    void overridesOf(icalcomponent *calendar, ZoneReader &zones);
    // Adds one occurrence unless excluded, already there or outside the range.
    void add(Series &series, const QDateTime &start, qint64 length);
    bool overBudget() const { return threadCpuMs() - m_started > limits::kMaxWorkMs; }
    std::optional<Error> checkCounts() const;
    Error tooSlow() const;

    const QString &m_source;
    QTimeZone m_floating;
    Range m_range;
    const Outline &m_outline;
    qint64 m_started;
    int m_events = 0;
    qint64 m_examined = 0;                        // occurrences looked at, in or out of the range
    QHash<QString, QSet<QDateTime>> m_overridden; // by UID: the RECURRENCE-IDs in UTC
    // A change to "this and the following" occurrences (RECURRENCE-ID;RANGE=THISANDFUTURE):
    // every occurrence from `from` on moves by `shift` and lasts `length` (-1: as before).
    struct FutureChange {
        QDateTime from;
        qint64 shift = 0;
        qint64 length = -1;
    };
    QHash<QString, QList<FutureChange>> m_futureChanges; // by UID, latest `from` last
    // Adds one occurrence of a series at its original time `start`, moved by the latest change
    // to the following occurrences that covers it.
    void addOccurrence(Series &series, const QDateTime &start);
};

Error Reader::tooSlow() const
{
    return refused(m_source,
                   QT_TRANSLATE_NOOP("Error", "The file has repeating events or time zones that "
                                              "take more than %1 seconds to work out. Nothing "
                                              "was imported."),
                   {QString::number(limits::kMaxWorkMs / 1000)});
}

std::optional<Error> Reader::checkCounts() const
{
    if (m_examined > limits::kMaxOccurrencesExamined) {
        return refused(m_source,
                       QT_TRANSLATE_NOOP("Error", "The file has repeating events with more than "
                                                  "%1 occurrences in all. Nothing was imported."),
                       {QString::number(limits::kMaxOccurrencesExamined)});
    }
    if (result.periods.size() > limits::kMaxBusyPeriods) {
        return refused(m_source,
                       QT_TRANSLATE_NOOP("Error", "The file has more than %1 busy times "
                                                  "(repeating events counted once per "
                                                  "occurrence). Nothing was imported."),
                       {QString::number(limits::kMaxBusyPeriods)});
    }
    if (overBudget())
        return tooSlow();
    return std::nullopt;
}

void Reader::add(Series &series, const QDateTime &start, qint64 length)
{
    ++m_examined;
    if (!start.isValid() || start >= horizon() || series.excluded.contains(start) ||
        series.added.contains(start))
        return;
    const QDateTime end = start.addSecs(length);
    if (m_range.isValid() && (start >= m_range.to || end <= m_range.from))
        return;
    series.added.insert(start);
    result.periods.append(BusyPeriod{0, m_source, series.uid, series.summary, start, end});
}

void Reader::addOccurrence(Series &series, const QDateTime &start)
{
    if (series.excluded.contains(start)) {
        ++m_examined;
        return;
    }
    const FutureChange *change = nullptr;
    for (const FutureChange &c : m_futureChanges.value(series.uid)) {
        if (c.from <= start)
            change = &c;
    }
    if (!change) {
        add(series, start, series.length);
        return;
    }
    add(series, start.addSecs(change->shift), change->length >= 0 ? change->length : series.length);
}

void Reader::overridesOf(icalcomponent *calendar, ZoneReader &zones)
{
    m_overridden.clear();
    m_futureChanges.clear();
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        icalproperty *id = icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY);
        if (!id)
            continue;
        const QString uid = text(icalcomponent_get_uid(e));
        const QDateTime recurrence = zones.toUtc(icalproperty_get_recurrenceid(id), id);
        m_overridden[uid].insert(recurrence);
        icalparameter *range = icalproperty_get_first_parameter(id, ICAL_RANGE_PARAMETER);
        icalproperty *start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        if (!range || icalparameter_get_range(range) != ICAL_RANGE_THISANDFUTURE || !start ||
            !recurrence.isValid())
            continue;
        FutureChange change;
        change.from = recurrence;
        const QDateTime moved = zones.toUtc(icalproperty_get_dtstart(start), start);
        change.shift = moved.isValid() ? recurrence.secsTo(moved) : 0;
        if (icalproperty *end = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY)) {
            const QDateTime until = zones.toUtc(icalproperty_get_dtend(end), end);
            if (moved.isValid() && until >= moved)
                change.length = moved.secsTo(until);
        } else if (icalproperty *d = icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
            change.length = qMax(0, icaldurationtype_as_int(icalproperty_get_duration(d)));
        }
        QList<FutureChange> &changes = m_futureChanges[uid];
        changes.append(change);
        std::sort(changes.begin(), changes.end(),
                  [](const FutureChange &a, const FutureChange &b) { return a.from < b.from; });
    }
}

std::optional<Error> Reader::readCalendar(icalcomponent *calendar)
{
    ZoneReader zones(calendar, m_floating);
    overridesOf(calendar, zones);
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        // A folded BEGIN line escapes the count before parsing; this one sees every event.
        if (++m_events > limits::kMaxEvents) {
            return refused(m_source,
                           QT_TRANSLATE_NOOP("Error", "The file has more than %1 events. "
                                                      "Nothing was imported."),
                           {QString::number(limits::kMaxEvents)});
        }
        const int index = m_events - 1;
        const QString where = index < m_outline.eventLines.size()
                                  ? lineOf(m_source, m_outline.eventLines.at(index))
                                  : m_source;
        if (auto error = readEvent(event, where, zones))
            return error;
    }
    // Free/busy exports (VFREEBUSY) list the busy periods directly.
    for (icalcomponent *fb = icalcomponent_get_first_component(calendar, ICAL_VFREEBUSY_COMPONENT);
         fb; fb = icalcomponent_get_next_component(calendar, ICAL_VFREEBUSY_COMPONENT)) {
        if (auto error = readFreeBusy(fb, zones))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> Reader::readEvent(icalcomponent *event, QString where, ZoneReader &zones)
{
    ++result.entries;
    if (overBudget())
        return tooSlow();
    const auto refuse = [&](const char *message, const QStringList &args = {}) {
        return Error(ErrorCode::InvalidInput, message, args, QStringLiteral("file")).at(where);
    };
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
        if (aboutTimes(icalproperty_get_xlicerror(p))) {
            return refuse(QT_TRANSLATE_NOOP("Error", "libical cannot read when this event is "
                                                     "(%1). Nothing was imported."),
                          {text(icalproperty_get_xlicerror(p))});
        }
    }
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
        ++result.cancelled;
        return std::nullopt;
    }
    if (isFree(event)) {
        ++result.free;
        return std::nullopt;
    }
    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart)
        return refuse(QT_TRANSLATE_NOOP("Error", "This event has no start time (DTSTART)."));
    const icaltimetype first = icalproperty_get_dtstart(dtstart);
    const QDateTime start = zones.toUtc(first, dtstart);
    QDateTime end;
    if (icalproperty *dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        end = zones.toUtc(icalproperty_get_dtend(dtend), dtend);
    } else if (icalproperty *duration =
                   icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        end = start.addSecs(icaldurationtype_as_int(icalproperty_get_duration(duration)));
    } else {
        end = start.addSecs(first.is_date ? 24 * 3600 : 0);
    }
    if (!start.isValid() || !end.isValid())
        return refuse(QT_TRANSLATE_NOOP("Error", "The start or end of this event is not a time "
                                                 "that can be worked out."));
    if (end < start) {
        return refuse(QT_TRANSLATE_NOOP("Error", "This event ends (%1) before it starts (%2)."),
                      {end.toString(Qt::ISODate), start.toString(Qt::ISODate)});
    }
    Series series;
    series.uid = text(icalcomponent_get_uid(event));
    series.summary = text(icalcomponent_get_summary(event));
    series.length = start.secsTo(end);
    const qsizetype before = result.periods.size();
    if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
        add(series, start, series.length); // one occurrence, moved or changed
    } else {
        series.excluded = m_overridden.value(series.uid);
        if (auto error = expand(event, dtstart, series, zones))
            return error;
    }
    if (result.periods.size() > before)
        ++result.kept;
    else
        ++result.outsideRange;
    return checkCounts();
}

std::optional<Error> Reader::expand(icalcomponent *event, icalproperty *dtstart, Series &series,
                                    ZoneReader &zones)
{
    const icaltimetype first = icalproperty_get_dtstart(dtstart);
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype t = icalproperty_get_exdate(p);
        if (t.is_date && !first.is_date)
            series.excludedDays.insert(dayOf(t));
        else
            series.excluded.insert(zones.toUtc(t, p));
    }
    icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (!rrule) {
        add(series, zones.toUtc(first, dtstart), series.length);
    } else {
        // A repeating meeting blocks every occurrence in the range, not just its first.
        const icalrecurrencetype rule = icalproperty_get_rrule(rrule);
        const auto later = laterStart(rule, first, m_range, series.length);
        const auto aligned = alignedStart(rule, first, m_range, series.length);
        const icaltimetype from = aligned.value_or(later.value_or(first));
        bool stepLimited = false;
        icalrecur_iterator *it = icalrecur_iterator_new(
            boundedRule(rule, from, m_range, &stepLimited), aligned.value_or(first));
        if (it && later)
            icalrecur_iterator_set_start(it, *later);
        // Over a range every occurrence in it counts (the file's limits refuse it beyond
        // them); without one, an endless series has to stop somewhere.
        const int most =
            m_range.isValid() ? std::numeric_limits<int>::max() : kMaxOccurrencesPerSeries;
        for (int n = 0; it && n < most; ++n) {
            if (m_examined > limits::kMaxOccurrencesExamined || overBudget())
                break;
            const icaltimetype next = icalrecur_iterator_next(it);
            if (icaltime_is_null_time(next)) {
                // The rule would go on into the range, past what libical may be asked to step.
                if (stepLimited)
                    ++result.cutShort;
                break;
            }
            const QDateTime s = zones.toUtc(next, dtstart);
            if (!s.isValid() || s >= horizon() || (m_range.isValid() && s >= m_range.to))
                break;
            if (series.excludedDays.contains(dayOf(next)))
                ++m_examined;
            else
                addOccurrence(series, s);
        }
        if (it)
            icalrecur_iterator_free(it);
        if (auto error = checkCounts())
            return error;
    }
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rd = icalproperty_get_rdate(p);
        if (!icaltime_is_null_time(rd.time)) {
            if (!series.excludedDays.contains(dayOf(rd.time)) || first.is_date)
                addOccurrence(series, zones.toUtc(rd.time, p));
        } else if (!icaltime_is_null_time(rd.period.start)) {
            const QDateTime s = zones.toUtc(rd.period.start, p);
            const QDateTime e = icaltime_is_null_time(rd.period.end)
                                    ? s.addSecs(icaldurationtype_as_int(rd.period.duration))
                                    : zones.toUtc(rd.period.end, p);
            add(series, s, qMax<qint64>(0, s.secsTo(e)));
        }
    }
    return std::nullopt;
}

std::optional<Error> Reader::readFreeBusy(icalcomponent *freeBusy, ZoneReader &zones)
{
    for (icalproperty *p = icalcomponent_get_first_property(freeBusy, ICAL_FREEBUSY_PROPERTY); p;
         p = icalcomponent_get_next_property(freeBusy, ICAL_FREEBUSY_PROPERTY)) {
        ++result.entries;
        if (icalparameter *type = icalproperty_get_first_parameter(p, ICAL_FBTYPE_PARAMETER);
            type && icalparameter_get_fbtype(type) == ICAL_FBTYPE_FREE) {
            ++result.free;
            continue;
        }
        const icalperiodtype period = icalproperty_get_freebusy(p);
        const QDateTime s = zones.toUtc(period.start, nullptr);
        const QDateTime e = icaltime_is_null_time(period.end)
                                ? s.addSecs(icaldurationtype_as_int(period.duration))
                                : zones.toUtc(period.end, nullptr);
        Series series;
        const qsizetype before = result.periods.size();
        if (s.isValid() && e > s)
            add(series, s, s.secsTo(e));
        if (result.periods.size() > before)
            ++result.kept;
        else
            ++result.outsideRange;
        if (auto error = checkCounts())
            return error;
    }
    return std::nullopt;
}

// The size, the start and the limits on the raw text, before libical reads it.
std::optional<Error> checkText(const QByteArray &text, const QString &sourceName)
{
    if (text.size() > limits::kMaxFileBytes) {
        return refused(sourceName,
                       QT_TRANSLATE_NOOP("Error", "The file is too large for a calendar import "
                                                  "(%1 MB; the limit is %2 MB). Nothing was "
                                                  "imported."),
                       {QString::number(text.size() / (1024 * 1024)),
                        QString::number(limits::kMaxFileBytes / (1024 * 1024))});
    }
    if (!text.trimmed().startsWith("BEGIN:VCALENDAR")) {
        return refused(sourceName, QT_TRANSLATE_NOOP("Error", "This is not an iCalendar file: it "
                                                              "does not start with "
                                                              "BEGIN:VCALENDAR."));
    }
    return checkLimits(text, sourceName);
}

// The VCALENDARs: several come wrapped in an XROOT, one comes as itself.
QList<icalcomponent *> calendarsOf(icalcomponent *root)
{
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root);
        return calendars;
    }
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT); c;
         c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT))
        calendars.append(c);
    return calendars;
}

bool knownZone(const QByteArray &tzid)
{
    return isKnownZone(tzid);
}
} // namespace

Result<BusyRead> readBusyTimes(const QByteArray &ics, const QString &sourceName,
                               const QString &floatingZone, const Range &range)
{
    QByteArray text = ics;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (auto error = checkText(text, sourceName))
        return *error;
    auto outline = scanEssentials(text, sourceName, &knownZone);
    if (!outline)
        return outline.error();
    icalerror_set_errors_are_fatal(0);
    Component root(icalparser_parse_string(text.constData()));
    if (!root) {
        return refused(sourceName,
                       QT_TRANSLATE_NOOP("Error", "libical could not read this as an iCalendar "
                                                  "file. Nothing was imported."));
    }
    const QList<icalcomponent *> calendars = calendarsOf(root.get());
    if (calendars.isEmpty())
        return refused(sourceName, QT_TRANSLATE_NOOP("Error", "The file holds no calendar."));
    if (auto error = checkTimeZoneRules(calendars, sourceName))
        return *error;
    Reader reader(sourceName, QTimeZone(floatingZone.toUtf8()), range, *outline);
    for (icalcomponent *calendar : calendars) {
        if (auto error = reader.readCalendar(calendar))
            return *error;
    }
    return reader.result;
}

} // namespace shuzai::ical
