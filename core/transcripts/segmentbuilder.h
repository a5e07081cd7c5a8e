#pragma once

#include "parsedtranscript.h"
#include "speakerlabels.h"

#include <QStringList>

namespace shuzai::transcriptparsing {

// Where the segments and skipped parts of a transcript go: a list (the preview) or the
// database, a batch at a time (the import of a 100 MB file).
class TranscriptSink {
public:
    virtual ~TranscriptSink() = default;
    // false: stop reading (cancelled, or the store failed).
    virtual bool segment(ParsedSegment segment) = 0;
    virtual void skipped(SkippedPart part) = 0;
};

// A cue as a timed format holds it, before its speaker is known.
struct RawCue {
    QString text; // markup still in it
    qint64 startMs = -1;
    qint64 endMs = -1;
    int firstLine = 0; // the cue's id or counter, else its timing line
    int timingLine = 0;
    int lastLine = 0;
    QString timingText; // for messages
};

// Turns what a format parser read into segments: the speaker from a voice tag or a label on
// the cue's first line (kept across its wrapped lines), markup removed, a paragraph beyond
// the segment length cut at sentence ends.
//
// A file is read twice. The first pass counts which labels start segments and lists the
// skipped parts; the second, knowing which labels are speakers, emits the segments.
class SegmentBuilder {
public:
    enum class Pass { CountSpeakers, Emit };
    SegmentBuilder(TranscriptSink &sink, SpeakerVotes &votes, Pass pass);

    // The speaker label starting `line`, if it is one (in the first pass: any plausible one).
    LineLabel speakerLabel(QStringView line);
    void cue(const RawCue &cue);
    // Text whose speaker the parser has settled (plain text turns).
    void paragraph(ParsedSegment segment);
    void skip(int line, const char *reason, QStringView excerpt, int firstLine, int lastLine,
              bool problem = true);
    bool stopped() const { return m_stopped; }
    qint64 segmentCount() const { return m_segments; }

private:
    void emitSplit(ParsedSegment segment);

    TranscriptSink &m_sink;
    SpeakerVotes &m_votes;
    Pass m_pass;
    bool m_stopped = false;
    qint64 m_segments = 0;
};

// A character that ends a sentence (or closes one: 」 ） ”), in Japanese or English.
bool endsSentence(QChar c);

// `text` cut into parts no longer than `maxLength`, each ending at a sentence end where there
// is one (else at a space, else anywhere but inside a surrogate pair). Joined, they are `text`.
QStringList splitAtSentenceEnds(const QString &text, qsizetype maxLength);

} // namespace shuzai::transcriptparsing
