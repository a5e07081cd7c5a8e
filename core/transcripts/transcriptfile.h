#pragma once

#include "parsedtranscript.h"

#include <QByteArray>

#include <functional>

namespace shuzai {

// What a transcript file may hold at most. Beyond a limit the file is refused before any parsing,
// with a message naming it and the limit, so no file keeps an import busy for minutes or takes
// the machine's memory. Generous: a day-long recording's WebVTT is around 100 MB.
namespace transcriptlimits {
constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;
constexpr qsizetype kMaxLineLength = 1'000'000; // characters, after decoding
constexpr qsizetype kMaxLines = 10'000'000;
// A paragraph longer than this is stored as several segments, cut at sentence ends: a segment
// is what a search hit shows and what one edit changes.
constexpr qsizetype kMaxSegmentLength = 4'000;
} // namespace transcriptlimits

struct TranscriptFileOptions {
    QString format;   // vtt, srt, sbv, txt, docx; empty: detect
    QString encoding; // empty: detect
};

// Reads a transcript file's bytes into segments, detecting its format (by signature, then by
// name) and its encoding. Not a transcript at all (empty, binary, wrong signature, no text):
// an error saying why. Some broken cues: they are listed in `skipped`, the rest is kept.
// Beyond `transcriptlimits`: an error naming `fileName` and the limit.
Result<ParsedTranscript> parseTranscriptFile(const QByteArray &bytes, const QString &fileName,
                                             const TranscriptFileOptions &options = {});

// The same, for a file too big to hold its segments in memory: the file is read twice. After
// the first reading `beforeSegments` sees the format, encoding, segment count and every skipped
// part (and may refuse, which ends the reading with its error); the second hands each segment
// to `onSegment` (false: stop, ending with a Cancelled error) instead of listing it.
Result<ParsedTranscript>
readTranscriptFile(const QByteArray &bytes, const QString &fileName,
                   const TranscriptFileOptions &options,
                   const std::function<VoidResult(const ParsedTranscript &)> &beforeSegments = {},
                   const std::function<bool(ParsedSegment)> &onSegment = {});

QStringList transcriptFormats();

} // namespace shuzai
