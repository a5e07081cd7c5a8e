#include "slotformat.h"

#include <QMap>
#include <QStringList>

namespace shuzai {

QString japaneseMonthDayWeekday(const QDate &date)
{
    // Fixed, not QLocale: letters must read the same on every machine, whatever its ICU data.
    static const char16_t weekdays[] = u"月火水木金土日";
    return QStringLiteral("%1月%2日（%3）")
        .arg(date.month())
        .arg(date.day())
        .arg(QChar(weekdays[date.dayOfWeek() - 1]));
}

QString candidateSlotBlock(const QList<AvailabilityWindow> &windows)
{
    QMap<QDate, QList<AvailabilityWindow>> byDay;
    for (const AvailabilityWindow &w : windows)
        byDay[w.day].append(w);
    QStringList lines;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        QList<AvailabilityWindow> day = it.value();
        std::sort(day.begin(), day.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
        QStringList ranges;
        QStringList notes;
        for (const AvailabilityWindow &w : day) {
            ranges.append(w.start.toString(QStringLiteral("HH:mm")) + u'-' +
                          w.end.toString(QStringLiteral("HH:mm")));
            if (!w.note.isEmpty() && !notes.contains(w.note))
                notes.append(w.note);
        }
        QString line = QStringLiteral("- ") + japaneseMonthDayWeekday(it.key()) +
                       ranges.join(QStringLiteral(", "));
        if (!notes.isEmpty())
            line += u'（' + notes.join(u'、') + u'）';
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace shuzai
