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

// A span of time in UTC, from `from` up to (not including) `to`.
struct Range {
    QDateTime from;
    QDateTime to;
    bool isValid() const { return from.isValid() && to.isValid(); }
};

// What an .ics file may hold at most. Beyond a limit the file is refused before libical reads
// it (or, for occurrences, as soon as the count passes the limit), with a message naming it.
namespace limits {
constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;
// One content line after unfolding. libical's time grows with the square of a line's length
// (a 50 MB line took more than six minutes, a 1 MB line 0.1 s); a long DESCRIPTION fits.
constexpr qsizetype kMaxLineBytes = 256 * 1024;
// libical keeps every property in memory at about 400 bytes each: ten million one-line
// properties in a 50 MB file took 3.8 GB. A busy calendar has 10 to 25 lines an event.
constexpr int kMaxContentLines = 1'000'000;
constexpr int kMaxEvents = 50'000;
// Busy periods, repeating events expanded: what one import may add, and how many occurrences
// it may look at in all while expanding, in the range or not (with a range, daily and longer
// rules start near it, so years of earlier occurrences are not looked at).
constexpr int kMaxBusyPeriods = 200'000;
constexpr int kMaxOccurrencesExamined = 300'000;
// CPU time for working out the times after parsing (repeating events, time zones): the backstop
// for whatever else in libical turns out slow.
constexpr qint64 kMaxWorkMs = 5000;
} // namespace limits

// What reading a file found. Each entry (a VEVENT, an overriding VEVENT with RECURRENCE-ID
// included, or a FREEBUSY period) is counted once: kept (at least one busy period in the range),
// outside the range, cancelled, or free; so entries = kept + outsideRange + cancelled + free.
struct BusyRead {
    QList<BusyPeriod> periods; // in UTC; a repeating event once per occurrence in the range
    int entries = 0;
    int kept = 0;
    int outsideRange = 0;
    int cancelled = 0; // STATUS:CANCELLED (an overridden occurrence's own VEVENT included)
    int free = 0;      // TRANSP:TRANSPARENT, X-MICROSOFT-CDO-BUSYSTATUS:FREE, FBTYPE=FREE
    // Repeating events expanded only part of the way through the range: a rule repeating so
    // often (every second, every minute for months) that its occurrences stop at 20,000 steps.
    int cutShort = 0;
};

// The busy times of an .ics file as Google Calendar, Outlook/Exchange, Apple Calendar and
// Thunderbird write them. All-day events count as busy all day where the reader is (unless
// marked free, as Google marks most of them); floating times (no zone, no Z) and dates are read
// in `floatingZone`. Repeating events (RRULE, RDATE, EXDATE, with RECURRENCE-ID overrides in
// place of the occurrences they replace, RANGE=THISANDFUTURE moving every later one) are expanded
// over `range` (only their first 5,000 occurrences when there is no range; none after the year
// 2200, and a rule's search for its next occurrence goes at most 20,000 of its steps from the
// event's start). VFREEBUSY periods count as busy unless marked FREE. A value that says when
// someone is busy and cannot be read (a malformed DTSTART, DTEND, DURATION, RRULE, RDATE, EXDATE,
// an unknown TZID) refuses the whole file with its line
// ("busy.ics, line 12: ..."); what libical cannot read elsewhere (an empty DESCRIPTION, a broken
// X- property or ATTENDEE) is left out and the file imported.
Result<BusyRead> readBusyTimes(const QByteArray &ics, const QString &sourceName,
                               const QString &floatingZone = QStringLiteral("UTC"),
                               const Range &range = {});

} // namespace shuzai::ical
