#pragma once

#include "domain/enums.h"
#include "storage/coreonly.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

// How domain values are written to and read from columns. Text forms are used for dates and
// times so the same schema works on every engine and reads well in a SQL shell.
namespace shuzai::sqlvalues {

inline QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QDate toDate(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}
inline QString time(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
inline QTime toTime(const QString &s)
{
    return QTime::fromString(s, QStringLiteral("HH:mm"));
}
inline QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
// An instant in UTC; text without an offset is read as UTC, as it was written.
QDateTime toTimestamp(const QString &s);

QString modes(const QList<InterviewMode> &modes);
QList<InterviewMode> toModes(const QString &text);

} // namespace shuzai::sqlvalues
