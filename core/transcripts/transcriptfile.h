#pragma once

#include "parsedtranscript.h"

#include <QByteArray>

namespace shuzai {

struct TranscriptFileOptions {
    QString format;   // vtt, srt, txt, docx; empty: detect
    QString encoding; // empty: detect
};

// Reads a transcript file's bytes into segments, detecting its format (by signature, then by
// name) and its encoding. Not a transcript at all (empty, binary, wrong signature, no text):
// an error saying why. Some broken cues: they are listed in `skipped`, the rest is kept.
Result<ParsedTranscript> parseTranscriptFile(const QByteArray &bytes, const QString &fileName,
                                             const TranscriptFileOptions &options = {});

QStringList transcriptFormats();

} // namespace shuzai
