#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace shuzai {

struct ParsedSegment {
    QString speaker;
    qint64 startMs = -1;
    qint64 endMs = -1;
    QString text;
    int line = 0; // where it starts in the file (1-based), for messages
};

// A part of the file that will not be imported, and why (shown before the user confirms).
struct SkippedPart {
    int line = 0;
    const char *reason = ""; // QT_TRANSLATE_NOOP("Transcript", ...)
    QString excerpt;         // the offending line, shortened

    QString message() const; // translated
};

struct ParsedTranscript {
    QString format;   // vtt, srt, txt, docx
    QString encoding; // UTF-8, UTF-16LE, Shift_JIS, EUC-JP, ...
    bool encodingCertain = true;
    QList<ParsedSegment> segments;
    QList<SkippedPart> skipped;
};

} // namespace shuzai
