#pragma once

#include "domain/campaign.h"
#include "domain/interview.h"
#include "scheduling/conflicts.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QWidget>

namespace shuzai::ui {

// A week of the campaign in its time zone: availability windows shaded, interviews as blocks
// coloured by category (tentative ones outlined), conflicts framed in red, a line at "now".
// Dragging a block asks to move it (snapped to 15 minutes); double-clicking opens it.
class WeekView : public QWidget {
    Q_OBJECT
public:
    struct Item {
        Interview interview;
        QString title;
        Id categoryId = 0;
        bool conflicted = false;
    };

    explicit WeekView(QWidget *parent = nullptr);

    void setData(const Campaign &campaign, const QList<Item> &items, const QDateTime &now);
    void setWeekStart(const QDate &monday);
    QDate weekStart() const { return m_monday; }

    // Geometry, public for tests and keyboard users: where a time is drawn, and back.
    QPoint pointAt(const QDateTime &time) const;
    QDateTime timeAt(const QPoint &point) const;
    QRect itemRect(const Item &item) const;

signals:
    void moveRequested(shuzai::Id interviewId, const QDateTime &newStart);
    void openRequested(shuzai::Id interviewId);
    void weekChanged(const QDate &monday);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    const Item *itemAt(const QPoint &point) const;
    QRectF dayColumn(int day) const;
    int hourHeight() const;

    static constexpr int kFirstHour = 8;
    static constexpr int kLastHour = 20;
    static constexpr int kTimeColumn = 56;
    static constexpr int kHeader = 28;

    Campaign m_campaign;
    QTimeZone m_zone;
    QList<Item> m_items;
    QDateTime m_now;
    QHash<Id, std::pair<int, int>> m_lanes; // interview -> (lane, lanes)
    QDate m_monday;
    Id m_dragging = 0;
    QPoint m_dragOffset;
    QPoint m_dragPos;
};

} // namespace shuzai::ui
