#pragma once

#include <QString>
#include <vector>

namespace shuzai::search {

// One character of folded text and the span of the original (UTF-16 indices) it came from.
// Whitespace folds to a single U+0020 so callers can break on it.
struct FoldedChar {
    char32_t ch;
    int begin;
    int end;
};

// The search form of text: NFKC (full-/half-width), hiragana -> katakana, case folded; each
// folded character keeps where it came from so hits can be highlighted in the original.
// This is the single definition used by the index tokenizer, the query and the brute-force
// checks, so what is indexed and what is asked always agree.
std::vector<FoldedChar> foldWithOffsets(QStringView text);

// The folded characters as a string, whitespace kept as single spaces.
QString foldedString(QStringView text);

// Where `needle` (already folded, no spaces) occurs in `text`, as original UTF-16 spans.
std::vector<std::pair<int, int>> findFolded(QStringView text, const QString &foldedNeedle);

} // namespace shuzai::search
