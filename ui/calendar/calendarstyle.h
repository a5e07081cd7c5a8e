#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QDate>
#include <QString>

class QCalendarWidget;
class QPainter;
class QRectF;

// One look for every calendar of the program: the week and month views, the legend and each date
// popup start the week on Monday and colour days the Japanese way (Sundays and holidays red,
// Saturdays blue), so a day looks the same wherever it is shown.
namespace shuzai::ui::calendarstyle {

QColor sundayAndHoliday(); // the date's text
QColor saturday();
QColor holidayShade(); // the day's background
QColor weekendShade();
QColor todayShade();
QColor todayFrame();
QColor candidateShade(); // the campaign's candidate times (候補日時)
QColor conflict();       // overlapping, outside the candidate times or busy in a calendar
QColor selection();
QColor modeColour(InterviewMode mode); // the block of a booked interview

// An interview's block as every view and the legend draw it: filled in its mode's colour, hatched
// while held (tentative), framed in red when it conflicts.
void paintBlock(QPainter &painter, const QRectF &rect, InterviewMode mode, bool tentative,
                bool conflicted);

// A busy time behind the interviews: from a writer's calendar over CalDAV (violet, hatched
// diagonally, a bar on the left) or imported from an .ics file (grey, hatched across), so the two
// are told apart without colour too.
void paintBusy(QPainter &painter, const QRectF &rect, bool caldav);

// The colour a date's number or name is written in: red, blue or `normal`.
QColor dayColour(const QDate &date, const QColor &normal);

// The holiday's name in the installed language ("こどもの日" / "Children's Day"); empty when the
// day is not a Japanese holiday.
QString holidayName(const QDate &date);

// "6月1日" / "1 Jun": the first of a month in the month view.
QString monthAndDay(const QDate &date);

// A date popup like the views: Monday first, weekend and holiday colours, holidays named in the
// tooltip (for whichever year the popup shows).
void applyTo(QCalendarWidget *calendar);

} // namespace shuzai::ui::calendarstyle
