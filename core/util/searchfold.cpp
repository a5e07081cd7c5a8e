#include "searchfold.h"

#include <QList>

namespace shuzai::search {

namespace {
constexpr char32_t kHiraganaFirst = 0x3041;
constexpr char32_t kHiraganaLast = 0x3096;

bool isWhitespace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0x00A0 ||
           c == 0x000B || c == 0x000C || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F;
}

char32_t foldKana(char32_t c)
{
    if (c >= kHiraganaFirst && c <= kHiraganaLast)
        return c + 0x60;
    if (c == 0x309D || c == 0x309E) // ゝゞ
        return c + 0x60;
    return c;
}

bool isCombiningMark(char32_t c)
{
    return QChar::category(c) == QChar::Mark_NonSpacing ||
           QChar::category(c) == QChar::Mark_SpacingCombining;
}

// The common cases without touching Qt's normaliser (which allocates per call).
bool foldFast(char32_t c, char32_t &out)
{
    if (c < 0x80) {
        out = (c >= U'A' && c <= U'Z') ? c + 32 : c;
        return true;
    }
    if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC ||
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
        out = foldKana(c);
        return true;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII
        const char32_t ascii = c - 0xFEE0;
        out = (ascii >= U'A' && ascii <= U'Z') ? ascii + 32 : ascii;
        return true;
    }
    return false;
}

void appendFolded(std::vector<FoldedChar> &out, char32_t folded, int begin, int end)
{
    if (isCombiningMark(folded) && !out.empty() && out.back().ch != U' ') {
        // Half-width ｶﾞ arrives as カ + combining voiced mark: compose, as NFKC of the whole
        // string would.
        QString pair = QString::fromUcs4(&out.back().ch, 1) + QString::fromUcs4(&folded, 1);
        const QString composed = pair.normalized(QString::NormalizationForm_C);
        const QList<uint> ucs = composed.toUcs4();
        if (ucs.size() == 1) {
            out.back().ch = foldKana(char32_t(ucs.first()));
            out.back().end = end;
            return;
        }
    }
    out.push_back(FoldedChar{folded, begin, end});
}
} // namespace

std::vector<FoldedChar> foldWithOffsets(QStringView text)
{
    std::vector<FoldedChar> out;
    out.reserve(std::size_t(text.size()));
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        char32_t c = text[i].unicode();
        int width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        const int begin = int(i);
        const int end = int(i + width);
        i += width;
        if (isWhitespace(c)) {
            if (out.empty() || out.back().ch != U' ')
                out.push_back(FoldedChar{U' ', begin, end});
            continue;
        }
        char32_t fast = 0;
        if (foldFast(c, fast)) {
            appendFolded(out, fast, begin, end);
            continue;
        }
        const QString folded =
            QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
        for (uint f : folded.toUcs4()) {
            if (isWhitespace(f)) {
                if (out.empty() || out.back().ch != U' ')
                    out.push_back(FoldedChar{U' ', begin, end});
            } else {
                appendFolded(out, foldKana(char32_t(f)), begin, end);
            }
        }
    }
    return out;
}

QString foldedString(QStringView text)
{
    QString out;
    for (const FoldedChar &f : foldWithOffsets(text))
        out.append(QString::fromUcs4(&f.ch, 1));
    return out;
}

std::vector<std::pair<int, int>> findFolded(QStringView text, const QString &foldedNeedle)
{
    std::vector<std::pair<int, int>> hits;
    const QList<uint> needle = foldedNeedle.toUcs4();
    if (needle.isEmpty())
        return hits;
    const std::vector<FoldedChar> folded = foldWithOffsets(text);
    const std::size_t m = std::size_t(needle.size());
    for (std::size_t i = 0; i + m <= folded.size(); ++i) {
        std::size_t k = 0;
        while (k < m && folded[i + k].ch == needle[qsizetype(k)])
            ++k;
        if (k == m) {
            hits.emplace_back(folded[i].begin, folded[i + m - 1].end);
            i += m - 1; // occurrences do not overlap in a highlight
        }
    }
    return hits;
}

} // namespace shuzai::search
