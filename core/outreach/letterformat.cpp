#include "letterformat.h"

#include <QRegularExpression>
#include <QStringList>

namespace shuzai {

namespace {
struct MarkdownLine {
    enum class Kind { Blank, Heading, Bullet, Rule, Text };
    Kind kind = Kind::Text;
    int level = 0;  // a heading's level (1-6)
    int indent = 0; // a list item's leading spaces
    QString text;   // without its Markdown mark
};

MarkdownLine classify(const QString &line)
{
    static const QRegularExpression rule(
        QStringLiteral(R"(^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$)"));
    static const QRegularExpression heading(
        QStringLiteral(R"(^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^([ \t]*)[-*+][ \t]+(.*)$)"));
    if (line.trimmed().isEmpty())
        return {MarkdownLine::Kind::Blank, 0, 0, {}};
    if (rule.match(line).hasMatch())
        return {MarkdownLine::Kind::Rule, 0, 0, {}};
    if (const auto m = heading.match(line); m.hasMatch())
        return {MarkdownLine::Kind::Heading, int(m.captured(1).size()), 0, m.captured(2)};
    if (const auto m = bullet.match(line); m.hasMatch()) {
        const QString lead = m.captured(1);
        return {MarkdownLine::Kind::Bullet, 0, int(lead.size() + lead.count(u'\t') * 3),
                m.captured(2)};
    }
    return {MarkdownLine::Kind::Text, 0, 0, line};
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Inline Markdown: escapes, `code`, **bold**, [text](url), <url>, and (in HTML) bare URLs.
QString inlineMarkup(const QString &text, bool html)
{
    static const QRegularExpression token(QStringLiteral(
        R"(\\([\\`*_{}\[\]()#+\-.!>])|`([^`\n]+)`|\*\*(.+?)\*\*|\[([^\[\]\n]+)\]\(([^()\s]+)\)|<((?:https?|mailto):[^<>\s]+)>|(https?://[^\s<>"（）「」『』、。，．]+))"));
    QString out;
    qsizetype at = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString before = text.mid(at, m.capturedStart() - at);
        out += html ? escaped(before) : before;
        at = m.capturedEnd();
        if (m.capturedLength(1) > 0) {
            out += html ? escaped(m.captured(1)) : m.captured(1);
        } else if (m.capturedLength(2) > 0) {
            out +=
                html ? QStringLiteral("<code>") + escaped(m.captured(2)) + QStringLiteral("</code>")
                     : m.captured(2);
        } else if (m.capturedLength(3) > 0) {
            const QString inner = inlineMarkup(m.captured(3), html);
            out += html ? QStringLiteral("<strong>") + inner + QStringLiteral("</strong>") : inner;
        } else if (m.capturedLength(4) > 0) {
            const QString label = inlineMarkup(m.captured(4), html);
            const QString url = m.captured(5);
            if (html) {
                out += QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(url), label);
            } else {
                out += label == url ? url : label + QStringLiteral(" (") + url + u')';
            }
        } else {
            QString url = m.capturedLength(6) > 0 ? m.captured(6) : m.captured(7);
            QString trailing;
            // "https://example.jp)." : the closing punctuation belongs to the sentence.
            while (m.capturedLength(7) > 0 && !url.isEmpty() &&
                   QStringLiteral(".,;:!?)").contains(url.back())) {
                trailing.prepend(url.back());
                url.chop(1);
            }
            if (html) {
                out +=
                    QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(url)) + escaped(trailing);
            } else {
                out += url + trailing;
            }
        }
    }
    const QString rest = text.mid(at);
    return out + (html ? escaped(rest) : rest);
}

// Pairs of brackets a heading mark may be made of: such a mark wraps the heading.
bool isBracketPair(const QString &mark)
{
    static const QStringList pairs{
        QStringLiteral("【】"), QStringLiteral("「」"), QStringLiteral("『』"),
        QStringLiteral("［］"), QStringLiteral("[]"),   QStringLiteral("〔〕"),
        QStringLiteral("《》"), QStringLiteral("〈〉"), QStringLiteral("≪≫"),
        QStringLiteral("（）"), QStringLiteral("()"),   QStringLiteral("<>")};
    return pairs.contains(mark);
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}
} // namespace

QString letterPlainText(const QString &markdown, const LetterStyle &style)
{
    const QString headingMark = style.headingMark.trimmed();
    const QString listMark =
        style.listMark.trimmed().isEmpty() ? QString::fromUtf8("・") : style.listMark.trimmed();
    QStringList out;
    for (const QString &line : markdown.split(u'\n')) {
        const MarkdownLine md = classify(line);
        switch (md.kind) {
        case MarkdownLine::Kind::Blank:
            out.append(QString());
            break;
        case MarkdownLine::Kind::Rule:
            out.append(QString(20, QChar(0x2500))); // ────
            break;
        case MarkdownLine::Kind::Heading: {
            const QString text = inlineMarkup(md.text, false).trimmed();
            if (headingMark.isEmpty()) {
                out.append(text);
            } else if (isBracketPair(headingMark)) {
                const bool wrapped =
                    text.startsWith(headingMark.front()) && text.endsWith(headingMark.back());
                out.append(wrapped ? text : headingMark.front() + text + headingMark.back());
            } else {
                out.append(headingMark + u' ' + text);
            }
            break;
        }
        case MarkdownLine::Kind::Bullet:
            out.append(QString(md.indent, u' ') + listMark +
                       (isAscii(listMark) ? QStringLiteral(" ") : QString()) +
                       inlineMarkup(md.text, false));
            break;
        case MarkdownLine::Kind::Text:
            out.append(inlineMarkup(md.text, false));
            break;
        }
    }
    return out.join(u'\n');
}

QString letterHtml(const QString &markdown, const QString &language, const QString &title,
                   const QString &charset)
{
    QStringList body;
    QStringList paragraph;
    QList<int> lists; // the indents of the open lists, each with an open <li>
    auto closeParagraph = [&] {
        if (!paragraph.isEmpty())
            body.append(QStringLiteral("<p>") + paragraph.join(QStringLiteral("<br>\n")) +
                        QStringLiteral("</p>"));
        paragraph.clear();
    };
    auto closeLists = [&](int downTo) {
        while (!lists.isEmpty() && lists.last() > downTo) {
            body.append(QStringLiteral("</li></ul>"));
            lists.removeLast();
        }
    };
    for (const QString &line : markdown.split(u'\n')) {
        const MarkdownLine md = classify(line);
        if (md.kind != MarkdownLine::Kind::Bullet) {
            closeLists(-1);
            if (md.kind != MarkdownLine::Kind::Text)
                closeParagraph();
        }
        switch (md.kind) {
        case MarkdownLine::Kind::Blank:
            break;
        case MarkdownLine::Kind::Rule:
            body.append(QStringLiteral("<hr>"));
            break;
        case MarkdownLine::Kind::Heading:
            body.append(QStringLiteral("<h%1>%2</h%1>")
                            .arg(std::max(2, md.level))
                            .arg(inlineMarkup(md.text.trimmed(), true)));
            break;
        case MarkdownLine::Kind::Bullet: {
            closeParagraph();
            const QString item = QStringLiteral("<li>") + inlineMarkup(md.text, true);
            closeLists(md.indent);
            if (!lists.isEmpty() && lists.last() == md.indent) {
                body.append(QStringLiteral("</li>") + item);
            } else {
                body.append(QStringLiteral("<ul>") + item);
                lists.append(md.indent);
            }
            break;
        }
        case MarkdownLine::Kind::Text:
            paragraph.append(inlineMarkup(md.text.trimmed(), true));
            break;
        }
    }
    closeLists(-1);
    closeParagraph();
    const QString lang =
        language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"%2\">\n"
                          "<title>%3</title>\n</head>\n<body>\n")
               .arg(lang, charset, escaped(title)) +
           body.join(u'\n') + QStringLiteral("\n</body>\n</html>\n");
}

QString withoutLinks(const QString &line)
{
    static const QRegularExpression link(
        QStringLiteral(R"(\[[^\[\]\n]*\]\([^()\s]*\)|\[[^\[\]\n]*\]\[[^\[\]\n]*\]|)"
                       R"(^ {0,3}\[[^\[\]\n]+\]:\s.*$|<(?:https?|mailto):[^<>\s]+>|\\[\[\]])"));
    QString out = line;
    for (auto it = link.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        out.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    return out;
}

} // namespace shuzai
