#include "datetext.h"

#include "translations.h"

#include <QLocale>

namespace shuzai::datetext {

namespace {

bool japanese()
{
    return i18n::installedLanguage() == QLatin1String("ja");
}

QTimeZone &chosenZone()
{
    static QTimeZone zone;
    return zone;
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QTimeZone displayZone()
{
    const QTimeZone &zone = chosenZone();
    if (zone.isValid())
        return zone;
    // Read once: Qt 6.4 makes the system zone anew at every call (reading /etc/localtime,
    // /etc/timezone and the zone file), and a list of dates asks thousands of times.
    static const QTimeZone system = QTimeZone::systemTimeZone();
    return system;
}

void setDisplayZone(const QTimeZone &zone)
{
    chosenZone() = zone;
}

QString weekdayName(int dayOfWeek)
{
    // Fixed, not QLocale: the same on every machine, whatever its ICU data.
    static const char16_t weekdays[] = u"月火水木金土日";
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    if (japanese())
        return QString(QChar(weekdays[dayOfWeek - 1]));
    return english().dayName(dayOfWeek, QLocale::ShortFormat);
}

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (japanese()) {
        return QStringLiteral("%1年%2月%3日（%4）")
            .arg(date.year())
            .arg(date.month())
            .arg(date.day())
            .arg(weekdayName(date.dayOfWeek()));
    }
    return english().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString shortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (japanese()) {
        return QStringLiteral("%1月%2日（%3）")
            .arg(date.month())
            .arg(date.day())
            .arg(weekdayName(date.dayOfWeek()));
    }
    return english().toString(date, QStringLiteral("ddd d MMM"));
}

QString yearMonth(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (japanese())
        return QStringLiteral("%1年%2月").arg(date.year()).arg(date.month());
    return english().toString(date, QStringLiteral("MMMM yyyy"));
}

QString time(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
}

QString shortDateTime(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(zone);
    return japanese() ? shortDate(local.date()) + time(local, zone)
                      : shortDate(local.date()) + QStringLiteral(", ") + time(local, zone);
}

QString longDateTime(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(zone);
    return japanese() ? longDate(local.date()) + time(local, zone)
                      : longDate(local.date()) + QStringLiteral(", ") + time(local, zone);
}

QString shortRange(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    if (!start.isValid() || !end.isValid())
        return shortDateTime(start, zone);
    const QDateTime from = start.toTimeZone(zone);
    const QDateTime to = end.toTimeZone(zone);
    const QString until = from.date() == to.date() ? time(to, zone) : shortDateTime(to, zone);
    return shortDateTime(from, zone) + QStringLiteral("–") + until;
}

QString dateEditFormat()
{
    return japanese() ? QStringLiteral("yyyy年M月d日（ddd）") : QStringLiteral("ddd d MMM yyyy");
}

QString dateTimeEditFormat()
{
    return japanese() ? QStringLiteral("yyyy年M月d日（ddd） HH:mm")
                      : QStringLiteral("ddd d MMM yyyy HH:mm");
}

QString zoneName(const QTimeZone &zone, const QDateTime &at)
{
    if (!zone.isValid())
        return {};
    const int offset = zone.offsetFromUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(sign)
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QByteArray id = zone.id();
    if (id == "Asia/Tokyo")
        return japanese() ? QStringLiteral("日本時間（%1）").arg(utc)
                          : QStringLiteral("Japan time (%1)").arg(utc);
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(id), utc);
}

} // namespace shuzai::datetext
