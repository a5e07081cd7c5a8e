#include "calendar/interviewdialog.h"
#include "calendar/monthview.h"
#include "calendar/weekview.h"
#include "calendarwindow.h"
#include "common/messagebox.h"
#include "common/savepath.h"
#include "roster/rosterscreen.h"
#include "services/interviewservice.h"
#include "shell/screenactions.h"
#include "util/translations.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;
using test::CalendarWindow;
using test::ModalAnswers;
using test::tokyo;

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
    i18n::install(QStringLiteral("en")); // the plural forms come from the English file
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    window->showScreen(QStringLiteral("calendar"));
    CalendarScreen *screen = window->calendarScreen();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    screen->importBusyTimesFrom(QStringLiteral(SHUZAI_TEST_DATA "/calendars/google.ics"));
    const QString summary = MessageBox::lastText();
    EXPECT_TRUE(summary.contains(QStringLiteral("google.ics"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 busy times"))) << summary.toStdString();
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

namespace {
// What the booking dialog was filled with.
struct BookingForm {
    QString person;
    QDate date;
    QTime time;
    int minutes = 0;
};

BookingForm readForm(QDialog *dialog)
{
    BookingForm form;
    form.person = dialog->findChild<QComboBox *>(QStringLiteral("person"))->currentText();
    form.date = dialog->findChild<QDateEdit *>()->date();
    form.time = dialog->findChild<QTimeEdit *>()->time();
    form.minutes = dialog->findChild<QSpinBox *>()->value();
    return form;
}

void accept(QDialog *dialog)
{
    dialog->findChild<QPushButton *>(QStringLiteral("acceptInterview"))->click();
}

QStringList buttonTexts(QDialog *dialog)
{
    QStringList out;
    for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons())
        out.append(b->text());
    return out;
}
} // namespace

TEST(CalendarGui, DoubleClickOnEmptyTimeBooksThePersonChosenInTheRosterThere)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    window.addPerson(QStringLiteral("井上"), QStringLiteral("花子"), PipelineStatus::Accepted);
    const Id suzuki = window.addPerson(QStringLiteral("鈴木"), QStringLiteral("一郎"));
    CalendarScreen *screen = window.show();
    screen->setCurrentInterviewee(suzuki);
    WeekView *view = screen->weekView();

    BookingForm form;
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            form = readForm(dialog);
            accept(dialog);
        }});
        QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier,
                           view->pointAt(tokyo(5, 28, 15)) + QPoint(0, 3));
    }
    EXPECT_EQ(form.person, QStringLiteral("鈴木 一郎"));
    EXPECT_EQ(form.date, QDate(2025, 5, 28));
    EXPECT_EQ(form.time, QTime(15, 0));
    EXPECT_EQ(form.minutes, 60);
    auto booked = window.ws().scheduling().interviews(1);
    ASSERT_TRUE(booked);
    ASSERT_EQ(booked->size(), 1);
    EXPECT_EQ(booked->first().intervieweeId, suzuki);
    EXPECT_EQ(booked->first().startsAt, tokyo(5, 28, 15).toUTC());
    EXPECT_EQ(booked->first().minutes, 60);
}

TEST(CalendarGui, AnInterviewPickedInTheCalendarChoosesThePersonUntilTheRosterChoosesAnother)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    const Id inoue = window.addPerson(QStringLiteral("井上"), QString(), PipelineStatus::Accepted);
    const Id suzuki = window.addPerson(QStringLiteral("鈴木"));
    const Id sato = window.addPerson(QStringLiteral("佐藤"));
    const Interview satos = window.book(sato, tokyo(5, 27, 10));
    CalendarScreen *screen = window.show();
    WeekView *view = screen->weekView();

    // Nothing chosen: the person waiting for a date.
    EXPECT_EQ(screen->bookingPerson(), inoue);
    screen->setCurrentInterviewee(suzuki);
    EXPECT_EQ(screen->bookingPerson(), suzuki);
    // A click on 佐藤's interview picks it: a booking is for 佐藤 now.
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier,
                      view->pointAt(satos.startsAt) + QPoint(0, 5));
    EXPECT_EQ(view->selectedInterview(), satos.id);
    EXPECT_EQ(screen->bookingPerson(), sato);
    BookingForm form;
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            form = readForm(dialog);
            dialog->reject();
        }});
        QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier,
                           view->pointAt(tokyo(5, 30, 13)) + QPoint(0, 3));
    }
    EXPECT_EQ(form.person, QStringLiteral("佐藤"));
    EXPECT_EQ(form.time, QTime(13, 0));
    EXPECT_EQ(window.ws().scheduling().interviews(1)->size(), 1); // closed: nothing booked
    // The roster picks someone else afterwards: the later choice wins.
    screen->setCurrentInterviewee(inoue);
    EXPECT_EQ(view->selectedInterview(), 0);
    EXPECT_EQ(screen->bookingPerson(), inoue);
}

TEST(CalendarGui, DraggingOverEmptyTimeBooksThatStretch)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    const Id suzuki = window.addPerson(QStringLiteral("鈴木"));
    CalendarScreen *screen = window.show();
    WeekView *view = screen->weekView();

    BookingForm form;
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            form = readForm(dialog);
            accept(dialog);
        }});
        test::drag(view, view->pointAt(tokyo(5, 29, 10)) + QPoint(0, 2),
                   view->pointAt(tokyo(5, 29, 11, 30)) + QPoint(0, 2));
    }
    EXPECT_EQ(form.date, QDate(2025, 5, 29));
    EXPECT_EQ(form.time, QTime(10, 0));
    EXPECT_EQ(form.minutes, 90);
    auto booked = window.ws().scheduling().interviews(1);
    ASSERT_EQ(booked->size(), 1);
    EXPECT_EQ(booked->first().intervieweeId, suzuki);
    EXPECT_EQ(booked->first().startsAt, tokyo(5, 29, 10).toUTC());
    EXPECT_EQ(booked->first().minutes, 90);

    // Dragged upwards, the same stretch.
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            form = readForm(dialog);
            dialog->reject();
        }});
        test::drag(view, view->pointAt(tokyo(5, 30, 16)) + QPoint(0, 2),
                   view->pointAt(tokyo(5, 30, 15, 15)) + QPoint(0, 2));
    }
    EXPECT_EQ(form.time, QTime(15, 15));
    EXPECT_EQ(form.minutes, 45);
}

TEST(CalendarGui, MovingAnInterviewIntoThePastAsksFirstAndNoLeavesItWhereItWas)
{
    // Now: Wednesday 28 May, 15:00 in Tokyo.
    CalendarWindow window(tokyo(5, 28, 15));
    const Interview before =
        window.book(window.addPerson(QStringLiteral("鈴木")), tokyo(5, 29, 10));
    CalendarScreen *screen = window.show();
    WeekView *view = screen->weekView();
    const QPoint from = view->pointAt(before.startsAt) + QPoint(0, 5);
    const QPoint past = view->pointAt(tokyo(5, 27, 10)) + QPoint(0, 5);

    MessageBox::setNextAnswer(QMessageBox::No);
    test::drag(view, from, past);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Tue 27 May 2025, 10:00")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("already passed")));
    EXPECT_EQ(window.ws().scheduling().interviews(1)->first().startsAt, before.startsAt);
    EXPECT_EQ(window->undoStack()->count(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    test::drag(view, from, past);
    EXPECT_EQ(window.ws().scheduling().interviews(1)->first().startsAt, tokyo(5, 27, 10).toUTC());
    EXPECT_EQ(window->undoStack()->count(), 1);
}

TEST(CalendarGui, BookingIntoThePastAsksFirstAndNoGoesBackToTheForm)
{
    CalendarWindow window(tokyo(5, 28, 15));
    window.addPerson(QStringLiteral("鈴木"));
    CalendarScreen *screen = window.show();
    WeekView *view = screen->weekView();

    BookingForm again;
    {
        ModalAnswers answers({[](QDialog *dialog) {
                                  dialog->findChild<QSpinBox *>()->setValue(45);
                                  MessageBox::setNextAnswer(QMessageBox::No);
                                  accept(dialog);
                              },
                              [&](QDialog *dialog) {
                                  again = readForm(dialog);
                                  MessageBox::setNextAnswer(QMessageBox::Yes);
                                  accept(dialog);
                              }});
        QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier,
                           view->pointAt(tokyo(5, 27, 10)) + QPoint(0, 3));
    }
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("already passed")));
    // Back in the form as it was filled.
    EXPECT_EQ(again.date, QDate(2025, 5, 27));
    EXPECT_EQ(again.time, QTime(10, 0));
    EXPECT_EQ(again.minutes, 45);
    auto booked = window.ws().scheduling().interviews(1);
    ASSERT_EQ(booked->size(), 1);
    EXPECT_EQ(booked->first().startsAt, tokyo(5, 27, 10).toUTC());
}

TEST(CalendarGui, TheInterviewDialogsButtonsSayWhatTheyDoAndCancellingAsks)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    const Interview booked = window.book(
        window.addPerson(QStringLiteral("鈴木"), QStringLiteral("一郎")), tokyo(5, 27, 10));
    CalendarScreen *screen = window.show();

    QStringList buttons;
    QString dateText;
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            buttons = buttonTexts(dialog);
            dateText = dialog->findChild<QDateEdit *>()->text();
            MessageBox::setNextAnswer(QMessageBox::No);
            dialog->findChild<QPushButton *>(QStringLiteral("cancelInterview"))->click();
        }});
        screen->openInterview(booked.id);
    }
    EXPECT_TRUE(buttons.contains(QStringLiteral("Save changes")))
        << buttons.join(u'|').toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("Close"))) << buttons.join(u'|').toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("Cancel interview…")));
    EXPECT_FALSE(buttons.contains(QStringLiteral("Cancel")));
    EXPECT_EQ(dateText, QStringLiteral("Tue 27 May 2025"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("鈴木 一郎")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Tue 27 May 2025, 10:00")));
    EXPECT_EQ(window.ws().scheduling().interviews(1)->first().state, InterviewState::Planned);

    {
        ModalAnswers answers({[&](QDialog *dialog) {
            MessageBox::setNextAnswer(QMessageBox::Yes);
            dialog->findChild<QPushButton *>(QStringLiteral("cancelInterview"))->click();
        }});
        screen->openInterview(booked.id);
    }
    EXPECT_EQ(window.ws().scheduling().interviews(1)->first().state, InterviewState::Cancelled);
    window->undoStack()->undo();
    EXPECT_EQ(window.ws().scheduling().interviews(1)->first().state, InterviewState::Planned);
}

TEST(CalendarGui, ConflictsAreAListOfNamesAndTimesThatLeadToTheInterview)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    const Id sato = window.addPerson(QStringLiteral("佐藤"), QStringLiteral("花子"));
    window.book(sato, tokyo(5, 27, 10));
    window.book(sato, tokyo(5, 27, 10, 30));
    const Interview early = window.book(window.addPerson(QStringLiteral("鈴木")), tokyo(6, 3, 8));
    CalendarScreen *screen = window.show();

    QListWidget *list = screen->conflictList();
    ASSERT_EQ(list->count(), 2); // the overlap and the one outside the candidate times
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows.append(list->item(i)->text());
    const QString all = rows.join(u'\n');
    EXPECT_TRUE(all.contains(
        QStringLiteral("佐藤 花子 (Tue 27 May, 10:00) and 佐藤 花子 (Tue 27 May, 10:30) overlap")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("鈴木 (Tue 3 Jun, 08:00) lies outside")))
        << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Interview 1"))) << all.toStdString();

    // Activating a conflict shows its interview, picked, in its week.
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QStringLiteral("鈴木")))
            emit list->itemActivated(list->item(i));
    }
    EXPECT_EQ(screen->weekView()->weekStart(), QDate(2025, 6, 2));
    EXPECT_EQ(screen->weekView()->selectedInterview(), early.id);
}

// A big campaign's hundreds of conflicts are laid out a batch at a time: every one is there,
// and the last, scrolled to, shows whole.
TEST(CalendarGui, HundredsOfConflictsAreAllListedAndTheLastShowsWhenScrolledTo)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 26), QTime(0, 0), Qt::UTC));
    const Id sato = window.addPerson(QStringLiteral("佐藤"), QStringLiteral("花子"));
    const int bookings = 40;
    for (int n = 0; n < bookings; ++n)
        window.book(sato, tokyo(5, 27, 10).addSecs(60 * n));
    CalendarScreen *screen = window.show();
    QListWidget *list = screen->conflictList();
    // Each booking overlaps every other one: n(n-1)/2 pairs.
    ASSERT_EQ(list->count(), bookings * (bookings - 1) / 2);
    QListWidgetItem *last = list->item(list->count() - 1);
    // Laid out in batches while the window is idle: a moment after it shows, all of them.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !list->visualItemRect(last).isEmpty(); }, 5000));
    list->scrollToItem(last);
    const QRect shown = list->visualItemRect(last);
    EXPECT_GT(shown.height(), list->fontMetrics().height()); // its text, wrapped
    EXPECT_TRUE(list->viewport()->rect().intersects(shown)) << shown.y() << " " << shown.height();
}

TEST(CalendarGui, CtrlNBooksAndDelDeletesThePickedInterviewUndoably)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 20), QTime(0, 0), Qt::UTC));
    const Id person = window.addPerson(QStringLiteral("高橋"));
    const Interview booked =
        window.book(person, QDateTime(QDate(2025, 5, 27), QTime(10, 0), QTimeZone("Asia/Tokyo")));
    window->showScreen(QStringLiteral("calendar"));
    CalendarScreen *calendar = window->calendarScreen();
    calendar->reload();
    ScreenActions *actions = window->screenActions();
    EXPECT_TRUE(actions->newAction()->isEnabled());
    EXPECT_FALSE(actions->deleteAction()->isEnabled()); // nothing picked
    calendar->weekView()->selectInterview(booked.id);
    ASSERT_TRUE(actions->deleteAction()->isEnabled());
    EXPECT_EQ(calendar->currentInterviewee(), person);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    actions->deleteAction()->trigger();
    EXPECT_TRUE(window.ws().interviews().load(booked.id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions->deleteAction()->trigger();
    EXPECT_FALSE(window.ws().interviews().load(booked.id));
    window->undoStack()->undo();
    EXPECT_TRUE(window.ws().interviews().load(booked.id));
}

TEST(CalendarGui, ThePersonChosenInTheRosterIsTheOneTheCalendarBooksAfterSwitching)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 20), QTime(0, 0), Qt::UTC));
    window.addPerson(QStringLiteral("青木")); // first on the roster: the fallback
    const Id chosen = window.addPerson(QStringLiteral("渡辺"));
    window->showScreen(QStringLiteral("roster"));
    window->rosterScreen()->selectInterviewee(chosen);
    ASSERT_EQ(window->rosterScreen()->currentInterviewee(), chosen);
    window->showScreen(QStringLiteral("calendar"));
    EXPECT_EQ(window.screen()->bookingPerson(), chosen);
}

TEST(CalendarGui, TheContextMenuOpensCancelsDeletesAnInterviewOrBooksEmptyTime)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 20), QTime(0, 0), Qt::UTC));
    const Id person = window.addPerson(QStringLiteral("高橋"));
    const Interview booked = window.book(person, tokyo(5, 27, 10));
    CalendarScreen *calendar = window.show();
    calendar->reload();
    WeekView *week = calendar->weekView();
    week->setWeekStart(QDate(2025, 5, 27));

    // A right click on the block picks it and asks for its menu.
    Id asked = -1;
    QObject::connect(week, &WeekView::contextMenuRequested, week,
                     [&asked](Id id, const QDateTime &, const QPoint &) { asked = id; });
    QObject::disconnect(week, &WeekView::contextMenuRequested, calendar, nullptr);
    const QPoint onBlock = week->pointAt(tokyo(5, 27, 10, 30));
    QContextMenuEvent click(QContextMenuEvent::Mouse, onBlock, week->mapToGlobal(onBlock));
    QApplication::sendEvent(week, &click);
    EXPECT_EQ(asked, booked.id);
    EXPECT_EQ(week->selectedInterview(), booked.id);

    auto menu = calendar->contextMenu(booked.id, booked.startsAt);
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            names.append(a->objectName());
    }
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("openInterview"), QStringLiteral("saveInvitation"),
                           QStringLiteral("cancelInterview"), QStringLiteral("deleteInterview")}));
    EXPECT_EQ(menu->defaultAction()->objectName(), QStringLiteral("openInterview"));

    // Cancel asks, and is undoable.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    menu->findChild<QAction *>(QStringLiteral("cancelInterview"))->trigger();
    EXPECT_EQ(window.ws().interviews().load(booked.id)->state, InterviewState::Cancelled);
    window->undoStack()->undo();
    EXPECT_EQ(window.ws().interviews().load(booked.id)->state, InterviewState::Planned);

    // Delete asks; No keeps it, Yes deletes it.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    menu->findChild<QAction *>(QStringLiteral("deleteInterview"))->trigger();
    EXPECT_TRUE(window.ws().interviews().load(booked.id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    menu->findChild<QAction *>(QStringLiteral("deleteInterview"))->trigger();
    EXPECT_FALSE(window.ws().interviews().load(booked.id));

    // On empty time the menu books there, saying when.
    auto empty = calendar->contextMenu(0, tokyo(5, 28, 14));
    ASSERT_EQ(empty->actions().size(), 1);
    EXPECT_EQ(empty->actions().first()->objectName(), QStringLiteral("bookHere"));
    EXPECT_TRUE(empty->actions().first()->text().contains(QStringLiteral("14:00")))
        << empty->actions().first()->text().toStdString();
}

TEST(CalendarGui, ExportingTheCalendarSaysWhereInTheStatusBarAndWritesTheFile)
{
    CalendarWindow window(QDateTime(QDate(2025, 5, 20), QTime(0, 0), Qt::UTC));
    const Id person = window.addPerson(QStringLiteral("高橋"));
    window.book(person, tokyo(5, 27, 10));
    CalendarScreen *calendar = window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("取材予定.ics"));

    setNextSavePath(QString()); // the save dialog cancelled: nothing written, nothing said
    calendar->findChild<QPushButton *>(QStringLiteral("exportCalendar"))->click();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(window->statusBar()->findChild<QLabel *>(QStringLiteral("savedNoticeText")), nullptr);

    setNextSavePath(path);
    calendar->findChild<QPushButton *>(QStringLiteral("exportCalendar"))->click();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("BEGIN:VEVENT"));
    auto *notice = window->statusBar()->findChild<QLabel *>(QStringLiteral("savedNoticeText"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->text().contains(QStringLiteral("取材予定.ics")))
        << notice->text().toStdString();
    EXPECT_NE(window->statusBar()->findChild<QToolButton *>(QStringLiteral("openSavedFolder")),
              nullptr);
}
