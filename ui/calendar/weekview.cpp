#include "weekview.h"

#include "calendarstyle.h"
#include "util/datetext.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace shuzai::ui {

namespace {
int snappedDown(int minutes)
{
    return minutes / WeekView::kSnapMinutes * WeekView::kSnapMinutes;
}

int snappedNearest(int minutes)
{
    return (minutes + WeekView::kSnapMinutes / 2) / WeekView::kSnapMinutes * WeekView::kSnapMinutes;
}
} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    // Twelve hours at 18 pixels still read; the window fits a 1366×768 screen.
    setMinimumSize(kTimeColumn + 7 * 60, 2 * fontMetrics().height() + 6 + 12 * 18);
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
    bool selectedThere = false;
    for (const Item &i : m_items) {
        if (!i.interview.startsAt.isValid() || i.interview.state == InterviewState::Cancelled)
            continue;
        selectedThere = selectedThere || i.interview.id == m_selected;
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
    if (!selectedThere)
        m_selected = 0;
    update();
}

void WeekView::setWeekStart(const QDate &anyDay)
{
    m_monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    update();
    emit weekChanged(m_monday);
}

void WeekView::selectInterview(Id interviewId)
{
    if (m_selected == interviewId)
        return;
    m_selected = interviewId;
    update();
    emit interviewSelected(interviewId);
}

QString WeekView::dayHeader(const QDate &date) const
{
    const QString holiday = calendarstyle::holidayName(date);
    return holiday.isEmpty() ? datetext::shortDate(date)
                             : datetext::shortDate(date) + u'\n' + holiday;
}

int WeekView::headerHeight() const
{
    return 2 * fontMetrics().height() + 6;
}

int WeekView::hourHeight() const
{
    return std::max(18, (height() - headerHeight()) / (kLastHour - kFirstHour));
}

QRectF WeekView::dayColumn(int day) const
{
    const qreal width = qreal(this->width() - kTimeColumn) / 7.0;
    return QRectF(kTimeColumn + day * width, headerHeight(), width, height() - headerHeight());
}

int WeekView::dayAt(int x) const
{
    const qreal width = qreal(this->width() - kTimeColumn) / 7.0;
    return std::clamp(int((x - kTimeColumn) / width), 0, 6);
}

bool WeekView::inGrid(const QPoint &point) const
{
    return point.x() >= kTimeColumn && point.y() >= headerHeight() &&
           point.y() < headerHeight() + (kLastHour - kFirstHour) * hourHeight();
}

int WeekView::minutesAt(int y) const
{
    const int minutes = int((y - headerHeight()) * 60.0 / hourHeight()) + kFirstHour * 60;
    return std::clamp(minutes, kFirstHour * 60, kLastHour * 60);
}

QDateTime WeekView::at(int day, int minutes) const
{
    return QDateTime(m_monday.addDays(day), QTime(minutes / 60, minutes % 60), m_zone).toUTC();
}

QRect WeekView::headerRect(const QDate &date) const
{
    const QRectF column = dayColumn(int(m_monday.daysTo(date)));
    return QRectF(column.left(), 0, column.width(), headerHeight()).toRect();
}

QPoint WeekView::pointAt(const QDateTime &time) const
{
    const QDateTime local = time.toTimeZone(m_zone);
    const int day = int(m_monday.daysTo(local.date()));
    const QRectF column = dayColumn(day);
    const qreal minutes = (local.time().hour() - kFirstHour) * 60 + local.time().minute();
    return QPoint(int(column.center().x()), headerHeight() + int(minutes * hourHeight() / 60.0));
}

QDateTime WeekView::timeAt(const QPoint &point) const
{
    return at(dayAt(point.x()), snappedNearest(minutesAt(point.y())));
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

void WeekView::setBusyTimes(const QList<Busy> &busy)
{
    m_busy = busy;
    update();
}

QList<QRect> WeekView::busyRects(const Busy &busy) const
{
    QList<QRect> out;
    for (int day = 0; day < 7; ++day) {
        const QDateTime dayStart = at(day, kFirstHour * 60);
        const QDateTime dayEnd = at(day, kLastHour * 60);
        const QDateTime from = std::max(busy.start, dayStart);
        const QDateTime to = std::min(busy.end, dayEnd);
        if (from >= to)
            continue;
        const QRectF column = dayColumn(day);
        const int top = pointAt(from).y();
        const int bottom = headerHeight() + int(dayStart.secsTo(to) / 60.0 * hourHeight() / 60.0);
        out.append(QRect(int(column.left()) + 1, top, int(column.width()) - 2, bottom - top));
    }
    return out;
}

QString WeekView::busyToolTip(const Busy &busy) const
{
    const QString when = datetext::shortRange(busy.start, busy.end, m_zone);
    const QString what = busy.summary.isEmpty() ? tr("Busy") : busy.summary;
    const QString from = busy.caldav
                             ? tr("From %1 (CalDAV, kept up to date by sync)").arg(busy.calendar)
                             : tr("Imported from %1 (.ics file)").arg(busy.calendar);
    return when + u'\n' + what + u'\n' + from;
}

QStringList WeekView::busyAt(const QPoint &point) const
{
    QStringList out;
    for (const Busy &busy : m_busy) {
        for (const QRect &r : busyRects(busy)) {
            if (r.contains(point)) {
                out.append(busyToolTip(busy));
                break;
            }
        }
    }
    return out;
}

void WeekView::paintBusy(QPainter &p)
{
    for (const Busy &busy : std::as_const(m_busy)) {
        for (const QRect &r : busyRects(busy))
            calendarstyle::paintBusy(p, r, busy.caldav);
    }
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
    const QDate today = m_now.toTimeZone(m_zone).date();
    paintDays(p, today);
    paintBusy(p);
    paintItems(p);
    paintNewBooking(p);
    // Now, and a frame around today.
    const qint64 todayColumn = m_monday.daysTo(today);
    if (m_now.isValid() && todayColumn >= 0 && todayColumn < 7) {
        const QRectF column = dayColumn(int(todayColumn));
        const QPoint now = pointAt(m_now);
        if (now.y() >= headerHeight() && now.y() <= column.bottom()) {
            p.setPen(QPen(calendarstyle::conflict(), 2));
            p.drawLine(QPointF(column.left(), now.y()), QPointF(column.right(), now.y()));
        }
        p.setPen(QPen(calendarstyle::todayFrame(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(column.left() + 1, 1, column.width() - 2, height() - 2));
    }
}

void WeekView::paintDays(QPainter &p, const QDate &today)
{
    const QColor grid = palette().mid().color();
    // Day backgrounds (header included): today, holidays and Sundays, Saturdays.
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_monday.addDays(day);
        const QRectF column = dayColumn(day);
        const QRectF whole(column.left(), 0, column.width(), height());
        if (date == today)
            p.fillRect(whole, calendarstyle::todayShade());
        else if (date.dayOfWeek() == Qt::Sunday || !calendarstyle::holidayName(date).isEmpty())
            p.fillRect(whole, calendarstyle::holidayShade());
        else if (date.dayOfWeek() == Qt::Saturday)
            p.fillRect(whole, calendarstyle::weekendShade());
    }
    // Candidate times of this week.
    for (const AvailabilityWindow &w : m_campaign.windows) {
        const int day = int(m_monday.daysTo(w.day));
        if (day < 0 || day > 6)
            continue;
        const QRectF column = dayColumn(day);
        const QPoint a = pointAt(QDateTime(w.day, w.start, m_zone));
        const QPoint b = pointAt(QDateTime(w.day, w.end, m_zone));
        p.fillRect(QRectF(column.left() + 1, a.y(), column.width() - 2, b.y() - a.y()),
                   calendarstyle::candidateShade());
    }
    // Hours (half hours dotted, to aim a booking) and days.
    const QColor half = grid.lighter(125);
    for (int hour = kFirstHour; hour <= kLastHour; ++hour) {
        const int y = headerHeight() + (hour - kFirstHour) * hourHeight();
        p.setPen(grid);
        p.drawLine(kTimeColumn, y, width(), y);
        if (hour < kLastHour) {
            p.setPen(QPen(half, 1, Qt::DotLine));
            p.drawLine(kTimeColumn, y + hourHeight() / 2, width(), y + hourHeight() / 2);
        }
        p.setPen(palette().text().color());
        p.drawText(QRect(0, y - 8, kTimeColumn - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1:00").arg(hour));
    }
    const QFontMetrics metrics = fontMetrics();
    for (int day = 0; day < 7; ++day) {
        const QRectF column = dayColumn(day);
        p.setPen(grid);
        p.drawLine(QPointF(column.left(), 0), column.bottomLeft());
        const QDate date = m_monday.addDays(day);
        QFont f = font();
        f.setBold(date == today);
        p.setFont(f);
        p.setPen(calendarstyle::dayColour(date, palette().text().color()));
        const QRectF header(column.left() + 2, 3, column.width() - 4, metrics.height());
        p.drawText(header, Qt::AlignCenter, datetext::shortDate(date));
        const QString holiday = calendarstyle::holidayName(date);
        if (!holiday.isEmpty()) {
            p.setFont(font());
            p.drawText(header.translated(0, metrics.height()), Qt::AlignCenter,
                       metrics.elidedText(holiday, Qt::ElideRight, int(header.width())));
        }
    }
    p.setFont(font());
    p.setPen(grid);
    p.drawLine(0, headerHeight(), width(), headerHeight());
}

void WeekView::paintItems(QPainter &p)
{
    for (const Item &item : m_items) {
        if (!item.interview.startsAt.isValid() || item.interview.state == InterviewState::Cancelled)
            continue;
        QRect r = itemRect(item);
        if (item.interview.id == m_dragging)
            r.moveTopLeft(m_dragPos - m_dragOffset);
        calendarstyle::paintBlock(p, r, item.interview.mode,
                                  item.interview.state == InterviewState::Tentative,
                                  item.conflicted);
        if (item.interview.id == m_selected) {
            p.setPen(QPen(calendarstyle::selection(), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 5, 5);
        }
        p.setPen(palette().text().color());
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   datetext::time(item.interview.startsAt, m_zone) + u' ' + item.title);
    }
}

void WeekView::paintNewBooking(QPainter &p)
{
    if (!m_creating || !m_createMoved)
        return;
    const int from = snappedNearest(std::min(m_createFrom, m_createTo));
    const int to = snappedNearest(std::max(m_createFrom, m_createTo));
    if (to <= from)
        return;
    const QDateTime start = at(m_createDay, from);
    const QDateTime end = at(m_createDay, to);
    const QRectF column = dayColumn(m_createDay);
    const QRectF r(column.left() + 3, pointAt(start).y(), column.width() - 6,
                   pointAt(end).y() - pointAt(start).y());
    QColor fill = calendarstyle::modeColour(InterviewMode::Online);
    fill.setAlpha(90);
    p.setPen(QPen(fill.darker(160), 1, Qt::DashLine));
    p.setBrush(fill);
    p.drawRoundedRect(r, 4, 4);
    p.setPen(palette().text().color());
    p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               datetext::time(start, m_zone) + QStringLiteral("–") + datetext::time(end, m_zone));
}

bool WeekView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    if (const Item *item = itemAt(help->pos())) {
        const Interview &i = item->interview;
        text = item->title + u'\n' +
               datetext::shortRange(i.startsAt, i.startsAt.addSecs(i.minutes * 60), m_zone) +
               u'\n' + displayName(i.mode);
        if (i.state == InterviewState::Tentative)
            text += u'\n' + tr("Held, not yet confirmed");
        if (item->conflicted)
            text += u'\n' + tr("Conflict: see the list of conflicts");
    } else if (QStringList busy = busyAt(help->pos()); !busy.isEmpty()) {
        text = busy.join(QStringLiteral("\n\n"));
    } else if (help->pos().y() < headerHeight() && help->pos().x() >= kTimeColumn) {
        text = calendarstyle::holidayName(m_monday.addDays(dayAt(help->pos().x())));
    } else if (inGrid(help->pos())) {
        text = tr("Double-click or drag to book an interview here");
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton) {
        m_pressPos = pos;
        if (const Item *item = itemAt(pos)) {
            selectInterview(item->interview.id);
            m_dragging = item->interview.id;
            m_dragOffset = pos - itemRect(*item).topLeft();
            m_dragPos = pos;
        } else if (inGrid(pos)) {
            m_creating = true;
            m_createMoved = false;
            m_createDay = dayAt(pos.x());
            m_createFrom = m_createTo = minutesAt(pos.y());
        }
    }
    QWidget::mousePressEvent(event);
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const bool far = (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
    if (m_dragging) {
        m_dragPos = pos;
        update();
    } else if (m_creating) {
        m_createTo = minutesAt(pos.y());
        m_createMoved = m_createMoved || far;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        const Id id = m_dragging;
        m_dragging = 0;
        const QPoint top = pos - m_dragOffset;
        const QDateTime target = timeAt(QPoint(pos.x(), top.y()));
        const bool moved =
            (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
        for (const Item &item : m_items) {
            if (moved && item.interview.id == id && item.interview.startsAt != target)
                emit moveRequested(id, target);
        }
        update();
    } else if (m_creating) {
        m_creating = false;
        m_createTo = minutesAt(pos.y());
        const int from = snappedNearest(std::min(m_createFrom, m_createTo));
        const int to = snappedNearest(std::max(m_createFrom, m_createTo));
        update();
        if (m_createMoved && to - from >= kSnapMinutes)
            emit bookRequested(at(m_createDay, from), to - from);
    }
    QWidget::mouseReleaseEvent(event);
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_creating = false;
    m_dragging = 0;
    if (const Item *item = itemAt(pos)) {
        emit openRequested(item->interview.id);
    } else if (inGrid(pos)) {
        // The quarter hour clicked in, as a cell of a paper diary.
        const int start = std::min(snappedDown(minutesAt(pos.y())), kLastHour * 60 - kSnapMinutes);
        emit bookRequested(at(dayAt(pos.x()), start), 0);
    }
}

void WeekView::contextMenuEvent(QContextMenuEvent *event)
{
    m_creating = false;
    m_dragging = 0;
    if (event->reason() == QContextMenuEvent::Keyboard) {
        for (const Item &item : std::as_const(m_items)) {
            if (item.interview.id == m_selected) {
                const QRect r = itemRect(item);
                emit contextMenuRequested(m_selected, item.interview.startsAt,
                                          mapToGlobal(r.isValid() ? r.center() : QPoint()));
                return;
            }
        }
        return;
    }
    const QPoint pos = event->pos();
    if (const Item *item = itemAt(pos)) {
        selectInterview(item->interview.id);
        emit contextMenuRequested(item->interview.id, item->interview.startsAt, event->globalPos());
    } else if (inGrid(pos)) {
        const int start = std::min(snappedDown(minutesAt(pos.y())), kLastHour * 60 - kSnapMinutes);
        emit contextMenuRequested(0, at(dayAt(pos.x()), start), event->globalPos());
    }
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
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            emit openRequested(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace shuzai::ui
