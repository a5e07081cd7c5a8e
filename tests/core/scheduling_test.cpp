#include "python.h"
#include "requestletter.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace shuzai;

namespace {
const QTimeZone kTokyo("Asia/Tokyo");

QDateTime tokyo(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 5, day), QTime(hour, minute), kTokyo);
}

struct Schedule {
    Id add(const char *family, const char *reading, const QString &email = {},
           const QString &zone = {})
    {
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QString::fromUtf8(family);
        d.familyReading = QString::fromUtf8(reading);
        d.email = email;
        d.timeZone = zone;
        auto r = ws->roster().add(1, d);
        EXPECT_TRUE(r) << r.error().untranslatedMessage().toStdString();
        return r ? r->id : 0;
    }
    Result<Interview> book(Id person, const QDateTime &start, bool tentative = false, Id writer = 0)
    {
        Booking b;
        b.intervieweeId = person;
        b.start = start;
        b.tentative = tentative;
        b.writerId = writer;
        b.meetingUrl = QStringLiteral("https://zoom.us/j/123");
        return ws->scheduling().book(b);
    }
    QString block() { return *ws->scheduling().freeSlotBlock(1); }
    test::TestWorkspace ws;
};

// Python's icalendar package reads the file independently of libical.
QJsonArray readWithPython(const QByteArray &ics)
{
    const char *script = R"(
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = []
for e in cal.walk('VEVENT'):
    s, t = e.decoded('DTSTART'), e.decoded('DTEND')
    atts = e.get('ATTENDEE') or []
    if not isinstance(atts, list): atts = [atts]
    out.append({'method': str(cal.get('METHOD')), 'uid': str(e['UID']), 'sequence': int(e.get('SEQUENCE', 0)),
                'start': s.isoformat(), 'end': t.isoformat(), 'tzid': e['DTSTART'].params.get('TZID'),
                'summary': str(e['SUMMARY']), 'attendees': [str(a) for a in atts],
                'status': str(e.get('STATUS')), 'description': str(e.get('DESCRIPTION', ''))})
print(json.dumps(out))
)";
    return QJsonDocument::fromJson(test::runPython(script, ics)).array();
}
} // namespace

TEST(Scheduling, SampleCampaignFreeSlotsRenderToTheLettersBlock)
{
    Schedule s;
    EXPECT_EQ(s.block(), test::RequestLetter().candidateSlotBlock());
    auto offered = s.ws->scheduling().slotsOf(1);
    ASSERT_TRUE(offered);
    // One-hour slots: 27th 2+4, 28th 2+2, 29th 4, 30th 2+3, 31st 2.
    EXPECT_EQ(offered->size(), 2 + 4 + 2 + 2 + 4 + 2 + 3 + 2);
    EXPECT_EQ(offered->first().start, tokyo(27, 10).toUTC());
}

TEST(Scheduling, BookedSlotsAreNoLongerOfferedTentativeOnesStay)
{
    Schedule s;
    const Id a = s.add("青木", "アオキ");
    const Id b = s.add("井上", "イノウエ");
    ASSERT_TRUE(s.book(a, tokyo(27, 11), true));
    ASSERT_TRUE(s.book(b, tokyo(27, 11), true));
    EXPECT_TRUE(s.block().startsWith(QStringLiteral("- 5月27日（火）10:00-12:00, 13:00-17:00")));
    auto offered = *s.ws->scheduling().slotsOf(1);
    EXPECT_EQ(offered.at(1).state, Slot::State::Tentative);
    EXPECT_EQ(offered.at(1).tentative.size(), 2);

    ASSERT_TRUE(s.book(a, tokyo(27, 10)));
    ASSERT_TRUE(s.book(b, tokyo(30, 13)));
    EXPECT_TRUE(s.block().startsWith(QStringLiteral("- 5月27日（火）11:00-12:00, 13:00-17:00\n")))
        << s.block().toStdString();
    EXPECT_TRUE(s.block().contains(QStringLiteral("- 5月30日（金）10:00-12:00, 14:00-16:00")))
        << s.block().toStdString();
}

TEST(Scheduling, MoveAndCancelKeepAHistoryAndRaiseTheSequence)
{
    Schedule s;
    const Id a = s.add("青木", "アオキ");
    auto booked = s.book(a, tokyo(28, 10));
    ASSERT_TRUE(booked);
    EXPECT_EQ(booked->sequence, 0);
    auto moved = s.ws->scheduling().move(booked->id, tokyo(29, 14));
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->startsAt, tokyo(29, 14).toUTC());
    EXPECT_EQ(moved->sequence, 1);
    auto cancelled = s.ws->scheduling().cancel(booked->id);
    ASSERT_TRUE(cancelled);
    EXPECT_EQ(cancelled->state, InterviewState::Cancelled);
    EXPECT_EQ(cancelled->sequence, 2);
    auto history = s.ws->scheduling().history(booked->id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->at(1).action, QStringLiteral("moved"));
    EXPECT_EQ(history->at(1).oldStart, tokyo(28, 10).toUTC());
    EXPECT_EQ(history->at(1).newStart, tokyo(29, 14).toUTC());
    EXPECT_EQ(s.block(), test::RequestLetter().candidateSlotBlock()); // free again

    ASSERT_TRUE(s.ws->setActor(QStringLiteral("writer")));
    auto denied = s.book(a, tokyo(28, 10));
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code(), ErrorCode::PermissionDenied);
}

TEST(Scheduling, ConflictsAreFound)
{
    Schedule s;
    const Id a = s.add("青木", "アオキ");
    const Id b = s.add("井上", "イノウエ");
    ASSERT_TRUE(s.book(a, tokyo(27, 10), false, 2));
    ASSERT_TRUE(s.book(b, tokyo(27, 10, 30), false, 2)); // same writer, overlapping
    ASSERT_TRUE(s.book(a, tokyo(27, 10, 45)));           // same interviewee, overlapping
    ASSERT_TRUE(s.book(b, tokyo(27, 19)));               // outside the windows
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                           "BEGIN:VEVENT\r\nUID:busy-1\r\nDTSTAMP:20250501T000000Z\r\n"
                           "DTSTART:20250527T100000Z\r\nDTEND:20250527T110000Z\r\n"
                           "SUMMARY:定例会議\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ASSERT_EQ(s.ws->scheduling().importBusyTimes(ics, QStringLiteral("team.ics"))->busyPeriods, 1);
    // A floating time is read in the campaign's zone: 5/28 12:00 Tokyo.
    const QByteArray floating = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                                "BEGIN:VEVENT\r\nUID:busy-2\r\nDTSTAMP:20250501T000000Z\r\n"
                                "DTSTART:20250528T120000\r\nDTEND:20250528T130000\r\n"
                                "SUMMARY:昼食\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ASSERT_EQ(
        s.ws->scheduling().importBusyTimes(floating, QStringLiteral("lunch.ics"), 1)->busyPeriods,
        1);
    ASSERT_TRUE(s.book(b, tokyo(28, 12, 30)));
    auto conflicts = s.ws->scheduling().conflicts(1);
    ASSERT_TRUE(conflicts);
    int lunch = 0;
    for (const Conflict &c : *conflicts)
        lunch += c.busySummary == QStringLiteral("昼食");
    EXPECT_EQ(lunch, 1);
    QStringList kinds;
    for (const Conflict &c : *conflicts)
        kinds.append(toCode(c.kind));
    EXPECT_TRUE(kinds.contains(QStringLiteral("same_writer")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("same_interviewee")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("outside_windows")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("busy_calendar"))); // 19:00 JST = 10:00 UTC
    for (const Conflict &c : *conflicts)
        EXPECT_FALSE(c.message().isEmpty());
}

TEST(Scheduling, InvitationIsReadBackByAnIndependentParser)
{
    Schedule s;
    const Id a = s.add("青木", "アオキ", QStringLiteral("aoki@example.jp"),
                       QStringLiteral("America/Los_Angeles"));
    auto booked = s.book(a, tokyo(27, 10));
    ASSERT_TRUE(booked);
    auto ics = s.ws->scheduling().exportInterview(booked->id);
    ASSERT_TRUE(ics);
    const QJsonArray events = readWithPython(*ics);
    ASSERT_EQ(events.size(), 1);
    const QJsonObject e = events.first().toObject();
    EXPECT_EQ(e[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
    EXPECT_EQ(e[QStringLiteral("tzid")].toString(), QStringLiteral("Asia/Tokyo"));
    EXPECT_EQ(QDateTime::fromString(e[QStringLiteral("start")].toString(), Qt::ISODate).toUTC(),
              tokyo(27, 10).toUTC());
    EXPECT_EQ(QDateTime::fromString(e[QStringLiteral("end")].toString(), Qt::ISODate).toUTC(),
              tokyo(27, 11).toUTC());
    EXPECT_TRUE(e[QStringLiteral("summary")].toString().contains(QStringLiteral("青木")));
    EXPECT_TRUE(e[QStringLiteral("attendees")].toArray().contains(
        QStringLiteral("mailto:aoki@example.jp")));
    // The interviewee is in Los Angeles (daylight time in May): both clocks are given.
    EXPECT_TRUE(e[QStringLiteral("description")].toString().contains(
        QStringLiteral("2025-05-26 18:00 (America/Los_Angeles)")))
        << e[QStringLiteral("description")].toString().toStdString();
    const QString uid = e[QStringLiteral("uid")].toString();

    // Rescheduled: same UID, higher SEQUENCE; cancelled: METHOD:CANCEL.
    ASSERT_TRUE(s.ws->scheduling().move(booked->id, tokyo(28, 15)));
    const QJsonObject moved =
        readWithPython(*s.ws->scheduling().exportInterview(booked->id)).first().toObject();
    EXPECT_EQ(moved[QStringLiteral("uid")].toString(), uid);
    EXPECT_EQ(moved[QStringLiteral("sequence")].toInt(), 1);
    EXPECT_EQ(QDateTime::fromString(moved[QStringLiteral("start")].toString(), Qt::ISODate).toUTC(),
              tokyo(28, 15).toUTC());
    ASSERT_TRUE(s.ws->scheduling().cancel(booked->id));
    const QJsonObject cancelled =
        readWithPython(*s.ws->scheduling().exportInterview(booked->id)).first().toObject();
    EXPECT_EQ(cancelled[QStringLiteral("method")].toString(), QStringLiteral("CANCEL"));
    EXPECT_EQ(cancelled[QStringLiteral("status")].toString(), QStringLiteral("CANCELLED"));
    EXPECT_EQ(cancelled[QStringLiteral("uid")].toString(), uid);
}

TEST(Scheduling, CampaignCalendarHoldsEveryLiveInterview)
{
    Schedule s;
    ASSERT_TRUE(s.book(s.add("青木", "アオキ"), tokyo(27, 10)));
    ASSERT_TRUE(s.book(s.add("井上", "イノウエ"), tokyo(29, 13)));
    const QJsonArray events = readWithPython(*s.ws->scheduling().exportCampaign(1));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.first().toObject()[QStringLiteral("method")].toString(),
              QStringLiteral("PUBLISH"));
    // The people and the team are read once for the whole file: each event still names its own.
    EXPECT_TRUE(events[0].toObject()[QStringLiteral("summary")].toString().contains(u"青木"));
    EXPECT_TRUE(events[1].toObject()[QStringLiteral("summary")].toString().contains(u"井上"));
}

TEST(Scheduling, CorpusCalendarsImportOrAreRefusedCleanly)
{
    Schedule s;
    const QDir dir(QStringLiteral(SHUZAI_TEST_DATA "/corpora/icalendar"));
    int accepted = 0, refused = 0;
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        auto r = s.ws->scheduling().importBusyTimes(f.readAll(), name);
        if (r) {
            ++accepted;
        } else {
            ++refused;
            EXPECT_TRUE(r.error().message().contains(name)) << name.toStdString();
        }
    }
    EXPECT_GT(accepted, 10);
    EXPECT_GT(refused, 0);
    QFile google(dir.filePath(
        QStringLiteral("icalendar-py__src__icalendar__tests__calendars__alarm_google_future.ics")));
    ASSERT_TRUE(google.open(QIODevice::ReadOnly));
    const QByteArray googleBytes = google.readAll();
    // Its one event is on 4 October 2024: outside the window a week around 20 May 2025 (the
    // clock's today), inside it when today is 1 October 2024.
    auto g = s.ws->scheduling().importBusyTimes(googleBytes, QStringLiteral("google.ics"));
    ASSERT_TRUE(g);
    EXPECT_EQ(g->busyPeriods, 0);
    EXPECT_EQ(g->outsideWindow, 1);
    s.ws.clock.set(QDateTime(QDate(2024, 10, 1), QTime(0, 0), Qt::UTC));
    g = s.ws->scheduling().importBusyTimes(googleBytes, QStringLiteral("google.ics"));
    ASSERT_TRUE(g);
    EXPECT_EQ(g->busyPeriods, 1);
}

TEST(Scheduling, RepeatingAllDayAndFreeBusyTimesAreReadAsTheyMean)
{
    Schedule s;
    const QByteArray ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        // Every Tuesday 10:00 Tokyo from 6 May: the 27 May occurrence is in the window.
        "BEGIN:VEVENT\r\nUID:weekly\r\nDTSTAMP:20250501T000000Z\r\n"
        "DTSTART;TZID=Asia/Tokyo:20250506T100000\r\nDTEND;TZID=Asia/Tokyo:20250506T110000\r\n"
        "RRULE:FREQ=WEEKLY;BYDAY=TU\r\nSUMMARY:週次定例\r\nEND:VEVENT\r\n"
        // The same on Thursdays, except 29 May.
        "BEGIN:VEVENT\r\nUID:thursday\r\nDTSTAMP:20250501T000000Z\r\n"
        "DTSTART;TZID=Asia/Tokyo:20250508T150000\r\nDTEND;TZID=Asia/Tokyo:20250508T160000\r\n"
        "RRULE:FREQ=WEEKLY\r\nEXDATE;TZID=Asia/Tokyo:20250529T150000\r\nSUMMARY:木曜会\r\n"
        "END:VEVENT\r\n"
        // All of 30 May, in Tokyo.
        "BEGIN:VEVENT\r\nUID:allday\r\nDTSTAMP:20250501T000000Z\r\n"
        "DTSTART;VALUE=DATE:20250530\r\nDTEND;VALUE=DATE:20250531\r\nSUMMARY:出張\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    auto count = s.ws->scheduling().importBusyTimes(ics, QStringLiteral("team.ics"), 1);
    ASSERT_TRUE(count) << count.error().untranslatedMessage().toStdString();
    EXPECT_EQ(count->busyPeriods, 2); // 27 May (weekly) and 30 May (all day); 29 May is excluded

    const Id a = s.add("青木", "アオキ");
    ASSERT_TRUE(s.book(a, tokyo(27, 10))); // clashes with the weekly meeting
    ASSERT_TRUE(s.book(a, tokyo(29, 15))); // the excluded Thursday: free
    ASSERT_TRUE(s.book(a, tokyo(30, 10))); // the all-day trip (9:00 JST ≠ midnight UTC)
    auto conflicts = s.ws->scheduling().conflicts(1);
    ASSERT_TRUE(conflicts);
    QStringList busy;
    for (const Conflict &c : *conflicts) {
        if (c.kind == Conflict::Kind::BusyCalendar)
            busy.append(c.busySummary);
    }
    busy.sort();
    EXPECT_EQ(busy, (QStringList{QStringLiteral("出張"), QStringLiteral("週次定例")}));

    const QByteArray freebusy = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                                "BEGIN:VFREEBUSY\r\nUID:fb\r\nDTSTAMP:20250501T000000Z\r\n"
                                "FREEBUSY:20250528T010000Z/20250528T020000Z\r\n"
                                "FREEBUSY;FBTYPE=FREE:20250528T050000Z/20250528T060000Z\r\n"
                                "END:VFREEBUSY\r\nEND:VCALENDAR\r\n";
    EXPECT_EQ(
        s.ws->scheduling().importBusyTimes(freebusy, QStringLiteral("fb.ics"), 1)->busyPeriods, 1);
}

TEST(Scheduling, TentativeHoldsAreExportedAsTentativeAndAreNoConflict)
{
    Schedule s;
    const Id a = s.add("青木", "アオキ", QStringLiteral("aoki@example.jp"));
    const Id b = s.add("井上", "イノウエ");
    auto held = s.book(a, tokyo(27, 11), true, 2);
    ASSERT_TRUE(held);
    ASSERT_TRUE(s.book(b, tokyo(27, 11), true, 2)); // the same slot offered to both
    EXPECT_TRUE(s.ws->scheduling().conflicts(1)->isEmpty());
    const QJsonObject e =
        readWithPython(*s.ws->scheduling().exportInterview(held->id)).first().toObject();
    EXPECT_EQ(e[QStringLiteral("status")].toString(), QStringLiteral("TENTATIVE"));
}

// Issue 13: the person's status stayed 承諾 after their interview was booked. A confirmed
// booking moves them to 日程確定; a hold does not until it is confirmed; cancelling their only
// interview takes them back to 承諾; someone already interviewed stays where they are.
TEST(Scheduling, BookingMovesThePersonToScheduledAndCancellingBack)
{
    Schedule s;
    const Id a = s.add("青木", "アオキ");
    ASSERT_TRUE(s.ws->outreach().recordReply(a, OutreachReply::Kind::Accepted));
    const auto statusOf = [&](Id id) {
        return s.ws->roster().load(id)->data.status;
    };
    ASSERT_EQ(statusOf(a), PipelineStatus::Accepted);

    auto held = s.book(a, tokyo(28, 10), true);
    ASSERT_TRUE(held);
    EXPECT_EQ(statusOf(a), PipelineStatus::Accepted); // a hold is not a date yet
    ASSERT_TRUE(s.ws->scheduling().confirm(held->id));
    EXPECT_EQ(statusOf(a), PipelineStatus::Scheduled);
    ASSERT_TRUE(s.ws->scheduling().cancel(held->id));
    EXPECT_EQ(statusOf(a), PipelineStatus::Accepted);
    ASSERT_TRUE(s.ws->scheduling().reinstate(held->id, InterviewState::Planned)); // undo
    EXPECT_EQ(statusOf(a), PipelineStatus::Scheduled);

    // Two interviews: cancelling one leaves the other's date.
    auto second = s.book(a, tokyo(30, 13));
    ASSERT_TRUE(second);
    ASSERT_TRUE(s.ws->scheduling().cancel(second->id));
    EXPECT_EQ(statusOf(a), PipelineStatus::Scheduled);

    // Booked straight from "request sent" (the reply came by phone).
    const Id b = s.add("井上", "イノウエ");
    ASSERT_TRUE(s.book(b, tokyo(29, 13)));
    EXPECT_EQ(statusOf(b), PipelineStatus::Scheduled);

    // Already interviewed: a follow-up session does not move them back.
    const Id c = s.add("上田", "ウエダ");
    auto person = s.ws->roster().load(c);
    IntervieweeData d = person->data;
    d.status = PipelineStatus::Interviewed;
    ASSERT_TRUE(s.ws->roster().update(c, d, person->version));
    ASSERT_TRUE(s.book(c, tokyo(27, 13)));
    EXPECT_EQ(statusOf(c), PipelineStatus::Interviewed);
}

// Issue 13: a reply's preferred times were free text, so a booking could not start from them.
// Now they are the campaign's own slots: written out for the history, refused when not a slot,
// and the booking starts from the first one still free and not past.
TEST(Scheduling, PreferredTimesOfAReplyAreSlotsABookingStartsFrom)
{
    Schedule s;
    const Id a = s.add("青木", "アオキ");
    const Id b = s.add("井上", "イノウエ");
    OutreachService &outreach = s.ws->outreach();

    auto notASlot = outreach.recordReply(a, OutreachReply::Kind::Accepted, {}, {},
                                         {tokyo(28, 13).toUTC()}); // 13:00 on the 28th: no window
    ASSERT_FALSE(notASlot);
    EXPECT_EQ(notASlot.error().untranslatedMessage().toStdString(),
              "Wed 28 May, 13:00 is not one of the campaign's candidate times.");
    EXPECT_FALSE(
        outreach.recordReply(a, OutreachReply::Kind::Declined, {}, {}, {tokyo(28, 15).toUTC()}));
    EXPECT_TRUE(outreach.replies(1, a)->isEmpty()); // nothing recorded by a refusal

    ASSERT_TRUE(outreach.recordReply(a, OutreachReply::Kind::Accepted, {}, {},
                                     {tokyo(28, 15).toUTC(), tokyo(30, 10).toUTC()}));
    const auto replies = outreach.replies(1, a);
    ASSERT_EQ(replies->size(), 1);
    EXPECT_EQ(replies->at(0).prefers,
              QString::fromUtf8("5月28日（水）15:00-16:00、5月30日（金）10:00-11:00"));
    EXPECT_EQ(replies->at(0).preferredStarts,
              (QList<QDateTime>{tokyo(28, 15).toUTC(), tokyo(30, 10).toUTC()}));

    EXPECT_EQ(*s.ws->scheduling().preferredStart(a), tokyo(28, 15).toUTC());
    ASSERT_TRUE(s.book(b, tokyo(28, 15))); // someone else took it
    EXPECT_EQ(*s.ws->scheduling().preferredStart(a), tokyo(30, 10).toUTC());
    s.ws.clock.set(tokyo(30, 12)); // both in the past now
    EXPECT_FALSE(s.ws->scheduling().preferredStart(a)->has_value());
    EXPECT_FALSE(s.ws->scheduling().preferredStart(b)->has_value()); // no reply at all
}
