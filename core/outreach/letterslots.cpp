#include "letterslots.h"

#include "domain/slotformat.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QTimeZone>

namespace shuzai {

namespace {
struct Range {
    QDateTime start; // UTC
    QDateTime end;
    bool tentative = false;
    QString note;
};

// Fixed, not QLocale: letters read the same on every machine, whatever its ICU data.
QString englishDay(const QDate &d)
{
    static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    return QStringLiteral("%1 %2 %3")
        .arg(QLatin1String(weekdays[d.dayOfWeek() - 1]))
        .arg(d.day())
        .arg(QLatin1String(months[d.month() - 1]));
}

QString dayLabel(const QDate &d, bool ja)
{
    return ja ? japaneseMonthDayWeekday(d) : englishDay(d);
}

QString hm(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// "10:00-12:00", or across midnight "23:00-翌01:00" / "23:00-01:00 next day".
QString timeRange(const QDateTime &start, const QDateTime &end, bool ja)
{
    if (end.date() == start.date() ||
        (end.time() == QTime(0, 0) && end.date() == start.date().addDays(1)))
        return hm(start) + u'-' + (end.date() == start.date() ? hm(end) : QStringLiteral("24:00"));
    return ja ? hm(start) + QStringLiteral("-翌") + hm(end)
              : hm(start) + u'-' + hm(end) + QStringLiteral(" next day");
}

QString bracketed(const QString &text, bool ja)
{
    return ja ? u'（' + text + u'）' : QStringLiteral(" (") + text + u')';
}

QString heldMark(bool ja)
{
    return ja ? QStringLiteral("（仮押さえ中）") : QStringLiteral(" (tentatively held)");
}
} // namespace

QString letterZoneName(const QString &zoneId, const QString &language)
{
    const bool ja = language != QLatin1String("en");
    if (zoneId == QLatin1String("Asia/Tokyo") || zoneId == QLatin1String("Japan"))
        return ja ? QStringLiteral("日本時間") : QStringLiteral("Japan time");
    if (zoneId == QLatin1String("UTC") || zoneId == QLatin1String("Etc/UTC"))
        return ja ? QStringLiteral("協定世界時") : QStringLiteral("UTC");
    static const QHash<QString, QString> japaneseCities{
        {QStringLiteral("New_York"), QStringLiteral("ニューヨーク")},
        {QStringLiteral("Chicago"), QStringLiteral("シカゴ")},
        {QStringLiteral("Denver"), QStringLiteral("デンバー")},
        {QStringLiteral("Los_Angeles"), QStringLiteral("ロサンゼルス")},
        {QStringLiteral("Vancouver"), QStringLiteral("バンクーバー")},
        {QStringLiteral("Toronto"), QStringLiteral("トロント")},
        {QStringLiteral("Honolulu"), QStringLiteral("ホノルル")},
        {QStringLiteral("Sao_Paulo"), QStringLiteral("サンパウロ")},
        {QStringLiteral("London"), QStringLiteral("ロンドン")},
        {QStringLiteral("Dublin"), QStringLiteral("ダブリン")},
        {QStringLiteral("Paris"), QStringLiteral("パリ")},
        {QStringLiteral("Berlin"), QStringLiteral("ベルリン")},
        {QStringLiteral("Amsterdam"), QStringLiteral("アムステルダム")},
        {QStringLiteral("Brussels"), QStringLiteral("ブリュッセル")},
        {QStringLiteral("Zurich"), QStringLiteral("チューリッヒ")},
        {QStringLiteral("Madrid"), QStringLiteral("マドリード")},
        {QStringLiteral("Rome"), QStringLiteral("ローマ")},
        {QStringLiteral("Stockholm"), QStringLiteral("ストックホルム")},
        {QStringLiteral("Helsinki"), QStringLiteral("ヘルシンキ")},
        {QStringLiteral("Moscow"), QStringLiteral("モスクワ")},
        {QStringLiteral("Dubai"), QStringLiteral("ドバイ")},
        {QStringLiteral("Kolkata"), QStringLiteral("インド")},
        {QStringLiteral("Bangkok"), QStringLiteral("バンコク")},
        {QStringLiteral("Ho_Chi_Minh"), QStringLiteral("ホーチミン")},
        {QStringLiteral("Jakarta"), QStringLiteral("ジャカルタ")},
        {QStringLiteral("Singapore"), QStringLiteral("シンガポール")},
        {QStringLiteral("Kuala_Lumpur"), QStringLiteral("クアラルンプール")},
        {QStringLiteral("Manila"), QStringLiteral("マニラ")},
        {QStringLiteral("Shanghai"), QStringLiteral("中国")},
        {QStringLiteral("Hong_Kong"), QStringLiteral("香港")},
        {QStringLiteral("Taipei"), QStringLiteral("台北")},
        {QStringLiteral("Seoul"), QStringLiteral("ソウル")},
        {QStringLiteral("Sydney"), QStringLiteral("シドニー")},
        {QStringLiteral("Melbourne"), QStringLiteral("メルボルン")},
        {QStringLiteral("Auckland"), QStringLiteral("オークランド")},
    };
    const QString city = zoneId.section(u'/', -1);
    if (ja && japaneseCities.contains(city))
        return japaneseCities.value(city) + QStringLiteral("時間");
    QString readable = city;
    readable.replace(u'_', u' ');
    return ja ? readable + QStringLiteral("時間") : readable + QStringLiteral(" time");
}

QString letterSlotBlock(const Campaign &campaign, QList<LetterSlot> candidates,
                        const QDateTime &now, const QString &recipientZone, const QString &language)
{
    const bool ja = language != QLatin1String("en");
    const QTimeZone zone(campaign.timeZone.toUtf8());
    std::sort(candidates.begin(), candidates.end(),
              [](const LetterSlot &a, const LetterSlot &b) { return a.start < b.start; });
    const qint64 buffer = std::max(0, campaign.bufferMinutes) * 60;
    QList<Range> ranges;
    for (const LetterSlot &s : std::as_const(candidates)) {
        if (now.isValid() && s.start <= now)
            continue; // a time already past is never offered
        if (s.tentative && campaign.tentativeSlots == TentativeSlots::Omit)
            continue;
        if (!ranges.isEmpty()) {
            Range &last = ranges.last();
            if (last.tentative == s.tentative && last.note == s.note &&
                last.start.toTimeZone(zone).date() == s.start.toTimeZone(zone).date() &&
                s.start <= last.end.addSecs(buffer)) {
                last.end = std::max(last.end, s.end);
                continue;
            }
        }
        ranges.append({s.start, s.end, s.tentative, s.note});
    }
    // A window whose last part is shorter than a slot still ends where the window does.
    for (Range &r : ranges) {
        const QDateTime start = r.start.toTimeZone(zone);
        const QDateTime end = r.end.toTimeZone(zone);
        for (const AvailabilityWindow &w : campaign.windows) {
            if (w.day == start.date() && start.time() >= w.start && end.time() <= w.end &&
                end.time().addSecs(campaign.interviewMinutes * 60) > w.end &&
                end.date() == start.date())
                r.end = QDateTime(w.day, w.end, zone).toUTC();
        }
    }

    QStringList lines;
    const QTimeZone theirs(recipientZone.toUtf8());
    const bool bothZones =
        !recipientZone.isEmpty() && recipientZone != campaign.timeZone && theirs.isValid();
    if (bothZones) {
        const QString ours = bracketed(letterZoneName(campaign.timeZone, language), ja);
        const QString their = bracketed(letterZoneName(recipientZone, language), ja);
        for (const Range &r : std::as_const(ranges)) {
            const QDateTime s1 = r.start.toTimeZone(zone), e1 = r.end.toTimeZone(zone);
            const QDateTime s2 = r.start.toTimeZone(theirs), e2 = r.end.toTimeZone(theirs);
            QString line = QStringLiteral("- ") + dayLabel(s1.date(), ja) +
                           (ja ? QString() : QStringLiteral(" ")) + timeRange(s1, e1, ja) + ours +
                           QStringLiteral(" / ") + dayLabel(s2.date(), ja) +
                           (ja ? QString() : QStringLiteral(" ")) + timeRange(s2, e2, ja) + their;
            if (r.tentative)
                line += heldMark(ja);
            if (!r.note.isEmpty())
                line += bracketed(r.note, ja);
            lines.append(line);
        }
        return lines.join(u'\n');
    }
    QMap<QDate, QList<Range>> byDay;
    for (const Range &r : std::as_const(ranges))
        byDay[r.start.toTimeZone(zone).date()].append(r);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        QStringList parts;
        QStringList notes;
        for (const Range &r : it.value()) {
            parts.append(timeRange(r.start.toTimeZone(zone), r.end.toTimeZone(zone), ja) +
                         (r.tentative ? heldMark(ja) : QString()));
            if (!r.note.isEmpty() && !notes.contains(r.note))
                notes.append(r.note);
        }
        QString line = QStringLiteral("- ") + dayLabel(it.key(), ja) +
                       (ja ? QString() : QStringLiteral(": ")) + parts.join(QStringLiteral(", "));
        if (!notes.isEmpty())
            line += bracketed(notes.join(ja ? QStringLiteral("、") : QStringLiteral(", ")), ja);
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace shuzai
