#pragma once

#include "parsedtranscript.h"

#include <QByteArray>

namespace shuzai {

// What a transcript file may hold at most. Beyond a limit the file is refused before any parsing,
// with a message naming it and the limit, so no file keeps an import busy for minutes or takes
// the machine's memory. Generous: a day-long recording's WebVTT is around 100 MB.
namespace transcriptlimits {
constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;
constexpr qsizetype kMaxLineLength = 1'000'000; // characters, after decoding
constexpr qsizetype kMaxLines = 10'000'000;
} // namespace transcriptlimits

struct TranscriptFileOptions {
    QString format;   // vtt, srt, txt, docx; empty: detect
    QString encoding; // empty: detect
};

// Reads a transcript file's bytes into segments, detecting its format (by signature, then by
// name) and its encoding. Not a transcript at all (empty, binary, wrong signature, no text):
// an error saying why. Some broken cues: they are listed in `skipped`, the rest is kept.
// Beyond `transcriptlimits`: an error naming `fileName` and the limit.
Result<ParsedTranscript> parseTranscriptFile(const QByteArray &bytes, const QString &fileName,
                                             const TranscriptFileOptions &options = {});

QStringList transcriptFormats();

} // namespace shuzai
