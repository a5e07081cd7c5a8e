// WebVTT as the W3C spec parses it (https://www.w3.org/TR/webvtt1/#file-parsing), line by line,
// plus the speaker conventions of Zoom ("Name: text" cues) and Teams (<v Name> voice spans).
// The spec's "collect a WebVTT block" decides everything at line boundaries, so it is followed
// here step by step; its test files (web-platform-tests) are checked in the suite.
#include "lineparser.h"

#include <QStringList>

namespace shuzai::transcriptparsing {

namespace {

bool isAsciiWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

bool startsWithKeyword(QStringView line, QLatin1String keyword)
{
    if (!line.startsWith(keyword))
        return false;
    for (qsizetype i = keyword.size(); i < line.size(); ++i) {
        if (!isAsciiWhitespace(line[i]))
            return i == keyword.size() ? false : true;
    }
    return true;
}

// "Collect a WebVTT timestamp": [hours:]mm:ss.ttt, hours any number of digits (beyond a million
// hours a time is garbage and would overflow), minutes and seconds two digits up to 59, three
// fraction digits.
bool collectTimestamp(QStringView s, qsizetype &pos, qint64 &ms)
{
    auto digits = [&](qint64 &value, qsizetype &count) {
        value = 0;
        count = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (value < 100'000'000)
                value = value * 10 + (s[pos].unicode() - u'0');
            ++pos;
            ++count;
        }
    };
    qint64 v1 = 0, v2 = 0, v3 = 0, v4 = 0;
    qsizetype n = 0;
    digits(v1, n);
    if (n == 0)
        return false;
    const bool hours = n != 2 || v1 > 59;
    if (pos >= s.size() || s[pos] != u':')
        return false;
    ++pos;
    digits(v2, n);
    if (n != 2)
        return false;
    if (hours || (pos < s.size() && s[pos] == u':')) {
        if (pos >= s.size() || s[pos] != u':')
            return false;
        ++pos;
        digits(v3, n);
        if (n != 2)
            return false;
    } else {
        v3 = v2;
        v2 = v1;
        v1 = 0;
    }
    if (pos >= s.size() || s[pos] != u'.')
        return false;
    ++pos;
    digits(v4, n);
    constexpr qint64 kMaxHours = 1'000'000;
    if (n != 3 || v2 > 59 || v3 > 59 || v1 > kMaxHours)
        return false;
    ms = ((v1 * 60 + v2) * 60 + v3) * 1000 + v4;
    return true;
}

// "Collect WebVTT cue timings and settings": the settings after the end time are not needed.
bool parseTimings(QStringView line, qint64 &start, qint64 &end)
{
    qsizetype pos = 0;
    auto skipWhitespace = [&] {
        while (pos < line.size() && isAsciiWhitespace(line[pos]))
            ++pos;
    };
    skipWhitespace();
    if (!collectTimestamp(line, pos, start))
        return false;
    skipWhitespace();
    if (!line.sliced(pos).startsWith(QLatin1String("-->")))
        return false;
    pos += 3;
    skipWhitespace();
    return collectTimestamp(line, pos, end);
}

class WebVttParser final : public LineParser {
public:
    explicit WebVttParser(SegmentBuilder &out)
        : m_out(out)
    {
    }

    void line(QStringView text, int number) override
    {
        m_lastLine = number;
        switch (m_state) {
        case State::Signature:
            if (!signatureOk(text)) {
                m_error = Error(ErrorCode::InvalidInput,
                                QT_TRANSLATE_NOOP("Error", "This is not a WebVTT file: it does "
                                                           "not start with \"WEBVTT\"."),
                                {}, QStringLiteral("file"));
                m_state = State::Failed;
            } else {
                m_state = State::AfterSignature;
            }
            return;
        case State::AfterSignature:
            if (text.isEmpty()) {
                m_state = State::Blocks;
                return;
            }
            m_state = State::Header;
            m_headerFirst = number;
            [[fallthrough]];
        case State::Header:
            if (text.isEmpty() || text.contains(QLatin1String("-->"))) {
                endHeader(number - 1);
                m_state = State::Blocks;
                if (!text.isEmpty())
                    blockLine(text, number);
                return;
            }
            if (m_headerExcerpt.isEmpty())
                m_headerExcerpt = text.left(80).toString();
            return;
        case State::Blocks:
            blockLine(text, number);
            return;
        case State::Failed:
            return;
        }
    }

    std::optional<Error> finish() override
    {
        if (m_state == State::Signature) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "This is not a WebVTT file: it does not "
                                                    "start with \"WEBVTT\"."),
                         {}, QStringLiteral("file"));
        }
        if (m_state == State::Header)
            endHeader(m_lastLine);
        if (m_inBlock)
            endBlock();
        return m_error;
    }

    bool failed() const override { return m_state == State::Failed; }

private:
    enum class State { Signature, AfterSignature, Header, Blocks, Failed };

    // The decoder has taken one byte order mark off already: a second one is not "WEBVTT".
    static bool signatureOk(QStringView text)
    {
        return text.startsWith(QLatin1String("WEBVTT")) &&
               (text.size() == 6 || text[6] == u' ' || text[6] == u'\t');
    }

    void endHeader(int last)
    {
        if (m_headerFirst > 0 && last >= m_headerFirst) {
            m_out.skip(m_headerFirst, QT_TRANSLATE_NOOP("Transcript", "File header (metadata)"),
                       m_headerExcerpt, m_headerFirst, last, false);
        }
        m_headerFirst = 0;
    }

    void blockLine(QStringView text, int number)
    {
        m_lastLine = number;
        if (!m_inBlock) {
            if (text.isEmpty())
                return; // the LFs between blocks
            startBlock(number);
        }
        ++m_lineCount;
        if (text.contains(QLatin1String("-->"))) {
            if (m_lineCount == 1 || (m_lineCount == 2 && !m_seenArrow)) {
                m_seenArrow = true;
                m_timingLine = number;
                m_timingText = text.toString();
                m_cueValid = parseTimings(text, m_start, m_end);
                if (m_cueValid) {
                    m_seenCue = true;
                    m_buffer.clear();
                }
                m_last = number;
                return;
            }
            // Another timing line: this block ends before it and a new one starts with it.
            endBlock();
            blockLine(text, number);
            return;
        }
        if (text.isEmpty()) {
            endBlock();
            return;
        }
        if (m_lineCount == 2 && !m_seenCue && !m_seenArrow &&
            (startsWithKeyword(m_buffer, QLatin1String("STYLE")) ||
             startsWithKeyword(m_buffer, QLatin1String("REGION"))))
            m_styleOrRegion = true;
        if (!m_buffer.isEmpty())
            m_buffer += u'\n';
        m_buffer += text;
        m_last = number;
    }

    void startBlock(int number)
    {
        m_inBlock = true;
        m_first = m_last = number;
        m_lineCount = 0;
        m_seenArrow = m_cueValid = m_styleOrRegion = false;
        m_timingLine = 0;
        m_timingText.clear();
        m_buffer.clear();
    }

    void endBlock()
    {
        m_inBlock = false;
        if (m_cueValid) {
            m_out.cue(
                RawCue{m_buffer, m_start, m_end, m_first, m_timingLine, m_last, m_timingText});
            return;
        }
        const QStringView firstLine = QStringView(m_buffer).first(
            m_buffer.indexOf(u'\n') < 0 ? m_buffer.size() : m_buffer.indexOf(u'\n'));
        if (m_seenArrow) {
            m_out.skip(m_timingLine, kTimingExpected, m_timingText, m_first, m_last);
        } else if (m_styleOrRegion) {
            m_out.skip(m_first, QT_TRANSLATE_NOOP("Transcript", "Style or region definition"),
                       firstLine, m_first, m_last, false);
        } else if (startsWithKeyword(firstLine, QLatin1String("NOTE"))) {
            m_out.skip(m_first, QT_TRANSLATE_NOOP("Transcript", "Comment (NOTE)"), firstLine,
                       m_first, m_last, false);
        } else {
            m_out.skip(m_first, QT_TRANSLATE_NOOP("Transcript", "Text without a cue timing line"),
                       firstLine, m_first, m_last);
        }
    }

    SegmentBuilder &m_out;
    State m_state = State::Signature;
    std::optional<Error> m_error;
    int m_headerFirst = 0;
    QString m_headerExcerpt;
    int m_lastLine = 0;

    bool m_seenCue = false; // in the whole file: STYLE and REGION blocks come before any cue
    bool m_inBlock = false;
    int m_first = 0, m_last = 0, m_lineCount = 0, m_timingLine = 0;
    bool m_seenArrow = false, m_cueValid = false, m_styleOrRegion = false;
    qint64 m_start = -1, m_end = -1;
    QString m_timingText;
    QString m_buffer;
};

} // namespace

const char *const kTimingExpected =
    QT_TRANSLATE_NOOP("Transcript", "A cue timing like 00:00:01.000 --> 00:00:04.000 was expected");

std::unique_ptr<LineParser> makeWebVttParser(SegmentBuilder &out)
{
    return std::make_unique<WebVttParser>(out);
}

} // namespace shuzai::transcriptparsing
