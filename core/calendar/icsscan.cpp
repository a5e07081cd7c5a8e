#include "icsscan.h"

#include "icslines.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cstring>
#include <libical/ical.h>
#include <limits>

namespace shuzai::ical {

QString lineOf(const QString &sourceName, int line)
{
    //: Where in a file an error is: "busy.ics, line 12"
    return QCoreApplication::translate("Error", "%1, line %2").arg(sourceName).arg(line);
}

namespace {

// One content line after unfolding: NAME;PARAM=VALUE:value.
struct ContentLine {
    int line = 0;
    QByteArray name; // upper case
    QHash<QByteArray, QByteArray> params;
    QByteArray value;
};

ContentLine split(const QByteArray &text, int line)
{
    ContentLine out;
    out.line = line;
    qsizetype i = 0;
    while (i < text.size() && text.at(i) != ';' && text.at(i) != ':')
        ++i;
    out.name = text.left(i).trimmed().toUpper();
    while (i < text.size() && text.at(i) == ';') {
        const qsizetype eq = text.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray key = text.mid(i + 1, eq - i - 1).trimmed().toUpper();
        qsizetype j = eq + 1;
        QByteArray value;
        while (j < text.size() && text.at(j) != ';' && text.at(j) != ':') {
            if (text.at(j) == '"') {
                const qsizetype close = text.indexOf('"', j + 1);
                const qsizetype stop = close < 0 ? text.size() : close;
                value += text.mid(j + 1, stop - j - 1);
                j = stop + 1;
            } else {
                value += text.at(j++);
            }
        }
        out.params.insert(key, value);
        i = j;
    }
    out.value = i < text.size() ? text.mid(i + 1).trimmed() : QByteArray();
    return out;
}

bool digits(const QByteArray &v, qsizetype from, qsizetype count)
{
    if (from + count > v.size())
        return false;
    for (qsizetype i = from; i < from + count; ++i) {
        if (v.at(i) < '0' || v.at(i) > '9')
            return false;
    }
    return true;
}

int number(const QByteArray &v, qsizetype from, qsizetype count)
{
    return v.mid(from, count).toInt();
}

bool isDate(const QByteArray &v)
{
    return v.size() == 8 && digits(v, 0, 8) &&
           QDate(number(v, 0, 4), number(v, 4, 2), number(v, 6, 2)).isValid();
}

bool isDateTime(const QByteArray &v)
{
    const bool utc = v.size() == 16 && v.at(15) == 'Z';
    if ((v.size() != 15 && !utc) || v.at(8) != 'T' || !isDate(v.left(8)) || !digits(v, 9, 6))
        return false;
    return number(v, 9, 2) < 24 && number(v, 11, 2) < 60 && number(v, 13, 2) <= 60;
}

bool isDateOrTime(const QByteArray &v, const QByteArray &valueType)
{
    if (valueType == "DATE")
        return isDate(v);
    if (valueType == "DATE-TIME")
        return isDateTime(v);
    return isDate(v) || isDateTime(v);
}

bool isDuration(const QByteArray &v)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[+-]?P(\\d+W|(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?)$"));
    return v.size() > 1 && !v.endsWith('P') && !v.endsWith('T') &&
           pattern.match(QString::fromLatin1(v)).hasMatch();
}

// Whether a duration (already well-formed) fits the seconds libical counts it in: an int.
bool isCountable(const QByteArray &v)
{
    qint64 seconds = 0, number = 0;
    for (const char c : v) {
        if (c >= '0' && c <= '9') {
            number = number * 10 + (c - '0');
            if (number > std::numeric_limits<int>::max())
                return false;
            continue;
        }
        const qint64 unit = c == 'W'   ? 7 * 86400
                            : c == 'D' ? 86400
                            : c == 'H' ? 3600
                            : c == 'M' ? 60
                            : c == 'S' ? 1
                                       : 0;
        seconds += number * unit;
        number = 0;
        if (seconds > std::numeric_limits<int>::max())
            return false;
    }
    return true;
}

bool isPeriod(const QByteArray &v)
{
    const qsizetype slash = v.indexOf('/');
    if (slash < 0)
        return false;
    const QByteArray end = v.mid(slash + 1);
    return isDateTime(v.left(slash)) && (isDateTime(end) || isDuration(end));
}

bool isOffset(const QByteArray &v)
{
    return (v.size() == 5 || v.size() == 7) && (v.at(0) == '+' || v.at(0) == '-') &&
           digits(v, 1, v.size() - 1) && number(v, 1, 2) < 24 && number(v, 3, 2) < 60 &&
           (v.size() == 5 || number(v, 5, 2) < 60);
}

Error problem(const char *text, const ContentLine &p, const QString &source,
              const QByteArray &value = {})
{
    return Error(ErrorCode::InvalidInput, text,
                 {QString::fromLatin1(p.name), QString::fromUtf8(value.isNull() ? p.value : value)},
                 QStringLiteral("file"))
        .at(lineOf(source, p.line));
}

const char *const kNotDateTime = QT_TRANSLATE_NOOP("Error", "%1 \"%2\" is not a date or time.");

std::optional<Error> checkList(const ContentLine &p, const QString &source, bool periods)
{
    const QByteArray type = p.params.value("VALUE").toUpper();
    for (const QByteArray &v : p.value.split(',')) {
        if (periods && (type == "PERIOD" || v.contains('/'))) {
            if (!isPeriod(v)) {
                return problem(QT_TRANSLATE_NOOP("Error", "%1 \"%2\" is not a period of time "
                                                          "(a start and an end or a length)."),
                               p, source, v);
            }
        } else if (!isDateOrTime(v, type)) {
            return problem(kNotDateTime, p, source, v);
        }
    }
    return std::nullopt;
}

std::optional<Error> checkRule(const ContentLine &p, const QString &source)
{
    static const QSet<QByteArray> kFrequencies{"SECONDLY", "MINUTELY", "HOURLY", "DAILY",
                                               "WEEKLY",   "MONTHLY",  "YEARLY"};
    bool hasFrequency = false;
    for (const QByteArray &part : p.value.split(';')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = part.left(eq < 0 ? part.size() : eq).toUpper();
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        if (key == "UNTIL" && !isDate(value) && !isDateTime(value)) {
            return problem(QT_TRANSLATE_NOOP("Error", "%1 UNTIL \"%2\" is not a date or time."), p,
                           source, value);
        }
        if (key == "FREQ")
            hasFrequency = kFrequencies.contains(value.toUpper());
        if ((key == "COUNT" || key == "INTERVAL") && !digits(value, 0, qMax(value.size(), 1)))
            hasFrequency = false;
    }
    if (hasFrequency) {
        const icalrecurrencetype rule = icalrecurrencetype_from_string(p.value.constData());
        icalerror_clear_errno();
        hasFrequency = rule.freq != ICAL_NO_RECURRENCE;
    }
    if (!hasFrequency)
        return problem(QT_TRANSLATE_NOOP("Error", "%1 \"%2\" is not a repetition rule."), p,
                       source);
    return std::nullopt;
}

// The checks of one property, by the component it is in.
std::optional<Error> checkProperty(const QByteArray &component, const ContentLine &p,
                                   const QString &source)
{
    const QByteArray &n = p.name;
    const bool event = component == "VEVENT";
    const bool zone = component == "STANDARD" || component == "DAYLIGHT";
    if (!event && !zone && component != "VFREEBUSY")
        return std::nullopt;
    if (n == "DTSTART" || ((event || component == "VFREEBUSY") && n == "DTEND") ||
        (event && (n == "RECURRENCE-ID" || n == "EXDATE"))) {
        return checkList(p, source, false);
    }
    if ((event || zone) && n == "RDATE")
        return checkList(p, source, true);
    if (component == "VFREEBUSY" && n == "FREEBUSY")
        return checkList(p, source, true);
    if (event && n == "DURATION" && !isDuration(p.value)) {
        return problem(QT_TRANSLATE_NOOP("Error", "%1 \"%2\" is not a length of time (such as "
                                                  "PT1H)."),
                       p, source);
    }
    if (event && n == "DURATION" && !isCountable(p.value)) {
        return problem(QT_TRANSLATE_NOOP("Error", "%1 \"%2\" is longer than a calendar can hold "
                                                  "(68 years)."),
                       p, source);
    }
    if ((event || zone) && n == "RRULE")
        return checkRule(p, source);
    if (zone && (n == "TZOFFSETFROM" || n == "TZOFFSETTO") && !isOffset(p.value)) {
        return problem(QT_TRANSLATE_NOOP("Error", "%1 \"%2\" is not a UTC offset (such as +0900)."),
                       p, source);
    }
    return std::nullopt;
}

// Walks the components and their properties.
class Scanner {
public:
    Scanner(const QString &source, bool (*knownZone)(const QByteArray &))
        : m_source(source)
        , m_knownZone(knownZone)
    {
    }

    std::optional<Error> take(const QByteArray &text, int line)
    {
        const ContentLine p = split(text, line);
        if (p.name == "BEGIN") {
            const QByteArray kind = p.value.toUpper();
            if (kind == "VEVENT" && !m_stack.isEmpty() && m_stack.last() == "VCALENDAR")
                m_outline.eventLines.append(line);
            m_stack.append(kind);
            m_starts.append(line);
            m_hasStart.append(false);
            return std::nullopt;
        }
        if (p.name == "END") {
            if (m_stack.isEmpty())
                return std::nullopt;
            const bool eventWithoutStart = m_stack.last() == "VEVENT" && !m_hasStart.last();
            const int begin = m_starts.last();
            m_stack.removeLast();
            m_starts.removeLast();
            m_hasStart.removeLast();
            if (eventWithoutStart) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "This event has no start time (DTSTART)."),
                             {}, QStringLiteral("file"))
                    .at(lineOf(m_source, begin));
            }
            return std::nullopt;
        }
        if (m_stack.isEmpty())
            return std::nullopt;
        const QByteArray &component = m_stack.last();
        if (p.name == "DTSTART")
            m_hasStart.last() = true;
        if (component == "VTIMEZONE" && p.name == "TZID")
            m_defined.insert(p.value);
        if (auto error = checkProperty(component, p, m_source))
            return error;
        if ((component == "VEVENT" || component == "VFREEBUSY") && p.params.contains("TZID") &&
            !m_zoneUse.contains(p.params.value("TZID")))
            m_zoneUse.insert(p.params.value("TZID"), p);
        return std::nullopt;
    }

    // After the last line: every TZID used is defined in the file or known.
    std::optional<Error> finish() const
    {
        for (auto it = m_zoneUse.cbegin(); it != m_zoneUse.cend(); ++it) {
            if (m_defined.contains(it.key()) || m_knownZone(it.key()))
                continue;
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "%1 is in the time zone \"%2\", which the "
                                                    "file does not define and which is not a "
                                                    "known zone name."),
                         {QString::fromLatin1(it->name), QString::fromUtf8(it.key())},
                         QStringLiteral("file"))
                .at(lineOf(m_source, it->line));
        }
        return std::nullopt;
    }

    Outline outline() const { return m_outline; }

private:
    const QString &m_source;
    bool (*m_knownZone)(const QByteArray &);
    QList<QByteArray> m_stack;
    QList<int> m_starts;
    QList<bool> m_hasStart;
    QSet<QByteArray> m_defined;
    QHash<QByteArray, ContentLine> m_zoneUse; // the first use of each TZID
    Outline m_outline;
};

// Whether a content line is one the scan looks at, by its name: BEGIN, END, TZID and the
// properties checkProperty checks. Every other line is skipped without being copied.
bool isWanted(const char *line, qsizetype length)
{
    static const char *const kNames[] = {
        "BEGIN", "END",    "TZID",          "DTSTART",  "DTEND",        "DURATION",  "RRULE",
        "RDATE", "EXDATE", "RECURRENCE-ID", "FREEBUSY", "TZOFFSETFROM", "TZOFFSETTO"};
    qsizetype n = 0;
    while (n < length && line[n] != ';' && line[n] != ':')
        ++n;
    for (const char *name : kNames) {
        if (qsizetype(std::strlen(name)) == n && qstrnicmp(line, name, size_t(n)) == 0)
            return true;
    }
    return false;
}
} // namespace

Result<Outline> scanEssentials(const QByteArray &text, const QString &sourceName,
                               bool (*knownZone)(const QByteArray &tzid))
{
    Scanner scanner(sourceName, knownZone);
    QByteArray current; // the content line being unfolded, when it is one the scan looks at
    bool wanted = false;
    int currentLine = 0;
    auto error = forEachIcsLine(
        text, [&](int number, QByteArrayView line, bool continuation) -> std::optional<Error> {
            if (continuation) {
                if (wanted)
                    current.append(line);
                return std::nullopt;
            }
            if (wanted) {
                if (auto error = scanner.take(current, currentLine))
                    return error;
            }
            wanted = isWanted(line.data(), line.size());
            current = wanted ? line.toByteArray() : QByteArray();
            currentLine = number;
            return std::nullopt;
        });
    if (error)
        return *error;
    if (wanted) {
        if (auto error = scanner.take(current, currentLine))
            return *error;
    }
    if (auto error = scanner.finish())
        return *error;
    return scanner.outline();
}

} // namespace shuzai::ical
