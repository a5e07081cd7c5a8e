#include "returnedtext.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace shuzai {

namespace {

// A resemblance this strong (Dice coefficient of character bigrams) puts an unnumbered
// paragraph with an item; a correction changes a few words of a passage, not most of them.
constexpr double kMatch = 0.5;
// The best item must lead the next by this much, or the paragraph could be either.
constexpr double kMargin = 0.15;
// Weaker than kMatch but this similar: it talks about a passage, so it is reported.
constexpr double kMention = 0.25;

struct Line {
    QString text; // without the quote marks
    bool quoted = false;
    bool blank = false;
};

QString stripBrackets(QString s)
{
    s = s.trimmed();
    static const QList<std::pair<QChar, QChar>> pairs = {
        {u'「', u'」'}, {u'『', u'』'}, {u'“', u'”'}, {u'"', u'"'}};
    for (const auto &[open, close] : pairs) {
        if (s.size() >= 2 && s.front() == open && s.back() == close)
            return s.mid(1, s.size() - 2).trimmed();
    }
    return s;
}

bool isWordChar(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u',' || c == u'.');
}

// Wrapped lines joined: with a space between two Latin words, directly in Japanese.
QString joinLines(const QStringList &lines)
{
    QString out;
    for (const QString &raw : lines) {
        const QString l = raw.trimmed();
        if (l.isEmpty())
            continue;
        if (!out.isEmpty() && isWordChar(out.back()) && isWordChar(l.front()))
            out += u' ';
        out += l;
    }
    return out;
}

QList<Line> splitLines(const QString &text)
{
    QList<Line> out;
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (const QString &raw : t.split(u'\n')) {
        Line l;
        int i = 0;
        // "> ", ">> ", "＞", "| ": quoted, however deep.
        while (i < raw.size()) {
            const QChar c = raw.at(i);
            if (c == u'>' || c == u'＞' || c == u'|')
                l.quoted = true;
            else if (!(c == u' ' || c == u'\t' || c == u'\u3000'))
                break;
            ++i;
        }
        l.text = raw.mid(i).trimmed();
        l.blank = l.text.isEmpty();
        out.append(l);
    }
    return out;
}

// The question and context lines the packet prints around each passage.
bool isPacketLabel(const QString &line)
{
    static const QRegularExpression label(
        QStringLiteral("^(質問|前後の文脈|Question|In context)\\s*[:：]"),
        QRegularExpression::CaseInsensitiveOption);
    return label.match(line).hasMatch();
}

struct Heading {
    int number = 0;
    QString rest; // text on the heading line after the number
};

std::optional<Heading> headingOf(const QString &line)
{
    QString l = line;
    // ①..⑳ name items too.
    if (!l.isEmpty() && l.front().unicode() >= 0x2460 && l.front().unicode() <= 0x2473)
        l = QString::number(l.front().unicode() - 0x2460 + 1) + u'.' + l.mid(1);
    l = l.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression bracketed(
        QStringLiteral(
            "^\\s*(?:【\\s*(\\d{1,3})\\s*】|\\(\\s*(\\d{1,3})\\s*\\)|\\[\\s*(\\d{1,3})\\s*\\]"
            "|(?:No\\.?|項目|#)\\s*(\\d{1,3}))\\s*(?:[.:、]\\s*)?"
            "(?:引用|抜粋|Quotation|Excerpt)?\\s*[:]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(
        QStringLiteral("^\\s*(\\d{1,3})\\s*[.):、](\\s*)(引用|抜粋|Quotation|Excerpt)?\\s*[:]?"
                       "\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (auto m = bracketed.match(l); m.hasMatch()) {
        for (int g = 1; g <= 4; ++g) {
            if (!m.captured(g).isEmpty())
                return Heading{m.captured(g).toInt(), m.captured(5).trimmed()};
        }
    }
    if (auto m = numbered.match(l); m.hasMatch()) {
        const QString rest = m.captured(4);
        // "2、3年前" and "1.5倍" are text: a bare number heads a block only when the line
        // ends there, names the packet's kind, or the passage follows after a space or in 「」.
        if (!m.captured(3).isEmpty() || rest.isEmpty() || rest.startsWith(u'「') ||
            rest.startsWith(u'『') || !m.captured(2).isEmpty())
            return Heading{m.captured(1).toInt(), rest.trimmed()};
    }
    return std::nullopt;
}

QSet<QString> bigrams(const QString &text)
{
    const QString s = reviewComparisonForm(text);
    QSet<QString> out;
    for (int i = 0; i + 1 < s.size(); ++i)
        out.insert(s.mid(i, 2));
    if (s.size() == 1)
        out.insert(s);
    return out;
}

double similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int shared = 0;
    for (const QString &g : a)
        shared += b.contains(g);
    return 2.0 * shared / double(a.size() + b.size());
}

// A line saying what the text should become ("修正後：「…」", "→「…」"), or what it was.
const QRegularExpression &afterMarker()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:(?:修正後|訂正後|変更後|修正案|修正|訂正|After|Corrected)\\s*[:：]|→|⇒|->)"
            "\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &beforeMarker()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:修正前|訂正前|変更前|元|原文|Before|Original)\\s*[:：]"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Paragraphs of a block: runs of lines of one kind (quoted or not) between blank lines.
struct Run {
    QStringList lines;
    bool quoted = false;
    QString text() const { return stripBrackets(joinLines(lines)); }
};

QList<Run> runsOf(const QList<Line> &lines, ReturnedLayout layout)
{
    QList<Run> out;
    bool open = false;
    for (const Line &l : lines) {
        if (l.blank || isPacketLabel(l.text)) {
            open = false;
            continue;
        }
        if (!open || out.back().quoted != l.quoted || layout == ReturnedLayout::Paragraphs) {
            out.append({{}, l.quoted});
            open = true;
        }
        out.back().lines.append(l.text);
    }
    return out;
}

// What one numbered block gives for its item; `comment` is set instead when the writer's
// words after the quoted passage are a remark about it rather than a new version of it.
struct BlockText {
    QString text;
    QString comment;
};

BlockText blockText(const QList<Run> &runs, const QString &sent)
{
    // An explicit "修正後" wins, with the lines that follow it in its paragraph.
    for (const Run &r : runs) {
        for (int i = 0; i < r.lines.size(); ++i) {
            auto m = afterMarker().match(r.lines.at(i));
            if (!m.hasMatch() || beforeMarker().match(r.lines.at(i)).hasMatch())
                continue;
            QStringList rest{r.lines.at(i).mid(m.capturedEnd())};
            rest += r.lines.mid(i + 1);
            return {stripBrackets(joinLines(rest)), {}};
        }
    }
    QList<Run> kept;
    for (const Run &r : runs) {
        if (!beforeMarker().match(r.lines.constFirst()).hasMatch())
            kept.append(r);
    }
    if (kept.isEmpty())
        return {};
    const auto firstQuoted =
        std::find_if(kept.cbegin(), kept.cend(), [](const Run &r) { return r.quoted; });
    if (firstQuoted != kept.cend()) {
        // A quoted passage and the writer's own lines after it: those replace it, when they
        // are a version of it and not a remark ("このままで結構です").
        const auto own =
            std::find_if(firstQuoted, kept.cend(), [](const Run &r) { return !r.quoted; });
        if (own != kept.cend()) {
            const QString mine = own->text();
            if (similarity(bigrams(mine), bigrams(sent)) >= kMention)
                return {mine, {}};
            return {firstQuoted->text(), mine};
        }
        return {firstQuoted->text(), {}};
    }
    // The writer's own paragraph: a version of the passage, or a remark about it.
    const QString mine = kept.constFirst().text();
    if (similarity(bigrams(mine), bigrams(sent)) >= kMention)
        return {mine, {}};
    return {{}, mine};
}

ReturnedTextReading readNumbered(const QList<ReviewItem> &sent, const QList<Line> &lines,
                                 ReturnedLayout layout)
{
    ReturnedTextReading out;
    QMap<int, ReturnedItem> found;
    int i = 0;
    while (i < lines.size() && !(!lines.at(i).blank && headingOf(lines.at(i).text)))
        ++i; // the greeting before the first item
    while (i < lines.size()) {
        const Line &headLine = lines.at(i);
        const Heading h = *headingOf(headLine.text);
        QList<Line> block;
        if (!h.rest.isEmpty())
            block.append({h.rest, headLine.quoted, false});
        ++i;
        while (i < lines.size() && (lines.at(i).blank || !headingOf(lines.at(i).text))) {
            block.append(lines.at(i));
            ++i;
        }
        const QList<Run> runs = runsOf(block, layout);
        if (runs.isEmpty())
            continue;
        if (h.number < 1 || h.number > sent.size()) {
            out.unmatched.append(joinLines(runs.constFirst().lines));
            continue;
        }
        const BlockText t = blockText(runs, sent.at(h.number - 1).text);
        if (!t.comment.isEmpty())
            out.unmatched.append(t.comment);
        if (t.text.isEmpty() || found.contains(h.number))
            continue;
        found.insert(h.number, {h.number, t.text});
    }
    out.items = found.values();
    return out;
}

ReturnedTextReading readUnnumbered(const QList<ReviewItem> &sent, const QList<Line> &lines,
                                   ReturnedLayout layout)
{
    ReturnedTextReading out;
    QList<QSet<QString>> itemGrams;
    for (const ReviewItem &item : sent)
        itemGrams.append(bigrams(item.text));
    struct Pick {
        QString text;
        bool quoted = true;
        bool changed = false;
    };
    QMap<int, Pick> picks;
    for (const Run &r : runsOf(lines, layout)) {
        QString text = r.text();
        if (auto m = afterMarker().match(r.lines.constFirst()); m.hasMatch())
            text = stripBrackets(
                joinLines(QStringList{r.lines.constFirst().mid(m.capturedEnd())} + r.lines.mid(1)));
        if (beforeMarker().match(r.lines.constFirst()).hasMatch() || text.isEmpty())
            continue;
        const QSet<QString> grams = bigrams(text);
        int best = -1;
        double bestScore = 0;
        double second = 0;
        for (int k = 0; k < itemGrams.size(); ++k) {
            const double s = similarity(grams, itemGrams.at(k));
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = k;
            } else if (s > second) {
                second = s;
            }
        }
        if (best < 0 || bestScore < kMatch || bestScore - second < kMargin) {
            if (bestScore >= kMention)
                out.unmatched.append(text);
            continue;
        }
        // The writer's own version beats the quoted original; of two, the one that changes it.
        const int number = best + 1;
        const Pick pick{text, r.quoted, !sameReviewText(text, sent.at(best).text)};
        auto it = picks.find(number);
        if (it == picks.end())
            picks.insert(number, pick);
        else if ((it->quoted && !pick.quoted) || (!it->changed && pick.changed))
            *it = pick;
    }
    for (auto it = picks.cbegin(); it != picks.cend(); ++it)
        out.items.append({it.key(), it->text});
    return out;
}

} // namespace

QString reviewComparisonForm(const QString &text)
{
    QString s = stripBrackets(text.normalized(QString::NormalizationForm_KC));
    QString out;
    out.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (c.isSpace())
            continue;
        // The wave dash and the full-width tilde are the same mark to a reader.
        out += c == u'〜' ? QChar(u'~') : c;
    }
    return stripBrackets(out);
}

bool sameReviewText(const QString &a, const QString &b)
{
    return reviewComparisonForm(a) == reviewComparisonForm(b);
}

ReturnedTextReading readReturnedText(const QList<ReviewItem> &sent, const QString &text,
                                     ReturnedLayout layout)
{
    const QList<Line> lines = splitLines(text);
    const bool numbered = std::any_of(lines.cbegin(), lines.cend(), [&](const Line &l) {
        if (l.blank)
            return false;
        const auto h = headingOf(l.text);
        return h && h->number >= 1 && h->number <= sent.size();
    });
    return numbered ? readNumbered(sent, lines, layout) : readUnnumbered(sent, lines, layout);
}

} // namespace shuzai
