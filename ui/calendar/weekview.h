#pragma once

#include "domain/campaign.h"
#include "domain/interview.h"
#include "scheduling/conflicts.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QWidget>

namespace shuzai::ui {

// A week of the campaign in its time zone, Monday first: candidate times shaded, weekends and
// Japanese holidays coloured (the holiday named under the date), today framed with a line at
// "now", interviews as blocks coloured by mode (held ones hatched, conflicts framed in red).
// Dragging a block asks to move it (snapped to 15 minutes); double-clicking one opens it.
// Double-clicking empty time, or dragging over it, asks to book there. The context menu (right
// click or the Menu key) asks for what can be done with a block, or with the time clicked.
class WeekView : public QWidget {
    Q_OBJECT
public:
    struct Item {
        Interview interview;
        QString title;
        bool conflicted = false;
    };
    // A time someone is busy, drawn behind the interviews: read from a writer's calendar over
    // CalDAV, or imported from an .ics file (marked apart: one is kept up to date by sync).
    struct Busy {
        QDateTime start;
        QDateTime end;
        QString summary;
        bool caldav = false;
        QString calendar; // the writer's calendar (login and address), or the file's name
    };

    explicit WeekView(QWidget *parent = nullptr);

    void setData(const Campaign &campaign, const QList<Item> &items, const QDateTime &now);
    void setBusyTimes(const QList<Busy> &busy);
    const QList<Busy> &busyTimes() const { return m_busy; }
    void setWeekStart(const QDate &anyDay); // shows the week (Monday to Sunday) of that day
    QDate weekStart() const { return m_monday; }
    QTimeZone zone() const { return m_zone; }

    // The interview picked with a click (0: none); its person is the one a booking is for.
    Id selectedInterview() const { return m_selected; }
    void selectInterview(Id interviewId);

    // What the column of `date` says at its top: the date and, on a holiday, its name.
    QString dayHeader(const QDate &date) const;

    // Geometry, public for tests and keyboard users: where a time is drawn, and back.
    QPoint pointAt(const QDateTime &time) const;
    QDateTime timeAt(const QPoint &point) const;
    QRect itemRect(const Item &item) const;
    QRect headerRect(const QDate &date) const;
    // A busy time's pieces in the week shown, one per day it touches (within the hours shown).
    QList<QRect> busyRects(const Busy &busy) const;
    // What hovering a busy time says: the time, what it is and whose calendar it came from.
    QString busyToolTip(const Busy &busy) const;

    static constexpr int kSnapMinutes = 15;

signals:
    void moveRequested(shuzai::Id interviewId, const QDateTime &newStart);
    void openRequested(shuzai::Id interviewId);
    // Empty time double-clicked (minutes 0: the campaign's length) or dragged over.
    void bookRequested(const QDateTime &start, int minutes);
    void interviewSelected(shuzai::Id interviewId);
    void weekChanged(const QDate &monday);
    // Right click on a block (interviewId, which is then picked) or on empty time (0 and the
    // quarter hour), or the Menu key on the picked block; globalPos is where the menu goes.
    void contextMenuRequested(shuzai::Id interviewId, const QDateTime &time,
                              const QPoint &globalPos);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    const Item *itemAt(const QPoint &point) const;
    // The tooltips of the busy times under a point (several calendars may be busy at once).
    QStringList busyAt(const QPoint &point) const;
    QRectF dayColumn(int day) const;
    int dayAt(int x) const;
    bool inGrid(const QPoint &point) const;
    // Minutes since midnight at a height, not snapped, kept within the hours shown.
    int minutesAt(int y) const;
    QDateTime at(int day, int minutes) const;
    int hourHeight() const;
    int headerHeight() const;
    void paintDays(QPainter &p, const QDate &today);
    void paintBusy(QPainter &p);
    void paintItems(QPainter &p);
    void paintNewBooking(QPainter &p);

    static constexpr int kFirstHour = 8;
    static constexpr int kLastHour = 20;
    static constexpr int kTimeColumn = 56;

    Campaign m_campaign;
    QTimeZone m_zone;
    QList<Item> m_items;
    QList<Busy> m_busy;
    QDateTime m_now;
    QHash<Id, std::pair<int, int>> m_lanes; // interview -> (lane, lanes)
    QDate m_monday;
    Id m_selected = 0;
    // Moving an interview.
    Id m_dragging = 0;
    QPoint m_dragOffset;
    QPoint m_dragPos;
    QPoint m_pressPos;
    // Dragging over empty time to book it: the day and the minutes under the press and now.
    bool m_creating = false;
    bool m_createMoved = false;
    int m_createDay = 0;
    int m_createFrom = 0;
    int m_createTo = 0;
};

} // namespace shuzai::ui
