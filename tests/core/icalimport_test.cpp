// Importing busy times from what Google Calendar, Outlook/Exchange, Apple Calendar and
// Thunderbird write (tests/data/calendars, written for these tests in each tool's style) and
// from the third-party corpus (tests/data/corpora/icalendar): what is kept, at which UTC times,
// what is left out and why, and which broken values refuse the file with their line.
#include "calendar/icalendar.h"
#include "python.h"
#include "services/schedulingservice.h"
#include "testdata.h"
#include "testworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace shuzai;

namespace {
using test::readData;

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), Qt::UTC);
}

// The sample campaign's interview window: 27 to 31 May 2025 in Tokyo.
const ical::Range kWindow{QDateTime(QDate(2025, 5, 27), QTime(0, 0), QTimeZone("Asia/Tokyo")),
                          QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone("Asia/Tokyo"))};

Result<ical::BusyRead> readFile(const QString &name)
{
    return ical::readBusyTimes(readData(QStringLiteral("calendars/") + name), name,
                               QStringLiteral("Asia/Tokyo"), kWindow);
}

QList<QDateTime> startsOf(const ical::BusyRead &read)
{
    QList<QDateTime> out;
    for (const BusyPeriod &p : read.periods)
        out.append(p.start);
    std::sort(out.begin(), out.end());
    return out;
}

std::string messageOf(const Error &e)
{
    return e.untranslatedMessage().toStdString();
}

void expectBalanced(const ical::BusyRead &r)
{
    EXPECT_EQ(r.entries, r.kept + r.outsideRange + r.cancelled + r.free);
}

QByteArray calendar(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" + body + "END:VCALENDAR\r\n";
}

// One event on 28 May, 10:00 to 11:00 UTC: DTSTART on line 7, `extra` from line 9.
QByteArray event(const QByteArray &extra, const QByteArray &start = "20250528T100000Z")
{
    return calendar("BEGIN:VEVENT\r\nUID:e1\r\nDTSTAMP:20250501T000000Z\r\nDTSTART:" + start +
                    "\r\nDTEND:20250528T110000Z\r\n" + extra + "END:VEVENT\r\n");
}

} // namespace

TEST(CalendarImport, GoogleEmptyPropertiesAreReadAndFreeCancelledAndLaterEventsLeftOut)
{
    // Google writes DESCRIPTION: and LOCATION: for every event without one; the whole export
    // was refused.
    const auto r = readFile(QStringLiteral("google.ics"));
    ASSERT_TRUE(r) << messageOf(r.error());
    EXPECT_EQ(startsOf(*r), (QList<QDateTime>{utc(5, 27, 1), utc(5, 28, 5)}));
    EXPECT_EQ(r->entries, 5);
    EXPECT_EQ(r->kept, 2);
    EXPECT_EQ(r->free, 1);      // the all-day birthday, TRANSP:TRANSPARENT
    EXPECT_EQ(r->cancelled, 1); // STATUS:CANCELLED
    EXPECT_EQ(r->outsideRange, 1);
    expectBalanced(*r);
}

TEST(CalendarImport, AMalformedStartRefusesTheFileWithItsLineAndValue)
{
    // libical reads DTSTART:2024102X as 2 October 2024 without a word.
    const auto r = readFile(QStringLiteral("broken-dtstart.ics"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().untranslatedMessage(),
              QStringLiteral("broken-dtstart.ics, line 13: DTSTART \"2024102X\" is not a date or "
                             "time."));
    EXPECT_EQ(r.error().where(), QStringLiteral("broken-dtstart.ics, line 13"));
}

TEST(CalendarImport, EachBrokenTimeValueIsRefusedWithItsLine)
{
    // DTSTART is on line 7 of event(); an extra line is line 9.
    const struct {
        QByteArray extra;
        QByteArray start;
        const char *message;
    } cases[] = {
        {"", "20250528T1000", "line 7: DTSTART \"20250528T1000\" is not a date or time."},
        {"", "20251328T100000Z", "line 7: DTSTART \"20251328T100000Z\" is not a date or time."},
        {"", "", "line 7: DTSTART \"\" is not a date or time."},
        {"RRULE:FREQ=DAILY;UNTIL=2025-06-01\r\n", "20250528T100000Z",
         "line 9: RRULE UNTIL \"2025-06-01\" is not a date or time."},
        {"RRULE:FREQ=FORTNIGHTLY\r\n", "20250528T100000Z",
         "line 9: RRULE \"FREQ=FORTNIGHTLY\" is not a repetition rule."},
        {"EXDATE:20250529T100000Z,20250530X\r\n", "20250528T100000Z",
         "line 9: EXDATE \"20250530X\" is not a date or time."},
        {"RDATE;VALUE=PERIOD:20250529T100000Z/soon\r\n", "20250528T100000Z",
         "line 9: RDATE \"20250529T100000Z/soon\" is not a period of time (a start and an end "
         "or a length)."},
        {"RECURRENCE-ID:20250528\r\n", "20250528T100000Z", nullptr},
        {"DTSTART;TZID=Mars/Olympus:20250528T100000\r\n", "20250528T100000Z",
         "line 9: DTSTART is in the time zone \"Mars/Olympus\", which the file does not define "
         "and which is not a known zone name."},
    };
    for (const auto &c : cases) {
        const QByteArray ics = event(c.extra, c.start);
        const auto r = ical::readBusyTimes(ics, QStringLiteral("busy.ics"));
        if (!c.message) {
            EXPECT_TRUE(r) << c.extra.toStdString();
            continue;
        }
        ASSERT_FALSE(r) << c.extra.toStdString() << c.start.toStdString();
        EXPECT_EQ(r.error().untranslatedMessage(),
                  QStringLiteral("busy.ics, ") + QString::fromUtf8(c.message));
    }
    // DURATION in place of DTEND.
    const QByteArray duration = calendar("BEGIN:VEVENT\r\nUID:d\r\nDTSTART:20250528T100000Z\r\n"
                                         "DURATION:1H\r\nEND:VEVENT\r\n");
    const auto d = ical::readBusyTimes(duration, QStringLiteral("d.ics"));
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().untranslatedMessage(),
              QStringLiteral("d.ics, line 7: DURATION \"1H\" is not a length of time (such as "
                             "PT1H)."));
    // An event without a start names the line it begins on.
    const auto none = ical::readBusyTimes(
        calendar("BEGIN:VEVENT\r\nUID:n\r\nSUMMARY:x\r\nEND:VEVENT\r\n"), QStringLiteral("n.ics"));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().untranslatedMessage(),
              QStringLiteral("n.ics, line 4: This event has no start time (DTSTART)."));
}

TEST(CalendarImport, BrokenPropertiesThatSayNothingOfTimeAreLeftOutNotRefused)
{
    for (const QByteArray &extra :
         {QByteArray("DESCRIPTION:\r\nLOCATION:\r\nSUMMARY:\r\n"),
          QByteArray("X-SOMETHING;X-BROKEN=:\r\nX-EMPTY:\r\n"),
          QByteArray("ATTENDEE;CN=Broken;FOO:mailto:a@example.jp\r\nATTENDEE;NOVALUE\r\n"),
          QByteArray("CATEGORIES:\r\nURL:\r\nCLASS:\r\nPRIORITY:high\r\n"),
          QByteArray("BEGIN:VALARM\r\nTRIGGER:-PT10M\r\nDURATION:soon\r\nEND:VALARM\r\n")}) {
        const auto r = ical::readBusyTimes(event(extra), QStringLiteral("busy.ics"));
        ASSERT_TRUE(r) << extra.toStdString() << messageOf(r.error());
        EXPECT_EQ(startsOf(*r), QList<QDateTime>{utc(5, 28, 10)}) << extra.toStdString();
    }
}

TEST(CalendarImport, OutlookWindowsZonesAndBusyStatusAreRead)
{
    const auto r = readFile(QStringLiteral("outlook.ics"));
    ASSERT_TRUE(r) << messageOf(r.error());
    // Tokyo Standard Time (defined in the file), Pacific Standard Time (not defined: daylight
    // time in May, UTC-7), the weekly Thursday meeting on 29 May; lunch is marked FREE.
    EXPECT_EQ(startsOf(*r), (QList<QDateTime>{utc(5, 27, 1), utc(5, 28, 0), utc(5, 29, 0)}));
    EXPECT_EQ(r->entries, 4);
    EXPECT_EQ(r->free, 1);
    expectBalanced(*r);
}

TEST(CalendarImport, AppleZonesDefinedFromALaterYearStillGiveTheRightTimes)
{
    // The VTIMEZONEs start in 2026; the events are in May 2025 (summer time in Berlin, UTC+2).
    const auto r = readFile(QStringLiteral("apple.ics"));
    ASSERT_TRUE(r) << messageOf(r.error());
    EXPECT_EQ(startsOf(*r), (QList<QDateTime>{utc(5, 28, 8), utc(5, 29, 8), utc(5, 29, 15)}));
    for (const BusyPeriod &p : r->periods) {
        if (p.summary == QStringLiteral("出張")) // all day on 30 May in Tokyo
            EXPECT_EQ(p.end, utc(5, 30, 15));
    }
    EXPECT_EQ(r->kept, 3);
    expectBalanced(*r);
}

TEST(CalendarImport, ThunderbirdPrefixedAndUndefinedZonesAreRead)
{
    const auto r = readFile(QStringLiteral("thunderbird.ics"));
    ASSERT_TRUE(r) << messageOf(r.error());
    // /mozilla.org/20050126_1/Asia/Tokyo 15:00, Europe/London 09:00 (BST); the VTODO is no event.
    EXPECT_EQ(startsOf(*r), (QList<QDateTime>{utc(5, 27, 6), utc(5, 28, 8)}));
    EXPECT_EQ(r->entries, 2);
}

TEST(CalendarImport, RepeatingEventsKeepExceptionsAndMovedOrCancelledOccurrences)
{
    const auto r = readFile(QStringLiteral("recurrence.ics"));
    ASSERT_TRUE(r) << messageOf(r.error());
    // Daily at 10:00 Tokyo from 26 May, six times: 26 May is before the window, 28 May moved
    // to 16:00 (RECURRENCE-ID), 29 May excluded (EXDATE), 30 May cancelled (RECURRENCE-ID with
    // STATUS:CANCELLED), 31 May plus an extra 15:00 (RDATE). Evenings at 18:00 three times,
    // 28 May excluded by date.
    EXPECT_EQ(startsOf(*r), (QList<QDateTime>{utc(5, 27, 1), utc(5, 27, 9), utc(5, 28, 7),
                                              utc(5, 29, 9), utc(5, 31, 1), utc(5, 31, 6)}));
    EXPECT_EQ(r->entries, 4);
    EXPECT_EQ(r->kept, 3);
    EXPECT_EQ(r->cancelled, 1);
    expectBalanced(*r);
}

TEST(CalendarImport, FreeBusyPeriodsAreCountedOneByOne)
{
    const auto r = readFile(QStringLiteral("freebusy.ics"));
    ASSERT_TRUE(r) << messageOf(r.error());
    EXPECT_EQ(startsOf(*r), (QList<QDateTime>{utc(5, 27, 1), utc(5, 28, 1)}));
    EXPECT_EQ(r->entries, 4);
    EXPECT_EQ(r->free, 1);
    EXPECT_EQ(r->outsideRange, 1); // 3 June
    expectBalanced(*r);
}

TEST(CalendarImport, TenThousandEventsSayHowManyWereOutsideTheWindow)
{
    QByteArray body;
    const QDateTime first(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 10'000; ++i) {
        const QDateTime s = first.addSecs(qint64(i) * 6 * 3600);
        body += "BEGIN:VEVENT\r\nUID:e" + QByteArray::number(i) +
                "\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:" +
                s.toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1() + "\r\nDTEND:" +
                s.addSecs(3600).toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1() +
                "\r\nDESCRIPTION:\r\nSUMMARY:予定\r\nEND:VEVENT\r\n";
    }
    QElapsedTimer timer;
    timer.start();
    const auto r = ical::readBusyTimes(calendar(body), QStringLiteral("many.ics"),
                                       QStringLiteral("Asia/Tokyo"), kWindow);
    ASSERT_TRUE(r) << messageOf(r.error());
    std::printf("10,000 events read in %lld ms\n", static_cast<long long>(timer.elapsed()));
    EXPECT_EQ(r->entries, 10'000);
    EXPECT_EQ(r->kept, 20); // five days, four a day
    EXPECT_EQ(r->outsideRange, 9'980);
    EXPECT_EQ(r->periods.size(), 20);
}

// A year's window (what an import without a campaign reads): an hourly series has 8,760
// occurrences in it, and every one blocks its hour, not only a first few thousand.
TEST(CalendarImport, AnHourlySeriesIsExpandedOverTheWholeWindow)
{
    const ical::Range year{QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
                           QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)};
    const QByteArray ics = calendar("BEGIN:VEVENT\r\nUID:hourly\r\nDTSTAMP:20241201T000000Z\r\n"
                                    "DTSTART:20241231T000000Z\r\nDTEND:20241231T003000Z\r\n"
                                    "RRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n");
    const auto r =
        ical::readBusyTimes(ics, QStringLiteral("hourly.ics"), QStringLiteral("UTC"), year);
    ASSERT_TRUE(r) << messageOf(r.error());
    EXPECT_EQ(r->periods.size(), 365 * 24);
    EXPECT_EQ(r->kept, 1);
    ASSERT_FALSE(r->periods.isEmpty());
    EXPECT_EQ(startsOf(*r).constLast(), QDateTime(QDate(2025, 12, 31), QTime(23, 0), Qt::UTC));
}

// An hourly series that started years before the window still blocks its hours in it, on the
// hours of its own grid (every 5 hours from 09:00 UTC on 1 March 2020).
TEST(CalendarImport, AnOldHourlySeriesKeepsItsGridInTheWindow)
{
    const QByteArray ics = calendar("BEGIN:VEVENT\r\nUID:old\r\nDTSTAMP:20200101T000000Z\r\n"
                                    "DTSTART:20200301T090000Z\r\nDTEND:20200301T093000Z\r\n"
                                    "RRULE:FREQ=HOURLY;INTERVAL=5\r\nEND:VEVENT\r\n");
    const auto r =
        ical::readBusyTimes(ics, QStringLiteral("old.ics"), QStringLiteral("UTC"), kWindow);
    ASSERT_TRUE(r) << messageOf(r.error());
    const QDateTime grid(QDate(2020, 3, 1), QTime(9, 0), Qt::UTC);
    const QList<QDateTime> starts = startsOf(*r);
    ASSERT_FALSE(starts.isEmpty());
    for (const QDateTime &s : starts)
        EXPECT_EQ(grid.secsTo(s) % (5 * 3600), 0) << s.toString(Qt::ISODate).toStdString();
    // Five days of 24 hours, one every five hours: 24 occurrences (two start before the window
    // but reach into it).
    EXPECT_GE(starts.size(), 24);
    EXPECT_LE(starts.size(), 25);
    EXPECT_EQ(r->cutShort, 0);
}

// A rule repeating every minute for a year cannot be worked out to its end; the import keeps
// what it worked out and says the series was cut short, rather than nothing.
TEST(CalendarImport, ASeriesTooFrequentToExpandIsReportedCutShort)
{
    const ical::Range year{QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
                           QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)};
    const QByteArray ics = calendar("BEGIN:VEVENT\r\nUID:minutely\r\nDTSTAMP:20241201T000000Z\r\n"
                                    "DTSTART:20250101T000000Z\r\nDTEND:20250101T000030Z\r\n"
                                    "RRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n");
    const auto r =
        ical::readBusyTimes(ics, QStringLiteral("minutely.ics"), QStringLiteral("UTC"), year);
    ASSERT_TRUE(r) << messageOf(r.error());
    EXPECT_EQ(r->cutShort, 1);
    EXPECT_GT(r->periods.size(), 1000);
}

// "Change this and the following meetings" (RECURRENCE-ID;RANGE=THISANDFUTURE): every later
// occurrence moves with it, not only the one the override names.
TEST(CalendarImport, AChangeToThisAndFollowingOccurrencesMovesThemAll)
{
    const ical::Range range{QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC),
                            QDateTime(QDate(2025, 6, 10), QTime(0, 0), Qt::UTC)};
    const QByteArray ics =
        calendar("BEGIN:VEVENT\r\nUID:weekly\r\nDTSTAMP:20250401T000000Z\r\n"
                 "DTSTART:20250505T100000Z\r\nDTEND:20250505T110000Z\r\nRRULE:FREQ=WEEKLY\r\n"
                 "END:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:weekly\r\nDTSTAMP:20250401T000000Z\r\n"
                 "RECURRENCE-ID;RANGE=THISANDFUTURE:20250519T100000Z\r\n"
                 "DTSTART:20250519T140000Z\r\nDTEND:20250519T153000Z\r\nEND:VEVENT\r\n");
    const auto r =
        ical::readBusyTimes(ics, QStringLiteral("future.ics"), QStringLiteral("UTC"), range);
    ASSERT_TRUE(r) << messageOf(r.error());
    QList<QPair<QDateTime, QDateTime>> got;
    for (const BusyPeriod &p : r->periods)
        got.append({p.start, p.end});
    std::sort(got.begin(), got.end());
    const auto at = [](int month, int day, int hour, int minute = 0) {
        return QDateTime(QDate(2025, month, day), QTime(hour, minute), Qt::UTC);
    };
    const QList<QPair<QDateTime, QDateTime>> expected{
        {at(5, 5, 10), at(5, 5, 11)},       {at(5, 12, 10), at(5, 12, 11)},
        {at(5, 19, 14), at(5, 19, 15, 30)}, {at(5, 26, 14), at(5, 26, 15, 30)},
        {at(6, 2, 14), at(6, 2, 15, 30)},   {at(6, 9, 14), at(6, 9, 15, 30)}};
    EXPECT_EQ(got, expected);
}

TEST(CalendarImport, WithoutACampaignTheWindowIsAroundTodayByTheWorkspaceClock)
{
    test::TestWorkspace ws;
    // An open-ended daily series: expanded over a week before today to a year after it, not
    // its first 5,000 days.
    const QByteArray daily = calendar("BEGIN:VEVENT\r\nUID:d\r\nDTSTART:20200101T090000Z\r\n"
                                      "DTEND:20200101T100000Z\r\nRRULE:FREQ=DAILY\r\n"
                                      "END:VEVENT\r\n");
    auto s = ws->scheduling().importBusyTimes(daily, QStringLiteral("daily.ics"));
    ASSERT_TRUE(s) << messageOf(s.error());
    EXPECT_FALSE(s->campaignWindow);
    EXPECT_EQ(s->windowFirst, QDate(2025, 5, 13)); // the fake clock says 20 May 2025
    EXPECT_EQ(s->windowLast, QDate(2026, 5, 20));
    EXPECT_EQ(s->timeZone, QStringLiteral("UTC"));
    EXPECT_EQ(s->busyPeriods, 373);
    EXPECT_EQ(s->kept, 1);

    ws.clock.set(QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
    s = ws->scheduling().importBusyTimes(daily, QStringLiteral("daily.ics"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->windowFirst, QDate(2026, 1, 3));

    // With the campaign: its interview days in its zone.
    s = ws->scheduling().importBusyTimes(daily, QStringLiteral("daily.ics"), 1);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->campaignWindow);
    EXPECT_EQ(s->windowFirst, QDate(2025, 5, 27));
    EXPECT_EQ(s->windowLast, QDate(2025, 5, 31));
    EXPECT_EQ(s->timeZone, QStringLiteral("Asia/Tokyo"));
    EXPECT_EQ(s->busyPeriods, 5);
    EXPECT_EQ(s->source, QStringLiteral("daily.ics"));
}

TEST(CalendarImport, ARefusalNamesTheFileOnce)
{
    test::TestWorkspace ws;
    for (const QByteArray &ics :
         {QByteArray("not a calendar"), QByteArray(calendar("BEGIN:VEVENT\r\nEND:VEVENT\r\n")),
          event("", "2024102X")}) {
        auto r = ws->scheduling().importBusyTimes(ics, QStringLiteral("busy.ics"), 1);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().message().count(QStringLiteral("busy.ics")), 1)
            << r.error().message().toStdString();
    }
}

// Every corpus file: what it keeps over the whole of time (no range), or where it is refused.
TEST(CalendarImport, CorpusFilesKeepTheirEventsOrAreRefusedAtTheirLine)
{
    const struct {
        const char *file;
        int kept;            // -1: refused
        const char *refusal; // the place and what, for a refusal
    } expected[] = {
#include "icalimport_corpus.inc"
    };
    const QDir dir(QStringLiteral(SHUZAI_TEST_DATA "/corpora/icalendar"));
    const QStringList files = dir.entryList(QDir::Files);
    for (const auto &e : expected) {
        const QString name = QStringLiteral("icalendar-py__src__icalendar__tests__") +
                             QString::fromLatin1(e.file) + QStringLiteral(".ics");
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << e.file;
        const auto r = ical::readBusyTimes(f.readAll(), QString::fromLatin1(e.file));
        if (e.kept < 0) {
            ASSERT_FALSE(r) << e.file;
            EXPECT_EQ(r.error().untranslatedMessage(), QString::fromUtf8(e.refusal)) << e.file;
        } else {
            ASSERT_TRUE(r) << e.file << ": " << messageOf(r.error());
            EXPECT_EQ(r->kept, e.kept) << e.file;
            expectBalanced(*r);
        }
    }
}

TEST(CalendarImport, PrefixedZoneNamesWithoutDefinitionsGiveTheRightTimes)
{
    // libical's, Mozilla's and a vendor's prefix before an IANA name; no VTIMEZONE in the file.
    const QByteArray ics = readData(
        QStringLiteral("corpora/icalendar/"
                       "icalendar-py__src__icalendar__tests__calendars__issue_313_globally_unique_"
                       "tzid.ics"));
    const ical::Range april{QDateTime(QDate(2020, 4, 1), QTime(0, 0), Qt::UTC),
                            QDateTime(QDate(2020, 5, 1), QTime(0, 0), Qt::UTC)};
    const auto r =
        ical::readBusyTimes(ics, QStringLiteral("tzid.ics"), QStringLiteral("Asia/Tokyo"), april);
    ASSERT_TRUE(r) << messageOf(r.error());
    // 14:00 in Berlin (CEST), Buenos Aires (UTC-3) and New York (EDT).
    const auto at = [](int hour) {
        return QDateTime(QDate(2020, 4, 26), QTime(hour, 0), Qt::UTC);
    };
    EXPECT_EQ(startsOf(*r), (QList<QDateTime>{at(12), at(17), at(18)}));
}

namespace {
// Python's icalendar package (Debian's python3-icalendar) reads the same files independently:
// the start of every single event it can place in a zone, in UTC, by UID.
QJsonObject startsByPython(const QByteArray &ics)
{
    const char *script = R"(
import sys, json, datetime, icalendar
out = {}
for e in icalendar.Calendar.from_ical(sys.stdin.buffer.read()).walk('VEVENT'):
    if any(k in e for k in ('RRULE', 'RDATE', 'RECURRENCE-ID')):
        continue
    s = e.decoded('DTSTART')
    if isinstance(s, datetime.datetime) and s.tzinfo is not None:
        out[str(e['UID'])] = s.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
print(json.dumps(out))
)";
    return QJsonDocument::fromJson(test::runPython(script, ics)).object();
}
} // namespace

TEST(CalendarImport, SingleEventTimesAgreeWithAnIndependentReader)
{
    for (const char *file : {"google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"}) {
        const QString name = QString::fromLatin1(file);
        const QJsonObject python = startsByPython(readData(QStringLiteral("calendars/") + name));
        const auto r = readFile(name);
        ASSERT_TRUE(r) << file;
        int compared = 0;
        for (const BusyPeriod &p : r->periods) {
            if (!python.contains(p.uid))
                continue;
            ++compared;
            EXPECT_EQ(p.start.toString(Qt::ISODate), python.value(p.uid).toString())
                << file << " " << p.uid.toStdString();
        }
        EXPECT_GE(compared, 1) << file;
    }
}
