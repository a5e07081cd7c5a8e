#include "letter.h"

#include "domain/slotformat.h"

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
    return {
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
        {QStringLiteral("slots"), ctx.freeSlots},
        {QStringLiteral("category.name"),
         c.category(r.categoryId) ? c.category(r.categoryId)->name : QString()},
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

Result<RenderedLetter> renderLetter(const QString &templateText, const LetterContext &context)
{
    const QList<LetterProblem> problems = checkTemplate(templateText);
    if (!problems.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The letter template has a problem: %1"),
                     {problems.first().message()}, QStringLiteral("template"));
    }
    const QHash<QString, QString> v = values(context);
    QStringList out;
    for (const QString &line : templateText.split(u'\n')) {
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
    if (!out.isEmpty() && out.first().startsWith(QLatin1String("Subject:"))) {
        letter.subject = out.takeFirst().mid(8).trimmed();
        while (!out.isEmpty() && out.first().trimmed().isEmpty())
            out.removeFirst();
    }
    letter.body = out.join(u'\n');
    static const QRegularExpression unfilled(QStringLiteral(R"(\[[^\[\]\n]{1,40}\])"));
    const QStringList lines = letter.body.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (auto it = unfilled.globalMatch(lines.at(i)); it.hasNext();) {
            letter.unfilled.append({int(i + 1),
                                    QT_TRANSLATE_NOOP("Letter", "Line %1: still to fill in: %2"),
                                    it.next().captured(0)});
        }
    }
    for (auto it = unfilled.globalMatch(letter.subject); it.hasNext();) {
        letter.unfilled.append({0, QT_TRANSLATE_NOOP("Letter", "Line %1: still to fill in: %2"),
                                it.next().captured(0)});
    }
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
