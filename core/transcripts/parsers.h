#pragma once

#include "parsedtranscript.h"

#include <QByteArray>

namespace shuzai {

// The visible text of a .docx (paragraphs; table rows flattened to one line, cells separated
// by tabs), read with QuaZip. Not a zip, or no word/document.xml: an error (naming `fileName`
// when the document is beyond the size limit).
Result<QString> readDocxText(const QByteArray &bytes, const QString &fileName);

// Shared helpers.
namespace transcriptparsing {
// Removes markup (<i>, <c.x>, <v Name>, {\an8}) and decodes the common character references.
// Both helpers below take time in proportion to the text, whatever it holds.
QString stripCueMarkup(const QString &text);
// The name in a cue's first WebVTT voice tag (<v Name>, <v.loud Name>); empty when none.
QString voiceSpeaker(const QString &cueText);
} // namespace transcriptparsing

} // namespace shuzai
