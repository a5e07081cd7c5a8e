#include "calendar/calendarscreen.h"
#include "calendar/monthview.h"
#include "calendar/weekview.h"
#include "common/messagebox.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
// A main window on a fresh database (the run's engine), its clock set to `now` when given.
struct CalendarWindow {
    explicit CalendarWindow(const QDateTime &now = {})
    {
        if (now.isValid())
            database.clock.set(now);
        window = new MainWindow(std::move(database.workspace));
    }
    ~CalendarWindow() { delete window; }
    Workspace &ws() { return window->workspace(); }
    MainWindow *operator->() { return window; }

    test::TestWorkspace database;
    MainWindow *window = nullptr;
};
} // namespace

TEST(CalendarGui, DraggingAnInterviewReschedulesItAndUndoMovesItBack)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    Workspace &ws = window.ws();
    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("鈴木");
    d.familyReading = QStringLiteral("スズキ");
    const Id person = ws.roster().add(1, d)->id;
    const QTimeZone tokyo("Asia/Tokyo");
    Booking b;
    b.intervieweeId = person;
    b.start = QDateTime(QDate(2025, 5, 27), QTime(10, 0), tokyo);
    auto booked = ws.scheduling().book(b);
    ASSERT_TRUE(booked);

    window->showScreen(QStringLiteral("calendar"));
    window->resize(1200, 900);
    window->show();
    WeekView *view = window->calendarScreen()->weekView();
    EXPECT_EQ(view->weekStart(), QDate(2025, 5, 26)); // the interview window's week
    QCoreApplication::processEvents();

    const QDateTime target(QDate(2025, 5, 28), QTime(15, 0), tokyo);
    const QPoint from = view->pointAt(b.start) + QPoint(0, 5);
    const QPoint to = view->pointAt(target) + QPoint(0, 5);
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, view->mapToGlobal(to), Qt::LeftButton, Qt::LeftButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(view, &move);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);

    auto moved = ws.scheduling().interviews(1);
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->first().startsAt, target.toUTC());
    EXPECT_EQ(moved->first().sequence, 1);

    window->undoStack()->undo();
    EXPECT_EQ(ws.scheduling().interviews(1)->first().startsAt, b.start.toUTC());
    EXPECT_EQ(ws.scheduling().history(booked->id)->size(), 3); // booked, moved, moved back
}

TEST(CalendarGui, BookingThroughTheDialogIsUndoable)
{
    CalendarWindow window;
    Workspace &ws = window.ws();
    IntervieweeData d;
    d.categoryId = 1;
    d.familyName = QStringLiteral("山田");
    d.timeZone = QStringLiteral("America/Los_Angeles");
    ASSERT_TRUE(ws.roster().add(1, d));
    window->showScreen(QStringLiteral("calendar"));

    QString theirTime;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QDateEdit *>()->setDate(QDate(2025, 5, 28));
        dialog->findChild<QTimeEdit *>()->setTime(QTime(15, 0));
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("America/Los_Angeles")))
                theirTime = label->text();
        }
        dialog->accept();
    });
    window->calendarScreen()->bookInterview();
    auto booked = ws.scheduling().interviews(1);
    ASSERT_EQ(booked->size(), 1);
    const QDateTime expected(QDate(2025, 5, 28), QTime(15, 0), QTimeZone("Asia/Tokyo"));
    EXPECT_EQ(booked->first().startsAt, expected.toUTC());
    EXPECT_TRUE(theirTime.contains(QStringLiteral("23:00"))) << theirTime.toStdString(); // PDT

    window->undoStack()->undo();
    EXPECT_EQ(ws.scheduling().interviews(1)->first().state, InterviewState::Cancelled);
    window->undoStack()->redo();
    EXPECT_EQ(ws.scheduling().interviews(1)->first().state, InterviewState::Planned);
}

TEST(CalendarGui, MonthViewShowsTheMonthAndADayOpensItsWeek)
{
    CalendarWindow window;
    Workspace &ws = window.ws();
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    Booking b;
    b.intervieweeId = ws.roster().add(1, d)->id;
    b.start = QDateTime(QDate(2025, 5, 29), QTime(14, 0), QTimeZone("Asia/Tokyo"));
    ASSERT_TRUE(ws.scheduling().book(b));
    window->showScreen(QStringLiteral("calendar"));
    window->resize(1200, 800);
    window->show();
    CalendarScreen *screen = window->calendarScreen();
    screen->showMonth(true);
    MonthView *month = screen->monthView();
    EXPECT_EQ(month->month(), QDate(2025, 5, 1));
    QCoreApplication::processEvents();
    if (qEnvironmentVariableIsSet("SHUZAI_GRAB"))
        month->grab().save(qEnvironmentVariable("SHUZAI_GRAB"));
    // Find the cell of 5/28 and double-click it: the week of 5/26 opens.
    QPoint cell;
    for (int y = 30; y < month->height() && cell.isNull(); y += 10) {
        for (int x = 5; x < month->width(); x += 10) {
            if (month->dayAt(QPoint(x, y)) == QDate(2025, 6, 3)) {
                cell = QPoint(x, y);
                break;
            }
        }
    }
    ASSERT_FALSE(cell.isNull());
    QTest::mouseDClick(month, Qt::LeftButton, Qt::NoModifier, cell);
    EXPECT_EQ(screen->weekView()->weekStart(), QDate(2025, 6, 2));
    EXPECT_TRUE(screen->weekView()->isVisible());
}

TEST(CalendarGui, AHoldIsConfirmedFromItsDialogAndUndoMakesItAHoldAgain)
{
    CalendarWindow window;
    Workspace &ws = window.ws();
    IntervieweeData d;
    d.categoryId = 1;
    d.familyName = QStringLiteral("井上");
    Booking b;
    b.intervieweeId = ws.roster().add(1, d)->id;
    b.start = QDateTime(QDate(2025, 5, 27), QTime(13, 0), QTimeZone("Asia/Tokyo"));
    b.tentative = true;
    auto held = ws.scheduling().book(b);
    ASSERT_TRUE(held);
    window->showScreen(QStringLiteral("calendar"));
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmBooking"));
        ASSERT_NE(confirm, nullptr);
        confirm->click();
    });
    window->calendarScreen()->openInterview(held->id);
    EXPECT_EQ(ws.scheduling().interviews(1)->first().state, InterviewState::Planned);
    window->undoStack()->undo();
    EXPECT_EQ(ws.scheduling().interviews(1)->first().state, InterviewState::Tentative);
}

TEST(CalendarGui, ImportingBusyTimesSaysWhatWasKeptAndARefusalNamesTheFileOnce)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    window->showScreen(QStringLiteral("calendar"));
    CalendarScreen *screen = window->calendarScreen();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    screen->importBusyTimesFrom(QStringLiteral(SHUZAI_TEST_DATA "/calendars/google.ics"));
    const QString summary = MessageBox::lastText();
    EXPECT_TRUE(summary.contains(QStringLiteral("google.ics"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 busy time(s)"))) << summary.toStdString();
    EXPECT_TRUE(
        summary.contains(QStringLiteral("1 outside those days, 1 cancelled, 1 marked free")))
        << summary.toStdString();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    screen->importBusyTimesFrom(QStringLiteral(SHUZAI_TEST_DATA "/calendars/broken-dtstart.ics"));
    const QString refusal = MessageBox::lastText();
    EXPECT_EQ(refusal.count(QStringLiteral("broken-dtstart.ics")), 1) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("line 13"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("2024102X"))) << refusal.toStdString();
}
