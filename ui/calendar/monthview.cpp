#include "monthview.h"

#include "calendarstyle.h"
#include "util/datetext.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace shuzai::ui {

MonthView::MonthView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setFocusPolicy(Qt::StrongFocus);
    // Six weeks of a line and a half each still read; the window fits a 1366×768 screen.
    setMinimumSize(7 * 60, headerHeight() + 6 * 2 * fontMetrics().height());
}

void MonthView::setData(const Campaign &campaign, const QList<WeekView::Item> &items,
                        const QDateTime &now)
{
    m_campaign = campaign;
    m_zone = QTimeZone(campaign.timeZone.toUtf8());
    m_items = items;
    m_now = now;
    update();
}

void MonthView::setMonth(const QDate &anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (first == m_first)
        return;
    m_first = first;
    update();
    emit monthChanged(m_first);
}

QDate MonthView::today() const
{
    return m_now.toTimeZone(m_zone).date();
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

QDate MonthView::gridStart() const
{
    return m_first.addDays(1 - m_first.dayOfWeek());
}

QRectF MonthView::cell(int index) const
{
    const qreal w = (width() - 1) / 7.0;
    const qreal h = (height() - 1 - headerHeight()) / 6.0;
    return QRectF((index % 7) * w, headerHeight() + (index / 7) * h, w, h);
}

QDate MonthView::dayAt(const QPoint &point) const
{
    for (int i = 0; i < 42; ++i) {
        if (cell(i).contains(point))
            return gridStart().addDays(i);
    }
    return {};
}

QRect MonthView::dayRect(const QDate &day) const
{
    const qint64 index = gridStart().daysTo(day);
    if (index < 0 || index >= 42)
        return {};
    return cell(int(index)).toRect();
}

QString MonthView::dayTitle(const QDate &day) const
{
    const QString number =
        day.day() == 1 ? calendarstyle::monthAndDay(day) : QString::number(day.day());
    const QString holiday = calendarstyle::holidayName(day);
    return holiday.isEmpty() ? number : number + u' ' + holiday;
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const qreal w = (width() - 1) / 7.0;
    for (int d = 0; d < 7; ++d) {
        p.setPen(d == 6   ? calendarstyle::sundayAndHoliday()
                 : d == 5 ? calendarstyle::saturday()
                          : palette().text().color());
        p.drawText(QRectF(d * w, 0, w, headerHeight()), Qt::AlignCenter,
                   datetext::weekdayName(d + 1));
    }
    QSet<QDate> candidateDays;
    for (const AvailabilityWindow &window : m_campaign.windows)
        candidateDays.insert(window.day);
    const QDate today = this->today();
    for (int i = 0; i < 42; ++i) {
        const QDate day = gridStart().addDays(i);
        const QRectF r = cell(i);
        const bool holiday =
            day.dayOfWeek() == Qt::Sunday || !calendarstyle::holidayName(day).isEmpty();
        if (day == today)
            p.fillRect(r, calendarstyle::todayShade());
        else if (candidateDays.contains(day))
            p.fillRect(r, calendarstyle::candidateShade());
        else if (holiday)
            p.fillRect(r, calendarstyle::holidayShade());
        else if (day.dayOfWeek() == Qt::Saturday)
            p.fillRect(r, calendarstyle::weekendShade());
        p.setPen(palette().mid().color());
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        QColor colour = calendarstyle::dayColour(day, palette().text().color());
        if (day.month() != m_first.month())
            colour.setAlpha(110);
        p.setPen(colour);
        const QRectF title = r.adjusted(4, 2, -4, -2);
        p.drawText(title, Qt::AlignLeft | Qt::AlignTop,
                   fontMetrics().elidedText(dayTitle(day), Qt::ElideRight, int(title.width())));
        p.setFont(font());
        paintBusy(p, day, r);
        paintItems(p, day, r);
    }
    // Today's frame over the grid lines.
    if (const QRect r = dayRect(today); r.isValid()) {
        p.setPen(QPen(calendarstyle::todayFrame(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(1, 1, -1, -1));
    }
}

void MonthView::paintItems(QPainter &p, const QDate &day, const QRectF &r)
{
    const int lineHeight = fontMetrics().height();
    int line = 1;
    for (const WeekView::Item &item : m_items) {
        const Interview &iv = item.interview;
        if (!iv.startsAt.isValid() || iv.state == InterviewState::Cancelled ||
            iv.startsAt.toTimeZone(m_zone).date() != day)
            continue;
        const QRectF textRect(r.left() + 4, r.top() + 2 + line * lineHeight, r.width() - 8,
                              lineHeight);
        if (textRect.bottom() > r.bottom())
            break;
        QFont itemFont = font();
        itemFont.setItalic(iv.state == InterviewState::Tentative);
        p.setFont(itemFont);
        p.setPen(item.conflicted ? calendarstyle::conflict()
                                 : calendarstyle::modeColour(iv.mode).darker(150));
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(datetext::time(iv.startsAt, m_zone) + u' ' + item.title,
                                            Qt::ElideRight, int(textRect.width())));
        ++line;
    }
    p.setFont(font());
}

void MonthView::setBusyTimes(const QList<WeekView::Busy> &busy)
{
    m_busy = busy;
    update();
}

QList<WeekView::Busy> MonthView::busyOn(const QDate &day) const
{
    const QDateTime start(day, QTime(0, 0), m_zone.isValid() ? m_zone : QTimeZone::utc());
    const QDateTime end = start.addDays(1);
    QList<WeekView::Busy> out;
    for (const WeekView::Busy &b : m_busy) {
        if (b.start < end && b.end > start)
            out.append(b);
    }
    return out;
}

QString MonthView::dayToolTip(const QDate &day) const
{
    QStringList lines{datetext::longDate(day)};
    if (const QString holiday = calendarstyle::holidayName(day); !holiday.isEmpty())
        lines.append(holiday);
    for (const WeekView::Item &item : m_items) {
        const Interview &iv = item.interview;
        if (iv.startsAt.isValid() && iv.state != InterviewState::Cancelled &&
            iv.startsAt.toTimeZone(m_zone).date() == day)
            lines.append(datetext::time(iv.startsAt, m_zone) + u' ' + item.title);
    }
    for (const WeekView::Busy &b : busyOn(day)) {
        const QString what = b.summary.isEmpty() ? tr("Busy") : b.summary;
        lines.append(
            b.caldav ? tr("%1 busy: %2 (CalDAV: %3)")
                           .arg(datetext::shortRange(b.start, b.end, m_zone), what, b.calendar)
                     : tr("%1 busy: %2 (.ics: %3)")
                           .arg(datetext::shortRange(b.start, b.end, m_zone), what, b.calendar));
    }
    lines.append(tr("Double-click to open the week"));
    return lines.join(u'\n');
}

void MonthView::paintBusy(QPainter &p, const QDate &day, const QRectF &r)
{
    // One strip per kind at the foot of the cell, CalDAV first, in the week view's patterns.
    bool caldav = false;
    bool file = false;
    for (const WeekView::Busy &b : busyOn(day))
        (b.caldav ? caldav : file) = true;
    const int kinds = int(caldav) + int(file);
    if (kinds == 0)
        return;
    const qreal height = std::max(5.0, r.height() / 8);
    const qreal width = (r.width() - 2) / kinds;
    qreal left = r.left() + 1;
    for (const bool kind : {true, false}) {
        if (kind ? !caldav : !file)
            continue;
        calendarstyle::paintBusy(p, QRectF(left, r.bottom() - height, width, height - 1), kind);
        left += width;
    }
}

bool MonthView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    // The whole day when its cell is too small: the date, the holiday, every interview.
    auto *help = static_cast<QHelpEvent *>(event);
    const QDate day = dayAt(help->pos());
    if (!day.isValid()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(help->globalPos(), dayToolTip(day), this);
    return true;
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid())
        emit dayActivated(day);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_PageUp)
        setMonth(m_first.addMonths(-1));
    else if (event->key() == Qt::Key_Right || event->key() == Qt::Key_PageDown)
        setMonth(m_first.addMonths(1));
    else if (event->key() == Qt::Key_Home)
        setMonth(today());
    else
        QWidget::keyPressEvent(event);
}

} // namespace shuzai::ui
