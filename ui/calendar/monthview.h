#pragma once

#include "weekview.h"

namespace shuzai::ui {

// A month at a glance: each day with its interviews (time and name, coloured by category,
// tentative ones in italics, conflicts in red) and the campaign's candidate days shaded.
// Double-clicking a day opens its week.
class MonthView : public QWidget {
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    void setData(const Campaign &campaign, const QList<WeekView::Item> &items,
                 const QDateTime &now);
    void setMonth(const QDate &anyDayOfMonth);
    QDate month() const { return m_first; }
    QDate dayAt(const QPoint &point) const;

signals:
    void dayActivated(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QDate gridStart() const;
    QRectF cell(int index) const;

    static constexpr int kHeader = 24;
    Campaign m_campaign;
    QTimeZone m_zone;
    QList<WeekView::Item> m_items;
    QDateTime m_now;
    QDate m_first;
};

} // namespace shuzai::ui
