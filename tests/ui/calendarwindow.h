#pragma once

// What the calendar's GUI tests share: a main window on a fresh database, people and bookings,
// mouse gestures on the week view and answers to the modal dialogs they open.
#include "calendar/calendarscreen.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"

#include <QApplication>
#include <QDialog>
#include <QMouseEvent>
#include <QPointer>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <functional>

namespace shuzai::test {

// A main window on a fresh database (the run's engine), its clock set to `now` when given.
struct CalendarWindow {
    explicit CalendarWindow(const QDateTime &now = {})
    {
        if (now.isValid())
            database.clock.set(now);
        window = new ui::MainWindow(std::move(database.workspace));
    }
    ~CalendarWindow() { delete window; }
    Workspace &ws() { return window->workspace(); }
    ui::MainWindow *operator->() { return window; }
    ui::CalendarScreen *screen() { return window->calendarScreen(); }

    // The calendar on screen at a laptop's size, laid out.
    ui::CalendarScreen *show()
    {
        window->showScreen(QStringLiteral("calendar"));
        window->resize(1366, 740);
        window->show();
        QCoreApplication::processEvents();
        return screen();
    }

    Id addPerson(const QString &family, const QString &given = {},
                 PipelineStatus status = PipelineStatus::NotContacted)
    {
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = family;
        d.givenName = given;
        d.status = status;
        auto added = ws().roster().add(1, d);
        EXPECT_TRUE(added);
        return added ? added->id : 0;
    }

    Interview book(Id person, const QDateTime &start, int minutes = 60)
    {
        Booking b;
        b.intervieweeId = person;
        b.start = start;
        b.minutes = minutes;
        auto booked = ws().scheduling().book(b);
        EXPECT_TRUE(booked);
        return booked ? *booked : Interview{};
    }

    test::TestWorkspace database;
    ui::MainWindow *window = nullptr;
};

inline QDateTime tokyo(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), QTimeZone("Asia/Tokyo"));
}

// A drag with the left button, as a hand does it: press, a move on the way, release.
inline void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
    for (QPoint at : {from + (to - from) / 2, to}) {
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::LeftButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
}

// Answers the modal dialogs that open from now on, one handler each, in order. Handlers left
// unused when it goes out of scope fail the test (a dialog that should have opened did not).
class ModalAnswers {
public:
    using Handler = std::function<void(QDialog *)>;
    explicit ModalAnswers(std::vector<Handler> handlers)
        : m_handlers(std::move(handlers))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { answer(); });
        m_timer.start(10);
    }
    ~ModalAnswers() { EXPECT_EQ(m_next, m_handlers.size()) << "dialogs that never opened"; }

private:
    void answer()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || dialog->property("answered").toBool())
            return;
        dialog->setProperty("answered", true);
        if (m_next >= m_handlers.size()) {
            ADD_FAILURE() << "an unexpected dialog: " << dialog->windowTitle().toStdString();
            dialog->reject();
            return;
        }
        m_handlers.at(m_next++)(dialog);
    }

    std::vector<Handler> m_handlers;
    std::size_t m_next = 0;
    QTimer m_timer;
};

} // namespace shuzai::test
