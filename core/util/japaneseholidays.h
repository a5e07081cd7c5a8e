#pragma once

#include <QDate>
#include <QString>

namespace shuzai {

// Japanese national holidays (国民の祝日) under the law as amended to date, including
// substitute holidays (振替休日) and citizens' holidays (国民の休日), from 2000 to 2099, with
// the one-off changes of 2019–2021. The equinoxes follow the usual formula, which matches the
// dates the National Astronomical Observatory announces for these years.
QString japaneseHolidayName(const QDate &date); // empty: not a holiday
inline bool isJapaneseHoliday(const QDate &date)
{
    return !japaneseHolidayName(date).isEmpty();
}

// Weekdays that are not holidays: the days an interviewee's office can answer.
bool isJapaneseWorkingDay(const QDate &date);

// The working day `count` working days before `date` (`date` itself not counted).
QDate workingDaysBefore(const QDate &date, int count);

} // namespace shuzai
