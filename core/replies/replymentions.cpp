// Finding the dates, times, parts of the day and zones a reply names (rule-based, on the
// normalised text: half-width digits, ~ for every wave dash, () for full-width brackets).
#include "replymentions.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace shuzai::replies {

namespace {
using RE = QRegularExpression;
using Kind = Mention::Kind;

RE pattern(const char *text, bool caseSensitive = false)
{
    RE::PatternOptions options = RE::UseUnicodePropertiesOption;
    if (!caseSensitive)
        options |= RE::CaseInsensitiveOption;
    return RE(QString::fromUtf8(text), options);
}

const QStringList kMonths = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                             QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                             QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                             QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};

int monthOf(const QString &name)
{
    return int(kMonths.indexOf(name.left(3).toLower())) + 1;
}

int weekdayOf(const QString &name)
{
    static const QString ja = QString::fromUtf8("月火水木金土日");
    if (name.size() == 1 && ja.contains(name))
        return int(ja.indexOf(name)) + 1;
    static const QStringList en = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return int(en.indexOf(name.left(3).toLower())) + 1;
}

// A day number without a month: the offered day with that number, else the next such day
// after the letter.
QDate dayOfMonth(int day, const DateFrame &frame)
{
    for (const QDate &d : frame.offeredDays) {
        if (d.day() == day)
            return d;
    }
    QDate d = frame.reference;
    for (int i = 0; d.isValid() && i < 62; ++i, d = d.addDays(1)) {
        if (d.day() == day)
            return d;
    }
    return {};
}

// A month and day without a year: the year that puts it nearest after the letter.
QDate monthDay(int month, int day, const DateFrame &frame)
{
    QDate d(frame.reference.year(), month, day);
    if (d.isValid() && d < frame.reference.addDays(-180))
        d = d.addYears(1);
    return d;
}

// A weekday: next week's (来週), this week's (今週), else the first offered day on it after the
// letter, else the first such day after the letter.
QDate weekday(int dayOfWeek, const QString &which, const DateFrame &frame)
{
    if (!frame.reference.isValid() || dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    const QDate monday = frame.reference.addDays(1 - frame.reference.dayOfWeek());
    const QString w = which.trimmed().toLower();
    if (w == QString::fromUtf8("来週") || w == QLatin1String("next"))
        return monday.addDays(7 + dayOfWeek - 1);
    if (w == QString::fromUtf8("再来週"))
        return monday.addDays(14 + dayOfWeek - 1);
    if (w == QString::fromUtf8("今週") || w == QLatin1String("this"))
        return monday.addDays(dayOfWeek - 1);
    for (const QDate &d : frame.offeredDays) {
        if (d >= frame.reference && d.dayOfWeek() == dayOfWeek)
            return d;
    }
    QDate d = frame.reference.addDays(1);
    while (d.dayOfWeek() != dayOfWeek)
        d = d.addDays(1);
    return d;
}

QList<QDate> dayRange(const QDate &from, const QDate &to)
{
    QList<QDate> out;
    for (QDate d = from; d.isValid() && to.isValid() && d <= to && out.size() < 31;
         d = d.addDays(1))
        out.append(d);
    return out;
}

// 12-hour marks and Japanese day words on an hour. Bare hours 1..7 are afternoon hours: no one
// is interviewed at 3 in the night ("3時" in a business mail is 15:00).
int hourOf(int hour, const QString &mark)
{
    const QString m = mark.toLower().remove(u'.');
    if (m == QLatin1String("pm") || m == QString::fromUtf8("午後") ||
        m == QString::fromUtf8("夜") || m == QString::fromUtf8("夕方"))
        return hour < 12 ? hour + 12 : hour;
    if (m == QLatin1String("am") || m == QString::fromUtf8("午前") || m == QString::fromUtf8("朝"))
        return hour == 12 ? 0 : hour;
    return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

QTimeZone zoneNamed(const QString &name)
{
    static const QHash<QString, QByteArray> zones = {
        {QStringLiteral("jst"), "Asia/Tokyo"},
        {QString::fromUtf8("日本時間"), "Asia/Tokyo"},
        {QString::fromUtf8("東京時間"), "Asia/Tokyo"},
        {QStringLiteral("japan time"), "Asia/Tokyo"},
        {QStringLiteral("tokyo time"), "Asia/Tokyo"},
        {QStringLiteral("japan standard time"), "Asia/Tokyo"},
        {QStringLiteral("utc"), "UTC"},
        {QStringLiteral("gmt"), "UTC"},
        {QStringLiteral("et"), "America/New_York"},
        {QStringLiteral("est"), "America/New_York"},
        {QStringLiteral("edt"), "America/New_York"},
        {QStringLiteral("eastern time"), "America/New_York"},
        {QStringLiteral("ct"), "America/Chicago"},
        {QStringLiteral("cst"), "America/Chicago"},
        {QStringLiteral("cdt"), "America/Chicago"},
        {QStringLiteral("central time"), "America/Chicago"},
        {QStringLiteral("mt"), "America/Denver"},
        {QStringLiteral("mst"), "America/Denver"},
        {QStringLiteral("mdt"), "America/Denver"},
        {QStringLiteral("pt"), "America/Los_Angeles"},
        {QStringLiteral("pst"), "America/Los_Angeles"},
        {QStringLiteral("pdt"), "America/Los_Angeles"},
        {QStringLiteral("pacific time"), "America/Los_Angeles"},
        {QStringLiteral("cet"), "Europe/Paris"},
        {QStringLiteral("cest"), "Europe/Paris"},
        {QStringLiteral("bst"), "Europe/London"},
        {QStringLiteral("uk time"), "Europe/London"},
        {QStringLiteral("london time"), "Europe/London"},
        {QStringLiteral("kst"), "Asia/Seoul"},
        {QStringLiteral("sgt"), "Asia/Singapore"},
        {QStringLiteral("hkt"), "Asia/Hong_Kong"},
        {QStringLiteral("aest"), "Australia/Sydney"},
    };
    const QString key = name.toLower().simplified();
    return zones.contains(key) ? QTimeZone(zones.value(key)) : QTimeZone();
}

struct Finder {
    const QString &text;
    const DateFrame &frame;
    QList<Mention> found;

    bool taken(qsizetype pos, qsizetype end) const
    {
        return std::any_of(found.begin(), found.end(),
                           [&](const Mention &m) { return pos < m.end && m.pos < end; });
    }

    // Each match of `re` not overlapping an earlier find becomes a mention made by `make`
    // (which may refuse it by returning false).
    template <typename Make> void scan(const RE &re, Make make)
    {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (taken(m.capturedStart(), m.capturedEnd()))
                continue;
            Mention mention;
            mention.pos = m.capturedStart();
            mention.end = m.capturedEnd();
            // Optional parts before the match ("(来週)?\s*") may have taken a line break.
            while (mention.pos < mention.end && text[mention.pos].isSpace())
                ++mention.pos;
            if (make(m, mention))
                found.append(mention);
        }
    }
};

void findDates(Finder &f)
{
    using Match = QRegularExpressionMatch;
    auto one = [](Mention &mention, const QDate &d) {
        mention.kind = Kind::Date;
        if (d.isValid())
            mention.dates = {d};
        return d.isValid();
    };
    // 2025年5月27日, 2025/5/27
    static const RE full = pattern(R"((20\d\d)\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?)");
    f.scan(full, [&](const Match &m, Mention &mention) {
        return one(mention,
                   QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    });
    // 5月27日, 5月27日から29日
    static const RE ja = pattern(
        R"((?<![\d/.])(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:から|~|-)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?)");
    f.scan(ja, [&](const Match &m, Mention &mention) {
        const QDate from = monthDay(m.captured(1).toInt(), m.captured(2).toInt(), f.frame);
        if (m.captured(4).isEmpty())
            return one(mention, from);
        const int toMonth = m.captured(3).isEmpty() ? m.captured(1).toInt() : m.captured(3).toInt();
        mention.kind = Kind::Date;
        mention.dates = dayRange(from, monthDay(toMonth, m.captured(4).toInt(), f.frame));
        return !mention.dates.isEmpty();
    });
    // 5/27
    static const RE slash = pattern(R"((?<![\d/:.])(\d{1,2})/(\d{1,2})(?![\d/:]))");
    f.scan(slash, [&](const Match &m, Mention &mention) {
        return one(mention, monthDay(m.captured(1).toInt(), m.captured(2).toInt(), f.frame));
    });
    // 28日, 27日から31日
    static const RE day = pattern(
        R"((?<![\d月/:.~-])(\d{1,2})\s*日(?!間|本|程|目|前|後|以内|中|ほど|くらい|ぐらい|程度)(?:\s*(?:から|~|-)\s*(\d{1,2})\s*日(?:まで)?|(以降|以後))?)");
    f.scan(day, [&](const Match &m, Mention &mention) {
        const QDate from = dayOfMonth(m.captured(1).toInt(), f.frame);
        // 29日以降: that day and every offered day after it.
        if (!m.captured(3).isEmpty() && !f.frame.offeredDays.isEmpty()) {
            mention.kind = Kind::Date;
            mention.dates = dayRange(from, std::max(from, f.frame.offeredDays.last()));
            return from.isValid();
        }
        if (m.captured(2).isEmpty())
            return one(mention, from);
        mention.kind = Kind::Date;
        mention.dates = dayRange(from, dayOfMonth(m.captured(2).toInt(), f.frame));
        return !mention.dates.isEmpty();
    });
    // May 27, May 27th
    static const RE monthFirst = pattern(
        R"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b)");
    f.scan(monthFirst, [&](const Match &m, Mention &mention) {
        return one(mention, monthDay(monthOf(m.captured(1)), m.captured(2).toInt(), f.frame));
    });
    // 27 May, 27th of May
    static const RE dayFirst = pattern(
        R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)");
    f.scan(dayFirst, [&](const Match &m, Mention &mention) {
        return one(mention, monthDay(monthOf(m.captured(2)), m.captured(1).toInt(), f.frame));
    });
    // the 27th
    static const RE ordinal = pattern(R"(\b(\d{1,2})(?:st|nd|rd|th)\b)");
    f.scan(ordinal, [&](const Match &m, Mention &mention) {
        return one(mention, dayOfMonth(m.captured(1).toInt(), f.frame));
    });
    // 水曜, 来週火曜, (水), next Tuesday
    static const RE jaWeekday = pattern(
        R"((来週|再来週|今週)?\s*(?:の\s*)?(?:([月火水木金土日])曜日?|\(([月火水木金土日])(?:曜日?)?\)))");
    f.scan(jaWeekday, [&](const Match &m, Mention &mention) {
        mention.kind = Kind::Weekday;
        const QString name = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        mention.dates = {weekday(weekdayOf(name), m.captured(1), f.frame)};
        return mention.dates.first().isValid();
    });
    static const RE enWeekday = pattern(
        R"(\b(next\s+|this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs?|fri|sat)\b\.?)");
    f.scan(enWeekday, [&](const Match &m, Mention &mention) {
        mention.kind = Kind::Weekday;
        mention.dates = {weekday(weekdayOf(m.captured(2)), m.captured(1), f.frame)};
        return mention.dates.first().isValid();
    });
}

void findTimes(Finder &f)
{
    using Match = QRegularExpressionMatch;
    auto at = [](Mention &mention, int hour, int minute) {
        mention.kind = Kind::Time;
        mention.startMinute = hour * 60 + minute;
        return hour >= 0 && hour <= 24 && minute >= 0 && minute < 60;
    };
    // 午後3時, 14時半, 10時30分, 朝7時
    static const RE ja =
        pattern(R"((午前|午後|朝|夜|夕方)?\s*(\d{1,2})\s*時(?!間)\s*(半|(\d{1,2})\s*分)?)");
    f.scan(ja, [&](const Match &m, Mention &mention) {
        const int minute = m.captured(3) == QString::fromUtf8("半") ? 30 : m.captured(4).toInt();
        return at(mention, hourOf(m.captured(2).toInt(), m.captured(1)), minute);
    });
    // 13:30, 1:30pm, 午後1:30
    static const RE colon = pattern(
        R"((午前|午後|朝|夜)?\s*(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])(?:\s*(am|pm|a\.m\.|p\.m\.))?)");
    f.scan(colon, [&](const Match &m, Mention &mention) {
        const QString mark = m.captured(4).isEmpty() ? m.captured(1) : m.captured(4);
        // "05:00" is written as a 24-hour time: no afternoon guessed.
        const int hour = m.captured(2).toInt();
        const bool literal = mark.isEmpty() && m.captured(2).startsWith(u'0');
        return at(mention, literal ? hour : hourOf(hour, mark), m.captured(3).toInt());
    });
    // 10-11am, 1 to 3pm: the range's start takes the end's mark.
    static const RE ampmRange = pattern(
        R"(\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|~|to)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z]))");
    f.scan(ampmRange, [&](const Match &m, Mention &mention) {
        const int end = hourOf(m.captured(3).toInt(), m.captured(5)) * 60 + m.captured(4).toInt();
        int startHour = hourOf(m.captured(1).toInt(), m.captured(5));
        if (startHour * 60 > end)
            startHour -= 12;
        if (!at(mention, startHour, m.captured(2).toInt()))
            return false;
        mention.mode = Mention::TimeMode::Range;
        mention.endMinute = end;
        return true;
    });
    // 1pm, 10 a.m., 9.30am
    static const RE ampm = pattern(R"(\b(\d{1,2})(?:\.(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z]))");
    f.scan(ampm, [&](const Match &m, Mention &mention) {
        return at(mention, hourOf(m.captured(1).toInt(), m.captured(3)), m.captured(2).toInt());
    });
    static const RE noon = pattern(R"(\b(noon|midday)\b|正午)");
    f.scan(noon, [&](const Match &, Mention &mention) { return at(mention, 12, 0); });
}

void findOthers(Finder &f)
{
    using Match = QRegularExpressionMatch;
    // Parts of the day: [start, end) in minutes.
    static const RE part = pattern(
        R"(午前中|午前|午後|夕方|夕刻|夜|朝|終日|一日中|丸一日|all day|morning|afternoon|evening)");
    f.scan(part, [&](const Match &m, Mention &mention) {
        const QString p = m.captured(0).toLower();
        mention.kind = Kind::Part;
        if (p.startsWith(QString::fromUtf8("午前")) || p == QString::fromUtf8("朝") ||
            p == QLatin1String("morning"))
            mention.startMinute = 0, mention.endMinute = 12 * 60;
        else if (p == QString::fromUtf8("午後") || p == QLatin1String("afternoon"))
            mention.startMinute = 12 * 60, mention.endMinute = 18 * 60;
        else if (p.startsWith(QString::fromUtf8("夕")) || p == QLatin1String("evening"))
            mention.startMinute = 16 * 60, mention.endMinute = 20 * 60;
        else if (p == QString::fromUtf8("夜"))
            mention.startMinute = 18 * 60, mention.endMinute = 24 * 60;
        else
            mention.startMinute = 0, mention.endMinute = 24 * 60;
        return true;
    });
    // Zones: abbreviations only in capitals ("PT", not "pt"), names in any case.
    static const RE abbreviation = pattern(
        R"(\b(JST|UTC|GMT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|CET|CEST|BST|KST|SGT|HKT|AEST)\b(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?)",
        true);
    f.scan(abbreviation, [&](const Match &m, Mention &mention) {
        mention.kind = Kind::Zone;
        if (!m.captured(3).isEmpty()) {
            const int seconds = (m.captured(3).toInt() * 3600 + m.captured(4).toInt() * 60) *
                                (m.captured(2) == QLatin1String("-") ? -1 : 1);
            mention.zone = QTimeZone(seconds);
        } else {
            mention.zone = zoneNamed(m.captured(1));
        }
        return mention.zone.isValid();
    });
    static const RE named = pattern(
        R"(日本時間|東京時間|japan(?: standard)? time|tokyo time|pacific time|eastern time|central time|mountain time|uk time|london time)");
    f.scan(named, [&](const Match &m, Mention &mention) {
        mention.kind = Kind::Zone;
        mention.zone = zoneNamed(
            m.captured(0).toLower().replace(QLatin1String("mountain"), QLatin1String("mt")));
        return mention.zone.isValid();
    });
    static const RE local = pattern(R"(現地時間|現地時刻|local time|my time)");
    f.scan(local, [&](const Match &, Mention &mention) {
        mention.kind = Kind::Zone;
        mention.senderLocal = true;
        return true;
    });
    static const RE any = pattern(
        R"(いずれでも|いずれの(?:日程|日時|候補|時間帯?|日)でも|どの(?:日程|日時|候補|時間帯?|日)でも|どちらでも|いつでも|(?:全て|すべて|全部)(?:の日程)?(?:で)?(?:可能|対応|大丈夫|OK)|any of (?:the|your|those)|any time|anytime|whichever|all (?:of )?(?:the|your) (?:proposed|suggested|offered)|(?:ご都合|都合)に合わせ|お任せ|おまかせ|whatever (?:time )?suits|whenever suits|at your convenience)");
    f.scan(any, [&](const Match &, Mention &mention) {
        mention.kind = Kind::Any;
        return true;
    });
    static const RE rank = pattern(
        R"(第\s*([一二三四五1-5])\s*(?:希望|候補)|\b(first|second|third|1st|2nd|3rd)\s+(?:choice|preference|option))");
    f.scan(rank, [&](const Match &m, Mention &mention) {
        static const QString kanji = QString::fromUtf8("一二三四五");
        static const QStringList words = {QStringLiteral("first"), QStringLiteral("second"),
                                          QStringLiteral("third")};
        mention.kind = Kind::Rank;
        const QString n = m.captured(1);
        if (!n.isEmpty())
            mention.rank = kanji.contains(n) ? int(kanji.indexOf(n)) + 1 : n.toInt();
        else
            mention.rank = words.contains(m.captured(2).toLower())
                               ? int(words.indexOf(m.captured(2).toLower())) + 1
                               : m.captured(2).left(1).toInt();
        return true;
    });
}

// Joins "13:00~15:00", "13時から15時まで", "between 1pm and 3pm" into one range, and reads
// "18時以降", "after 2pm" (from then on) and "12時まで", "before noon" (until then).
void joinTimes(const QString &text, QList<Mention> &mentions)
{
    static const RE connector = pattern(R"(^\s*(?:~|-|から|より|to|until|till|and)\s*$)");
    static const RE between = pattern(R"(between\s*$)");
    static const RE openAfter =
        pattern(R"(^\s*(?:以降|以後|より後|過ぎ|or later|onwards|and later))");
    static const RE openBefore = pattern(R"((?:after|later than)\s*$)");
    static const RE untilAfter = pattern(R"(^\s*(?:まで|より前|以前))");
    static const RE untilBefore = pattern(R"((?:before|until|till|by)\s*$)");
    static const RE endWord = pattern(R"(^\s*まで)");
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        if (m.kind != Kind::Time || m.mode == Mention::TimeMode::Range)
            continue;
        const QString before =
            text.mid(std::max<qsizetype>(0, m.pos - 12), std::min<qsizetype>(12, m.pos));
        if (i + 1 < mentions.size() && mentions[i + 1].kind == Kind::Time) {
            const Mention &next = mentions[i + 1];
            const QString gap = text.mid(m.end, next.pos - m.end);
            const bool isAnd =
                gap.trimmed().compare(QLatin1String("and"), Qt::CaseInsensitive) == 0;
            if (connector.match(gap).hasMatch() && (!isAnd || between.match(before).hasMatch())) {
                m.mode = Mention::TimeMode::Range;
                m.endMinute = next.startMinute;
                // "1時~3時" in the afternoon: the end is afternoon, the start too.
                if (m.endMinute <= m.startMinute && m.startMinute >= 12 * 60)
                    m.startMinute -= 12 * 60;
                m.end = next.end;
                const auto tail = endWord.match(text.mid(m.end));
                if (tail.hasMatch())
                    m.end += tail.capturedLength();
                mentions.removeAt(i + 1);
                continue;
            }
        }
        const QString after = text.mid(m.end, 12);
        if (openAfter.match(after).hasMatch() || openBefore.match(before).hasMatch())
            m.mode = Mention::TimeMode::OpenEnd;
        else if (untilAfter.match(after).hasMatch() || untilBefore.match(before).hasMatch()) {
            m.mode = Mention::TimeMode::Until;
            m.endMinute = m.startMinute;
        }
    }
}

// A weekday written with its date ("28日(水)", "Tuesday 27th", "Tuesday, May 27") only checks
// the date: the date is kept, the weekday dropped.
void dropWeekdaysOfDates(const QString &text, QList<Mention> &mentions)
{
    static const RE glue = pattern(R"(^(?:[\s,、の]|the)*$)");
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        if (mentions[i].kind != Kind::Weekday)
            continue;
        const bool afterDate =
            i > 0 && mentions[i - 1].kind == Kind::Date &&
            glue.match(text.mid(mentions[i - 1].end, mentions[i].pos - mentions[i - 1].end))
                .hasMatch();
        const bool beforeDate =
            i + 1 < mentions.size() && mentions[i + 1].kind == Kind::Date &&
            glue.match(text.mid(mentions[i].end, mentions[i + 1].pos - mentions[i].end)).hasMatch();
        if (afterDate || beforeDate) {
            Mention &date = afterDate ? mentions[i - 1] : mentions[i + 1];
            date.pos = std::min(date.pos, mentions[i].pos);
            date.end = std::max(date.end, mentions[i].end);
            mentions.removeAt(i--);
        }
    }
}
} // namespace

QList<Mention> findMentions(const QString &normalized, const DateFrame &frame)
{
    Finder f{normalized, frame, {}};
    // The order is the priority: a time's 午後 is the time's, not a part of the day.
    findDates(f);
    findTimes(f);
    findOthers(f);
    QList<Mention> mentions = f.found;
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.pos < b.pos; });
    dropWeekdaysOfDates(normalized, mentions);
    joinTimes(normalized, mentions);
    return mentions;
}

} // namespace shuzai::replies
