#include "letterimportcommands.h"

#include "commands.h"
#include "services/letterimportservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace shuzai::cli {

namespace {
OptionSpec option(const char *name, const char *placeholder, ValueKind kind, bool inSynopsis,
                  qint64 min = 0, qint64 max = 0)
{
    OptionSpec o;
    o.name = QString::fromLatin1(name);
    o.placeholder = QString::fromLatin1(placeholder);
    o.value.kind = kind;
    o.value.min = min;
    o.value.max = max;
    o.inSynopsis = inSynopsis;
    return o;
}

// The fields an editor fills in on the command line, as `campaign edit` names them.
LetterEdits editsFrom(const CommandLine &cl)
{
    LetterEdits e;
    auto text = [&](const char *name, std::optional<QString> &target) {
        if (cl.options.contains(QLatin1String(name)))
            target = cl.option(QLatin1String(name));
    };
    auto date = [&](const char *name, std::optional<QDate> &target) {
        if (cl.options.contains(QLatin1String(name)))
            target = QDate::fromString(cl.option(QLatin1String(name)), Qt::ISODate);
    };
    text("title", e.title);
    text("publication", e.publication);
    date("publication-date", e.publicationDate);
    date("window-start", e.windowStart);
    date("window-end", e.windowEnd);
    if (cl.options.contains(QStringLiteral("minutes")))
        e.interviewMinutes = cl.option(QStringLiteral("minutes")).toInt();
    text("editor-name", e.editorName);
    text("editor-email", e.editorEmail);
    text("editor-phone", e.editorPhone);
    text("website", e.website);
    return e;
}

QJsonObject proposalJson(const LetterImport &l)
{
    QJsonArray gaps;
    for (const LetterGap &g : l.gaps) {
        gaps.append(QJsonObject{{QStringLiteral("field"), g.field},
                                {QStringLiteral("line"), g.line},
                                {QStringLiteral("text"), g.text},
                                {QStringLiteral("required"), g.required},
                                {QStringLiteral("message"), g.message()}});
    }
    QJsonObject campaign = json::campaign(l.draft);
    campaign.remove(QStringLiteral("id"));
    campaign.remove(QStringLiteral("version"));
    // The honorifics a letter to each category uses (貴社/貴研究室, 様/先生).
    QJsonArray categories = campaign.value(QStringLiteral("categories")).toArray();
    for (qsizetype i = 0; i < categories.size() && i < l.draft.categories.size(); ++i) {
        QJsonObject category = categories[i].toObject();
        category.insert(QStringLiteral("organisationHonorific"),
                        l.draft.categories[i].organisationHonorific);
        category.insert(QStringLiteral("personHonorific"), l.draft.categories[i].personHonorific);
        categories[i] = category;
    }
    campaign.insert(QStringLiteral("categories"), categories);
    return {{QStringLiteral("file"), l.fileName},         {QStringLiteral("language"), l.language},
            {QStringLiteral("encoding"), l.encoding},     {QStringLiteral("campaign"), campaign},
            {QStringLiteral("template"), l.templateText}, {QStringLiteral("gaps"), gaps}};
}

QString day(const QDate &d)
{
    return d.isValid() ? datetext::longDate(d) : Cli::tr("(missing)");
}

void printProposal(const Output &out, const LetterImport &l)
{
    const Campaign &c = l.draft;
    out.line(Cli::tr("From %1 (%2, %3):").arg(l.fileName, l.language, l.encoding));
    out.line(Cli::tr("Title: %1").arg(c.title.isEmpty() ? Cli::tr("(missing)") : c.title));
    out.line(Cli::tr("Publication: %1").arg(c.publication));
    out.line(Cli::tr("Publication date: %1").arg(day(c.publicationDate)));
    out.line(Cli::tr("Interviews: %1 to %2, %3 minutes")
                 .arg(day(c.windowStart), day(c.windowEnd))
                 .arg(c.interviewMinutes));
    printModesAndAttribution(out, c);
    out.line(Cli::tr("Editor: %1 <%2> %3 %4")
                 .arg(c.editorName, c.editorEmail, c.editorPhone, c.website));
    for (const Category &cat : c.categories) {
        out.line();
        out.line(
            Cli::tr("Category %1 (%2, %3)").arg(cat.name, cat.code, cat.organisationHonorific));
        for (const Question &q : cat.questions)
            out.line(QStringLiteral("  %1. %2").arg(q.position).arg(q.text));
    }
    out.line();
    out.line(Cli::tr("Candidate times:"));
    for (const AvailabilityWindow &w : c.windows) {
        out.line(QStringLiteral("  %1 %2-%3 %4")
                     .arg(datetext::shortDate(w.day), w.start.toString(QStringLiteral("HH:mm")),
                          w.end.toString(QStringLiteral("HH:mm")), w.note)
                     .trimmed());
    }
    out.line();
    out.line(Cli::tr("Letter template (%1): %2 lines")
                 .arg(l.language)
                 .arg(l.templateText.count(u'\n') + 1));
    if (l.gaps.isEmpty())
        return;
    out.line();
    out.line(Cli::tr("To fill in (* needed before saving):"));
    for (const LetterGap &g : l.gaps)
        out.line((g.required ? QStringLiteral("* ") : QStringLiteral("- ")) + g.message());
}
} // namespace

VerbSpec importLetterVerb()
{
    VerbSpec v;
    v.words = {QStringLiteral("campaign"), QStringLiteral("import-letter")};
    v.access = Access::Write;
    v.readsWith = QStringLiteral("dry-run");
    v.description = QT_TRANSLATE_NOOP(
        "Cli", "a new campaign from the editor's request letter (Markdown, text in any encoding, "
               ".docx): title, dates, length, modes, categories and questions, candidate times, "
               "attribution options, contact, and the letter as its template; --dry-run shows "
               "the proposal and what the letter leaves out (with lines); saving is refused while "
               "the title, publication date, interview window or categories are missing (give "
               "them as options)");
    ArgSpec file{QStringLiteral("FILE"), {}};
    file.value.kind = ValueKind::Name;
    file.value.about = QT_TRANSLATE_NOOP("Cli", "a file");
    v.args = {file};
    v.options = {
        option("dry-run", "", ValueKind::Flag, true),
        option("title", "T", ValueKind::Text, true),
        option("publication-date", "D", ValueKind::Date, true),
        option("window-start", "D", ValueKind::Date, false),
        option("window-end", "D", ValueKind::Date, false),
        option("publication", "P", ValueKind::Text, false),
        option("minutes", "N", ValueKind::Integer, false, 10, 480),
        option("editor-name", "N", ValueKind::Text, true),
        option("editor-email", "E", ValueKind::Text, false),
        option("editor-phone", "P", ValueKind::Text, false),
        option("website", "U", ValueKind::Text, false),
    };
    return v;
}

VoidResult runImportLetter(Context &ctx)
{
    LetterImportService service(ctx.ws);
    auto proposal = service.previewFile(ctx.cl.word(2));
    if (!proposal)
        return proposal.error();
    const LetterImport edited = applyLetterEdits(*proposal, editsFrom(ctx.cl));
    if (ctx.cl.has(QStringLiteral("dry-run"))) {
        if (ctx.out.json())
            ctx.out.printJson(proposalJson(edited));
        else
            printProposal(ctx.out, edited);
        return {};
    }
    auto saved = service.create(*proposal, editsFrom(ctx.cl));
    if (!saved)
        return saved.error();
    if (ctx.out.json()) {
        QJsonObject result = proposalJson(edited);
        result.insert(QStringLiteral("campaign"), json::campaign(*saved));
        ctx.out.printJson(result);
        return {};
    }
    ctx.out.line(QStringLiteral("[%1] %2").arg(saved->id).arg(saved->title));
    for (const LetterGap &g : edited.gaps)
        ctx.out.line(Cli::tr("Still to fill in: %1").arg(g.message()));
    return {};
}

} // namespace shuzai::cli
