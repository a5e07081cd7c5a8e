#pragma once

#include <QString>

namespace shuzai::japanese {

// Folds text so that a search ignores the differences Japanese users do not see as differences:
// full-/half-width forms (ＡＢＣ/ABC, ｶﾀｶﾅ/カタカナ), hiragana/katakana (やまだ/ヤマダ), and case.
// Spaces (ASCII and ideographic) are removed so "山田 太郎" matches "山田太郎".
QString foldForSearch(const QString &text);

// Half-width katakana and full-width ASCII made canonical (NFKC), surrounding spaces trimmed,
// runs of spaces (ASCII or ideographic) collapsed to one ideographic space between words.
QString normalizeReading(const QString &text);

// True when every character is katakana (including ー, ・ and ヴ) or a space. Empty is true.
bool isKatakana(const QString &text);

// Hiragana converted to katakana; other characters unchanged.
QString hiraganaToKatakana(const QString &text);

} // namespace shuzai::japanese
