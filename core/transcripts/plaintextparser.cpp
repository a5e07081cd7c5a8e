// Plain-text transcripts: "Speaker: text" or "話者：text" lines, optionally stamped
// "[00:01:02]" or "00:01:02"; lines without a speaker continue the previous speaker's turn,
// and a blank line ends a paragraph.
#include "parsers.h"

#include <QRegularExpression>

namespace shuzai {

using namespace transcriptparsing;

Result<ParsedTranscript> parsePlainText(const QString &input)
{
    QString text = normalizeNewlines(input);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    ParsedTranscript out;
    out.format = QStringLiteral("txt");
    static const QRegularExpression stamp(
        QStringLiteral(R"(^\s*[\[(]?(\d{1,2}):(\d{2})(?::(\d{2}))?[\])]?\s+)"));
    const QStringList lines = text.split(u'\n');
    ParsedSegment *current = nullptr;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            current = nullptr;
            continue;
        }
        qint64 startMs = -1;
        if (const auto m = stamp.match(line); m.hasMatch()) {
            const bool hms = !m.captured(3).isEmpty();
            const qint64 a = m.captured(1).toLongLong(), b = m.captured(2).toLongLong();
            const qint64 c = hms ? m.captured(3).toLongLong() : 0;
            startMs = hms ? ((a * 60 + b) * 60 + c) * 1000 : (a * 60 + b) * 1000;
            line = line.mid(m.capturedLength()).trimmed();
        }
        const auto [speaker, rest] = splitSpeakerPrefix(line);
        if (!speaker.isEmpty() || !current || startMs >= 0) {
            out.segments.append(ParsedSegment{speaker, startMs, -1, rest.trimmed(), int(i + 1)});
            current = &out.segments.last();
        } else {
            current->text += u'\n' + line;
        }
    }
    out.segments.removeIf([](const ParsedSegment &s) { return s.text.trimmed().isEmpty(); });
    return out;
}

} // namespace shuzai
