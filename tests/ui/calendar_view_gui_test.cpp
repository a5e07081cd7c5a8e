// The calendar as a person sees it: the year in the header, holidays and today marked in both
// views, date popups like the views, a legend, and a layout that fits a 1366×768 laptop.
// Screenshots for a person to look at: SHUZAI_GRAB_DIR=/tmp/cal [SHUZAI_GRAB_LANG=ja] xvfb-run -a
// -s "-screen 0 1366x768x24" build/tests/ui/shuzai_ui_tests --gtest_filter='CalendarScreenshots.*'
#include "calendar/calendarlegend.h"
#include "calendar/calendarstyle.h"
#include "calendar/monthview.h"
#include "calendar/weekview.h"
#include "calendar/windowsdialog.h"
#include "calendarwindow.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextCharFormat>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;
using test::CalendarWindow;
using test::ModalAnswers;
using test::tokyo;

namespace {
// The installed language for one test; English again afterwards.
struct Language {
    explicit Language(const QString &language) { i18n::install(language); }
    ~Language() { i18n::install(QStringLiteral("en")); }
};

QColor pixel(QWidget *widget, QPoint at)
{
    return widget->grab().toImage().pixelColor(at);
}

QString headerLabel(CalendarScreen *screen)
{
    return screen->findChild<QLabel *>(QStringLiteral("calendarHeader"))->text();
}

// Inside the week view's column of `day`, at 9:15 (no candidate times, no lines there).
QPoint emptyPlaceOn(WeekView *view, const QDate &day)
{
    return view->pointAt(QDateTime(day, QTime(9, 15), view->zone())) + QPoint(12, 0);
}
} // namespace

TEST(CalendarView, TheHeaderShowsTheYearAndTheDaysInJapanese)
{
    Language ja(QStringLiteral("ja"));
    CalendarWindow window;
    CalendarScreen *screen = window.show();
    const QString week = headerLabel(screen);
    EXPECT_TRUE(week.startsWith(QStringLiteral("2025年5月26日（月）"))) << week.toStdString();
    EXPECT_TRUE(week.endsWith(QStringLiteral("6月1日（日）"))) << week.toStdString();
    screen->showMonth(true);
    EXPECT_EQ(headerLabel(screen), QStringLiteral("2025年5月"));
}

TEST(CalendarView, TheHeaderShowsTheYearAndTheDaysInEnglish)
{
    Language en(QStringLiteral("en"));
    CalendarWindow window;
    CalendarScreen *screen = window.show();
    EXPECT_EQ(headerLabel(screen), QStringLiteral("Mon 26 May 2025 – Sun 1 Jun"));
    screen->weekView()->setWeekStart(QDate(2025, 12, 29));
    EXPECT_EQ(headerLabel(screen), QStringLiteral("Mon 29 Dec 2025 – Sun 4 Jan 2026"));
    screen->showMonth(true);
    EXPECT_EQ(headerLabel(screen), QStringLiteral("January 2026"));
    screen->findChild<QPushButton *>(QStringLiteral("monthToggle"))->click();
    EXPECT_TRUE(screen->weekView()->isVisible());
}

TEST(CalendarView, TheCampaignsZoneIsNamedWhenTheUserLivesInAnother)
{
    datetext::setDisplayZone(QTimeZone("Europe/London"));
    {
        CalendarWindow window;
        auto *zone = window.show()->findChild<QLabel *>(QStringLiteral("calendarZone"));
        EXPECT_TRUE(zone->isVisible());
        EXPECT_TRUE(zone->text().contains(QStringLiteral("Japan time (UTC+09:00)")))
            << zone->text().toStdString();
    }
    datetext::setDisplayZone(QTimeZone("Asia/Tokyo"));
    {
        CalendarWindow window;
        auto *zone = window.show()->findChild<QLabel *>(QStringLiteral("calendarZone"));
        EXPECT_FALSE(zone->isVisible());
    }
    datetext::setDisplayZone(QTimeZone());
}

TEST(CalendarView, GoldenWeekHolidaysAreNamedAndColouredInBothViews)
{
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        Language installed(language);
        const bool ja = language == QLatin1String("ja");
        CalendarWindow window;
        CalendarScreen *screen = window.show();
        WeekView *week = screen->weekView();
        week->setWeekStart(QDate(2025, 5, 5));
        QCoreApplication::processEvents();
        EXPECT_TRUE(
            week->dayHeader(QDate(2025, 5, 5))
                .endsWith(ja ? QStringLiteral("こどもの日") : QStringLiteral("Children's Day")))
            << week->dayHeader(QDate(2025, 5, 5)).toStdString();
        EXPECT_TRUE(
            week->dayHeader(QDate(2025, 5, 6))
                .endsWith(ja ? QStringLiteral("振替休日") : QStringLiteral("Substitute Holiday")));
        EXPECT_EQ(week->dayHeader(QDate(2025, 5, 7)), datetext::shortDate(QDate(2025, 5, 7)));
        for (const QDate holiday : {QDate(2025, 5, 5), QDate(2025, 5, 6)})
            EXPECT_EQ(pixel(week, emptyPlaceOn(week, holiday)), calendarstyle::holidayShade());
        EXPECT_EQ(pixel(week, emptyPlaceOn(week, QDate(2025, 5, 7))),
                  week->palette().base().color());
        EXPECT_EQ(pixel(week, emptyPlaceOn(week, QDate(2025, 5, 10))),
                  calendarstyle::weekendShade());

        screen->showMonth(true);
        MonthView *month = screen->monthView();
        QCoreApplication::processEvents();
        EXPECT_EQ(month->month(), QDate(2025, 5, 1));
        EXPECT_EQ(month->dayTitle(QDate(2025, 5, 5)),
                  ja ? QStringLiteral("5 こどもの日") : QStringLiteral("5 Children's Day"));
        EXPECT_EQ(month->dayTitle(QDate(2025, 5, 6)),
                  ja ? QStringLiteral("6 振替休日") : QStringLiteral("6 Substitute Holiday"));
        EXPECT_EQ(month->dayTitle(QDate(2025, 6, 1)),
                  ja ? QStringLiteral("6月1日") : QStringLiteral("1 Jun"));
        const QRect cell = month->dayRect(QDate(2025, 5, 6));
        EXPECT_EQ(pixel(month, cell.center() + QPoint(0, cell.height() / 4)),
                  calendarstyle::holidayShade());
    }
}

TEST(CalendarView, TodayIsMarkedInBothViewsAndTodayWorksInTheMonthView)
{
    // Now: Tuesday 15 July 2025, noon in Tokyo; the campaign's window is in May.
    CalendarWindow window(tokyo(7, 15, 12));
    CalendarScreen *screen = window.show();
    screen->showMonth(true);
    EXPECT_EQ(screen->monthView()->month(), QDate(2025, 5, 1));

    screen->findChild<QPushButton *>(QStringLiteral("today"))->click();
    QCoreApplication::processEvents();
    MonthView *month = screen->monthView();
    EXPECT_EQ(month->month(), QDate(2025, 7, 1));
    EXPECT_EQ(headerLabel(screen), QStringLiteral("July 2025"));
    const QRect cell = month->dayRect(QDate(2025, 7, 15));
    EXPECT_EQ(pixel(month, cell.center() + QPoint(0, cell.height() / 4)),
              calendarstyle::todayShade());
    EXPECT_EQ(pixel(month, cell.topLeft() + QPoint(1, cell.height() / 2)),
              calendarstyle::todayFrame());
    // 海の日, the third Monday, in the same month.
    EXPECT_EQ(month->dayTitle(QDate(2025, 7, 21)), QStringLiteral("21 Marine Day"));

    screen->showMonth(false);
    QCoreApplication::processEvents();
    WeekView *week = screen->weekView();
    EXPECT_EQ(week->weekStart(), QDate(2025, 7, 14));
    EXPECT_EQ(pixel(week, emptyPlaceOn(week, QDate(2025, 7, 15))), calendarstyle::todayShade());
    EXPECT_EQ(pixel(week, emptyPlaceOn(week, QDate(2025, 7, 16))), week->palette().base().color());
}

TEST(CalendarView, DatePopupsStartOnMondayWithTheViewsColours)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC));
    window.addPerson(QStringLiteral("鈴木"));
    CalendarScreen *screen = window.show();

    const auto checkPopup = [](QDateEdit *edit) {
        ASSERT_NE(edit, nullptr);
        EXPECT_TRUE(edit->calendarPopup());
        EXPECT_FALSE(edit->displayFormat().contains(QStringLiteral("yyyy-MM-dd")));
        QCalendarWidget *popup = edit->calendarWidget();
        EXPECT_EQ(popup->firstDayOfWeek(), Qt::Monday);
        EXPECT_EQ(popup->weekdayTextFormat(Qt::Saturday).foreground().color(),
                  calendarstyle::saturday());
        EXPECT_EQ(popup->weekdayTextFormat(Qt::Sunday).foreground().color(),
                  calendarstyle::sundayAndHoliday());
        EXPECT_EQ(popup->weekdayTextFormat(Qt::Monday).foreground().color(),
                  popup->weekdayTextFormat(Qt::Friday).foreground().color());
        for (const QDate holiday : {QDate(2025, 5, 5), QDate(2025, 5, 6)}) {
            EXPECT_EQ(popup->dateTextFormat(holiday).foreground().color(),
                      calendarstyle::sundayAndHoliday());
            EXPECT_FALSE(popup->dateTextFormat(holiday).toolTip().isEmpty());
        }
        // Another year's holidays once the popup shows it.
        popup->setCurrentPage(2026, 1);
        EXPECT_EQ(popup->dateTextFormat(QDate(2026, 1, 12)).toolTip(),
                  QStringLiteral("Coming of Age Day"));
    };
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            QDateEdit *edit = dialog->findChild<QDateEdit *>();
            checkPopup(edit);
            EXPECT_EQ(edit->text(), QStringLiteral("Tue 27 May 2025"))
                << edit->text().toStdString();
            dialog->reject();
        }});
        screen->bookInterview(0, tokyo(5, 27, 10));
    }
    WindowsDialog windows(window.ws(), *window->undoStack(), 1);
    checkPopup(windows.findChild<QDateEdit *>());
}

TEST(CalendarView, TheLegendSaysWhatEachMarkMeans)
{
    CalendarWindow window;
    CalendarScreen *screen = window.show();
    ASSERT_TRUE(screen->legend()->isVisible());
    const QString legend = screen->legend()->entries().join(u'\n');
    for (const char *mark : {"Interview online", "Interview in person", "not yet confirmed",
                             "Candidate time", "Conflict", "holiday", "Saturday", "Today"})
        EXPECT_TRUE(legend.contains(QLatin1String(mark))) << mark;
}

TEST(CalendarView, TheCalendarFitsALaptopScreenWithEveryButtonAndTheConflicts)
{
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        Language installed(language);
        CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
        // Forty interviews outside the candidate times: forty conflicts.
        const Id person = window.addPerson(QStringLiteral("鈴木"));
        for (int i = 0; i < 40; ++i)
            window.book(person, tokyo(6, 2 + i % 5, 8).addDays(7 * (i / 5)), 30);
        CalendarScreen screen({window.ws(), *window->undoStack()});
        screen.setCampaign(1);
        const QSize minimum = screen.minimumSizeHint();
        EXPECT_LE(minimum.width(), 1180) << language.toStdString();
        EXPECT_LE(minimum.height(), 600) << language.toStdString();

        screen.resize(1180, 600);
        screen.show();
        QCoreApplication::processEvents();
        EXPECT_EQ(screen.conflictList()->count(), 40);
        for (const char *name : {"exportCalendar", "importBusyTimes", "bookInterview", "today"}) {
            auto *button = screen.findChild<QPushButton *>(QLatin1String(name));
            const QRect where(button->mapTo(&screen, QPoint(0, 0)), button->size());
            EXPECT_TRUE(button->isVisible()) << name;
            EXPECT_TRUE(screen.rect().contains(where)) << name << " " << language.toStdString();
        }
        const QRect list(screen.conflictList()->mapTo(&screen, QPoint(0, 0)),
                         screen.conflictList()->size());
        EXPECT_TRUE(screen.rect().contains(list));
        EXPECT_GE(list.height(), 3 * screen.fontMetrics().height());
    }
}

TEST(CalendarScreenshots, WeekMonthAndBooking)
{
    if (qEnvironmentVariableIsEmpty("SHUZAI_GRAB_DIR"))
        GTEST_SKIP() << "SHUZAI_GRAB_DIR not set";
    Language installed(qEnvironmentVariable("SHUZAI_GRAB_LANG", QStringLiteral("en")));
    const QDir dir(qEnvironmentVariable("SHUZAI_GRAB_DIR"));
    CalendarWindow window(tokyo(5, 28, 11, 20));
    const Id suzuki = window.addPerson(QStringLiteral("鈴木"), QStringLiteral("一郎"));
    const Id sato = window.addPerson(QStringLiteral("佐藤"), QStringLiteral("花子"));
    const Id inoue = window.addPerson(QStringLiteral("井上"), QStringLiteral("健"));
    window.book(suzuki, tokyo(5, 27, 10));
    Booking inPerson;
    inPerson.intervieweeId = sato;
    inPerson.start = tokyo(5, 28, 15);
    inPerson.mode = InterviewMode::InPerson;
    inPerson.place = QStringLiteral("本社");
    ASSERT_TRUE(window.ws().scheduling().book(inPerson));
    Booking held;
    held.intervieweeId = inoue;
    held.start = tokyo(5, 30, 13);
    held.tentative = true;
    ASSERT_TRUE(window.ws().scheduling().book(held));
    window.book(inoue, tokyo(5, 29, 18));      // outside the candidate times
    window.book(suzuki, tokyo(5, 27, 10, 30)); // overlaps
    window->resize(1366, 768);
    CalendarScreen *screen = window.show();
    window->resize(1366, 768);
    QCoreApplication::processEvents();
    const auto save = [&](QWidget *widget, const QString &name) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(widget->grab().save(dir.filePath(name + QStringLiteral(".png"))));
    };
    save(window.window, QStringLiteral("calendar-week"));
    screen->weekView()->setWeekStart(QDate(2025, 5, 5));
    save(window.window, QStringLiteral("calendar-holidays"));
    screen->weekView()->setWeekStart(QDate(2025, 5, 26));
    screen->showMonth(true);
    save(window.window, QStringLiteral("calendar-month"));
    screen->showMonth(false);
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            save(dialog, QStringLiteral("calendar-book"));
            dialog->reject();
        }});
        screen->bookInterview(0, tokyo(5, 29, 14), 90);
    }
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            save(dialog, QStringLiteral("calendar-edit"));
            dialog->reject();
        }});
        screen->openInterview(1);
    }
    WindowsDialog windows(window.ws(), *window->undoStack(), 1);
    windows.show();
    save(&windows, QStringLiteral("calendar-windows"));
}
