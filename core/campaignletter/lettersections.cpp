// The categories of a request letter with their numbered questions, and its attribution
// options.
#include "letterreader.h"

#include <functional>

namespace shuzai::letterimport {

using namespace letterscan;

void Reader::readCategories()
{
    static const QRegularExpression japanese =
        ci(R"(^(.+?)(?:様)?(?:向け|への)(?:の)?(?:ご)?質問(?:項目)?(?:（[^）]*）)?[:：]?$)");
    static const QRegularExpression english = ci(R"(^questions?\s+(?:for|to)\s+(.+?)[:：]?$)");
    static const QRegularExpression numbered = ci(
        R"(^\s*(?:Q|問)?\s*\d{1,2}\s*[.)．、:：]\s*(\S.*)$|^\s*[(（]\d{1,2}[)）]\s*(\S.*)$|^\s*[①-⑳]\s*(\S.*)$)");
    QList<int> headingLines;
    // Reads every category heading `headingName` names, with the numbered items under it.
    auto scan = [&](const std::function<std::optional<QString>(int)> &headingName) {
        Category *current = nullptr;
        bool open = false; // still reading the current category's questions
        for (int i = 0; i < p.lines.size(); ++i) {
            const QString plain = plainLine(p.lines[i]);
            if (const std::optional<QString> name = headingName(i)) {
                out.draft.categories.append(Category());
                current = &out.draft.categories.last();
                current->name = *name;
                headingLines.append(i);
                open = true;
                if (p.questionsFirst < 0)
                    p.questionsFirst = i;
                p.questionsLast = i;
                continue;
            }
            if (!current || !open || plain.isEmpty())
                continue;
            const auto item = numbered.match(fold(p.lines[i]));
            if (item.hasMatch()) {
                const int which = !item.captured(1).isEmpty()   ? 1
                                  : !item.captured(2).isEmpty() ? 2
                                                                : 3;
                const QString text = p.lines[i].mid(item.capturedStart(which)).trimmed();
                current->questions.append(Question{0, int(current->questions.size()) + 1, text});
                p.questionsLast = i;
                used.insert(i);
            } else if (p.lines[i].startsWith(u' ') && !current->questions.isEmpty()) {
                current->questions.last().text += p.lines[i].trimmed(); // a wrapped question
                p.questionsLast = i;
                used.insert(i);
            } else {
                open = false;
            }
        }
    };
    scan([&](int i) -> std::optional<QString> {
        const QString plain = plainLine(p.lines[i]);
        auto heading = japanese.match(plain);
        if (!heading.hasMatch())
            heading = english.match(plain);
        if (heading.hasMatch() && plain.size() < 60)
            return heading.captured(1).trimmed();
        return std::nullopt;
    });
    // No category headings: one list of questions under a heading such as "## 質問項目" or
    // "QUESTIONS:" is the questions of one category, its name left to the editor.
    if (out.draft.categories.isEmpty()) {
        static const QRegularExpression questions = ci(R"(質問|questions)");
        static const QRegularExpression headingMark = ci(R"(^\s*(?:#|■|□|◆|●|【|\*\*))");
        scan([&](int i) -> std::optional<QString> {
            const QString line = p.lines[i].trimmed();
            const QString plain = plainLine(line);
            const bool heading = headingMark.match(line).hasMatch() || plain.endsWith(u':') ||
                                 plain.endsWith(u'：') ||
                                 (plain == plain.toUpper() && plain != plain.toLower());
            if (heading && plain.size() < 40 && questions.match(plain).hasMatch() &&
                out.draft.categories.isEmpty())
                return p.japanese ? QStringLiteral("取材対象者") : QStringLiteral("Interviewees");
            return std::nullopt;
        });
        if (out.draft.categories.size() == 1 && out.draft.categories.first().questions.isEmpty()) {
            out.draft.categories.clear();
            headingLines.clear();
            p.questionsFirst = p.questionsLast = -1;
        } else if (!out.draft.categories.isEmpty()) {
            p.questionsFirst = headingLines.first() + 1; // the letter's own heading stays
            addGap(QStringLiteral("categoryName"), headingLines.first(),
                   QT_TRANSLATE_NOOP("LetterImport", "The questions have no category heading; "
                                                     "they are kept as the category %1."),
                   out.draft.categories.first().name);
        }
    }
    assignCategoryCodes(out.draft.categories);
    for (int k = 0; k < out.draft.categories.size(); ++k) {
        const Category &c = out.draft.categories[k];
        if (c.questions.isEmpty()) {
            addGap(QStringLiteral("category:") + c.code, headingLines[k],
                   QT_TRANSLATE_NOOP("LetterImport", "No questions for the category %1."), c.name);
        }
    }
    if (out.draft.categories.isEmpty()) {
        addGap(QStringLiteral("categories"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter has no questions under a category "
                                                 "heading (### 研究者向け質問, Questions for "
                                                 "researchers)."),
               {}, true);
    }
}

void Reader::readAttributions()
{
    static const QRegularExpression anonymous = ci(R"(匿名|anonym|お名前を伏せ|unnamed)");
    static const QRegularExpression named = ci(
        R"(お名前|氏名|実名|ご所属|by name|your name|name and (?:company|affiliation|title)|named)");
    static const QRegularExpression photo = ci(R"(写真|photo|portrait)");
    bool a = false, n = false, ph = false;
    for (int i = 0; i < p.lines.size(); ++i) {
        if (used.contains(i) || i == p.subjectLine)
            continue;
        const QString &line = p.lines[i];
        const bool isAnonymous = anonymous.match(line).hasMatch();
        const bool isNamed = named.match(line).hasMatch();
        a = a || isAnonymous;
        n = n || isNamed;
        ph = ph || ((isNamed || isAnonymous || line.contains(QStringLiteral("掲載"))) &&
                    photo.match(line).hasMatch());
    }
    if (n)
        out.draft.attributionOptions.append(Attribution::NameAndAffiliation);
    if (ph)
        out.draft.attributionOptions.append(Attribution::WithPhoto);
    if (a)
        out.draft.attributionOptions.append(Attribution::Anonymous);
    if (out.draft.attributionOptions.isEmpty()) {
        addGap(QStringLiteral("attributions"), -1,
               QT_TRANSLATE_NOOP("LetterImport", "The letter does not say how interviewees are "
                                                 "named in the article."));
    }
    // "出演形式:" with its options as a list below: the template's {{attribution.options}}.
    if (auto v = findLabelled(QStringLiteral("出演形式|掲載形式|掲載方法|attribution"));
        v && v->second.isEmpty()) {
        static const QRegularExpression item = ci(R"(^\s+[-*・•]\s+)");
        for (int i = v->first + 1; i < p.lines.size() && item.match(p.lines[i]).hasMatch(); ++i) {
            if (p.attributionFirst < 0)
                p.attributionFirst = i;
            p.attributionLast = i;
        }
    }
}

void assignCategoryCodes(QList<Category> &categories)
{
    static const QList<std::pair<QString, QRegularExpression>> known{
        {QStringLiteral("researcher"),
         ci(R"(研究|大学|学術|研究室|research|academ|universit|\blabs?\b|scientist)")},
        {QStringLiteral("vendor"),
         ci(R"(提供|ベンダー|メーカー|事業者|開発企業|vendor|provider|supplier|maker)")},
        {QStringLiteral("adopter"), ci(R"(導入|利用|ユーザー|adopter|\busers?\b|customer)")},
    };
    QStringList taken;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        Category &c = categories[i];
        c.code.clear();
        for (const auto &[code, pattern] : known) {
            if (pattern.match(c.name).hasMatch()) {
                if (!taken.contains(code))
                    c.code = code;
                break;
            }
        }
        if (c.code.isEmpty())
            c.code = QStringLiteral("category%1").arg(i + 1);
        taken.append(c.code);
        c.position = int(i + 1);
        c.organisationHonorific = c.code == QLatin1String("researcher") ? QStringLiteral("貴研究室")
                                                                        : QStringLiteral("貴社");
    }
}

} // namespace shuzai::letterimport
