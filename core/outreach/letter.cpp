#include "letter.h"

#include "domain/slotformat.h"
#include "letterformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace shuzai {

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression p(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.]+)\s*\}\})"));
    return p;
}

QString japaneseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString window(const Campaign &c, bool ja)
{
    if (ja) {
        QString end =
            c.windowEnd.month() == c.windowStart.month()
                ? QStringLiteral("%1日").arg(c.windowEnd.day())
                : QStringLiteral("%1月%2日").arg(c.windowEnd.month()).arg(c.windowEnd.day());
        return japaneseDate(c.windowStart) + u'〜' + end;
    }
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    return en.toString(c.windowStart, QStringLiteral("d MMMM yyyy")) + QStringLiteral(" to ") +
           en.toString(c.windowEnd, QStringLiteral("d MMMM yyyy"));
}

QString modes(const Campaign &c, bool ja)
{
    const bool online = c.modes.contains(InterviewMode::Online);
    const bool inPerson = c.modes.contains(InterviewMode::InPerson);
    if (ja) {
        if (online && inPerson)
            return QStringLiteral("オンライン会議（Zoom）または対面（ご希望に応じて）");
        return online ? QStringLiteral("オンライン会議（Zoom）") : QStringLiteral("対面");
    }
    if (online && inPerson)
        return QStringLiteral("online (Zoom) or in person, as you prefer");
    return online ? QStringLiteral("online (Zoom)") : QStringLiteral("in person");
}

QString attributionLines(const Campaign &c, bool ja)
{
    QStringList lines;
    const bool name = c.attributionOptions.contains(Attribution::NameAndAffiliation);
    const bool photo = c.attributionOptions.contains(Attribution::WithPhoto);
    if (name || photo) {
        if (ja) {
            lines.append(QStringLiteral("  - 記事内でのお名前・ご所属の掲載") +
                         (photo ? QStringLiteral("（写真付きも可能）") : QString()));
        } else {
            lines.append(QStringLiteral("  - your name and affiliation in the article") +
                         (photo ? QStringLiteral(" (with a photo if you like)") : QString()));
        }
    }
    if (c.attributionOptions.contains(Attribution::Anonymous)) {
        lines.append(ja ? QStringLiteral("  - 匿名でのご協力も可能です")
                        : QStringLiteral("  - or anonymously"));
    }
    return lines.join(u'\n');
}

QString questionLines(const QList<EffectiveQuestion> &questions)
{
    QStringList lines;
    for (const EffectiveQuestion &q : questions)
        lines.append(QStringLiteral("%1. %2").arg(q.number).arg(q.text));
    return lines.join(u'\n');
}

// How an English letter speaks of the organisation the category's Japanese honorific names.
QString englishOrganisation(const QString &honorific)
{
    if (honorific == QStringLiteral("貴社"))
        return QStringLiteral("your company");
    if (honorific == QStringLiteral("貴研究室"))
        return QStringLiteral("your laboratory");
    if (honorific == QStringLiteral("貴学") || honorific == QStringLiteral("貴校"))
        return QStringLiteral("your university");
    return QStringLiteral("your organisation");
}

QString slotLines(const LetterContext &ctx)
{
    if (ctx.candidateTimes.isEmpty())
        return ctx.freeSlots;
    return letterSlotBlock(ctx.campaign, ctx.candidateTimes, ctx.now, ctx.recipient.data.timeZone,
                           ctx.language);
}

QHash<QString, QString> values(const LetterContext &ctx)
{
    const bool ja = ctx.language != QLatin1String("en");
    const Campaign &c = ctx.campaign;
    const IntervieweeData &r = ctx.recipient.data;
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    // An empty editor name stays visible as a part to fill in, as in the letter's own draft.
    const QString editorName = !c.editorName.isEmpty() ? c.editorName
                               : ja                    ? QStringLiteral("[編集長名]")
                                                       : QStringLiteral("[editor's name]");
    // A letter file can be forwarded or archived: an anonymous person is not named in it.
    const bool anonymous = r.isAnonymous();
    const QString addressee = ja ? QStringLiteral("ご担当者") : QStringLiteral("Sir or Madam");
    const Category *category = c.category(r.categoryId);
    const QString organisationHonorific =
        category ? category->organisationHonorific : QStringLiteral("貴社");
    const QString personHonorific = anonymous || !category || category->personHonorific.isEmpty()
                                        ? QStringLiteral("様")
                                        : category->personHonorific;
    return {
        {QStringLiteral("recipient.organisation_honorific"),
         ja ? organisationHonorific : englishOrganisation(organisationHonorific)},
        {QStringLiteral("recipient.honorific"), ja ? personHonorific : QString()},
        {QStringLiteral("recipient.name"), anonymous ? addressee : r.fullName()},
        {QStringLiteral("recipient.family_name"), anonymous ? addressee : r.familyName},
        {QStringLiteral("recipient.organisation"), anonymous ? QString() : r.organisation},
        {QStringLiteral("recipient.department"), anonymous ? QString() : r.department},
        {QStringLiteral("recipient.title"), anonymous ? QString() : r.jobTitle},
        {QStringLiteral("editor.name"), editorName},
        {QStringLiteral("editor.email"), c.editorEmail},
        {QStringLiteral("editor.phone"), c.editorPhone},
        {QStringLiteral("publication"), c.publication},
        {QStringLiteral("website"), c.website},
        {QStringLiteral("campaign.title"), c.title},
        {QStringLiteral("campaign.publication_date"),
         ja ? japaneseDate(c.publicationDate)
            : en.toString(c.publicationDate, QStringLiteral("d MMMM yyyy"))},
        {QStringLiteral("interview.minutes"), QString::number(c.interviewMinutes)},
        {QStringLiteral("interview.modes"), modes(c, ja)},
        {QStringLiteral("interview.window"), window(c, ja)},
        {QStringLiteral("attribution.options"), attributionLines(c, ja)},
        {QStringLiteral("questions"), questionLines(ctx.questions)},
        {QStringLiteral("slots"), slotLines(ctx)},
        {QStringLiteral("category.name"), category ? category->name : QString()},
    };
}
} // namespace

QString LetterProblem::message() const
{
    return QCoreApplication::translate("Letter", reason).arg(line).arg(text);
}

QStringList letterPlaceholders()
{
    QStringList keys = values(LetterContext{}).keys();
    keys.sort();
    return keys;
}

QList<LetterProblem> checkTemplate(const QString &templateText)
{
    QList<LetterProblem> problems;
    const QStringList known = letterPlaceholders();
    const QStringList lines = templateText.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        QString rest = line;
        for (auto it = placeholderPattern().globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (!known.contains(m.captured(1))) {
                problems.append({int(i + 1),
                                 QT_TRANSLATE_NOOP("Letter", "Line %1: unknown placeholder %2"),
                                 m.captured(0)});
            }
            rest.replace(m.captured(0), QString());
        }
        if (rest.contains(QLatin1String("{{")) || rest.contains(QLatin1String("}}"))) {
            problems.append(
                {int(i + 1),
                 QT_TRANSLATE_NOOP("Letter", "Line %1: malformed placeholder in \"%2\""),
                 line.trimmed().left(60)});
        }
    }
    return problems;
}

namespace {
// 「貴社/貴研究室」 and its kind: two or more choices left for the reader to pick from.
const QRegularExpression &bothHonorifics()
{
    static const QString one = QStringLiteral(
        "貴(?:社|研究室|研究所|大学|学|校|院|所|機関|団体|行|庁|省|協会|法人|財団|組合)");
    static const QRegularExpression p(one + QStringLiteral(R"((?:[ \t　]*[/／・|｜][ \t　]*)") +
                                      one + QStringLiteral(")+"));
    return p;
}

// Brackets an English text uses for itself are not parts to fill in: [1], [2-4], [sic], [x],
// [...], [the model]. Anything Japanese is, and so is "[Your name]", "[DATE]", "[FIRST_NAME]".
bool looksLikePlaceholder(const QString &inside)
{
    const QString t = inside.trimmed();
    if (t.isEmpty())
        return false; // "[ ]", a task box
    static const QRegularExpression own(
        QStringLiteral(R"(^(?:\d+(?:\s*[-–,]\s*\d+)*|sic|x|\.\.\.|…)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (own.match(t).hasMatch())
        return false;
    for (QChar c : t) {
        if (c.unicode() > 127)
            return true;
    }
    static const QRegularExpression words(
        QStringLiteral(R"(\b(?:names?|your|editor'?s?|company|organi[sz]ation|title|date|phone|)"
                       R"(tel|telephone|e-?mail|address|insert|tbd|tbc|todo|tk|placeholder|fill|)"
                       R"(url|signature|department|position|recipient|interviewee|surname|contact)"
                       R"()\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression code(QStringLiteral(R"(^[A-Z0-9]*_[A-Z0-9_]*$)"));
    return words.match(t).hasMatch() || code.match(t).hasMatch();
}

bool isDigitOrDash(QChar c)
{
    return c.isDigit() || QStringLiteral("-‐－−ー").contains(c);
}

// The word around [from, to) up to spaces and punctuation: "03-XXXX-XXXX" in "Tel: 03-XXXX-XXXX".
QString tokenAround(const QString &line, qsizetype from, qsizetype to)
{
    static const QString stops = QStringLiteral(":：、。,，「」『』");
    while (from > 0 && !line.at(from - 1).isSpace() && !stops.contains(line.at(from - 1)))
        --from;
    while (to < line.size() && !line.at(to).isSpace() && !stops.contains(line.at(to)))
        ++to;
    return line.mid(from, to - from);
}

const char *const kStillToFill = QT_TRANSLATE_NOOP("Letter", "Line %1: still to fill in: %2");
} // namespace

QList<LetterProblem> findUnfilled(const QString &text, int firstLine)
{
    static const QRegularExpression bracket(QStringLiteral(R"(\[([^\[\]\n]{1,40})\](?![(\[:]))"));
    static const QRegularExpression wideBracket(QStringLiteral(R"(［[^［］\n]{1,40}］)"));
    static const QRegularExpression circles(QStringLiteral("[○〇●◯]{2,}"));
    static const QRegularExpression xRun(
        QStringLiteral(R"((?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ]))"));
    QList<LetterProblem> out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = firstLine == 0 ? 0 : firstLine + int(i);
        const QString line = withoutLinks(lines.at(i));
        QStringList found;
        auto add = [&](const QString &part) {
            if (!found.contains(part)) {
                found.append(part);
                out.append({number, kStillToFill, part});
            }
        };
        for (auto it = bracket.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (looksLikePlaceholder(m.captured(1)))
                add(m.captured(0));
        }
        for (const QRegularExpression *p : {&wideBracket, &circles, &bothHonorifics()}) {
            for (auto it = p->globalMatch(line); it.hasNext();)
                add(it.next().captured(0));
        }
        for (auto it = xRun.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            const qsizetype from = m.capturedStart(), to = m.capturedEnd();
            const bool nextToNumber = (from > 0 && isDigitOrDash(line.at(from - 1))) ||
                                      (to < line.size() && isDigitOrDash(line.at(to)));
            if (m.capturedLength() >= 3 || nextToNumber)
                add(tokenAround(line, from, to));
        }
    }
    return out;
}

Result<RenderedLetter> renderLetter(const QString &templateText, const LetterContext &context)
{
    const QList<LetterProblem> problems = checkTemplate(templateText);
    if (!problems.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The letter template has a problem: %1"),
                     {problems.first().message()}, QStringLiteral("template"));
    }
    const QHash<QString, QString> v = values(context);
    const bool ja = context.language != QLatin1String("en");
    QString text = templateText;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // The category chooses what the editor left open: 「貴社/貴研究室」, and 様 or 先生.
    if (!v.value(QStringLiteral("recipient.organisation_honorific")).isEmpty())
        text.replace(bothHonorifics(), QStringLiteral("{{recipient.organisation_honorific}}"));
    if (ja) {
        static const QRegularExpression sama(
            QStringLiteral(R"((\{\{\s*recipient\.(?:name|family_name)\s*\}\})([ \t　]*)様)"));
        text.replace(sama, QStringLiteral("\\1\\2{{recipient.honorific}}"));
    }
    static const QStringList contacts{QStringLiteral("editor.email"),
                                      QStringLiteral("editor.phone")};
    QList<std::pair<qsizetype, QString>> emptyFields; // (line index in `out`, placeholder)
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        for (auto it = placeholderPattern().globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            const QString key = m.captured(1);
            if ((contacts.contains(key) || key == QLatin1String("slots")) &&
                v.value(key).trimmed().isEmpty())
                emptyFields.append({out.size(), key});
        }
        QString withoutPlaceholders = line;
        withoutPlaceholders.remove(placeholderPattern());
        const bool placeholdersOnly =
            line.contains(QLatin1String("{{")) && withoutPlaceholders.trimmed().isEmpty();
        if (placeholdersOnly) {
            // "{{recipient.department}} {{recipient.title}}": the values that exist, one space
            // apart; the line goes when none does.
            QStringList parts;
            for (auto it = placeholderPattern().globalMatch(line); it.hasNext();) {
                const QString value = v.value(it.next().captured(1));
                if (!value.isEmpty())
                    parts.append(value);
            }
            if (!parts.isEmpty())
                out.append(parts.join(u' '));
            continue;
        }
        QString rendered = line;
        for (auto it = placeholderPattern().globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            rendered.replace(m.captured(0), v.value(m.captured(1)));
        }
        out.append(rendered);
    }
    RenderedLetter letter;
    qsizetype removed = 0;
    if (!out.isEmpty() && out.first().startsWith(QLatin1String("Subject:"))) {
        letter.subject = out.takeFirst().mid(8).trimmed();
        ++removed;
        while (!out.isEmpty() && out.first().trimmed().isEmpty()) {
            out.removeFirst();
            ++removed;
        }
    }
    letter.markdown = out.join(u'\n');
    const Campaign &c = context.campaign;
    letter.body = letterPlainText(letter.markdown, {c.letterHeadingMark, c.letterListMark});
    letter.html = letterHtml(letter.markdown, context.language, letter.subject);
    letter.unfilled = findUnfilled(letter.subject, 0) + findUnfilled(letter.markdown, 1);
    for (const auto &[index, key] : std::as_const(emptyFields)) {
        const int line = int(std::max<qsizetype>(0, index - removed) + 1);
        if (key == QLatin1String("slots")) {
            letter.unfilled.append(
                {line,
                 QT_TRANSLATE_NOOP("Letter", "Line %1: no candidate time is left to offer (%2): "
                                             "add candidate times to the campaign"),
                 QStringLiteral("{{slots}}")});
        } else {
            letter.unfilled.append(
                {line,
                 QT_TRANSLATE_NOOP("Letter", "Line %1: %2 is empty: fill it in the campaign "
                                             "settings"),
                 QStringLiteral("{{%1}}").arg(key)});
        }
    }
    std::stable_sort(
        letter.unfilled.begin(), letter.unfilled.end(),
        [](const LetterProblem &a, const LetterProblem &b) { return a.line < b.line; });
    return letter;
}

QString defaultLetterTemplate(const QString &language)
{
    QFile file(language == QLatin1String("en") ? QStringLiteral(":/templates/request-en.txt")
                                               : QStringLiteral(":/templates/request-ja.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace shuzai
