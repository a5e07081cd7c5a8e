#include "weekview.h"

#include "domain/slotformat.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace shuzai::ui {

namespace {
const QColor kCategoryColours[] = {QColor(0x42, 0x85, 0xF4), QColor(0xF4, 0xA2, 0x36),
                                   QColor(0x34, 0xA8, 0x53), QColor(0x9C, 0x27, 0xB0)};
constexpr int kSnapMinutes = 15;
} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(600, 420);
}

void WeekView::setData(const Campaign &campaign, const QList<Item> &items, const QDateTime &now)
{
    m_campaign = campaign;
    m_zone = QTimeZone(campaign.timeZone.toUtf8());
    m_items = items;
    m_now = now;
    // Interviews at the same time stand side by side: each gets a lane among its overlaps.
    // Times as integers first: the pairwise pass stays cheap with hundreds in view.
    m_lanes.clear();
    struct Span {
        Id id;
        qint64 start;
        qint64 end;
    };
    std::vector<Span> spans;
    spans.reserve(std::size_t(m_items.size()));
    for (const Item &i : m_items) {
        if (!i.interview.startsAt.isValid() || i.interview.state == InterviewState::Cancelled)
            continue;
        const qint64 start = i.interview.startsAt.toMSecsSinceEpoch();
        spans.push_back({i.interview.id, start, start + qint64(i.interview.minutes) * 60000});
    }
    for (const Span &a : spans) {
        int lane = 0, lanes = 1;
        for (const Span &b : spans) {
            if (a.id != b.id && a.start < b.end && b.start < a.end) {
                ++lanes;
                if (b.id < a.id)
                    ++lane;
            }
        }
        m_lanes.insert(a.id, {lane, lanes});
    }
    update();
}

void WeekView::setWeekStart(const QDate &monday)
{
    m_monday = monday.addDays(1 - monday.dayOfWeek());
    update();
    emit weekChanged(m_monday);
}

int WeekView::hourHeight() const
{
    return std::max(24, (height() - kHeader) / (kLastHour - kFirstHour));
}

QRectF WeekView::dayColumn(int day) const
{
    const qreal width = qreal(this->width() - kTimeColumn) / 7.0;
    return QRectF(kTimeColumn + day * width, kHeader, width, height() - kHeader);
}

QPoint WeekView::pointAt(const QDateTime &time) const
{
    const QDateTime local = time.toTimeZone(m_zone);
    const int day = int(m_monday.daysTo(local.date()));
    const QRectF column = dayColumn(day);
    const qreal minutes = (local.time().hour() - kFirstHour) * 60 + local.time().minute();
    return QPoint(int(column.center().x()), kHeader + int(minutes * hourHeight() / 60.0));
}

QDateTime WeekView::timeAt(const QPoint &point) const
{
    const qreal width = qreal(this->width() - kTimeColumn) / 7.0;
    const int day = std::clamp(int((point.x() - kTimeColumn) / width), 0, 6);
    int minutes = int((point.y() - kHeader) * 60.0 / hourHeight()) + kFirstHour * 60;
    minutes = std::clamp(minutes, kFirstHour * 60, kLastHour * 60);
    minutes = (minutes + kSnapMinutes / 2) / kSnapMinutes * kSnapMinutes;
    return QDateTime(m_monday.addDays(day), QTime(minutes / 60, minutes % 60), m_zone).toUTC();
}

QRect WeekView::itemRect(const Item &item) const
{
    const QPoint top = pointAt(item.interview.startsAt);
    const QRectF column =
        dayColumn(int(m_monday.daysTo(item.interview.startsAt.toTimeZone(m_zone).date())));
    const int h = item.interview.minutes * hourHeight() / 60;
    const auto [lane, lanes] = m_lanes.value(item.interview.id, {0, 1});
    const qreal laneWidth = (column.width() - 6) / lanes;
    return QRect(int(column.left() + 3 + lane * laneWidth), top.y(), int(laneWidth) - 1, h);
}

const WeekView::Item *WeekView::itemAt(const QPoint &point) const
{
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        const Interview &i = it->interview;
        if (i.startsAt.isValid() && i.state != InterviewState::Cancelled &&
            itemRect(*it).contains(point))
            return &*it;
    }
    return nullptr;
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QColor grid = palette().mid().color();
    // Availability windows of this week.
    for (const AvailabilityWindow &w : m_campaign.windows) {
        const int day = int(m_monday.daysTo(w.day));
        if (day < 0 || day > 6)
            continue;
        const QRectF column = dayColumn(day);
        const QPoint a = pointAt(QDateTime(w.day, w.start, m_zone));
        const QPoint b = pointAt(QDateTime(w.day, w.end, m_zone));
        p.fillRect(QRectF(column.left(), a.y(), column.width(), b.y() - a.y()),
                   QColor(0xE8, 0xF5, 0xE9));
    }
    // Hours and days.
    p.setPen(grid);
    for (int hour = kFirstHour; hour <= kLastHour; ++hour) {
        const int y = kHeader + (hour - kFirstHour) * hourHeight();
        p.drawLine(kTimeColumn, y, width(), y);
        p.setPen(palette().text().color());
        p.drawText(QRect(0, y - 8, kTimeColumn - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1:00").arg(hour));
        p.setPen(grid);
    }
    const QDate today = m_now.toTimeZone(m_zone).date();
    for (int day = 0; day < 7; ++day) {
        const QRectF column = dayColumn(day);
        p.setPen(grid);
        p.drawLine(column.topLeft(), column.bottomLeft());
        const QDate date = m_monday.addDays(day);
        QFont f = font();
        f.setBold(date == today);
        p.setFont(f);
        p.setPen(date.dayOfWeek() == 7   ? QColor(0xC6, 0x28, 0x28)
                 : date.dayOfWeek() == 6 ? QColor(0x15, 0x65, 0xC0)
                                         : palette().text().color());
        p.drawText(QRectF(column.left(), 0, column.width(), kHeader), Qt::AlignCenter,
                   japaneseMonthDayWeekday(date));
    }
    p.setFont(font());
    // Interviews.
    for (const Item &item : m_items) {
        if (!item.interview.startsAt.isValid() || item.interview.state == InterviewState::Cancelled)
            continue;
        QRect r = itemRect(item);
        if (item.interview.id == m_dragging)
            r.moveTopLeft(m_dragPos - m_dragOffset);
        const QColor colour = kCategoryColours[std::max<Id>(0, item.categoryId - 1) % 4];
        const bool tentative = item.interview.state == InterviewState::Tentative;
        p.setPen(QPen(item.conflicted ? QColor(0xD3, 0x2F, 0x2F) : colour.darker(130),
                      item.conflicted ? 3 : 1));
        p.setBrush(tentative ? QBrush(colour.lighter(170), Qt::BDiagPattern)
                             : QBrush(colour.lighter(150)));
        p.drawRoundedRect(r, 4, 4);
        p.setPen(palette().text().color());
        const QString time =
            item.interview.startsAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   time + u' ' + item.title);
    }
    // Now.
    if (m_now.isValid() && m_monday.daysTo(today) >= 0 && m_monday.daysTo(today) < 7) {
        const QPoint now = pointAt(m_now);
        const QRectF column = dayColumn(int(m_monday.daysTo(today)));
        p.setPen(QPen(QColor(0xD3, 0x2F, 0x2F), 2));
        p.drawLine(QPointF(column.left(), now.y()), QPointF(column.right(), now.y()));
    }
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (const Item *item = itemAt(event->position().toPoint());
        item && event->button() == Qt::LeftButton) {
        m_dragging = item->interview.id;
        m_dragOffset = event->position().toPoint() - itemRect(*item).topLeft();
        m_dragPos = event->position().toPoint();
    }
    QWidget::mousePressEvent(event);
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_dragPos = event->position().toPoint();
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const Id id = m_dragging;
        m_dragging = 0;
        const QPoint top = event->position().toPoint() - m_dragOffset;
        const QDateTime target = timeAt(QPoint(event->position().toPoint().x(), top.y()));
        for (const Item &item : m_items) {
            if (item.interview.id == id && item.interview.startsAt != target)
                emit moveRequested(id, target);
        }
        update();
    }
    QWidget::mouseReleaseEvent(event);
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Item *item = itemAt(event->position().toPoint()))
        emit openRequested(item->interview.id);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        setWeekStart(m_monday.addDays(-7));
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        setWeekStart(m_monday.addDays(7));
        return;
    case Qt::Key_Home:
        setWeekStart(m_now.toTimeZone(m_zone).date());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace shuzai::ui
