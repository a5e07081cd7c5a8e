#pragma once

#include <QString>

namespace shuzai {

// How the text/plain letter shows the template's Markdown (the campaign's letter style).
struct LetterStyle {
    // "【】" (or another pair of brackets such as 「」) wraps a heading: 【お願い】; any other
    // mark is put before it: "■ お願い".
    QString headingMark = QString::fromUtf8("【】");
    // Put before each list item: "・所要時間" (an ASCII mark such as "-" gets a space: "- ...").
    QString listMark = QString::fromUtf8("・");
};

// A letter template's Markdown (after its placeholders are filled) as a plain-text e-mail reads
// it: headings marked, list items with the list mark, no "**", "##" or "---" left (a rule becomes
// a line of box-drawing characters), [text](url) as "text (url)". One output line per input
// line, so a line number means the same line in both.
QString letterPlainText(const QString &markdown, const LetterStyle &style);

// The same letter as a complete HTML document in `language` ("ja" or "en"), `title` its
// <title>, every text escaped: headings, lists, paragraphs (line breaks kept), rules, bold,
// links. `charset` is the one the part is sent in ("utf-8" or "iso-2022-jp").
QString letterHtml(const QString &markdown, const QString &language, const QString &title,
                   const QString &charset = QStringLiteral("utf-8"));

// `line` with Markdown link spans ([text](url), [text][ref], <url>) blanked out, for checks that
// must not mistake a link for a part still to fill in. Same length as `line`.
QString withoutLinks(const QString &line);

} // namespace shuzai
