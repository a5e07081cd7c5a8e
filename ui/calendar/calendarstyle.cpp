#include "calendarstyle.h"

#include "util/datetext.h"
#include "util/japaneseholidays.h"
#include "util/translations.h"

#include <QCalendarWidget>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QTextCharFormat>

namespace shuzai::ui::calendarstyle {

namespace {

bool japanese()
{
    return i18n::installedLanguage() == QLatin1String("ja");
}

// The law's names are Japanese (japaneseholidays.h); the English UI shows the usual English
// names. A name table, not tr(): the Japanese UI shows the law's own name.
QString englishHolidayName(const QString &japaneseName)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("元日"), QStringLiteral("New Year's Day")},
        {QStringLiteral("成人の日"), QStringLiteral("Coming of Age Day")},
        {QStringLiteral("建国記念の日"), QStringLiteral("National Foundation Day")},
        {QStringLiteral("天皇誕生日"), QStringLiteral("Emperor's Birthday")},
        {QStringLiteral("春分の日"), QStringLiteral("Vernal Equinox Day")},
        {QStringLiteral("昭和の日"), QStringLiteral("Showa Day")},
        {QStringLiteral("みどりの日"), QStringLiteral("Greenery Day")},
        {QStringLiteral("憲法記念日"), QStringLiteral("Constitution Memorial Day")},
        {QStringLiteral("こどもの日"), QStringLiteral("Children's Day")},
        {QStringLiteral("即位の日"), QStringLiteral("Enthronement Day")},
        {QStringLiteral("即位礼正殿の儀の行われる日"), QStringLiteral("Enthronement Ceremony")},
        {QStringLiteral("海の日"), QStringLiteral("Marine Day")},
        {QStringLiteral("スポーツの日"), QStringLiteral("Sports Day")},
        {QStringLiteral("体育の日"), QStringLiteral("Health and Sports Day")},
        {QStringLiteral("山の日"), QStringLiteral("Mountain Day")},
        {QStringLiteral("敬老の日"), QStringLiteral("Respect for the Aged Day")},
        {QStringLiteral("秋分の日"), QStringLiteral("Autumnal Equinox Day")},
        {QStringLiteral("文化の日"), QStringLiteral("Culture Day")},
        {QStringLiteral("勤労感謝の日"), QStringLiteral("Labour Thanksgiving Day")},
        {QStringLiteral("振替休日"), QStringLiteral("Substitute Holiday")},
        {QStringLiteral("国民の休日"), QStringLiteral("Citizens' Holiday")},
    };
    return names.value(japaneseName, japaneseName);
}

// Holidays of the years around the page the popup shows (a page can show a few days of the
// next or previous year).
void markHolidays(QCalendarWidget *calendar, int year)
{
    QTextCharFormat holiday;
    holiday.setForeground(sundayAndHoliday());
    for (QDate day(year - 1, 12, 1); day <= QDate(year + 1, 1, 31); day = day.addDays(1)) {
        const QString name = holidayName(day);
        if (name.isEmpty())
            continue;
        holiday.setToolTip(name);
        calendar->setDateTextFormat(day, holiday);
    }
}

} // namespace

QColor sundayAndHoliday()
{
    return QColor(0xC6, 0x28, 0x28);
}

QColor saturday()
{
    return QColor(0x15, 0x65, 0xC0);
}

QColor holidayShade()
{
    return QColor(0xFD, 0xEC, 0xEC);
}

QColor weekendShade()
{
    return QColor(0xF5, 0xF5, 0xF5);
}

QColor todayShade()
{
    return QColor(0xFF, 0xF6, 0xD5);
}

QColor todayFrame()
{
    return QColor(0xE6, 0x9F, 0x00);
}

QColor candidateShade()
{
    return QColor(0xDC, 0xF1, 0xDD);
}

QColor conflict()
{
    return QColor(0xD3, 0x2F, 0x2F);
}

QColor selection()
{
    return QColor(0x21, 0x21, 0x21);
}

QColor modeColour(InterviewMode mode)
{
    return mode == InterviewMode::InPerson ? QColor(0xF4, 0xA2, 0x36) : QColor(0x42, 0x85, 0xF4);
}

void paintBlock(QPainter &painter, const QRectF &rect, InterviewMode mode, bool tentative,
                bool conflicted)
{
    const QColor colour = modeColour(mode);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(tentative ? colour.lighter(185) : colour.lighter(150));
    painter.drawRoundedRect(rect, 4, 4);
    if (tentative) {
        painter.setBrush(QBrush(colour.lighter(115), Qt::BDiagPattern));
        painter.drawRoundedRect(rect, 4, 4);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(conflicted
                       ? QPen(conflict(), 3)
                       : QPen(colour.darker(130), 1, tentative ? Qt::DashLine : Qt::SolidLine));
    painter.drawRoundedRect(rect, 4, 4);
    painter.restore();
}

void paintBusy(QPainter &painter, const QRectF &rect, bool caldav)
{
    const QColor colour = caldav ? QColor(0x7b, 0x4f, 0xb8) : QColor(0x80, 0x80, 0x80);
    painter.save();
    painter.setPen(Qt::NoPen);
    QColor fill = colour;
    fill.setAlpha(caldav ? 40 : 32);
    painter.setBrush(fill);
    painter.drawRect(rect);
    QColor hatch = colour;
    hatch.setAlpha(110);
    painter.setBrush(QBrush(hatch, caldav ? Qt::FDiagPattern : Qt::HorPattern));
    painter.drawRect(rect);
    if (caldav)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour);
    painter.restore();
}

QColor dayColour(const QDate &date, const QColor &normal)
{
    if (date.dayOfWeek() == Qt::Sunday || isJapaneseHoliday(date))
        return sundayAndHoliday();
    if (date.dayOfWeek() == Qt::Saturday)
        return saturday();
    return normal;
}

QString holidayName(const QDate &date)
{
    const QString name = japaneseHolidayName(date);
    if (name.isEmpty() || japanese())
        return name;
    return englishHolidayName(name);
}

QString monthAndDay(const QDate &date)
{
    if (japanese())
        return QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMM"));
}

void applyTo(QCalendarWidget *calendar)
{
    calendar->setFirstDayOfWeek(Qt::Monday);
    QTextCharFormat weekday = calendar->weekdayTextFormat(Qt::Monday);
    QTextCharFormat sat = weekday;
    sat.setForeground(saturday());
    QTextCharFormat sun = weekday;
    sun.setForeground(sundayAndHoliday());
    calendar->setWeekdayTextFormat(Qt::Saturday, sat);
    calendar->setWeekdayTextFormat(Qt::Sunday, sun);
    markHolidays(calendar, calendar->yearShown());
    QObject::connect(calendar, &QCalendarWidget::currentPageChanged, calendar,
                     [calendar](int year, int) { markHolidays(calendar, year); });
}

} // namespace shuzai::ui::calendarstyle
