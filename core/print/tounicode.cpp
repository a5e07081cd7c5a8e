#include "tounicode.h"

namespace shuzai {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The four hex digits of a token "<XXXX>" starting at `at`, or -1.
int token(const QByteArray &pdf, qsizetype at)
{
    if (at + 6 > pdf.size() || pdf[at] != '<' || pdf[at + 5] != '>')
        return -1;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int digit = hexValue(pdf[at + i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool rewrite(QByteArray &pdf, qsizetype at, const QHash<char16_t, char16_t> &replacements)
{
    const int target = token(pdf, at);
    if (target < 0)
        return false;
    const auto found = replacements.constFind(char16_t(target));
    if (found == replacements.constEnd())
        return false;
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const unsigned value = *found;
    for (int i = 0; i < 4; ++i)
        pdf[at + 4 - i] = kDigits[(value >> (4 * i)) & 0xF];
    return true;
}

// One line of a bfrange section: "<s> <e> <u>" or "<s> <e> [<u1> <u2> ...]".
int rewriteLine(QByteArray &pdf, qsizetype begin, qsizetype end,
                const QHash<char16_t, char16_t> &replacements)
{
    const int first = token(pdf, begin);
    const int last = token(pdf, begin + 7);
    if (first < 0 || last < 0 || begin + 14 > end)
        return 0;
    const qsizetype targets = begin + 14;
    int rewritten = 0;
    if (pdf[targets] == '[') {
        for (qsizetype at = pdf.indexOf('<', targets); at >= 0 && at < end;
             at = pdf.indexOf('<', at + 6))
            rewritten += rewrite(pdf, at, replacements) ? 1 : 0;
    } else if (first == last) {
        rewritten += rewrite(pdf, targets, replacements) ? 1 : 0;
    }
    return rewritten;
}
} // namespace

int rewriteToUnicodeTargets(QByteArray &pdf, const QHash<char16_t, char16_t> &replacements)
{
    if (replacements.isEmpty())
        return 0;
    int rewritten = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype section = pdf.indexOf("beginbfrange\n", from);
        if (section < 0)
            break;
        const qsizetype sectionEnd = pdf.indexOf("endbfrange", section);
        if (sectionEnd < 0)
            break;
        qsizetype line = section + int(sizeof("beginbfrange\n")) - 1;
        while (line < sectionEnd) {
            qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > sectionEnd)
                lineEnd = sectionEnd;
            rewritten += rewriteLine(pdf, line, lineEnd, replacements);
            line = lineEnd + 1;
        }
        from = sectionEnd;
    }
    return rewritten;
}

} // namespace shuzai
