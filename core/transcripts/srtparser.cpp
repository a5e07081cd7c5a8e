// SubRip: blocks of an optional counter, "hh:mm:ss,mmm --> hh:mm:ss,mmm" and text lines.
#include "parsers.h"

#include <QRegularExpression>

namespace shuzai {

using namespace transcriptparsing;

namespace {
qint64 parseSrtTime(const QString &s)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})$)"));
    const auto m = pattern.match(s.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    if (minutes > 59 || seconds > 59)
        return -1;
    QString fraction = m.captured(4);
    while (fraction.size() < 3)
        fraction.append(u'0');
    return ((m.captured(1).toLongLong() * 60 + minutes) * 60 + seconds) * 1000 +
           fraction.toLongLong();
}

bool isCounter(const QString &line)
{
    static const QRegularExpression digits(QStringLiteral(R"(^\s*\d+\s*$)"));
    return digits.match(line).hasMatch();
}
} // namespace

Result<ParsedTranscript> parseSrt(const QString &input)
{
    QString text = normalizeNewlines(input);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    ParsedTranscript out;
    out.format = QStringLiteral("srt");
    qsizetype i = 0;
    while (i < lines.size()) {
        while (i < lines.size() && lines.at(i).trimmed().isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        const qsizetype blockStart = i;
        QStringList block;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
            block.append(lines.at(i++));
        qsizetype timing = block.first().contains(QLatin1String("-->")) ? 0 : -1;
        if (timing < 0 && block.size() > 1 && isCounter(block.first()) &&
            block.at(1).contains(QLatin1String("-->")))
            timing = 1;
        if (timing < 0) {
            out.skipped.append({int(blockStart + 1),
                                QT_TRANSLATE_NOOP("Transcript", "Text without a cue timing line"),
                                block.first().left(80)});
            continue;
        }
        const QString &timingText = block.at(timing);
        const qsizetype arrow = timingText.indexOf(QLatin1String("-->"));
        QString endText = timingText.mid(arrow + 3).trimmed();
        endText = endText.section(u' ', 0, 0); // SRT position hints (X1:...) follow
        const qint64 start = parseSrtTime(timingText.left(arrow));
        const qint64 end = parseSrtTime(endText);
        const int timingLine = int(blockStart + timing + 1);
        if (start < 0 || end < 0 || end < start) {
            out.skipped.append({timingLine, QT_TRANSLATE_NOOP("Transcript", "Invalid cue timing"),
                                timingText.left(80)});
            continue;
        }
        const QString raw = block.mid(timing + 1).join(u'\n');
        QString plain = stripCueMarkup(raw).trimmed();
        if (plain.isEmpty()) {
            out.skipped.append({timingLine, QT_TRANSLATE_NOOP("Transcript", "Cue without text"),
                                timingText.left(80)});
            continue;
        }
        ParsedSegment segment;
        segment.startMs = start;
        segment.endMs = end;
        segment.line = timingLine;
        const auto [speaker, rest] = splitSpeakerPrefix(plain);
        if (!speaker.isEmpty()) {
            segment.speaker = speaker;
            plain = rest.trimmed();
        }
        if (plain.isEmpty()) { // a speaker's name alone, "Bob:" (found by fuzz_srt)
            out.skipped.append({timingLine, QT_TRANSLATE_NOOP("Transcript", "Cue without text"),
                                timingText.left(80)});
            continue;
        }
        segment.text = plain;
        out.segments.append(segment);
    }
    if (out.segments.isEmpty() && !out.skipped.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "This is not an SRT subtitle file: no cue has a "
                                                "valid timing line (first problem at line %1)."),
                     {QString::number(out.skipped.first().line)}, QStringLiteral("file"));
    }
    return out;
}

} // namespace shuzai
