// SubRip (.srt) and YouTube's .sbv: a timing line, the text lines under it, a blank line.
// SRT as real files have it: the counter missing or stuck to the previous cue's text (no blank
// line between cues), "." for ",", one-digit hours, spaces around the arrow, position hints
// after the end time.
#include "lineparser.h"

#include <QRegularExpression>

namespace shuzai::transcriptparsing {

namespace {

bool isCounter(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 9)
        return false;
    for (QChar c : line) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// h:mm:ss,mmm with one to three hour digits, "." or "," before one to three fraction digits.
qint64 parseClock(QStringView s)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})$)"));
    const auto m = pattern.match(s.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 minutes = m.capturedView(2).toLongLong();
    const qint64 seconds = m.capturedView(3).toLongLong();
    if (minutes > 59 || seconds > 59)
        return -1;
    QString fraction = m.captured(4);
    while (fraction.size() < 3)
        fraction.append(u'0');
    return ((m.capturedView(1).toLongLong() * 60 + minutes) * 60 + seconds) * 1000 +
           fraction.toLongLong();
}

enum class Timing { None, Valid, Invalid };

// The format's timing line: whether the line is meant as one, and its times.
using TimingReader = Timing (*)(QStringView line, qint64 &start, qint64 &end);

Timing srtTiming(QStringView line, qint64 &start, qint64 &end)
{
    const qsizetype arrow = line.indexOf(QLatin1String("-->"));
    if (arrow < 0)
        return Timing::None;
    QStringView endText = line.sliced(arrow + 3).trimmed();
    const qsizetype space = endText.indexOf(u' ');
    if (space >= 0)
        endText = endText.first(space); // position hints (X1:...) follow
    start = parseClock(line.first(arrow));
    end = parseClock(endText);
    return start >= 0 && end >= start ? Timing::Valid : Timing::Invalid;
}

Timing sbvTiming(QStringView line, qint64 &start, qint64 &end)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\s*\d+:\d+:\d+\.\d+\s*,)"));
    if (!shape.match(line).hasMatch())
        return Timing::None;
    const qsizetype comma = line.indexOf(u',');
    start = parseClock(line.first(comma));
    end = parseClock(line.sliced(comma + 1));
    return start >= 0 && end >= start ? Timing::Valid : Timing::Invalid;
}

class TimedBlockParser final : public LineParser {
public:
    TimedBlockParser(SegmentBuilder &out, TimingReader timing, const char *notThisFormat)
        : m_out(out)
        , m_timing(timing)
        , m_notThisFormat(notThisFormat)
    {
    }

    void line(QStringView text, int number) override
    {
        qint64 start = -1, end = -1;
        const Timing timing = m_timing(text, start, end);
        if (timing != Timing::None) {
            startCue(text, number, timing == Timing::Valid, start, end);
            return;
        }
        if (text.trimmed().isEmpty()) {
            closeCue();
            flushStray();
            return;
        }
        if (m_inCue) {
            if (!m_cue.text.isEmpty())
                m_cue.text += u'\n';
            m_cue.text += text;
            m_cue.lastLine = number;
            m_lastTextLine = number;
        } else {
            if (m_strayFirst == 0)
                m_strayFirst = number;
            m_strayLast = number;
            m_strayText.append(text.toString());
        }
    }

    std::optional<Error> finish() override
    {
        closeCue();
        flushStray();
        if (m_valid == 0 && m_firstProblem > 0) {
            return Error(ErrorCode::InvalidInput, m_notThisFormat,
                         {QString::number(m_firstProblem)}, QStringLiteral("file"));
        }
        return std::nullopt;
    }

private:
    void startCue(QStringView text, int number, bool valid, qint64 start, qint64 end)
    {
        int first = number;
        // The counter: the line before, whether after a blank line or stuck to the last cue.
        if (!m_inCue && m_strayFirst > 0 && m_strayLast == number - 1 &&
            isCounter(m_strayText.constLast())) {
            first = m_strayLast;
            m_strayText.removeLast();
            m_strayLast = m_strayText.isEmpty() ? 0 : number - 2;
            if (m_strayText.isEmpty())
                m_strayFirst = 0;
        } else if (m_inCue && m_lastTextLine == number - 1) {
            const qsizetype cut = m_cue.text.lastIndexOf(u'\n');
            const QStringView lastLine = QStringView(m_cue.text).sliced(cut + 1);
            if (isCounter(lastLine)) {
                first = number - 1;
                m_cue.text.truncate(cut < 0 ? 0 : cut);
                m_cue.lastLine = number - 2;
            }
        }
        closeCue();
        flushStray();
        m_inCue = true;
        m_cueValid = valid;
        m_cue = RawCue{QString(), start, end, first, number, number, text.toString()};
        if (valid)
            ++m_valid;
        else if (m_firstProblem == 0)
            m_firstProblem = number;
    }

    void closeCue()
    {
        if (!m_inCue)
            return;
        m_inCue = false;
        if (m_cueValid) {
            m_out.cue(m_cue);
        } else {
            m_out.skip(m_cue.timingLine, kTimingExpected, m_cue.timingText, m_cue.firstLine,
                       m_cue.lastLine);
        }
    }

    void flushStray()
    {
        if (m_strayFirst == 0)
            return;
        if (m_firstProblem == 0)
            m_firstProblem = m_strayFirst;
        m_out.skip(m_strayFirst, QT_TRANSLATE_NOOP("Transcript", "Text without a cue timing line"),
                   m_strayText.constFirst(), m_strayFirst, m_strayLast);
        m_strayFirst = m_strayLast = 0;
        m_strayText.clear();
    }

    SegmentBuilder &m_out;
    TimingReader m_timing;
    const char *m_notThisFormat;
    bool m_inCue = false;
    bool m_cueValid = false;
    RawCue m_cue;
    int m_lastTextLine = 0;
    int m_strayFirst = 0, m_strayLast = 0;
    QStringList m_strayText;
    qint64 m_valid = 0;
    int m_firstProblem = 0;
};

} // namespace

std::unique_ptr<LineParser> makeSrtParser(SegmentBuilder &out)
{
    return std::make_unique<TimedBlockParser>(
        out, srtTiming,
        QT_TRANSLATE_NOOP("Error", "This is not an SRT subtitle file: no cue has a valid timing "
                                   "line like 00:00:01,000 --> 00:00:04,000 (first problem at "
                                   "line %1)."));
}

std::unique_ptr<LineParser> makeSbvParser(SegmentBuilder &out)
{
    return std::make_unique<TimedBlockParser>(
        out, sbvTiming,
        QT_TRANSLATE_NOOP("Error", "This is not a YouTube .sbv caption file: no cue has a valid "
                                   "timing line like 0:00:01.000,0:00:04.000 (first problem at "
                                   "line %1)."));
}

} // namespace shuzai::transcriptparsing
