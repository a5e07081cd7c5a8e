// The team-calendar dialog against a real Radicale: the editor enters the account, syncs, and
// settles an event someone else changed on the server.
#include "calendar/caldavdialog.h"
#include "calendar/calendarlegend.h"
#include "calendar/monthview.h"
#include "calendar/weekview.h"
#include "calendarwindow.h"
#include "radicaleserver.h"
#include "services/caldavservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "testworkspace.h"
#include "util/translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
const char *kChangeSummary = R"(
cal = client.calendar(url=url + args[0])
ev = cal.events()[0]
ev.vobject_instance.vevent.summary.value = 'Moved by the writer'
ev.save()
print('{}')
)";

struct Editor {
    Editor()
    {
        i18n::install(QStringLiteral("en"));
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QStringLiteral("青木");
        d.givenName = QStringLiteral("誠");
        d.familyReading = QStringLiteral("アオキ");
        auto person = ws->roster().add(1, d);
        EXPECT_TRUE(person);
        Booking b;
        b.intervieweeId = person ? person->id : 0;
        b.start = QDateTime(QDate(2025, 5, 27), QTime(10, 0), QTimeZone("Asia/Tokyo"));
        EXPECT_TRUE(ws->scheduling().book(b));
    }
    template <typename T> T *find(const char *name)
    {
        T *w = dialog.findChild<T *>(QLatin1String(name));
        EXPECT_TRUE(w) << name;
        return w;
    }

    test::RadicaleServer server;
    test::TestWorkspace ws;
    CaldavDialog dialog{*ws, 1};
};
} // namespace

TEST(CaldavGui, TheEditorEntersTheAccountSyncsAndSeesTheBookingPublished)
{
    Editor e;
    EXPECT_FALSE(e.find<QPushButton>("caldavSync")->isEnabled()); // no account yet
    e.find<QLineEdit>("caldavUrl")->setText(e.server.url(QStringLiteral("/editor/shuzai/")));
    e.find<QLineEdit>("caldavLogin")->setText(QStringLiteral("editor"));
    e.find<QLineEdit>("caldavPassword")->setText(test::RadicaleServer::passwordOf("editor"));
    // No keychain in the tests: the password is kept for the session, and the dialog says so.
    ASSERT_TRUE(e.dialog.saveAccount());
    EXPECT_TRUE(e.find<QPushButton>("caldavSync")->isEnabled());
    EXPECT_TRUE(e.find<QLabel>("caldavStatus")->text().contains(QStringLiteral("never synced")));

    ASSERT_TRUE(e.dialog.sync());
    EXPECT_TRUE(e.find<QLabel>("caldavResult")->text().contains(QStringLiteral("1 booking")))
        << e.find<QLabel>("caldavResult")->text().toStdString();
    EXPECT_TRUE(e.find<QLabel>("caldavStatus")->text().startsWith(QStringLiteral("1 booking")))
        << e.find<QLabel>("caldavStatus")->text().toStdString();
    EXPECT_TRUE(e.find<QLabel>("caldavStatus")->text().contains(QStringLiteral("last synced")));
    const QJsonArray events = e.server
                                  .python(QStringLiteral("editor"), R"(
cal = client.calendar(url=url + args[0])
print(json.dumps([str(ev.vobject_instance.vevent.summary.value) for ev in cal.events()]))
)",
                                          {QStringLiteral("/editor/shuzai/")})
                                  .array();
    ASSERT_EQ(events.size(), 1);
    EXPECT_TRUE(events.first().toString().contains(u"青木"));
}

TEST(CaldavGui, AnEventChangedOnTheServerIsListedByPersonAndCanBeKept)
{
    Editor e;
    qputenv("SHUZAI_CALDAV_PASSWORD", "editor-pw");
    ASSERT_TRUE(e.ws->caldav().setAccount(e.server.url(QStringLiteral("/editor/shuzai/")),
                                          QStringLiteral("editor")));
    // Published, then changed on the server by someone else and moved in Shuzai: a conflict.
    ASSERT_TRUE(e.dialog.sync());
    e.server.python(QStringLiteral("editor"), kChangeSummary, {QStringLiteral("/editor/shuzai/")});
    auto interviews = e.ws->scheduling().interviews(1);
    ASSERT_TRUE(interviews && interviews->size() == 1);
    ASSERT_TRUE(
        e.ws->scheduling().move(interviews->first().id, QDateTime(QDate(2025, 5, 28), QTime(15, 0),
                                                                  QTimeZone("Asia/Tokyo"))));
    ASSERT_TRUE(e.dialog.sync());
    EXPECT_TRUE(e.find<QLabel>("caldavResult")->text().contains(QStringLiteral("someone else")))
        << e.find<QLabel>("caldavResult")->text().toStdString();
    auto *conflicts = e.find<QListWidget>("caldavConflicts");
    ASSERT_EQ(conflicts->count(), 1);
    EXPECT_TRUE(conflicts->item(0)->text().contains(u"青木"))
        << conflicts->item(0)->text().toStdString();
    EXPECT_FALSE(conflicts->item(0)->text().contains(QStringLiteral("@shuzai"))); // no UID
    conflicts->setCurrentRow(0);
    ASSERT_TRUE(e.dialog.resolveSelected(false));
    EXPECT_EQ(conflicts->count(), 0);
    qunsetenv("SHUZAI_CALDAV_PASSWORD");
}

TEST(CaldavGui, AWritersBusyTimeIsDrawnInTheWeekApartFromAnImportedOne)
{
    i18n::install(QStringLiteral("en"));
    test::RadicaleServer server;
    test::CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    qputenv("SHUZAI_CALDAV_PASSWORD", "editor-pw");
    ASSERT_TRUE(window.ws().caldav().setAccount(server.url(QStringLiteral("/editor/shuzai/")),
                                                QStringLiteral("editor")));
    // The writer's own calendar app puts an appointment in; a sync reads it.
    server.python(QStringLiteral("writer1"), R"(
principal = client.principal()
cal = principal.make_calendar(name='Work', cal_id='work')
cal.save_event('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//w//w//EN\r\nBEGIN:VEVENT\r\nUID:dentist-1\r\nDTSTAMP:20250501T000000Z\r\nDTSTART:20250527T013000Z\r\nDTEND:20250527T030000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
print('{}')
)");
    ASSERT_TRUE(window.ws().caldav().addCalendar(QStringLiteral("writer"),
                                                 server.url(QStringLiteral("/writer1/work/"))));
    auto synced = window.ws().caldav().sync(1);
    ASSERT_TRUE(synced) << synced.error().untranslatedMessage().toStdString();
    ASSERT_EQ(synced->busyEventsChanged, 1);
    // And someone's calendar exported by hand, imported as a file.
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\n"
                           "BEGIN:VEVENT\r\nUID:lunch-1\r\nDTSTAMP:20250501T000000Z\r\n"
                           "DTSTART:20250528T030000Z\r\nDTEND:20250528T040000Z\r\n"
                           "SUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    auto imported = window.ws().scheduling().importBusyTimes(ics, QStringLiteral("lunch.ics"), 1);
    ASSERT_TRUE(imported) << imported.error().untranslatedMessage().toStdString();

    CalendarScreen *screen = window.show();
    auto *week = screen->findChild<WeekView *>(QStringLiteral("weekView"));
    ASSERT_TRUE(week);
    week->setWeekStart(QDate(2025, 5, 27));
    screen->reload();
    const WeekView::Busy *fromCaldav = nullptr;
    const WeekView::Busy *fromFile = nullptr;
    for (const WeekView::Busy &b : week->busyTimes()) {
        if (b.summary == QLatin1String("Dentist"))
            fromCaldav = &b;
        else if (b.summary == QLatin1String("Lunch"))
            fromFile = &b;
    }
    ASSERT_TRUE(fromCaldav);
    ASSERT_TRUE(fromFile);
    EXPECT_TRUE(fromCaldav->caldav);
    EXPECT_FALSE(fromFile->caldav);
    ASSERT_EQ(week->busyRects(*fromCaldav).size(), 1); // on Tuesday, 10:30 to 12:00 in Tokyo
    const QRect drawn = week->busyRects(*fromCaldav).first();
    EXPECT_EQ(drawn.top(), week->pointAt(test::tokyo(5, 27, 10, 30)).y());
    EXPECT_TRUE(drawn.contains(week->pointAt(test::tokyo(5, 27, 11))));
    // The tooltip names the writer's calendar, and says it came over CalDAV.
    const QString tip = week->busyToolTip(*fromCaldav);
    EXPECT_TRUE(tip.contains(QStringLiteral("writer"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("/writer1/work/"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("CalDAV"))) << tip.toStdString();
    EXPECT_TRUE(week->busyToolTip(*fromFile).contains(QStringLiteral("lunch.ics")));
    // The month marks both days too, apart, and a day's tooltip names them.
    auto *month = screen->findChild<MonthView *>();
    ASSERT_TRUE(month);
    month->setMonth(QDate(2025, 5, 1));
    const auto tuesday = month->busyOn(QDate(2025, 5, 27));
    ASSERT_EQ(tuesday.size(), 1);
    EXPECT_TRUE(tuesday.first().caldav);
    EXPECT_EQ(tuesday.first().summary, QStringLiteral("Dentist"));
    const auto wednesday = month->busyOn(QDate(2025, 5, 28));
    ASSERT_EQ(wednesday.size(), 1);
    EXPECT_FALSE(wednesday.first().caldav);
    EXPECT_TRUE(month->busyOn(QDate(2025, 5, 29)).isEmpty());
    const QString dayTip = month->dayToolTip(QDate(2025, 5, 27));
    EXPECT_TRUE(dayTip.contains(QStringLiteral("Dentist"))) << dayTip.toStdString();
    EXPECT_TRUE(dayTip.contains(QStringLiteral("CalDAV"))) << dayTip.toStdString();
    // The month after: busy times are read for the month shown.
    month->setMonth(QDate(2025, 6, 1));
    EXPECT_TRUE(month->busyOn(QDate(2025, 5, 27)).size() == 1); // still in the grid's first week
    // The legend tells the two apart.
    const QString legend = screen->legend()->entries().join(u'\n');
    EXPECT_TRUE(legend.contains(QStringLiteral("writer's calendar (CalDAV")))
        << legend.toStdString();
    EXPECT_TRUE(legend.contains(QStringLiteral("imported from an .ics file")));
    qunsetenv("SHUZAI_CALDAV_PASSWORD");
}
