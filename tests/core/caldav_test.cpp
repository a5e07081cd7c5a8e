// The team's calendars over CalDAV against a real Radicale (tests/support/radicale_server.sh),
// checked with a second client (python3-caldav) as the issue asks: what a user of the team's
// calendar app would see.
#include "radicaleserver.h"
#include "services/caldavservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "storage/caldavrepository.h"
#include "storage/database.h"
#include "testworkspace.h"
#include "util/translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

using namespace shuzai;

namespace {
const QTimeZone kTokyo("Asia/Tokyo");

QDateTime tokyo(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 5, day), QTime(hour, minute), kTokyo);
}

// Every event of a calendar as the second client reads it.
const char *kListEvents = R"(
cal = client.calendar(url=url + args[0])
out = []
for ev in cal.events():
    e = ev.icalendar_instance.walk('VEVENT')[0]
    out.append({'uid': str(e['UID']), 'sequence': int(e.get('SEQUENCE', 0)),
                'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat(),
                'tzid': e['DTSTART'].params.get('TZID'), 'summary': str(e['SUMMARY']),
                'status': str(e.get('STATUS', ''))})
out.sort(key=lambda x: x['start'])
print(json.dumps(out))
)";

struct Team {
    Team()
    {
        qputenv("SHUZAI_CALDAV_PASSWORD", "editor-pw");
        EXPECT_TRUE(ws->caldav().setAccount(server.url(QStringLiteral("/editor/shuzai/")),
                                            QStringLiteral("editor")));
    }
    ~Team() { qunsetenv("SHUZAI_CALDAV_PASSWORD"); }

    Id add(const char *family, const char *reading)
    {
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QString::fromUtf8(family);
        d.familyReading = QString::fromUtf8(reading);
        auto r = ws->roster().add(1, d);
        EXPECT_TRUE(r) << r.error().untranslatedMessage().toStdString();
        return r ? r->id : 0;
    }
    Interview book(Id person, const QDateTime &start)
    {
        Booking b;
        b.intervieweeId = person;
        b.start = start;
        auto r = ws->scheduling().book(b);
        EXPECT_TRUE(r) << r.error().untranslatedMessage().toStdString();
        return r ? *r : Interview{};
    }
    CaldavSyncReport sync()
    {
        auto r = ws->caldav().sync(1);
        EXPECT_TRUE(r) << r.error().untranslatedMessage().toStdString();
        return r ? *r : CaldavSyncReport{};
    }
    QJsonArray events(const QString &path = QStringLiteral("/editor/shuzai/"))
    {
        return server.python(QStringLiteral("editor"), kListEvents, {path}).array();
    }
    // The writer's own calendar, made by their calendar app, with one event in it.
    void writerAddsBusy(const QString &uid, const QString &summary, const QDateTime &start,
                        const QDateTime &end)
    {
        const char *script = R"(
principal = client.principal()
try:
    cal = client.calendar(url=url + '/writer1/work/')
    cal.events()
except Exception:
    cal = principal.make_calendar(name='Work', cal_id='work')
cal.save_event('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//w//w//EN\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20250501T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' % (args[0], args[1], args[2], args[3]))
print('{}')
)";
        const QString f = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
        server.python(QStringLiteral("writer1"), script,
                      {uid, start.toUTC().toString(f), end.toUTC().toString(f), summary});
    }
    QList<Conflict> busyConflicts()
    {
        QList<Conflict> out;
        auto all = ws->scheduling().conflicts(1);
        EXPECT_TRUE(all);
        for (const Conflict &c : *all) {
            if (c.kind == Conflict::Kind::BusyCalendar)
                out.append(c);
        }
        return out;
    }

    test::RadicaleServer server;
    test::TestWorkspace ws;
};
} // namespace

TEST(Caldav, ABookingAppearsInASecondClientWithItsTimesAndUid)
{
    Team t;
    const Interview booked = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    const CaldavSyncReport report = t.sync();
    EXPECT_EQ(report.created, 1);
    const QJsonArray events = t.events();
    ASSERT_EQ(events.size(), 1);
    const QJsonObject e = events.first().toObject();
    EXPECT_TRUE(e[QStringLiteral("uid")].toString().startsWith(
        QStringLiteral("interview-%1-").arg(booked.id)));
    EXPECT_TRUE(e[QStringLiteral("uid")].toString().endsWith(QStringLiteral("@shuzai")));
    // The same UID the .ics invitation carries.
    const QByteArray invitation = *t.ws->scheduling().exportInterview(booked.id);
    EXPECT_TRUE(invitation.contains("UID:" + e[QStringLiteral("uid")].toString().toUtf8()));
    EXPECT_EQ(e[QStringLiteral("start")].toString(), QStringLiteral("2025-05-27T10:00:00+09:00"));
    EXPECT_EQ(e[QStringLiteral("end")].toString(), QStringLiteral("2025-05-27T11:00:00+09:00"));
    EXPECT_EQ(e[QStringLiteral("tzid")].toString(), QStringLiteral("Asia/Tokyo"));
    EXPECT_TRUE(e[QStringLiteral("summary")].toString().contains(u"青木"));
    auto status = t.ws->caldav().status(1);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->published, 1);
    EXPECT_EQ(status->pending, 0);
    EXPECT_TRUE(status->account->lastSyncAt.isValid());
}

TEST(Caldav, AMoveKeepsTheUidWithAHigherSequenceAndASecondSyncChangesNothing)
{
    Team t;
    const Interview booked = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    t.sync();
    const QJsonObject before = t.events().first().toObject();
    ASSERT_TRUE(t.ws->scheduling().move(booked.id, tokyo(29, 14)));
    auto status = t.ws->caldav().status(1);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->pending, 1);
    EXPECT_EQ(t.sync().updated, 1);
    const QJsonArray after = t.events();
    ASSERT_EQ(after.size(), 1);
    const QJsonObject moved = after.first().toObject();
    EXPECT_EQ(moved[QStringLiteral("uid")], before[QStringLiteral("uid")]);
    EXPECT_EQ(moved[QStringLiteral("sequence")].toInt(),
              before[QStringLiteral("sequence")].toInt() + 1);
    EXPECT_EQ(moved[QStringLiteral("start")].toString(),
              QStringLiteral("2025-05-29T14:00:00+09:00"));

    auto published = CaldavRepository(t.ws->database()).published();
    ASSERT_TRUE(published);
    const QString etag = published->first().etag;
    const CaldavSyncReport again = t.sync();
    EXPECT_EQ(again.unchanged, 1);
    EXPECT_EQ(again.created + again.updated + again.cancelled, 0);
    EXPECT_EQ(again.busyEventsChanged, 0);
    EXPECT_EQ(CaldavRepository(t.ws->database()).published()->first().etag, etag);
    EXPECT_EQ(t.events(), after);
}

TEST(Caldav, AnEditorWorkingInAnotherLanguageDoesNotRepublishEveryBooking)
{
    Team t;
    t.book(t.add("青木", "アオキ"), tokyo(27, 10)); // online, no meeting URL yet: "Online"
    t.sync();
    ASSERT_TRUE(i18n::install(QStringLiteral("ja")));
    auto status = t.ws->caldav().status(1);
    const CaldavSyncReport report = t.sync();
    ASSERT_TRUE(i18n::install(QStringLiteral("en")));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->pending, 0);
    EXPECT_EQ(report.unchanged, 1);
    EXPECT_EQ(report.updated, 0);
}

TEST(Caldav, ACancellationIsPublishedAsCancelledWithAHigherSequence)
{
    Team t;
    const Interview booked = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    t.sync();
    const int sequence = t.events().first()[QStringLiteral("sequence")].toInt();
    ASSERT_TRUE(t.ws->scheduling().cancel(booked.id));
    EXPECT_EQ(t.sync().cancelled, 1);
    const QJsonObject e = t.events().first().toObject();
    EXPECT_EQ(e[QStringLiteral("status")].toString(), QStringLiteral("CANCELLED"));
    EXPECT_EQ(e[QStringLiteral("sequence")].toInt(), sequence + 1);
}

TEST(Caldav, ADeletedInterviewsEventIsDeletedFromTheServer)
{
    Team t;
    const Interview kept = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    const Interview mistake = t.book(t.add("井上", "イノウエ"), tokyo(28, 10));
    t.sync();
    ASSERT_EQ(t.events().size(), 2);
    ASSERT_TRUE(t.ws->scheduling().remove(mistake.id));
    const CaldavSyncReport report = t.sync();
    EXPECT_EQ(report.removed, 1);
    EXPECT_EQ(report.unchanged, 1);
    const QJsonArray left = t.events();
    ASSERT_EQ(left.size(), 1);
    EXPECT_TRUE(left.first()[QStringLiteral("uid")].toString().startsWith(
        QStringLiteral("interview-%1-").arg(kept.id)));
    EXPECT_EQ(t.sync().removed, 0);
}

TEST(Caldav, ADeletedInterviewsEventChangedBySomeoneElseStaysUntilResolved)
{
    Team t;
    const Interview booked = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    t.sync();
    t.server.python(QStringLiteral("editor"), R"(
cal = client.calendar(url=url + '/editor/shuzai/')
ev = cal.events()[0]
ev.icalendar_instance.walk('VEVENT')[0]['SUMMARY'] = 'Still needed'
ev.save()
print('{}')
)");
    ASSERT_TRUE(t.ws->scheduling().remove(booked.id));
    const CaldavSyncReport report = t.sync();
    EXPECT_EQ(report.removed, 0);
    ASSERT_EQ(report.newConflicts.size(), 1);
    EXPECT_EQ(t.events().size(), 1);
    EXPECT_EQ(t.sync().stillInConflict, 1);
    ASSERT_TRUE(t.ws->caldav().resolve(booked.id, true)); // the editor deletes it after all
    EXPECT_TRUE(t.events().isEmpty());
    EXPECT_TRUE(CaldavRepository(t.ws->database()).published()->isEmpty());
}

TEST(Caldav, AnEventEditedOnTheServerBySomeoneElseIsNotOverwrittenAndIsReported)
{
    Team t;
    const Interview booked = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    t.sync();
    // A colleague renames the event in their calendar app.
    t.server.python(QStringLiteral("editor"), R"(
cal = client.calendar(url=url + '/editor/shuzai/')
ev = cal.events()[0]
ev.icalendar_instance.walk('VEVENT')[0]['SUMMARY'] = 'Moved to the big room'
ev.save()
print('{}')
)");
    ASSERT_TRUE(t.ws->scheduling().move(booked.id, tokyo(28, 15)));
    const CaldavSyncReport report = t.sync();
    ASSERT_EQ(report.newConflicts.size(), 1);
    EXPECT_EQ(report.newConflicts.first().interviewId, booked.id);
    EXPECT_EQ(report.updated, 0);
    const QJsonObject kept = t.events().first().toObject();
    EXPECT_EQ(kept[QStringLiteral("summary")].toString(), QStringLiteral("Moved to the big room"));
    EXPECT_EQ(kept[QStringLiteral("start")].toString(),
              QStringLiteral("2025-05-27T10:00:00+09:00"));
    auto status = t.ws->caldav().status(1);
    ASSERT_TRUE(status);
    ASSERT_EQ(status->conflicts.size(), 1);
    EXPECT_EQ(t.sync().stillInConflict, 1); // still reported, still not overwritten
    EXPECT_EQ(t.events().first()[QStringLiteral("summary")].toString(),
              QStringLiteral("Moved to the big room"));

    // The editor looked and puts the booking over it.
    ASSERT_TRUE(t.ws->caldav().resolve(booked.id, true));
    const QJsonObject resolved = t.events().first().toObject();
    EXPECT_EQ(resolved[QStringLiteral("start")].toString(),
              QStringLiteral("2025-05-28T15:00:00+09:00"));
    EXPECT_EQ(resolved[QStringLiteral("uid")], kept[QStringLiteral("uid")]);
    EXPECT_TRUE(t.ws->caldav().status(1)->conflicts.isEmpty());
}

TEST(Caldav, KeepingTheServersCopyEndsTheConflictWithoutWriting)
{
    Team t;
    const Interview booked = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    t.sync();
    t.server.python(QStringLiteral("editor"), R"(
cal = client.calendar(url=url + '/editor/shuzai/')
ev = cal.events()[0]
ev.icalendar_instance.walk('VEVENT')[0]['SUMMARY'] = 'Theirs'
ev.save()
print('{}')
)");
    ASSERT_TRUE(t.ws->scheduling().move(booked.id, tokyo(28, 15)));
    ASSERT_EQ(t.sync().newConflicts.size(), 1);
    ASSERT_TRUE(t.ws->caldav().resolve(booked.id, false));
    EXPECT_EQ(t.events().first()[QStringLiteral("summary")].toString(), QStringLiteral("Theirs"));
    const CaldavSyncReport after = t.sync();
    EXPECT_EQ(after.stillInConflict + int(after.newConflicts.size()) + after.updated, 0);
}

TEST(Caldav, AWritersBusyEventShowsUpInConflictsAfterSyncAndGoesWhenRemoved)
{
    Team t;
    const Interview booked = t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    t.writerAddsBusy(QStringLiteral("dentist-1"), QStringLiteral("Dentist"), tokyo(27, 10, 30),
                     tokyo(27, 12));
    ASSERT_TRUE(t.ws->caldav().addCalendar(QStringLiteral("writer"),
                                           t.server.url(QStringLiteral("/writer1/work/"))));
    EXPECT_TRUE(t.busyConflicts().isEmpty());
    const CaldavSyncReport first = t.sync();
    EXPECT_EQ(first.busyEventsChanged, 1);
    EXPECT_EQ(first.fullResyncs, 1);
    QList<Conflict> found = t.busyConflicts();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().interviewId, booked.id);
    EXPECT_EQ(found.first().busySummary, QStringLiteral("Dentist"));

    // Read again incrementally: nothing changed, nothing doubled.
    const CaldavSyncReport second = t.sync();
    EXPECT_EQ(second.busyEventsChanged + second.busyEventsRemoved + second.fullResyncs, 0);
    EXPECT_EQ(t.busyConflicts().size(), 1);

    // A second event arrives by the sync token; the first one, deleted, goes.
    t.writerAddsBusy(QStringLiteral("lunch-1"), QStringLiteral("Lunch"), tokyo(29, 12),
                     tokyo(29, 13));
    t.server.python(QStringLiteral("writer1"), R"(
cal = client.calendar(url=url + '/writer1/work/')
cal.event_by_uid('dentist-1').delete()
print('{}')
)");
    const CaldavSyncReport third = t.sync();
    EXPECT_EQ(third.busyEventsChanged, 1);
    EXPECT_EQ(third.busyEventsRemoved, 1);
    EXPECT_EQ(third.fullResyncs, 0);
    EXPECT_TRUE(t.busyConflicts().isEmpty());
    ASSERT_TRUE(t.ws->scheduling().move(booked.id, tokyo(29, 12)));
    ASSERT_EQ(t.busyConflicts().size(), 1);
    EXPECT_EQ(t.busyConflicts().first().busySummary, QStringLiteral("Lunch"));

    ASSERT_TRUE(t.ws->caldav().removeCalendar(t.server.url(QStringLiteral("/writer1/work/"))));
    EXPECT_TRUE(t.busyConflicts().isEmpty());
}

TEST(Caldav, AForgottenSyncTokenMeansAFullResync)
{
    Team t;
    t.writerAddsBusy(QStringLiteral("dentist-1"), QStringLiteral("Dentist"), tokyo(27, 10),
                     tokyo(27, 11));
    auto calendar = t.ws->caldav().addCalendar(QStringLiteral("writer"),
                                               t.server.url(QStringLiteral("/writer1/work/")));
    ASSERT_TRUE(calendar);
    t.sync();
    Database &db = t.ws->database();
    // Radicale's tokens are a hash after this prefix; "0" is one it never issued.
    const QString forgotten = QStringLiteral("http://radicale.org/ns/sync/0");
    ASSERT_TRUE(db.transact([&] {
        return CaldavRepository(db).setSyncToken(calendar->id, forgotten, t.ws.clock.now());
    }));
    const CaldavSyncReport report = t.sync();
    EXPECT_EQ(report.fullResyncs, 1);
    EXPECT_EQ(report.busyEventsChanged + report.busyEventsRemoved, 0);
    auto window = t.ws->scheduling().conflicts(1);
    ASSERT_TRUE(window);
    auto busy = CaldavRepository(db).busyEvents(calendar->id);
    ASSERT_TRUE(busy);
    EXPECT_EQ(busy->size(), 1);
    // A hash may well end in 0 (one in sixteen): compare the whole token.
    const QString token = CaldavRepository(db).calendars()->first().syncToken;
    EXPECT_NE(token, forgotten);
    EXPECT_TRUE(token.startsWith(u"http://radicale.org/ns/sync/")) << token.toStdString();
}

TEST(Caldav, AWrongPasswordIsSaidPlainlyAndNothingIsWritten)
{
    Team t;
    t.book(t.add("青木", "アオキ"), tokyo(27, 10));
    qputenv("SHUZAI_CALDAV_PASSWORD", "not-the-password");
    auto r = t.ws->caldav().sync(1);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code(), ErrorCode::PermissionDenied);
    EXPECT_TRUE(r.error().untranslatedMessage().contains(QStringLiteral("refused the login")));
    EXPECT_TRUE(r.error().untranslatedMessage().contains(QStringLiteral("editor")));
    EXPECT_TRUE(CaldavRepository(t.ws->database()).published()->isEmpty());
    auto status = t.ws->caldav().status(1);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->pending, 1);
    EXPECT_FALSE(status->account->lastSyncAt.isValid());
}

TEST(Caldav, ServerGoneMidSyncLosesNothingAndTheNextSyncGoesOn)
{
    Team t;
    for (int i = 0; i < 4; ++i) {
        const QByteArray family = QByteArray("取材") + QByteArray::number(i);
        t.book(t.add(family.constData(), "シュザイ"), tokyo(27 + i / 2, 10 + 3 * (i % 2)));
    }
    // The server stops as soon as it has answered the first PUT.
    QTimer watch;
    const QString log = t.server.dir() + QStringLiteral("/radicale.log");
    QObject::connect(&watch, &QTimer::timeout, [&] {
        QFile f(log);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains("PUT response status")) {
            watch.stop();
            t.server.stop();
        }
    });
    watch.start(1);
    auto broken = t.ws->caldav().sync(1);
    watch.stop();
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().code(), ErrorCode::Io);
    const qsizetype recorded = CaldavRepository(t.ws->database()).published()->size();
    EXPECT_GE(recorded, 1);
    EXPECT_LT(recorded, 4);

    t.server.resume();
    const CaldavSyncReport report = t.sync();
    EXPECT_TRUE(report.newConflicts.isEmpty());
    EXPECT_EQ(report.created + report.unchanged, 4);
    const QJsonArray events = t.events();
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(events.at(0)[QStringLiteral("start")].toString(),
              QStringLiteral("2025-05-27T10:00:00+09:00"));
    EXPECT_EQ(events.at(3)[QStringLiteral("start")].toString(),
              QStringLiteral("2025-05-28T13:00:00+09:00"));
    auto status = t.ws->caldav().status(1);
    EXPECT_EQ(status->published, 4);
    EXPECT_EQ(status->pending, 0);
}

TEST(Caldav, OnlyTheEditorPublishesAndThePasswordGoesToTheAccountsServerOnly)
{
    Team t;
    ASSERT_TRUE(t.ws->setActor(QStringLiteral("writer")));
    auto denied = t.ws->caldav().sync(1);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code(), ErrorCode::PermissionDenied);
    ASSERT_TRUE(t.ws->setActor(QStringLiteral("editor")));
    auto elsewhere = t.ws->caldav().addCalendar(
        QStringLiteral("writer"), QStringLiteral("https://calendar.example.com/writer/"));
    ASSERT_FALSE(elsewhere);
    EXPECT_TRUE(elsewhere.error().untranslatedMessage().contains(QStringLiteral("password")));
    auto plain = t.ws->caldav().setAccount(QStringLiteral("http://cal.example.com/team/"),
                                           QStringLiteral("editor"));
    ASSERT_FALSE(plain);
    EXPECT_TRUE(plain.error().untranslatedMessage().contains(QStringLiteral("https")));
}

TEST(Caldav, AServerWhoseCertificateIsNotTrustedIsRefusedUntilItsCaIsGiven)
{
    test::RadicaleServer server(true);
    test::TestWorkspace ws;
    qputenv("SHUZAI_CALDAV_PASSWORD", "editor-pw");
    IntervieweeData d;
    d.categoryId = 1;
    d.familyName = QStringLiteral("青木");
    d.familyReading = QStringLiteral("アオキ");
    Booking b;
    b.intervieweeId = ws->roster().add(1, d)->id;
    b.start = tokyo(27, 10);
    ASSERT_TRUE(ws->scheduling().book(b));
    ASSERT_TRUE(ws->caldav().setAccount(server.url(QStringLiteral("/editor/shuzai/")),
                                        QStringLiteral("editor")));
    auto refused = ws->caldav().sync(1);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().untranslatedMessage().contains(QStringLiteral("not trusted")))
        << refused.error().untranslatedMessage().toStdString();
    EXPECT_FALSE(refused.error().libraryText().isEmpty());
    EXPECT_TRUE(CaldavRepository(ws->database()).published()->isEmpty());

    ASSERT_TRUE(ws->caldav().setAccount(server.url(QStringLiteral("/editor/shuzai/")),
                                        QStringLiteral("editor"), server.caFile()));
    auto synced = ws->caldav().sync(1);
    ASSERT_TRUE(synced) << synced.error().untranslatedMessage().toStdString();
    EXPECT_EQ(synced->created, 1);
    qunsetenv("SHUZAI_CALDAV_PASSWORD");
}
