#include "parsers.h"

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

struct Entity {
    QLatin1String name;
    char16_t character;
};
constexpr Entity kEntities[] = {
    {QLatin1String("&lt;"), u'<'},        {QLatin1String("&gt;"), u'>'},
    {QLatin1String("&nbsp;"), u'\u00A0'}, {QLatin1String("&lrm;"), u'\u200E'},
    {QLatin1String("&rlm;"), u'\u200F'},  {QLatin1String("&quot;"), u'"'},
    {QLatin1String("&#39;"), u'\''},      {QLatin1String("&apos;"), u'\''},
    {QLatin1String("&amp;"), u'&'},
};

// One pass, with the same result as replacing each entity in turn: no replacement makes a new
// '&' except &amp;, which came last.
QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const QStringView rest = text.sliced(i);
            const Entity *hit = nullptr;
            for (const Entity &e : kEntities) {
                if (rest.startsWith(e.name)) {
                    hit = &e;
                    break;
                }
            }
            if (hit) {
                out += QChar(hit->character);
                i += hit->name.size();
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
