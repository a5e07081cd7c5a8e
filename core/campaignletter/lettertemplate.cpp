// The request letter as the campaign's template: the letter's own words, with placeholders
// where the campaign's fields, the recipient, their questions and the free times go.
#include "letterparts.h"
#include "outreach/letter.h"

namespace shuzai::letterparts {

namespace {
const QString kRecipientJa = QStringLiteral("{{recipient.organisation}}\n"
                                            "{{recipient.department}} {{recipient.title}}\n"
                                            "{{recipient.name}} 様");
const QString kRecipientEn = QStringLiteral("Dear {{recipient.name}},");

// What a placeholder renders to for this campaign (to keep the letter's wording where the
// built-in wording would differ).
QString rendered(const QString &placeholder, const Campaign &c, bool japanese)
{
    LetterContext ctx;
    ctx.campaign = c;
    ctx.language = japanese ? QStringLiteral("ja") : QStringLiteral("en");
    auto r = renderLetter(placeholder, ctx);
    return r ? r->body : QString();
}

struct Range {
    int first;
    int last;
    QStringList replacement;
};
} // namespace

QString buildTemplate(const Parts &p, const Campaign &c)
{
    QStringList lines = p.lines;
    QString subject = p.subject;
    // Braces the letter itself holds are not placeholders, nor are private-use characters
    // (which mark the places below until every value is found).
    auto clean = [](QString &text) {
        text.replace(QStringLiteral("{{"), QStringLiteral("｛｛"))
            .replace(QStringLiteral("}}"), QStringLiteral("｝｝"));
        for (QChar &ch : text) {
            if (ch.unicode() >= 0xE000 && ch.unicode() <= 0xF8FF)
                ch = u' ';
        }
    };
    for (QString &line : lines)
        clean(line);
    clean(subject);
    // A value is first replaced by a mark, so a later value (a publication called "title") can
    // never match inside a placeholder put in before it.
    QStringList placeholders;
    auto mark = [&](const QString &placeholder) {
        placeholders.append(placeholder);
        return QChar(0xE000) + QString::number(placeholders.size() - 1) + QChar(0xE001);
    };
    auto everywhere = [&](const QString &text, const QString &placeholder) {
        if (text.trimmed().isEmpty())
            return;
        const QString m = mark(placeholder);
        for (QString &line : lines)
            line.replace(text, m);
        subject.replace(text, m);
    };
    auto on = [&](const Span &s, const QString &placeholder) {
        if (s.line >= 0 && !s.text.isEmpty())
            lines[s.line].replace(s.text, mark(placeholder));
    };
    everywhere(p.editorEmail.text, QStringLiteral("{{editor.email}}"));
    everywhere(p.website.text, QStringLiteral("{{website}}"));
    everywhere(p.title.text, QStringLiteral("{{campaign.title}}"));
    on(p.publicationDate, QStringLiteral("{{campaign.publication_date}}"));
    on(p.window, QStringLiteral("{{interview.window}}"));
    on(p.minutes, p.japanese ? QStringLiteral("{{interview.minutes}}分")
                             : QStringLiteral("{{interview.minutes}} minutes"));
    if (p.modes.line >= 0 &&
        p.modes.text == rendered(QStringLiteral("{{interview.modes}}"), c, p.japanese))
        on(p.modes, QStringLiteral("{{interview.modes}}"));
    everywhere(p.editorPhone.text, QStringLiteral("{{editor.phone}}"));
    if (p.editorName.line >= 0) {
        everywhere(p.editorName.text, QStringLiteral("{{editor.name}}"));
        everywhere(QString(p.editorName.text).remove(u' ').remove(u'　'),
                   QStringLiteral("{{editor.name}}"));
    }
    if (c.publication.size() >= 2)
        everywhere(c.publication, QStringLiteral("{{publication}}"));
    auto unmark = [&](QString &text) {
        for (qsizetype i = 0; i < placeholders.size(); ++i)
            text.replace(QChar(0xE000) + QString::number(i) + QChar(0xE001), placeholders[i]);
    };
    for (QString &line : lines)
        unmark(line);
    unmark(subject);

    // Blocks that become one placeholder, replaced from the bottom up.
    QList<Range> ranges;
    if (p.questionsFirst >= 0)
        ranges.append({p.questionsFirst, p.questionsLast, {QStringLiteral("{{questions}}")}});
    for (qsizetype i = 0; i < p.slotLines.size();) {
        qsizetype j = i;
        while (j + 1 < p.slotLines.size() && p.slotLines[j + 1] == p.slotLines[j] + 1)
            ++j;
        ranges.append({p.slotLines[i], p.slotLines[j],
                       i == 0 ? QStringList{QStringLiteral("{{slots}}")} : QStringList()});
        i = j + 1;
    }
    if (p.attributionFirst >= 0) {
        ranges.append(
            {p.attributionFirst, p.attributionLast, {QStringLiteral("{{attribution.options}}")}});
    }
    if (p.addresseeFirst >= 0) {
        ranges.append({p.addresseeFirst, p.addresseeLast,
                       (p.japanese ? kRecipientJa : kRecipientEn).split(u'\n')});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.first > b.first; });
    int floor = int(lines.size());
    for (const Range &r : std::as_const(ranges)) {
        if (r.last >= floor)
            continue; // overlaps one already replaced
        lines.remove(r.first, r.last - r.first + 1);
        for (qsizetype k = 0; k < r.replacement.size(); ++k)
            lines.insert(r.first + k, r.replacement[k]);
        floor = r.first;
    }

    // The subject line goes first; what stood above it (a document title) goes.
    int bodyFrom = 0;
    if (p.subjectLine >= 0) {
        bodyFrom = p.subjectLine + 1;
    } else if (!lines.isEmpty() && lines.first().startsWith(QLatin1String("# "))) {
        bodyFrom = 1;
    }
    QStringList body = lines.mid(bodyFrom);
    while (!body.isEmpty() &&
           (body.first().trimmed().isEmpty() || body.first().trimmed() == QLatin1String("---")))
        body.removeFirst();
    if (p.addresseeFirst < 0) {
        body.prepend(QString());
        const QStringList block = (p.japanese ? kRecipientJa : kRecipientEn).split(u'\n');
        for (auto it = block.rbegin(); it != block.rend(); ++it)
            body.prepend(*it);
    }
    if (subject.isEmpty()) {
        subject = p.japanese ? QStringLiteral("{{publication}}「{{campaign.title}}」取材のお願い")
                             : QStringLiteral("Interview request: {{campaign.title}}");
    }
    return QStringLiteral("Subject: ") + subject + QStringLiteral("\n\n") + body.join(u'\n');
}

} // namespace shuzai::letterparts
