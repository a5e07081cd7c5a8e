#include "segmentbuilder.h"

#include "parsers.h"
#include "transcriptfile.h"

namespace shuzai::transcriptparsing {

bool endsSentence(QChar c)
{
    static const QString marks = QStringLiteral("。．！？!?.」』）)\"”…");
    return marks.contains(c);
}

QStringList splitAtSentenceEnds(const QString &text, qsizetype maxLength)
{
    QStringList parts;
    qsizetype start = 0;
    while (text.size() - start > maxLength) {
        const qsizetype limit = start + maxLength; // the part is [start, cut)
        qsizetype cut = -1;
        for (qsizetype i = limit - 1; i > start && cut < 0; --i) {
            if (endsSentence(text[i - 1]) && !endsSentence(text[i]))
                cut = i;
        }
        for (qsizetype i = limit - 1; i > start && cut < 0; --i) {
            if (text[i].isSpace())
                cut = i + 1;
        }
        if (cut < 0)
            cut = text[limit - 1].isHighSurrogate() ? limit - 1 : limit;
        parts.append(text.mid(start, cut - start));
        start = cut;
    }
    parts.append(text.mid(start));
    return parts;
}

SegmentBuilder::SegmentBuilder(TranscriptSink &sink, SpeakerVotes &votes, Pass pass)
    : m_sink(sink)
    , m_votes(votes)
    , m_pass(pass)
{
}

LineLabel SegmentBuilder::speakerLabel(QStringView line)
{
    LineLabel found = findLineLabel(line);
    if (found.label.isEmpty())
        return found;
    if (m_pass == Pass::CountSpeakers)
        m_votes.count(found.label);
    else if (!m_votes.accepts(found.label))
        return {};
    return found;
}

void SegmentBuilder::cue(const RawCue &cue)
{
    ParsedSegment segment;
    segment.startMs = cue.startMs;
    segment.endMs = cue.endMs;
    segment.line = cue.timingLine;
    segment.firstLine = cue.firstLine;
    segment.lastLine = cue.lastLine;
    segment.speaker = voiceSpeaker(cue.text);
    QString plain = stripCueMarkup(cue.text).trimmed();
    if (segment.speaker.isEmpty()) {
        const qsizetype newline = plain.indexOf(u'\n');
        const QStringView first = QStringView(plain).first(newline < 0 ? plain.size() : newline);
        // A cue of a name alone ("Bob:") keeps it as its text: whether "Bob" is a speaker is
        // known only after the first pass, and the preview must list what the import does.
        const QString rest =
            (findLineLabel(first).rest + (newline < 0 ? QString() : plain.mid(newline))).trimmed();
        if (!rest.isEmpty()) {
            if (const LineLabel label = speakerLabel(first); !label.label.isEmpty()) {
                segment.speaker = label.label;
                plain = rest;
            }
        }
    }
    // Judged on what is left: a cue of markup alone ("<v Bob></v>") has no text either (found
    // by fuzz_vtt).
    if (plain.isEmpty()) {
        skip(cue.timingLine, QT_TRANSLATE_NOOP("Transcript", "Cue without text"), cue.timingText,
             cue.firstLine, cue.lastLine);
        return;
    }
    segment.text = plain;
    emitSplit(std::move(segment));
}

void SegmentBuilder::paragraph(ParsedSegment segment)
{
    if (segment.speaker.isEmpty() && segment.text.trimmed().isEmpty())
        return;
    emitSplit(std::move(segment));
}

void SegmentBuilder::emitSplit(ParsedSegment segment)
{
    const QStringList parts =
        segment.text.size() > transcriptlimits::kMaxSegmentLength
            ? splitAtSentenceEnds(segment.text, transcriptlimits::kMaxSegmentLength)
            : QStringList{segment.text};
    for (qsizetype i = 0; i < parts.size() && !m_stopped; ++i) {
        ++m_segments;
        if (m_pass == Pass::CountSpeakers) {
            m_votes.countSegment();
            continue;
        }
        ParsedSegment part = segment;
        part.text = parts[i];
        if (i > 0)
            part.startMs = -1;
        if (i + 1 < parts.size())
            part.endMs = -1;
        m_stopped = !m_sink.segment(std::move(part));
    }
}

void SegmentBuilder::skip(int line, const char *reason, QStringView excerpt, int firstLine,
                          int lastLine, bool problem)
{
    if (m_pass != Pass::CountSpeakers)
        return; // listed in the first pass
    constexpr qsizetype kExcerpt = 80;
    m_sink.skipped(SkippedPart{line, reason, excerpt.left(kExcerpt).toString(), firstLine,
                               std::max(firstLine, lastLine), problem});
}

} // namespace shuzai::transcriptparsing
