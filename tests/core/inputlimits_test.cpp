// The importers' input limits: just over a limit a file is refused at once, with a message that
// names the file and the limit; just under it the file still imports. The oversized inputs are
// made here rather than kept as files.
#include "calendar/icalendar.h"
#include "transcripts/transcriptfile.h"

#include <QElapsedTimer>
#include <array>
#include <ctime>
#include <gtest/gtest.h>

using namespace shuzai;

#if defined(__SANITIZE_ADDRESS__)
#define SHUZAI_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SHUZAI_UNDER_ASAN 1
#endif
#endif

namespace {
// Refusals are checked well before parsing starts: a second of CPU, five under AddressSanitizer
// (which made an import at the limit take 1.3 s).
#ifdef SHUZAI_UNDER_ASAN
constexpr qint64 kQuickMs = 5000;
#else
constexpr qint64 kQuickMs = 1000;
#endif

// CPU time of this thread: what the importer did, however busy the machine is with others.
class CpuTimer {
public:
    CpuTimer() { restart(); }
    void restart() { m_start = now(); }
    qint64 elapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1'000'000;
    }
    qint64 m_start = 0;
};

// CRC-32 as zip archives use it (core's tests link core alone, not QuaZip).
quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int bit = 0; bit < 8; ++bit)
                c = (c >> 1) ^ (0xEDB88320 & (0u - (c & 1)));
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFF;
    for (const char c : data)
        crc = table[(crc ^ quint8(c)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

// A zip archive of stored (uncompressed) entries.
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out, directory;
    auto le = [](QByteArray &to, quint32 value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            to += char((value >> (8 * i)) & 0xFF);
    };
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(out.size()), crc = crc32(data);
        const quint32 size = quint32(data.size());
        le(out, 0x04034b50, 4);
        for (quint32 v : {20u, 0u, 0u, 0u}) // version, flags, stored, time
            le(out, v, 2);
        le(out, 0x21, 2); // 1 January 1980
        le(out, crc, 4), le(out, size, 4), le(out, size, 4);
        le(out, quint32(name.size()), 2), le(out, 0, 2);
        out += name + data;
        le(directory, 0x02014b50, 4);
        for (quint32 v : {20u, 20u, 0u, 0u, 0u, 0x21u})
            le(directory, v, 2);
        le(directory, crc, 4), le(directory, size, 4), le(directory, size, 4);
        le(directory, quint32(name.size()), 2);
        for (int i = 0; i < 4; ++i) // extra, comment, disk, internal attributes
            le(directory, 0, 2);
        le(directory, 0, 4), le(directory, offset, 4);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    le(out, 0x06054b50, 4), le(out, 0, 2), le(out, 0, 2);
    le(out, quint32(entries.size()), 2), le(out, quint32(entries.size()), 2);
    le(out, quint32(directory.size()), 4), le(out, directoryOffset, 4), le(out, 0, 2);
    return out;
}

// A Word document of `size` bytes: a small word/document.xml and a stored picture that takes
// the rest, as a document full of photographs would.
QByteArray docxOfSize(qint64 size)
{
    const QByteArray xml(
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>田中: こんにちは</w:t></w:r></w:p>"
        "</w:body></w:document>");
    const QByteArray document("word/document.xml"), picture("word/media/image1.png");
    const qint64 overhead = storedZip({{document, xml}, {picture, {}}}).size();
    return storedZip({{document, xml}, {picture, QByteArray(size - overhead, 'x')}});
}

template <typename T> QString messageOf(const Result<T> &result)
{
    return result ? QString() : result.error().untranslatedMessage();
}

QByteArray calendar(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + "END:VCALENDAR\r\n";
}

QByteArray event(const QByteArray &extra = {}, const QByteArray &start = "20250501T090000Z")
{
    return "BEGIN:VEVENT\r\nDTSTART:" + start + "\r\nDTEND:" + start.left(9) + "23" +
           start.mid(11) + "\r\n" + extra + "END:VEVENT\r\n";
}

// A content line of exactly `length` bytes once unfolded, folded every 74 bytes as RFC 5545
// asks.
QByteArray foldedLine(const QByteArray &name, qsizetype length)
{
    const QByteArray line = name + ':' + QByteArray(length - name.size() - 1, 'x');
    QByteArray out;
    for (qsizetype i = 0; i < line.size(); i += 74) {
        if (i > 0)
            out += "\r\n ";
        out += line.mid(i, 74);
    }
    return out + "\r\n";
}
} // namespace

// --- Transcripts ---------------------------------------------------------------------------------

TEST(TranscriptLimits, AFileOverTheSizeLimitIsRefusedAtOnceByName)
{
    const QByteArray big(transcriptlimits::kMaxFileBytes + 1, ' ');
    CpuTimer timer;
    const auto r = parseTranscriptFile(big, QStringLiteral("/tmp/day-long.vtt"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field(), QStringLiteral("file"));
    EXPECT_TRUE(messageOf(r).contains(QStringLiteral("day-long.vtt")))
        << messageOf(r).toStdString();
    EXPECT_TRUE(messageOf(r).contains(QStringLiteral("200 MB"))) << messageOf(r).toStdString();
}

TEST(TranscriptLimits, AFileJustUnderTheSizeLimitImports)
{
    // A Word document's pictures take the room; only its text is read.
    const QByteArray docx = docxOfSize(transcriptlimits::kMaxFileBytes);
    ASSERT_EQ(docx.size(), transcriptlimits::kMaxFileBytes);
    const auto r = parseTranscriptFile(docx, QStringLiteral("pictures.docx"));
    ASSERT_TRUE(r) << messageOf(r).toStdString();
    ASSERT_EQ(r->segments.size(), 1);
    EXPECT_EQ(r->segments.first().speaker, QStringLiteral("田中"));
}

TEST(TranscriptLimits, ALineOverTheLengthLimitIsRefusedWithItsNumber)
{
    const QByteArray head = "田中: 始めます。\r\n佐藤: どうぞ。\r\n";
    const QByteArray tooLong(transcriptlimits::kMaxLineLength + 1, 'a');
    CpuTimer timer;
    const auto r = parseTranscriptFile(head + tooLong + "\r\n", QStringLiteral("notes.txt"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(r);
    const QString message = messageOf(r);
    EXPECT_TRUE(message.contains(QStringLiteral("notes.txt"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("line 3"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(transcriptlimits::kMaxLineLength)));

    // The same as the last line, without a line break after it.
    EXPECT_FALSE(parseTranscriptFile(head + tooLong, QStringLiteral("notes.txt")));
}

TEST(TranscriptLimits, ALineOfTheMaximumLengthImports)
{
    // Markup that used to be scanned again from every '<' (and voice tags that never close): at
    // the limit it takes moments.
    const QString voice = QStringLiteral("<v 田中>");
    QString line = voice;
    while (line.size() + 9 <= transcriptlimits::kMaxLineLength)
        line += QStringLiteral("<v <b &lt");
    line = line.leftJustified(transcriptlimits::kMaxLineLength, u'<');
    ASSERT_EQ(line.size(), transcriptlimits::kMaxLineLength);
    const QByteArray vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + line.toUtf8() + "\n";
    CpuTimer timer;
    const auto r = parseTranscriptFile(vtt, QStringLiteral("markup.vtt"));
    EXPECT_LT(timer.elapsed(), 5 * kQuickMs);
    ASSERT_TRUE(r) << messageOf(r).toStdString();
    // Stored as segments no longer than the limit, all of them the speaker's.
    ASSERT_GT(r->segments.size(), 1);
    for (const ParsedSegment &s : r->segments) {
        EXPECT_LE(s.text.size(), transcriptlimits::kMaxSegmentLength);
        EXPECT_EQ(s.speaker, QStringLiteral("田中"));
    }
}

TEST(TranscriptLimits, MoreLinesThanTheLimitAreRefusedAndTheLimitImports)
{
    const QByteArray speaker = "田中: 一行だけの発言\n";
    const QByteArray blank(transcriptlimits::kMaxLines - 1, '\n');
    CpuTimer timer;
    const auto over = parseTranscriptFile(speaker + blank + "\n", QStringLiteral("blank.txt"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("blank.txt")));
    EXPECT_TRUE(messageOf(over).contains(QString::number(transcriptlimits::kMaxLines)));

    // kMaxLines lines: the speaker's line and kMaxLines - 1 empty ones.
    const auto under = parseTranscriptFile(speaker + blank, QStringLiteral("blank.txt"));
    ASSERT_TRUE(under) << messageOf(under).toStdString();
    EXPECT_EQ(under->segments.size(), 1);
}

// --- iCalendar -----------------------------------------------------------------------------------

TEST(CalendarLimits, A50MbSingleLineIsRefusedWellUnderASecond)
{
    // The file that kept libical busy for more than six minutes.
    QByteArray ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:";
    ics += QByteArray(50 * 1000 * 1000 - ics.size() - 2, 'x') + "\r\n";
    QElapsedTimer wall;
    wall.start();
    CpuTimer cpu;
    const auto r = ical::readBusyTimes(ics, QStringLiteral("exported.ics"));
    const qint64 cpuMs = cpu.elapsed(), wallMs = wall.elapsed();
    EXPECT_LT(cpuMs, 500);
    ASSERT_FALSE(r);
    EXPECT_TRUE(messageOf(r).contains(QStringLiteral("exported.ics")))
        << messageOf(r).toStdString();
    EXPECT_TRUE(messageOf(r).contains(QStringLiteral("line 3"))) << messageOf(r).toStdString();
    std::printf("50 MB single-line .ics refused in %lld ms (%lld ms of CPU)\n",
                static_cast<long long>(wallMs), static_cast<long long>(cpuMs));
}

TEST(CalendarLimits, AFileOverTheSizeLimitIsRefusedAtOnceAndOneJustUnderImports)
{
    // Under: one event with its notes in lines of a thousand bytes, up to exactly the limit.
    const QByteArray frame = calendar(event());
    QByteArray notes;
    notes.reserve(ical::limits::kMaxFileBytes);
    qsizetype room = ical::limits::kMaxFileBytes - frame.size();
    while (room > 0) {
        const qsizetype line = room > 2000 ? 1000 : room;
        notes += "X-NOTE:" + QByteArray(line - 9, 'x') + "\r\n";
        room -= line;
    }
    const QByteArray under = calendar(event(notes));
    ASSERT_EQ(under.size(), ical::limits::kMaxFileBytes);
    const auto ok = ical::readBusyTimes(under, QStringLiteral("busy.ics"));
    ASSERT_TRUE(ok) << messageOf(ok).toStdString();
    EXPECT_EQ(ok->periods.size(), 1);

    CpuTimer timer;
    const auto over = ical::readBusyTimes(under + "\n", QStringLiteral("busy.ics"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("busy.ics")));
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("50 MB"))) << messageOf(over).toStdString();
}

TEST(CalendarLimits, AnUnfoldedLineOverTheLimitIsRefusedAndOneAtTheLimitImports)
{
    const qsizetype limit = ical::limits::kMaxLineBytes;
    const auto at = ical::readBusyTimes(calendar(event(foldedLine("DESCRIPTION", limit))),
                                        QStringLiteral("long.ics"));
    ASSERT_TRUE(at) << messageOf(at).toStdString();
    EXPECT_EQ(at->periods.size(), 1);

    const auto over = ical::readBusyTimes(calendar(event(foldedLine("DESCRIPTION", limit + 1))),
                                          QStringLiteral("long.ics"));
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("long.ics")));
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("line 6")))
        << messageOf(over).toStdString();
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("256 KB")))
        << messageOf(over).toStdString();
}

TEST(CalendarLimits, MoreEventsThanTheLimitAreRefusedAndTheLimitImports)
{
    QByteArray body;
    for (int i = 0; i < ical::limits::kMaxEvents; ++i)
        body += event();
    const auto at = ical::readBusyTimes(calendar(body), QStringLiteral("team.ics"));
    ASSERT_TRUE(at) << messageOf(at).toStdString();
    EXPECT_EQ(at->periods.size(), ical::limits::kMaxEvents);

    CpuTimer timer;
    const auto over = ical::readBusyTimes(calendar(body + event()), QStringLiteral("team.ics"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("team.ics")));
    EXPECT_TRUE(messageOf(over).contains(QString::number(ical::limits::kMaxEvents)));
}

TEST(CalendarLimits, MoreContentLinesThanTheLimitAreRefusedAndTheLimitImports)
{
    // Three lines for the calendar, four for the event, the rest properties of the event.
    const int properties = ical::limits::kMaxContentLines - 7;
    QByteArray many;
    many.reserve(properties * 8);
    for (int i = 0; i < properties; ++i)
        many += "X-A:1\r\n";
    const auto at = ical::readBusyTimes(calendar(event(many)), QStringLiteral("lines.ics"));
    ASSERT_TRUE(at) << messageOf(at).toStdString();
    EXPECT_EQ(at->periods.size(), 1);

    CpuTimer timer;
    const auto over =
        ical::readBusyTimes(calendar(event(many + "X-A:1\r\n")), QStringLiteral("lines.ics"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("lines.ics")));
    EXPECT_TRUE(messageOf(over).contains(QString::number(ical::limits::kMaxContentLines)));
}

TEST(CalendarLimits, RepeatingEventsBeyondTheBusyTimeLimitAreRefused)
{
    // Without a range each repeating event gives its first 5,000 occurrences.
    const QByteArray minutely = event("RRULE:FREQ=MINUTELY\r\n", "20250501T000000Z");
    const int perEvent = 5000;
    const int fit = ical::limits::kMaxBusyPeriods / perEvent;
    QByteArray body;
    for (int i = 0; i < fit; ++i)
        body += minutely;
    const auto at = ical::readBusyTimes(calendar(body), QStringLiteral("minutes.ics"));
    ASSERT_TRUE(at) << messageOf(at).toStdString();
    EXPECT_EQ(at->periods.size(), ical::limits::kMaxBusyPeriods);

    const auto over = ical::readBusyTimes(calendar(body + minutely), QStringLiteral("minutes.ics"));
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("minutes.ics")));
    EXPECT_TRUE(messageOf(over).contains(QString::number(ical::limits::kMaxBusyPeriods)))
        << messageOf(over).toStdString();
}

TEST(CalendarLimits, OccurrencesLookedAtOutsideTheRangeCountToo)
{
    // 5,000 hours from 2023, looked at over May 2025: with COUNT, each event's occurrences
    // before the range are examined (all 5,000, none in the range) and count towards the limit.
    // (Without COUNT an hourly rule starts near the range: CalendarImport tests.)
    const ical::Range may{QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC),
                          QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC)};
    const QByteArray hourly = event("RRULE:FREQ=HOURLY;COUNT=5000\r\n", "20230101T000000Z");
    const int fit = ical::limits::kMaxOccurrencesExamined / 5000;
    QByteArray body;
    for (int i = 0; i < fit; ++i)
        body += hourly;
    const auto at = ical::readBusyTimes(calendar(body), QStringLiteral("hours.ics"),
                                        QStringLiteral("UTC"), may);
    ASSERT_TRUE(at) << messageOf(at).toStdString();
    EXPECT_TRUE(at->periods.isEmpty());

    const auto over = ical::readBusyTimes(calendar(body + hourly), QStringLiteral("hours.ics"),
                                          QStringLiteral("UTC"), may);
    ASSERT_FALSE(over);
    EXPECT_TRUE(messageOf(over).contains(QStringLiteral("hours.ics")));
    EXPECT_TRUE(messageOf(over).contains(QString::number(ical::limits::kMaxOccurrencesExamined)))
        << messageOf(over).toStdString();
}

TEST(CalendarLimits, OverARangeLongRunningSeriesStartNearTheRangeAndKeepTheirRule)
{
    const ical::Range may{QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC),
                          QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC)};
    // A thousand daily series running since 2000 would be nine million occurrences to look at.
    QByteArray daily;
    for (int i = 0; i < 1000; ++i)
        daily += event("RRULE:FREQ=DAILY\r\n", "20000101T090000Z");
    CpuTimer timer;
    const auto many = ical::readBusyTimes(calendar(daily), QStringLiteral("series.ics"),
                                          QStringLiteral("UTC"), may);
    EXPECT_LT(timer.elapsed(), ical::limits::kMaxWorkMs);
    ASSERT_TRUE(many) << messageOf(many).toStdString();
    EXPECT_EQ(many->periods.size(), 1000 * 31);

    // Started near the range, rules keep their phase: the same May as expanding from the start.
    for (const char *rule :
         {"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "FREQ=DAILY;INTERVAL=3", "FREQ=MONTHLY;BYDAY=-1FR",
          "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=2", "FREQ=DAILY;INTERVAL=3;UNTIL=20250520T000000Z"}) {
        const QByteArray ics = calendar(event(QByteArray("RRULE:") + rule +
                                                  "\r\n"
                                                  "EXDATE:20250505T090000Z\r\n",
                                              "20240101T090000Z"));
        const auto ranged =
            ical::readBusyTimes(ics, QStringLiteral("s.ics"), QStringLiteral("UTC"), may);
        const auto all = ical::readBusyTimes(ics, QStringLiteral("s.ics"));
        ASSERT_TRUE(ranged && all) << rule;
        QList<QDateTime> expected, got;
        for (const BusyPeriod &p : all->periods) {
            if (p.start >= may.from && p.start < may.to)
                expected.append(p.start);
        }
        for (const BusyPeriod &p : ranged->periods)
            got.append(p.start);
        EXPECT_FALSE(expected.isEmpty()) << rule;
        EXPECT_EQ(got, expected) << rule;
    }
}

TEST(CalendarLimits, RulesThatNeverMatchEndQuickly)
{
    // libical searched second by second for a 30th of February, for hours; now each search
    // stops after 20,000 steps, and the whole file after the work limit.
    QByteArray body;
    for (const char *rule :
         {"FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30",
          "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"})
        body += event(QByteArray("RRULE:") + rule + "\r\n", "19700101T000000Z");
    CpuTimer timer;
    const auto few = ical::readBusyTimes(calendar(body), QStringLiteral("never.ics"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_TRUE(few) << messageOf(few).toStdString();

    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += event("RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n", "19700101T000000Z");
    timer.restart();
    const auto slow = ical::readBusyTimes(calendar(many), QStringLiteral("never.ics"));
    EXPECT_LT(timer.elapsed(), ical::limits::kMaxWorkMs + 2 * kQuickMs);
    ASSERT_FALSE(slow);
    EXPECT_TRUE(messageOf(slow).contains(QStringLiteral("never.ics")));
    EXPECT_TRUE(messageOf(slow).contains(QStringLiteral("seconds")))
        << messageOf(slow).toStdString();
}

TEST(CalendarLimits, TimeZonesMustChangeYearly)
{
    const QByteArray outlook = "BEGIN:VTIMEZONE\r\nTZID:Eastern\r\n"
                               "BEGIN:STANDARD\r\nDTSTART:16011104T020000\r\n"
                               "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"
                               "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n"
                               "BEGIN:DAYLIGHT\r\nDTSTART:16010311T020000\r\n"
                               "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"
                               "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n"
                               "END:VTIMEZONE\r\n";
    const QByteArray meeting = "BEGIN:VEVENT\r\nDTSTART;TZID=Eastern:20250701T090000\r\n"
                               "DTEND;TZID=Eastern:20250701T100000\r\nEND:VEVENT\r\n";
    const auto plain = ical::readBusyTimes(calendar(outlook + meeting), QStringLiteral("tz.ics"));
    ASSERT_TRUE(plain) << messageOf(plain).toStdString();
    ASSERT_EQ(plain->periods.size(), 1);
    EXPECT_EQ(plain->periods.first().start, QDateTime(QDate(2025, 7, 1), QTime(13, 0), Qt::UTC));

    // A zone that changes every second since 1601 never finished.
    QByteArray secondly = outlook;
    secondly.replace("FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=SECONDLY");
    CpuTimer timer;
    const auto refused =
        ical::readBusyTimes(calendar(secondly + meeting), QStringLiteral("tz.ics"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(messageOf(refused).contains(QStringLiteral("tz.ics")));
    EXPECT_TRUE(messageOf(refused).contains(QStringLiteral("Eastern")));

    // Daily changes from the year 1: a yearly rule, but far too many changes to work out.
    QByteArray daily = outlook;
    daily.replace("DTSTART:16011104T020000", "DTSTART:00010101T000000");
    daily.replace("BYDAY=1SU;BYMONTH=11", "BYMONTH=11;BYMONTHDAY=1,2,3,4,5,6,7;BYDAY=SU,MO");
    for (int i = 0; i < 10; ++i)
        daily.replace("END:VTIMEZONE",
                      daily.mid(daily.indexOf("BEGIN:STANDARD"),
                                daily.indexOf("BEGIN:DAYLIGHT") - daily.indexOf("BEGIN:STANDARD")) +
                          "END:VTIMEZONE");
    timer.restart();
    const auto tooMany = ical::readBusyTimes(calendar(daily + meeting), QStringLiteral("tz.ics"));
    EXPECT_LT(timer.elapsed(), kQuickMs);
    ASSERT_FALSE(tooMany);
    EXPECT_TRUE(messageOf(tooMany).contains(QStringLiteral("changes")))
        << messageOf(tooMany).toStdString();
}
