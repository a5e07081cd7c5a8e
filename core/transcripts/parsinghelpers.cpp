#include "parsers.h"

#include <QHash>
#include <algorithm>
#include <iterator>
#include <utility>

namespace shuzai::transcriptparsing {

namespace {
// The tags a cue may carry: <...> up to the first '>' and {\...} up to the first '}', neither
// crossing a line break (the SRT and WebVTT styles). `onTag` sees each tag with its delimiters;
// the text between tags goes to `onText`.
//
// Written out so that stripping and finding the voice tag share one scan whose cost is linear
// by construction: a failed scan is remembered (no '>' before position `angleDeadEnd`), so a
// line full of '<' does not make every '<' scan to the line's end again.
template <typename TextFn, typename TagFn>
void forEachTag(QStringView text, TextFn onText, TagFn onTag)
{
    const qsizetype n = text.size();
    qsizetype angleDeadEnd = -1, braceDeadEnd = -1;
    qsizetype textStart = 0;
    auto closing = [&](qsizetype from, char16_t close) {
        for (qsizetype j = from; j < n; ++j) {
            if (text[j] == close)
                return std::pair{j, true};
            if (text[j] == u'\n')
                return std::pair{j, false};
        }
        return std::pair{n, false};
    };
    for (qsizetype i = 0; i < n;) {
        const char16_t c = text[i].unicode();
        qsizetype end = -1;
        if (c == u'<' && i >= angleDeadEnd) {
            const auto [at, found] = closing(i + 1, u'>');
            if (found)
                end = at;
            else
                angleDeadEnd = at;
        } else if (c == u'{' && i + 1 < n && text[i + 1] == u'\\' && i >= braceDeadEnd) {
            const auto [at, found] = closing(i + 2, u'}');
            if (found)
                end = at;
            else
                braceDeadEnd = at;
        }
        if (end < 0) {
            ++i;
            continue;
        }
        if (i > textStart)
            onText(text.sliced(textStart, i - textStart));
        onTag(text.sliced(i, end + 1 - i));
        i = textStart = end + 1;
    }
    if (textStart < n)
        onText(text.sliced(textStart));
}

// HTML's named character references (htmlentities.inc): the names, '&' left out, each with
// its replacement text.
const QHash<QStringView, QStringView> &namedReferences()
{
    struct Named {
        const char16_t *name;
        const char16_t *value;
    };
    static const Named table[] = {
#include "htmlentities.inc"
    };
    static const QHash<QStringView, QStringView> byName = [] {
        QHash<QStringView, QStringView> out;
        out.reserve(std::size(table));
        for (const Named &n : table)
            out.insert(QStringView(n.name), QStringView(n.value));
        return out;
    }();
    return byName;
}

// What HTML puts for the numeric reference `code` (0, surrogates and beyond Unicode: U+FFFD;
// 0x80 to 0x9F: the Windows-1252 characters, as browsers read them).
QString numericReference(char32_t code)
{
    static const char16_t windows1252[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    else if (code >= 0x80 && code <= 0x9F)
        code = windows1252[code - 0x80];
    return QString::fromUcs4(&code, 1);
}

// An ASCII digit's value (hexadecimal too when `hex`), else -1.
int digitOf(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (hex && u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (hex && u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The reference at the start of `rest` ("&..."): its text and length, or a length of 0.
std::pair<QString, qsizetype> characterReference(QStringView rest)
{
    if (rest.size() > 2 && rest[1] == u'#') {
        const bool hex = rest[2] == u'x' || rest[2] == u'X';
        qsizetype i = hex ? 3 : 2;
        const qsizetype digitsStart = i;
        char32_t code = 0;
        for (; i < rest.size(); ++i) {
            const int digit = digitOf(rest[i], hex);
            if (digit < 0)
                break;
            code = std::min<char32_t>(code * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (i == digitsStart)
            return {QString(), 0}; // "&#" with no digits is text
        if (i < rest.size() && rest[i] == u';')
            ++i;
        return {numericReference(code), i};
    }
    // The longest name that matches (names run up to 32 characters with their ';').
    const auto &named = namedReferences();
    for (qsizetype length = std::min<qsizetype>(rest.size() - 1, 32); length >= 2; --length) {
        const auto hit = named.constFind(rest.sliced(1, length));
        if (hit != named.cend())
            return {hit->toString(), length + 1};
    }
    return {QString(), 0};
}

// Character references as the WebVTT cue text tokenizer reads them (HTML's list of names,
// numeric references by HTML's rules); an '&' that starts none is text.
QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const auto [replacement, length] = characterReference(text.sliced(i));
            if (length > 0) {
                out += replacement;
                i += length;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}
} // namespace

QString stripCueMarkup(const QString &text)
{
    QString withoutTags;
    withoutTags.reserve(text.size());
    forEachTag(
        text, [&](QStringView part) { withoutTags += part; }, [](QStringView) {});
    return decodeEntities(withoutTags);
}

QString voiceSpeaker(const QString &cueText)
{
    // <v Name> or <v.class1.class2 Name>: the first such tag names the speaker. Read from the
    // tags rather than by the pattern <v(?:\.[^\s>]+)*[ \t]+([^>]+)>, which backtracked
    // exponentially on a run of dots: a cue holding "<v" and 28 dots took 50 to 70 ms before
    // PCRE2 gave up (and missed the speaker), hours for a file of such cues.
    QString speaker;
    forEachTag(
        cueText, [](QStringView) {},
        [&](QStringView tag) {
            if (!speaker.isNull() || tag.size() < 4 || tag[0] != u'<' || tag[1] != u'v')
                return;
            const QStringView inner = tag.sliced(2, tag.size() - 3);
            qsizetype i = 0;
            if (inner.startsWith(u'.')) {
                while (i < inner.size() && !inner[i].isSpace())
                    ++i;
                if (i < 2)
                    return; // a dot without a class name
            }
            if (i >= inner.size() || !isSpaceOrTab(inner[i]))
                return;
            const QString name = inner.sliced(i).trimmed().toString();
            if (!name.isEmpty())
                speaker = name;
        });
    return speaker;
}

} // namespace shuzai::transcriptparsing
