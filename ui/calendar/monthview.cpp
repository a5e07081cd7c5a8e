#include "monthview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace shuzai::ui {

namespace {
const QColor kCategoryColours[] = {QColor(0x42, 0x85, 0xF4), QColor(0xF4, 0xA2, 0x36),
                                   QColor(0x34, 0xA8, 0x53), QColor(0x9C, 0x27, 0xB0)};
const char16_t kWeekdays[] = u"月火水木金土日";
} // namespace

MonthView::MonthView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("monthView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(600, 420);
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
    m_first = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    update();
}

QDate MonthView::gridStart() const
{
    return m_first.addDays(1 - m_first.dayOfWeek());
}

QRectF MonthView::cell(int index) const
{
    const qreal w = width() / 7.0;
    const qreal h = (height() - kHeader) / 6.0;
    return QRectF((index % 7) * w, kHeader + (index / 7) * h, w, h);
}

QDate MonthView::dayAt(const QPoint &point) const
{
    for (int i = 0; i < 42; ++i) {
        if (cell(i).contains(point))
            return gridStart().addDays(i);
    }
    return {};
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const qreal w = width() / 7.0;
    for (int d = 0; d < 7; ++d) {
        p.setPen(d == 6   ? QColor(0xC6, 0x28, 0x28)
                 : d == 5 ? QColor(0x15, 0x65, 0xC0)
                          : palette().text().color());
        p.drawText(QRectF(d * w, 0, w, kHeader), Qt::AlignCenter, QString(QChar(kWeekdays[d])));
    }
    QSet<QDate> candidateDays;
    for (const AvailabilityWindow &window : m_campaign.windows)
        candidateDays.insert(window.day);
    const QDate today = m_now.toTimeZone(m_zone).date();
    const int lineHeight = fontMetrics().height();
    for (int i = 0; i < 42; ++i) {
        const QDate day = gridStart().addDays(i);
        const QRectF r = cell(i);
        if (candidateDays.contains(day))
            p.fillRect(r, QColor(0xE8, 0xF5, 0xE9));
        p.setPen(palette().mid().color());
        p.drawRect(r);
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(day.month() == m_first.month() ? palette().text().color()
                                                : palette().mid().color());
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                   day.day() == 1 ? QStringLiteral("%1/%2").arg(day.month()).arg(day.day())
                                  : QString::number(day.day()));
        p.setFont(font());
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
            p.setPen(item.conflicted
                         ? QColor(0xD3, 0x2F, 0x2F)
                         : kCategoryColours[std::max<Id>(0, item.categoryId - 1) % 4].darker(140));
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       fontMetrics().elidedText(
                           iv.startsAt.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")) + u' ' +
                               item.title,
                           Qt::ElideRight, int(textRect.width())));
            ++line;
        }
        p.setFont(font());
    }
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
    else
        QWidget::keyPressEvent(event);
}

} // namespace shuzai::ui
