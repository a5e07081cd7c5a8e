// Plain-text transcripts: segments by speaker turn ("佐藤: …", "【記者】…", or a name alone on
// its line before the text), by line, or by sentence; never a whole book in one segment.
// A line may be stamped "[00:01:02]" or "00:01:02". Lines without a speaker continue the turn
// they are in (wrapped lines); outside a turn, a line is a segment of its own unless it breaks
// off in mid-sentence (text wrapped at a fixed width), in which case the next line continues it.
#include "lineparser.h"

#include <QRegularExpression>

namespace shuzai::transcriptparsing {

namespace {

class PlainTextParser final : public LineParser {
public:
    explicit PlainTextParser(SegmentBuilder &out)
        : m_out(out)
    {
    }

    void line(QStringView raw, int number) override
    {
        QStringView text = raw.trimmed();
        if (number == 1 && text.startsWith(QChar(0xFEFF)))
            text = text.sliced(1).trimmed();
        if (text.isEmpty()) {
            endHeading();
            flush();
            return;
        }
        qint64 startMs = -1;
        static const QRegularExpression stamp(
            QStringLiteral(R"(^[\[(]?(\d{1,2}):(\d{2})(?::(\d{2}))?[\])]?\s+)"));
        if (const auto m = stamp.match(text); m.hasMatch()) {
            const bool hms = m.capturedLength(3) > 0;
            const qint64 a = m.capturedView(1).toLongLong(), b = m.capturedView(2).toLongLong();
            const qint64 c = hms ? m.capturedView(3).toLongLong() : 0;
            startMs = hms ? ((a * 60 + b) * 60 + c) * 1000 : (a * 60 + b) * 1000;
            text = text.sliced(m.capturedLength()).trimmed();
        }
        const LineLabel label = m_out.speakerLabel(text);
        if (m_headingLine > 0) {
            if (label.label.isEmpty()) {
                // "田中：" alone on the line before: the speaker of what follows.
                m_headingLine = 0;
                flush();
                begin(m_heading, text.toString(), m_headingFirst, number,
                      m_headingStart >= 0 ? m_headingStart : startMs);
                return;
            }
            endHeading();
        }
        if (!label.label.isEmpty()) {
            flush();
            if (label.rest.isEmpty()) {
                m_heading = label.label;
                m_headingText = text.toString();
                m_headingLine = m_headingFirst = number;
                m_headingStart = startMs;
                return;
            }
            begin(label.label, label.rest, number, number, startMs);
            return;
        }
        const bool continues = m_open && startMs < 0 &&
                               (!m_segment.speaker.isEmpty() || m_segment.text.isEmpty() ||
                                !endsSentence(m_segment.text.back()));
        if (continues) {
            m_segment.text += u'\n';
            m_segment.text += text;
            m_segment.lastLine = number;
            return;
        }
        flush();
        begin(QString(), text.toString(), number, number, startMs);
    }

    std::optional<Error> finish() override
    {
        endHeading();
        flush();
        return std::nullopt;
    }

private:
    void begin(const QString &speaker, const QString &text, int first, int line, qint64 startMs)
    {
        m_open = true;
        m_segment = ParsedSegment{speaker, startMs, -1, text, line, first, line};
    }

    void flush()
    {
        if (!m_open)
            return;
        m_open = false;
        m_out.paragraph(std::move(m_segment));
    }

    // A name alone on its line followed by a blank line or the end: a heading ("議題："), kept
    // as text.
    void endHeading()
    {
        if (m_headingLine == 0)
            return;
        flush();
        m_out.paragraph(ParsedSegment{QString(), m_headingStart, -1, m_headingText, m_headingLine,
                                      m_headingLine, m_headingLine});
        m_headingLine = 0;
    }

    SegmentBuilder &m_out;
    bool m_open = false;
    ParsedSegment m_segment;
    QString m_heading, m_headingText;
    int m_headingLine = 0, m_headingFirst = 0;
    qint64 m_headingStart = -1;
};

} // namespace

std::unique_ptr<LineParser> makePlainTextParser(SegmentBuilder &out)
{
    return std::make_unique<PlainTextParser>(out);
}

std::unique_ptr<LineParser> makeLineParser(const QString &format, SegmentBuilder &out)
{
    if (format == QLatin1String("vtt"))
        return makeWebVttParser(out);
    if (format == QLatin1String("srt"))
        return makeSrtParser(out);
    if (format == QLatin1String("sbv"))
        return makeSbvParser(out);
    return makePlainTextParser(out);
}

} // namespace shuzai::transcriptparsing
