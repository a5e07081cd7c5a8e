#pragma once

#include "parsedtranscript.h"

#include <QByteArray>

namespace shuzai {

// Each parser takes decoded text (line endings as they came) and returns the segments it found
// and the parts it skipped; a text that is not of its format at all is an error.
Result<ParsedTranscript> parseWebVtt(const QString &text);
Result<ParsedTranscript> parseSrt(const QString &text);
Result<ParsedTranscript> parsePlainText(const QString &text);

// The visible text of a .docx (paragraphs; table rows flattened to one line, cells separated
// by tabs), read with QuaZip. Not a zip, or no word/document.xml: an error (naming `fileName`
// when the document is beyond the size limit).
Result<QString> readDocxText(const QByteArray &bytes, const QString &fileName);

// Shared helpers.
namespace transcriptparsing {
// CR LF and lone CR become LF; NUL becomes U+FFFD (as the WebVTT parser does).
QString normalizeNewlines(const QString &text);
// Removes markup (<i>, <c.x>, <v Name>, {\an8}) and decodes the common character references.
// Both helpers below take time in proportion to the text, whatever it holds.
QString stripCueMarkup(const QString &text);
// The name in a cue's first WebVTT voice tag (<v Name>, <v.loud Name>); empty when none.
QString voiceSpeaker(const QString &cueText);
// "Name: text" / "名前：text" -> {Name, text}; empty speaker when the line has no such prefix.
std::pair<QString, QString> splitSpeakerPrefix(const QString &line);
} // namespace transcriptparsing

} // namespace shuzai
