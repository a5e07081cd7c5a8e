#pragma once

#include <QByteArray>
#include <QHash>

namespace shuzai {

// Qt's PDF writer builds each embedded font's ToUnicode map by reading the font's cmap
// backwards and keeping the lowest code point that reaches a glyph. CJK fonts draw several
// characters with one glyph (小 and the Kangxi radical ⼩ U+2F29, ・ and U+2027, the ideographic
// space and U+2003, ／ and U+2215), so the map said ⼩ where the page shows 小, and text copied
// or searched in the PDF was wrong.
//
// `replacements` maps such a wrong target code point to the character the document really
// uses. Qt writes the maps uncompressed with four-digit targets, so each target is rewritten in
// place: the file keeps its length and its cross-reference table stays valid. A consecutive
// range (<start> <end> <first>) is left alone, as changing its first target would shift the
// rest. Returns how many targets were rewritten.
int rewriteToUnicodeTargets(QByteArray &pdf, const QHash<char16_t, char16_t> &replacements);

} // namespace shuzai
