// WebVTT as the W3C spec parses it (https://www.w3.org/TR/webvtt1/#file-parsing), plus the
// speaker conventions of Zoom ("Name: text" cues) and Teams (<v Name> voice spans).
#include "parsers.h"

#include <QRegularExpression>

namespace shuzai {

using namespace transcriptparsing;

namespace {

// "hh:mm:ss.ttt" or "mm:ss.ttt"; -1 when malformed.
qint64 parseTimestamp(const QString &s)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$)"));
    const auto m = pattern.match(s);
    if (!m.hasMatch())
        return -1;
    // The spec allows any number of hour digits; beyond a million hours (114 years) a time is
    // garbage, and in milliseconds it would overflow (found by fuzz_vtt).
    constexpr qint64 kMaxHours = 1'000'000;
    bool hoursOk = true;
    const qint64 hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong(&hoursOk);
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    if (!hoursOk || hours > kMaxHours || minutes > 59 || seconds > 59)
        return -1;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + m.captured(4).toLongLong();
}

bool parseTiming(const QString &line, qint64 &start, qint64 &end)
{
    const qsizetype arrow = line.indexOf(QStringLiteral("-->"));
    if (arrow < 0)
        return false;
    const QString left = line.left(arrow).trimmed();
    QString right = line.mid(arrow + 3).trimmed();
    static const QRegularExpression blank(QStringLiteral("[ \t]"));
    const qsizetype space = right.indexOf(blank);
    if (space >= 0)
        right = right.left(space); // cue settings follow
    start = parseTimestamp(left);
    end = parseTimestamp(right);
    return start >= 0 && end >= 0 && end > start;
}

bool startsWithKeyword(const QString &line, QLatin1String keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line.at(keyword.size()) == u' ' ||
            line.at(keyword.size()) == u'\t');
}

QString excerpt(const QString &line)
{
    return line.left(80);
}

} // namespace

Result<ParsedTranscript> parseWebVtt(const QString &input)
{
    QString text = normalizeNewlines(input);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const bool signature =
        text.startsWith(QLatin1String("WEBVTT")) &&
        (text.size() == 6 || text.at(6) == u' ' || text.at(6) == u'\t' || text.at(6) == u'\n');
    if (!signature) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "This is not a WebVTT file: it does not start "
                                                "with \"WEBVTT\"."),
                     {}, QStringLiteral("file"));
    }
    const QStringList lines = text.split(u'\n');
    ParsedTranscript out;
    out.format = QStringLiteral("vtt");

    qsizetype i = 1;
    while (i < lines.size() && !lines.at(i).isEmpty() &&
           !lines.at(i).contains(QLatin1String("-->")))
        ++i; // header (metadata lines)

    bool seenCue = false;
    while (i < lines.size()) {
        while (i < lines.size() && lines.at(i).isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        const qsizetype blockStart = i;
        QStringList block{lines.at(i++)};
        // Once a block has its timing line, another "-->" line starts the next cue. (Decided
        // once, not for every line: the first line was searched again for every line after it,
        // time in the product of their lengths.)
        bool hasTiming = block.first().contains(QLatin1String("-->"));
        while (i < lines.size() && !lines.at(i).isEmpty()) {
            const bool arrow = lines.at(i).contains(QLatin1String("-->"));
            if (hasTiming && arrow)
                break;
            if (block.size() == 1)
                hasTiming = hasTiming || arrow;
            block.append(lines.at(i++));
        }

        qsizetype timingIndex = -1;
        if (block.first().contains(QLatin1String("-->")))
            timingIndex = 0;
        else if (block.size() > 1 && block.at(1).contains(QLatin1String("-->")))
            timingIndex = 1;

        if (timingIndex < 0) {
            const QString &first = block.first();
            if (startsWithKeyword(first, QLatin1String("NOTE")))
                continue;
            if (!seenCue && (startsWithKeyword(first, QLatin1String("STYLE")) ||
                             startsWithKeyword(first, QLatin1String("REGION"))))
                continue;
            out.skipped.append({int(blockStart + 1),
                                QT_TRANSLATE_NOOP("Transcript", "Text without a cue timing line"),
                                excerpt(first)});
            continue;
        }
        const int timingLine = int(blockStart + timingIndex + 1);
        qint64 start = -1, end = -1;
        if (!parseTiming(block.at(timingIndex), start, end)) {
            out.skipped.append({timingLine, QT_TRANSLATE_NOOP("Transcript", "Invalid cue timing"),
                                excerpt(block.at(timingIndex))});
            continue;
        }
        seenCue = true;
        ParsedSegment segment;
        segment.startMs = start;
        segment.endMs = end;
        segment.line = timingLine;
        const QString raw = block.mid(timingIndex + 1).join(u'\n');
        segment.speaker = voiceSpeaker(raw);
        QString plain = stripCueMarkup(raw).trimmed();
        if (segment.speaker.isEmpty()) {
            const auto [speaker, rest] = splitSpeakerPrefix(plain);
            if (!speaker.isEmpty()) {
                segment.speaker = speaker;
                plain = rest.trimmed();
            }
        }
        // Judged on what is left: a cue of markup alone ("<v Bob></v>") or of a speaker's name
        // alone ("Bob:") has no text either (found by fuzz_vtt).
        if (plain.isEmpty()) {
            out.skipped.append({timingLine, QT_TRANSLATE_NOOP("Transcript", "Cue without text"),
                                excerpt(block.at(timingIndex))});
            continue;
        }
        segment.text = plain;
        out.segments.append(segment);
    }
    return out;
}

} // namespace shuzai
