#include "letterscan.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace shuzai::letterscan {

namespace {
QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

QRegularExpression re(const char *pattern)
{
    return re(QString::fromUtf8(pattern));
}

const char *const kMonths = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
                            "july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
                            "dec(?:ember)?)";

int monthNumber(const QString &name)
{
    static const QStringList names{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(names.indexOf(name.left(3).toLower())) + 1;
}

bool plausible(const FoundDate &d)
{
    return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 &&
           (d.year == 0 || (d.year >= 1990 && d.year <= 2200));
}

int toInt(const QString &s)
{
    return s.toInt();
}

// The hour of "2 pm", "12 am".
int withMeridiem(int hour, const QString &meridiem)
{
    const QString m = meridiem.toLower().remove(u'.');
    if (m == QLatin1String("pm") && hour < 12)
        return hour + 12;
    if (m == QLatin1String("am") && hour == 12)
        return 0;
    return hour;
}
} // namespace

QString fold(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = u' ';
        else if (u == 0x301C || u == 0xFF5E || u == 0x223C)
            c = u'~';
        else if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212)
            c = u'-'; // (ー is part of words, never a dash)
    }
    return out;
}

QList<FoundDate> findDates(const QString &folded)
{
    QList<FoundDate> found;
    auto add = [&](const QRegularExpression &p, auto make) {
        for (auto it = p.globalMatch(folded); it.hasNext();) {
            const auto m = it.next();
            FoundDate d = make(m);
            d.start = m.capturedStart(0);
            d.length = m.capturedLength(0);
            if (plausible(d))
                found.append(d);
        }
    };
    static const QRegularExpression reiwa =
        re(R"(令和\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)");
    static const QRegularExpression kanji = re(R"((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)");
    static const QRegularExpression slash =
        re(R"((?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d))");
    static const QRegularExpression monthDay = re(R"((?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日)");
    static const QRegularExpression shortSlash = re(R"((?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/]))");
    static const QRegularExpression dayMonth =
        re((QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+)") + QString::fromLatin1(kMonths) +
            QStringLiteral(R"(\b\.?(?:,?\s+(\d{4}))?)")));
    static const QRegularExpression monthFirst =
        re((QString::fromLatin1(kMonths) +
            QStringLiteral(R"(\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?)")));
    add(reiwa, [](const auto &m) {
        const int n = m.captured(1) == QStringLiteral("元") ? 1 : toInt(m.captured(1));
        return FoundDate{2018 + n, toInt(m.captured(2)), toInt(m.captured(3))};
    });
    add(kanji, [](const auto &m) {
        return FoundDate{toInt(m.captured(1)), toInt(m.captured(2)), toInt(m.captured(3))};
    });
    add(slash, [](const auto &m) {
        return FoundDate{toInt(m.captured(1)), toInt(m.captured(2)), toInt(m.captured(3))};
    });
    add(monthDay, [](const auto &m) {
        return FoundDate{0, toInt(m.captured(1)), toInt(m.captured(2))};
    });
    add(shortSlash, [](const auto &m) {
        return FoundDate{0, toInt(m.captured(1)), toInt(m.captured(2))};
    });
    add(dayMonth, [](const auto &m) {
        return FoundDate{toInt(m.captured(3)), monthNumber(m.captured(2)), toInt(m.captured(1))};
    });
    add(monthFirst, [](const auto &m) {
        return FoundDate{toInt(m.captured(3)), monthNumber(m.captured(1)), toInt(m.captured(2))};
    });
    // Earlier first; of two starting together the longer; then drop what overlaps a kept one.
    std::stable_sort(found.begin(), found.end(), [](const FoundDate &a, const FoundDate &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<FoundDate> kept;
    for (const FoundDate &d : std::as_const(found)) {
        if (!kept.isEmpty() && d.start < kept.last().start + kept.last().length)
            continue;
        kept.append(d);
    }
    return kept;
}

std::optional<FoundRange> findDateRange(const QString &folded)
{
    const QList<FoundDate> dates = findDates(folded);
    if (dates.isEmpty())
        return std::nullopt;
    FoundRange range;
    range.start = dates.first();
    const qsizetype afterStart = range.start.start + range.start.length;
    static const QRegularExpression separator = re(R"(^\s*(?:~|-|から|to|until|through)\s*)");
    const auto sep = separator.match(folded.mid(afterStart));
    if (!sep.hasMatch()) {
        range.end = range.start;
        range.length = range.start.length;
        return range;
    }
    const qsizetype endFrom = afterStart + sep.capturedLength(0);
    if (dates.size() > 1 && dates[1].start == endFrom) {
        range.end = dates[1];
    } else {
        static const QRegularExpression bareDay = re(R"(^(\d{1,2})(?!\d)\s*日?(?:,?\s+(\d{4}))?)");
        const auto m = bareDay.match(folded.mid(endFrom));
        if (!m.hasMatch())
            return std::nullopt;
        range.end = FoundDate{m.captured(2).toInt(), 0, m.captured(1).toInt(), endFrom,
                              m.capturedLength(0)};
    }
    if (range.end.month == 0)
        range.end.month = range.start.month;
    if (range.end.year == 0)
        range.end.year = range.start.year;
    if (range.start.year == 0)
        range.start.year = range.end.year;
    range.length = range.end.start + range.end.length - range.start.start;
    return range;
}

QList<FoundTimeRange> findTimeRanges(const QString &folded)
{
    QList<FoundTimeRange> out;
    // 10:00-12:00, 9:00 am - 12:00 pm, 2pm-4:30pm
    static const QRegularExpression clock = re(
        R"((\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*[-~]\s*(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?)");
    // 14時〜15時, 13時30分~16時, 10時半~12時
    static const QRegularExpression kanji = re(
        R"((\d{1,2})\s*時\s*(?:(\d{1,2})\s*分|(半))?\s*[-~]\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分|(半))?)");
    for (auto it = clock.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const bool colons = !m.captured(2).isEmpty() && !m.captured(5).isEmpty();
        const bool meridiem = !m.captured(3).isEmpty() || !m.captured(6).isEmpty();
        if (!colons && !meridiem)
            continue; // "27-31", a phone number's digits
        const QString endMeridiem = m.captured(6);
        const QString startMeridiem = m.captured(3).isEmpty() ? endMeridiem : m.captured(3);
        const QTime start(withMeridiem(m.captured(1).toInt(), startMeridiem),
                          m.captured(2).toInt());
        const QTime end(withMeridiem(m.captured(4).toInt(), endMeridiem), m.captured(5).toInt());
        if (start.isValid() && end.isValid() && start < end)
            out.append({start, end, m.capturedStart(0), m.capturedLength(0)});
    }
    for (auto it = kanji.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QTime start(m.captured(1).toInt(),
                          m.captured(3).isEmpty() ? m.captured(2).toInt() : 30);
        const QTime end(m.captured(4).toInt(),
                        m.captured(6).isEmpty() ? m.captured(5).toInt() : 30);
        if (start.isValid() && end.isValid() && start < end)
            out.append({start, end, m.capturedStart(0), m.capturedLength(0)});
    }
    std::sort(out.begin(), out.end(), [](const FoundTimeRange &a, const FoundTimeRange &b) {
        return a.position < b.position;
    });
    return out;
}

std::optional<FoundMinutes> findMinutes(const QString &folded)
{
    static const QRegularExpression minutes = re(R"((\d{1,3})\s*(?:分|-?\s*min(?:ute)?s?\b))");
    static const QRegularExpression hours =
        re(R"((\d{1,2}(?:\.\d)?)\s*(?:時間|-?\s*hours?\b|-?\s*hrs?\b))");
    static const QRegularExpression anHour = re(R"(\b(an|one)\s+hour\b)");
    if (const auto m = minutes.match(folded); m.hasMatch())
        return FoundMinutes{m.captured(1).toInt(), m.capturedStart(0), m.capturedLength(0), true};
    if (const auto m = hours.match(folded); m.hasMatch()) {
        return FoundMinutes{int(m.captured(1).toDouble() * 60), m.capturedStart(0),
                            m.capturedLength(0), false};
    }
    if (const auto m = anHour.match(folded); m.hasMatch())
        return FoundMinutes{60, m.capturedStart(0), m.capturedLength(0), false};
    return std::nullopt;
}

QString plainLine(const QString &line)
{
    QString s = line;
    s.remove(QStringLiteral("**"));
    s.remove(QStringLiteral("__"));
    s = s.trimmed();
    static const QRegularExpression lead = re(R"(^(?:#{1,6}\s*|[-*+・•●○◆◇■□▼▽►]\s*)+)");
    s.remove(lead);
    s = s.trimmed();
    if (s.startsWith(u'【') && s.endsWith(u'】') && s.count(u'【') == 1)
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

std::optional<QString> labelled(const QString &line, const QString &labels)
{
    const QString plain = plainLine(line);
    const QRegularExpression p(
        QStringLiteral("^(?:%1)\\.?\\s*(?:[:：\\t]|】)\\s*(.*)$").arg(labels),
        QRegularExpression::CaseInsensitiveOption);
    const QString bracketed = plain.startsWith(u'【') ? plain.mid(1) : plain;
    const auto m = p.match(bracketed);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

namespace {
const QRegularExpression &unfilledPattern()
{
    // [編集長名] (not a Markdown link or check box), ○○, runs of X (03-XXXX-XXXX), ＿＿ / __.
    static const QRegularExpression p(QString::fromUtf8(
        R"(\[[^\[\]\n]{2,40}\](?!\()|[○〇◯]{2,}[-‐ー○〇◯\d]*|[0-9+()\- ]*[XxＸｘ×]{3,}[-XxＸｘ× 0-9]*|[＿_]{3,})"));
    return p;
}
} // namespace

bool looksUnfilled(const QString &text)
{
    return unfilledPattern().match(text).hasMatch();
}

QStringList unfilledParts(const QString &line)
{
    QStringList out;
    for (auto it = unfilledPattern().globalMatch(line); it.hasNext();) {
        const QString part = it.next().captured(0).trimmed();
        if (part.startsWith(u'[') && part.mid(1, part.size() - 2).trimmed().size() <= 1)
            continue; // [ ] / [x]
        out.append(part);
    }
    return out;
}

int cjkCount(const QString &text)
{
    int n = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF))
            ++n;
    }
    return n;
}

} // namespace shuzai::letterscan
