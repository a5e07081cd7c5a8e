// Reads an editor's request letter into a proposed campaign. The letter is read line by line
// as a person reads it: labelled lines (所要時間: 60分, Length: 30 minutes), the sentence that
// names the feature (「…」と題した, titled "…"), the category headings with their numbered
// questions, the lines with a day and times (the candidate times), the signature's contact block.
#include "letterimport.h"

#include "letterreader.h"
#include "transcripts/parsers.h"
#include "transcripts/textdecoding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace shuzai {

using namespace letterscan;
using letterimport::ci;
using letterimport::Reader;

namespace {
QString stripQuotes(QString s)
{
    s = s.trimmed();
    static const QString open = QStringLiteral("「『\"“'‘");
    static const QString close = QStringLiteral("」』\"”'’");
    if (s.size() > 1 && open.contains(s.front()) && close.contains(s.back()))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}
} // namespace

namespace letterimport {

void Reader::readSubjectAndTitle()
{
    for (int i = 0; i < p.lines.size() && p.subjectLine < 0; ++i) {
        if (auto v = labelled(p.lines[i], QStringLiteral("件名|subject|re"))) {
            p.subjectLine = i;
            p.subject = *v;
        }
    }
    // A title given as such, then the sentence naming the feature, then the subject's 「」.
    const QString labels = QStringLiteral("特集タイトル|記事タイトル|タイトル|特集名|題名|"
                                          "記事名|特集|title|feature title|working title|"
                                          "feature");
    if (auto v = findLabelled(labels); v && !v->second.isEmpty()) {
        p.title = {v->first, stripQuotes(v->second)};
    } else {
        static const QList<QRegularExpression> patterns{
            ci(R"(「([^「」]+)」\s*と題)"), ci(R"(『([^『』]+)』\s*と題)"),
            ci(R"((?:titled|entitled|called)\s+["“]([^"”]+)["”])"),
            ci(R"(feature\s+(?:on\s+)?["“]([^"”]+)["”])"), ci(R"(特集\s*「([^「」]+)」)")};
        for (const QRegularExpression &pattern : patterns) {
            for (int i = 0; i < p.lines.size() && p.title.line < 0; ++i) {
                if (i == p.subjectLine)
                    continue;
                if (const auto m = pattern.match(p.lines[i]); m.hasMatch())
                    p.title = {i, m.captured(1).trimmed()};
            }
        }
    }
    // A theme, last: it may be broader than the feature's title.
    if (p.title.line < 0) {
        if (auto v = findLabelled(QStringLiteral("テーマ|theme|topic")); v && !v->second.isEmpty())
            p.title = {v->first, stripQuotes(v->second)};
    }
    out.draft.title = p.title.text;
    if (p.title.line < 0) {
        addGap(QStringLiteral("title"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not name the feature "
                                                 "(「…」と題した, titled \"…\")."),
               {}, true);
    }
}

void Reader::readPublication()
{
    if (auto v = findLabelled(
            QStringLiteral("媒体名|媒体|掲載媒体|メディア|誌名|publication|magazine|media|outlet"));
        v && !v->second.isEmpty()) {
        p.publication = {v->first, v->second};
    }
    // The signature's "AI Tech Media 編集部", else "AI Tech Media編集部の…" in a sentence.
    static const QRegularExpression signature = ci(R"(^(.+?)\s*編集部$)");
    static const QRegularExpression sentence = ci(R"(^(.+?)\s*編集部(?:の|で|より|です))");
    static const QList<QRegularExpression> english{
        ci(R"(behalf of\s+(?:the\s+)?([A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|and|&))*)\s+editorial)"),
        ci(R"(editor(?:ial team)?\s+(?:at|of)\s+([A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|and|&))*))")};
    for (const QRegularExpression *pattern : {&signature, &sentence}) {
        for (int i = int(p.lines.size()) - 1; i >= 0 && p.publication.line < 0; --i) {
            if (const auto m = pattern->match(plainLine(p.lines[i])); m.hasMatch())
                p.publication = {i, m.captured(1).trimmed()};
        }
    }
    for (const QRegularExpression &pattern : english) {
        for (int i = 0; i < p.lines.size() && p.publication.line < 0; ++i) {
            // Case matters for the name's words: the pattern's (?i) is for the verbs only.
            QRegularExpression strict(pattern.pattern(),
                                      QRegularExpression::UseUnicodePropertiesOption);
            if (const auto m = strict.match(p.lines[i]); m.hasMatch())
                p.publication = {i, m.captured(1).trimmed()};
        }
    }
    out.draft.publication = p.publication.text;
    if (p.publication.line < 0) {
        addGap(QStringLiteral("publication"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not name the publication."));
    }
}

void Reader::readContact()
{
    static const QRegularExpression email = ci(R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)");
    static const QRegularExpression url = ci(R"(https?://[^\s<>()（）「」"]+)");
    auto firstMatch = [&](const QRegularExpression &pattern, const QString &labels) -> Span {
        if (auto v = findLabelled(labels)) {
            if (const auto m = pattern.match(v->second); m.hasMatch())
                return {v->first, m.captured(0)};
        }
        for (int i = int(p.lines.size()) - 1; i >= 0; --i) { // the signature is at the end
            if (const auto m = pattern.match(p.lines[i]); m.hasMatch())
                return {i, m.captured(0)};
        }
        return {};
    };
    p.editorEmail = firstMatch(email, QStringLiteral("e-?mail|メール|メールアドレス|mail"));
    p.website = firstMatch(url, QStringLiteral("web|url|hp|website|ホームページ|ウェブサイト|"
                                               "サイト"));
    if (auto v = findLabelled(QStringLiteral("tel|phone|telephone|電話|電話番号|ＴＥＬ"));
        v && !v->second.isEmpty())
        p.editorPhone = {v->first, v->second};
    out.draft.editorEmail = p.editorEmail.text;
    out.draft.website = p.website.text.endsWith(u'.') ? p.website.text.chopped(1) : p.website.text;
    out.draft.editorPhone = p.editorPhone.text;
    if (p.editorEmail.line < 0) {
        addGap(QStringLiteral("editorEmail"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter gives no e-mail address to reply "
                                                 "to."));
    }
    if (p.editorPhone.line < 0) {
        addGap(QStringLiteral("editorPhone"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter gives no phone number."));
    } else if (looksUnfilled(p.editorPhone.text)) {
        addGap(QStringLiteral("editorPhone"), p.editorPhone.line,
               QT_TRANSLATE_NOOP("LetterImport", "The phone number is still to fill in: %1"),
               p.editorPhone.text);
    }
    if (p.website.line < 0) {
        addGap(QStringLiteral("website"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter gives no web address."));
    }
}

void Reader::readEditorName()
{
    Span name;
    if (auto v = findLabelled(QStringLiteral("編集長|編集担当|担当|担当者|編集者|編集|"
                                             "editor|contact|name"));
        v && !v->second.isEmpty()) {
        name = {v->first, v->second};
    }
    // English: the first line after "Best regards,".
    static const QRegularExpression closing = ci(
        R"(^(best regards|kind regards|regards|sincerely|yours sincerely|yours faithfully|best wishes|best|thanks|many thanks),?$)");
    for (int i = 0; i < p.lines.size() && name.line < 0; ++i) {
        if (!closing.match(p.lines[i].trimmed()).hasMatch())
            continue;
        for (int j = i + 1; j < p.lines.size(); ++j) {
            const QString line = plainLine(p.lines[j]);
            if (!line.isEmpty()) {
                name = {j, line};
                break;
            }
        }
    }
    // 「…編集部の山田でございます」「…の山田と申します」
    static const QRegularExpression introduced =
        ci(R"((?:編集部|編集長|担当)の\s*(.+?)\s*(?:でございます|と申します|です))");
    for (int i = 0; i < p.lines.size() && name.line < 0; ++i) {
        if (const auto m = introduced.match(p.lines[i]); m.hasMatch())
            name = {i, m.captured(1)};
    }
    p.editorName = name;
    if (name.line < 0) {
        addGap(QStringLiteral("editorName"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not give the editor's name."));
    } else if (looksUnfilled(name.text)) {
        addGap(QStringLiteral("editorName"), name.line,
               QT_TRANSLATE_NOOP("LetterImport", "The editor's name is still to fill in: %1"),
               name.text);
    } else {
        out.draft.editorName = name.text;
    }
}

void Reader::readAddressee()
{
    // The block before the letter's opening: "株式会社○○ / ○○様", or "Dear [Name],".
    static const QRegularExpression dear = ci(R"(^dear\s)");
    static const QRegularExpression honorific = ci(R"((?:様|御中|先生|殿)\s*$)");
    const int from = p.subjectLine + 1;
    int first = -1;
    for (int i = from; i < p.lines.size(); ++i) {
        const QString line = p.lines[i].trimmed();
        if (line.isEmpty() || line == QLatin1String("---"))
            continue;
        if (dear.match(line).hasMatch()) {
            p.addresseeFirst = p.addresseeLast = i;
            return;
        }
        if (first < 0)
            first = i;
        if (honorific.match(line).hasMatch()) {
            p.addresseeFirst = first;
            p.addresseeLast = i;
            return;
        }
        if (i - first >= 3)
            return;
    }
}

// Parts still to fill in that no field above reported: each with its line.
void Reader::listUnfilled()
{
    QSet<QString> reported;
    QSet<int> reportedLines;
    for (const LetterGap &g : std::as_const(out.gaps)) {
        reported.insert(g.text);
        reportedLines.insert(g.line - 1);
    }
    for (int i = 0; i < p.lines.size(); ++i) {
        if (reportedLines.contains(i) || (i >= p.addresseeFirst && i <= p.addresseeLast))
            continue;
        for (const QString &part : unfilledParts(p.lines[i])) {
            if (reported.contains(part))
                continue;
            addGap(QStringLiteral("unfilled"), i,
                   QT_TRANSLATE_NOOP("LetterImport", "Still to fill in: %1"), part);
        }
    }
}

} // namespace letterimport

namespace {
Result<std::pair<QString, QString>> letterText(const QByteArray &bytes, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive) ||
        bytes.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        auto text = readDocxText(bytes, fileName);
        if (!text)
            return text.error();
        return std::pair{*text, QStringLiteral("docx")};
    }
    auto decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    return std::pair{decoded->text, decoded->encoding};
}
} // namespace

Result<LetterImport> readRequestLetter(const QByteArray &bytes, const QString &fileName,
                                       const QDate &referenceDate)
{
    auto text = letterText(bytes, fileName);
    if (!text)
        return Error(text.error()).at(fileName);
    QString body = text->first;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    if (body.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "The letter has no text."),
                     {}, QStringLiteral("file"))
            .at(fileName);
    }
    Reader r;
    r.today = referenceDate;
    r.p.lines = body.split(u'\n');
    for (const QString &line : std::as_const(r.p.lines))
        r.folded.append(fold(line));
    int letters = 0;
    for (QChar c : body)
        letters += c.isLetter() ? 1 : 0;
    r.p.japanese = cjkCount(body) * 5 > letters;
    r.out.language = r.p.japanese ? QStringLiteral("ja") : QStringLiteral("en");
    r.out.encoding = text->second;
    r.out.fileName = fileName;
    r.out.draft.modes.clear();
    r.out.draft.editorName.clear();

    r.readSubjectAndTitle();
    r.readPublication();
    r.readCategories();
    r.readDates();
    r.readInterview();
    r.readAttributions();
    r.readEditorName();
    r.readContact();
    r.readAddressee();
    r.listUnfilled();
    r.out.templateText = letterparts::buildTemplate(r.p, r.out.draft);
    return r.out;
}

} // namespace shuzai
