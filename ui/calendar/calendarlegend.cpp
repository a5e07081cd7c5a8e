#include "calendarlegend.h"

#include "calendarstyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace shuzai::ui {

namespace {

enum class Mark {
    Online,
    InPerson,
    Tentative,
    Candidate,
    BusyCaldav,
    BusyImported,
    Conflict,
    Holiday,
    Saturday,
    Today
};
constexpr Mark kMarks[] = {Mark::Online,     Mark::InPerson,     Mark::Tentative, Mark::Candidate,
                           Mark::BusyCaldav, Mark::BusyImported, Mark::Conflict,  Mark::Holiday,
                           Mark::Saturday,   Mark::Today};

// The mark as the views draw it, small.
QPixmap swatch(Mark mark, const QFont &font, const QColor &base)
{
    QPixmap pixmap(30, 18);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, 27, 15);
    switch (mark) {
    case Mark::Online:
    case Mark::InPerson:
    case Mark::Tentative:
        calendarstyle::paintBlock(
            p, box, mark == Mark::InPerson ? InterviewMode::InPerson : InterviewMode::Online,
            mark == Mark::Tentative, false);
        break;
    case Mark::Candidate:
        p.fillRect(box, calendarstyle::candidateShade());
        break;
    case Mark::BusyCaldav:
    case Mark::BusyImported:
        calendarstyle::paintBusy(p, box, mark == Mark::BusyCaldav);
        break;
    case Mark::Conflict:
        p.fillRect(box, base);
        calendarstyle::paintBlock(p, box, InterviewMode::Online, false, true);
        break;
    case Mark::Holiday:
    case Mark::Saturday: {
        const bool holiday = mark == Mark::Holiday;
        p.fillRect(box, holiday ? calendarstyle::holidayShade() : calendarstyle::weekendShade());
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(holiday ? calendarstyle::sundayAndHoliday() : calendarstyle::saturday());
        p.drawText(box, Qt::AlignCenter, holiday ? QStringLiteral("5") : QStringLiteral("3"));
        break;
    }
    case Mark::Today:
        p.setPen(QPen(calendarstyle::todayFrame(), 2));
        p.setBrush(calendarstyle::todayShade());
        p.drawRect(box);
        p.setPen(QPen(calendarstyle::conflict(), 2));
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    }
    return pixmap;
}

} // namespace

CalendarLegend::CalendarLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarLegend"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    int row = 0;
    for (Mark mark : kMarks) {
        auto *icon = new QLabel(this);
        icon->setPixmap(swatch(mark, font(), palette().base().color()));
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        grid->addWidget(icon, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        m_texts.append(text);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    retranslate();
}

QStringList CalendarLegend::entries() const
{
    QStringList out;
    for (const QLabel *text : m_texts)
        out.append(text->text());
    return out;
}

void CalendarLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarLegend::retranslate()
{
    const QStringList texts = {
        tr("Interview online"),
        tr("Interview in person"),
        tr("Held, not yet confirmed"),
        tr("Candidate time"),
        tr("Busy in a writer's calendar (CalDAV, kept up to date by sync)"),
        tr("Busy, imported from an .ics file"),
        tr("Conflict: overlap, outside the candidate times or busy"),
        tr("Sunday or holiday (named under the date)"),
        tr("Saturday"),
        tr("Today (red line: now)"),
    };
    for (int i = 0; i < m_texts.size() && i < texts.size(); ++i)
        m_texts.at(i)->setText(texts.at(i));
}

} // namespace shuzai::ui
