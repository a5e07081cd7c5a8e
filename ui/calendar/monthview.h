#pragma once

#include "weekview.h"

namespace shuzai::ui {

// A month at a glance, Monday first: each day with its interviews (time and name, coloured by
// mode, held ones in italics, conflicts in red), the campaign's candidate days shaded, weekends
// and Japanese holidays coloured (the holiday named), today framed. Double-clicking a day opens
// its week.
class MonthView : public QWidget {
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    void setData(const Campaign &campaign, const QList<WeekView::Item> &items,
                 const QDateTime &now);
    // Busy times (CalDAV or .ics) are marked as a strip at the foot of each day they touch.
    void setBusyTimes(const QList<WeekView::Busy> &busy);
    QList<WeekView::Busy> busyOn(const QDate &day) const;
    void setMonth(const QDate &anyDayOfMonth);
    QDate month() const { return m_first; }
    QDate dayAt(const QPoint &point) const;
    QRect dayRect(const QDate &day) const;
    // What the cell of `day` says at its top: the day and, on a holiday, its name.
    QString dayTitle(const QDate &day) const;
    QDate today() const;
    // The whole day: the date, the holiday, every interview and busy time.
    QString dayToolTip(const QDate &day) const;
    QDate gridStart() const; // the Monday the six weeks shown start on

signals:
    void dayActivated(const QDate &day);
    void monthChanged(const QDate &first);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF cell(int index) const;
    int headerHeight() const;
    void paintItems(QPainter &p, const QDate &day, const QRectF &r);
    void paintBusy(QPainter &p, const QDate &day, const QRectF &r);

    Campaign m_campaign;
    QTimeZone m_zone;
    QList<WeekView::Item> m_items;
    QList<WeekView::Busy> m_busy;
    QDateTime m_now;
    QDate m_first;
};

} // namespace shuzai::ui
