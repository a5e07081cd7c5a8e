// Cutting the quoted original away from a reply, so the candidate times of the letter it quotes
// are not read as the person's choice.
#include "replyreader.h"

#include <QRegularExpression>

namespace shuzai {

namespace {
using RE = QRegularExpression;

const RE &re(const char *pattern)
{
    // One compiled expression per pattern for the process: patterns are literals.
    thread_local QHash<const char *, RE> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, RE(QString::fromUtf8(pattern),
                                      RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption));
    return *it;
}

bool matches(const QString &line, const char *pattern)
{
    return re(pattern).match(line).hasMatch();
}

// How many lines the attribution over a quote starting at line i takes (0: none): "On … wrote:"
// (Gmail may wrap it over two lines), 「…さんは書きました:」, Apple Mail's 「…のメール:」, Gmail's
// Japanese 「2025年5月20日(火) 10:00 名前 <a@b>:」.
qsizetype attributionLines(const QStringList &lines, qsizetype i)
{
    const QString line = lines[i].trimmed();
    if (line.isEmpty())
        return 0;
    if (matches(line, R"((wrote|a écrit|schrieb|書きました|のメール)\s*[:：]$)"))
        return 1;
    if (matches(line, R"(^on\s.+\d)")) {
        for (qsizetype j = i; j < std::min(i + 3, lines.size()); ++j) {
            if (matches(lines[j].trimmed(), R"(wrote\s*:$)"))
                return j - i + 1;
        }
    }
    if (matches(line, R"(\d.*<[^<>\s]+@[^<>\s]+>\s*[:：]$)") ||
        matches(line, R"(^\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}.*@.*[:：]$)"))
        return 1;
    return 0;
}

bool quoted(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'>') || t.startsWith(u'＞') || t.startsWith(u'|');
}

// An attribution over a quoted block that the person's own text follows (bottom or inline
// posting): only the attribution and the quoted lines go, not what comes after.
bool answeredBelow(const QStringList &lines, qsizetype after)
{
    qsizetype j = after;
    while (j < lines.size() && lines[j].trimmed().isEmpty())
        ++j;
    if (j >= lines.size() || !quoted(lines[j]))
        return false;
    for (; j < lines.size(); ++j) {
        if (lines[j].trimmed().isEmpty() || quoted(lines[j]))
            continue;
        return attributionLines(lines, j) == 0;
    }
    return false;
}

// A line that starts the original: everything from it on is someone else's text.
bool startsOriginal(const QStringList &lines, qsizetype i)
{
    const QString line = lines[i].trimmed();
    if (line.isEmpty())
        return false;
    // "-----Original Message-----", 「-----元のメッセージ-----」, forwarded markers.
    if (matches(
            line,
            R"(^[-=_─━]{2,}\s*(original message|元のメッセージ|forwarded message|)"
            R"(転送されたメッセージ|転送メッセージ|転送済みメッセージ|begin forwarded message))"))
        return true;
    if (matches(line, R"(^(begin forwarded message|転送元のメッセージ)\s*[:：]?$)"))
        return true;
    // Attribution lines: "On … wrote:" (Gmail may wrap it over two lines), 「…さんは書きました:」,
    // Apple Mail's 「…のメール:」, Gmail's Japanese 「2025年5月20日(火) 10:00 名前 <a@b>:」.
    if (attributionLines(lines, i) > 0)
        return true;
    // Outlook's header block, unquoted: From:/差出人: followed by Sent:/Date:/送信日時: lines.
    if (matches(line, R"(^(from|差出人|送信者|发件人)\s*[:：])")) {
        for (qsizetype j = i + 1; j < std::min(i + 4, lines.size()); ++j) {
            if (matches(lines[j].trimmed(),
                        R"(^(sent|date|to|subject|送信日時|日付|宛先|件名)\s*[:：])"))
                return true;
        }
    }
    return false;
}

// A line that starts the signature: "-- " by convention, or a ruled line (罫線) framing one.
bool startsSignature(const QString &line)
{
    if (line == QLatin1String("-- ") || line.trimmed() == QLatin1String("--"))
        return true;
    return matches(line.trimmed(), R"(^[━─═=＝\-_＿*＊~〜～・]{8,}$)");
}
} // namespace

QString withoutQuotedText(const QString &text)
{
    QString unified = text;
    unified.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    const QStringList lines = unified.split(u'\n');
    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (const qsizetype n = attributionLines(lines, i); n > 0 && answeredBelow(lines, i + n)) {
            i += n - 1;
            continue;
        }
        if (startsOriginal(lines, i) || startsSignature(line))
            break;
        const QString trimmed = line.trimmed();
        // Quoted lines of a reply written between the quotes (bottom or inline posting).
        if (quoted(line))
            continue;
        // What phones add under the text.
        if (matches(
                trimmed,
                R"(^(sent from my|iphoneから送信|ipadから送信|androidから送信|get outlook for))"))
            continue;
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.last().trimmed().isEmpty())
        kept.removeLast();
    while (!kept.isEmpty() && kept.first().trimmed().isEmpty())
        kept.removeFirst();
    return kept.join(u'\n');
}

} // namespace shuzai
