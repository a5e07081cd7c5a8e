#include "japaneseholidays.h"

#include <cmath>

namespace shuzai {

namespace {
// The n-th Monday of a month.
QDate nthMonday(int year, int month, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

int equinoxDay(int year, double base)
{
    const int y = year - 1980;
    return int(std::floor(base + 0.242194 * y - std::floor(y / 4.0)));
}

// The holidays the law names for a date, before substitutes and citizens' holidays.
QString namedHoliday(const QDate &d)
{
    const int y = d.year();
    const int m = d.month();
    const int day = d.day();
    if (y < 2000 || y > 2099)
        return {};
    if (m == 1 && day == 1)
        return QStringLiteral("元日");
    if (m == 1 && d == nthMonday(y, 1, 2))
        return QStringLiteral("成人の日");
    if (m == 2 && day == 11)
        return QStringLiteral("建国記念の日");
    if (y >= 2020 && m == 2 && day == 23)
        return QStringLiteral("天皇誕生日");
    if (y <= 2018 && m == 12 && day == 23)
        return QStringLiteral("天皇誕生日");
    if (m == 3 && day == equinoxDay(y, 20.8431))
        return QStringLiteral("春分の日");
    if (m == 4 && day == 29)
        return y >= 2007 ? QStringLiteral("昭和の日") : QStringLiteral("みどりの日");
    if (m == 5 && day == 3)
        return QStringLiteral("憲法記念日");
    if (y >= 2007 && m == 5 && day == 4)
        return QStringLiteral("みどりの日");
    if (m == 5 && day == 5)
        return QStringLiteral("こどもの日");
    if (y == 2019 && m == 5 && day == 1)
        return QStringLiteral("即位の日");
    if (y == 2019 && m == 10 && day == 22)
        return QStringLiteral("即位礼正殿の儀の行われる日");
    // The Olympic years moved three holidays by special law.
    if (y == 2020 || y == 2021) {
        const QDate sea = y == 2020 ? QDate(2020, 7, 23) : QDate(2021, 7, 22);
        if (d == sea)
            return QStringLiteral("海の日");
        if (d == sea.addDays(1))
            return QStringLiteral("スポーツの日");
        if (d == (y == 2020 ? QDate(2020, 8, 10) : QDate(2021, 8, 8)))
            return QStringLiteral("山の日");
    } else {
        if (m == 7 && y >= 2003 && d == nthMonday(y, 7, 3))
            return QStringLiteral("海の日");
        if (m == 8 && day == 11 && y >= 2016)
            return QStringLiteral("山の日");
        if (m == 10 && d == nthMonday(y, 10, 2))
            return y >= 2020 ? QStringLiteral("スポーツの日") : QStringLiteral("体育の日");
    }
    if (m == 9 && y >= 2003 && d == nthMonday(y, 9, 3))
        return QStringLiteral("敬老の日");
    if (m == 9 && day == equinoxDay(y, 23.2488))
        return QStringLiteral("秋分の日");
    if (m == 11 && day == 3)
        return QStringLiteral("文化の日");
    if (m == 11 && day == 23)
        return QStringLiteral("勤労感謝の日");
    return {};
}
} // namespace

QString japaneseHolidayName(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (const QString named = namedHoliday(date); !named.isEmpty())
        return named;
    // 振替休日: the first day after a Sunday holiday that is not itself a holiday.
    if (date.year() >= 2007 || date.dayOfWeek() == Qt::Monday) {
        QDate back = date.addDays(-1);
        while (!namedHoliday(back).isEmpty()) {
            if (back.dayOfWeek() == Qt::Sunday)
                return QStringLiteral("振替休日");
            back = back.addDays(-1);
        }
    }
    // 国民の休日: a weekday between two holidays.
    if (date.dayOfWeek() != Qt::Sunday && !namedHoliday(date.addDays(-1)).isEmpty() &&
        !namedHoliday(date.addDays(1)).isEmpty())
        return QStringLiteral("国民の休日");
    return {};
}

bool isJapaneseWorkingDay(const QDate &date)
{
    return date.dayOfWeek() < Qt::Saturday && !isJapaneseHoliday(date);
}

QDate workingDaysBefore(const QDate &date, int count)
{
    QDate d = date;
    for (int left = count; left > 0;) {
        d = d.addDays(-1);
        if (isJapaneseWorkingDay(d))
            --left;
    }
    return d;
}

} // namespace shuzai
