#include "japanesetext.h"

#include "searchfold.h"

namespace shuzai::japanese {

namespace {
constexpr char16_t kHiraganaFirst = 0x3041; // ぁ
constexpr char16_t kHiraganaLast = 0x3096;  // ゖ
constexpr char16_t kKanaOffset = 0x60;      // ぁ (U+3041) -> ァ (U+30A1)
constexpr char16_t kIdeographicSpace = 0x3000;

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(kIdeographicSpace) || c.isSpace();
}
} // namespace

QString hiraganaToKatakana(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= kHiraganaFirst && u <= kHiraganaLast)
            c = QChar(char16_t(u + kKanaOffset));
        else if (u == 0x309D || u == 0x309E) // ゝゞ iteration marks -> ヽヾ
            c = QChar(char16_t(u + kKanaOffset));
    }
    return out;
}

QString foldForSearch(const QString &text)
{
    QString out;
    for (const search::FoldedChar &f : search::foldWithOffsets(text)) {
        if (f.ch != U' ')
            out.append(QString::fromUcs4(&f.ch, 1));
    }
    return out;
}

QString normalizeReading(const QString &text)
{
    const QString canonical = text.normalized(QString::NormalizationForm_KC).trimmed();
    QString out;
    bool pendingSpace = false;
    for (QChar c : canonical) {
        if (isSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(QChar(kIdeographicSpace));
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

bool isKatakana(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool katakana = (u >= 0x30A1 && u <= 0x30FA)   // ァ..ヺ
                              || u == 0x30FB                 // ・
                              || u == 0x30FC                 // ー
                              || u == 0x30FD || u == 0x30FE; // ヽヾ
        if (!katakana && !isSpace(c))
            return false;
    }
    return true;
}

} // namespace shuzai::japanese
