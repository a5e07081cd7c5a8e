#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shuzai {

struct ParsedSegment {
    QString speaker;
    qint64 startMs = -1;
    qint64 endMs = -1;
    QString text;
    int line = 0;      // where it starts in the file (1-based), for messages
    int firstLine = 0; // the lines of the file it was read from (its cue id, timing, text)
    int lastLine = 0;
};

// A part of the file that will not be imported, and why (shown before the user confirms).
struct SkippedPart {
    int line = 0;
    const char *reason = ""; // QT_TRANSLATE_NOOP("Transcript", ...)
    QString excerpt;         // the offending line, shortened
    int firstLine = 0;       // all the lines left out with it (a whole cue, a NOTE block)
    int lastLine = 0;
    // false: not transcript text by the format's own rules (a NOTE, the header, a style),
    // listed for completeness; true: text that could not be read, which the user confirms.
    bool problem = true;

    QString message() const; // translated
};

struct ParsedTranscript {
    QString format;   // vtt, srt, sbv, txt, docx
    QString encoding; // UTF-8, UTF-16LE, Shift_JIS, EUC-JP, ...
    bool encodingCertain = true;
    QStringList encodingCandidates; // when not certain: the close alternatives, best first
    qint64 segmentCount = 0;        // what an import will store (also when not listed)
    QList<ParsedSegment> segments;
    QList<SkippedPart> skipped;

    qsizetype problemCount() const;
    const SkippedPart *firstProblem() const; // nullptr when none
};

} // namespace shuzai
