#include "commands.h"
#include "domain/rosterfilter.h"
#include "readings/namereadings.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <optional>

namespace shuzai::cli {

namespace {
// "山田 太郎" or "山田　太郎" -> {"山田", "太郎"}; a single word is the family name.
std::pair<QString, QString> splitName(const QString &full)
{
    const QString s = full.trimmed();
    const qsizetype space = s.indexOf(QRegularExpression(QStringLiteral("[ \u3000]")));
    if (space < 0)
        return {s, QString()};
    return {s.left(space).trimmed(), s.mid(space + 1).trimmed()};
}

Result<Id> resolveCategory(const Campaign &c, const QString &text)
{
    bool numeric = false;
    const Id id = text.toLongLong(&numeric);
    for (const Category &cat : c.categories) {
        if ((numeric && cat.id == id) || cat.code == text || cat.name == text)
            return cat.id;
    }
    QStringList codes;
    for (const Category &cat : c.categories)
        codes.append(cat.code);
    return usageError(QT_TRANSLATE_NOOP("Error", "Unknown category \"%1\" (use one of: %2)."),
                      {text, codes.join(QStringLiteral(", "))});
}

Result<IntervieweeData> applyFields(const CommandLine &cl, IntervieweeData d, const Campaign &c)
{
    if (cl.options.contains(QStringLiteral("category"))) {
        auto category = resolveCategory(c, cl.option(QStringLiteral("category")));
        if (!category)
            return category.error();
        d.categoryId = *category;
    }
    if (cl.options.contains(QStringLiteral("name")))
        std::tie(d.familyName, d.givenName) = splitName(cl.option(QStringLiteral("name")));
    if (cl.options.contains(QStringLiteral("reading")))
        std::tie(d.familyReading, d.givenReading) = splitName(cl.option(QStringLiteral("reading")));
    for (auto [name, target] :
         {std::pair{"family-name", &d.familyName}, std::pair{"given-name", &d.givenName},
          std::pair{"family-reading", &d.familyReading},
          std::pair{"given-reading", &d.givenReading}, std::pair{"org", &d.organisation},
          std::pair{"department", &d.department}, std::pair{"title", &d.jobTitle},
          std::pair{"email", &d.email}, std::pair{"phone", &d.phone}, std::pair{"notes", &d.notes},
          std::pair{"time-zone", &d.timeZone}, std::pair{"alias", &d.alias}}) {
        if (cl.options.contains(QLatin1String(name)))
            *target = cl.option(QLatin1String(name));
    }
    if (cl.options.contains(QStringLiteral("attribution")))
        d.attribution = attributionFromCode(cl.option(QStringLiteral("attribution")))
                            .value_or(Attribution::Undecided);
    if (cl.options.contains(QStringLiteral("status")))
        d.status = statusFromCode(cl.option(QStringLiteral("status")))
                       .value_or(PipelineStatus::NotContacted);
    return d;
}

QString categoryName(const Campaign &c, Id categoryId)
{
    const Category *cat = c.category(categoryId);
    return cat ? cat->name : QString();
}

void printIntervieweeText(const Output &out, const Interviewee &i, const Campaign &c)
{
    const IntervieweeData &d = i.data;
    out.line(QStringLiteral("[%1] %2（%3）").arg(i.id).arg(d.fullName(), d.fullReading()));
    auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out.line(QStringLiteral("  %1: %2").arg(label, value));
    };
    field(Cli::tr("Organisation"), d.organisation);
    field(Cli::tr("Department"), d.department);
    field(Cli::tr("Title"), d.jobTitle);
    field(Cli::tr("E-mail"), d.email);
    field(Cli::tr("Phone"), d.phone);
    field(Cli::tr("Category"), categoryName(c, d.categoryId));
    field(Cli::tr("Attribution"), displayName(d.attribution));
    field(Cli::tr("Status"), displayName(d.status));
    field(Cli::tr("Notes"), d.notes);
}

// What `interviewee add` did about a reading nobody typed: filled it from the dictionary, or
// could not (the dictionary is missing).
struct ReadingNote {
    bool suggested = false;
    QString problem;
};

// Fills the reading parts nobody gave from the name (佐藤 → サトウ); a typed one is never
// replaced.
ReadingNote suggestReading(const CommandLine &cl, IntervieweeData &d)
{
    ReadingNote note;
    if (cl.options.contains(QStringLiteral("reading")))
        return note;
    const NameReadings &readings = nameReadings();
    if (const auto problem = readings.unavailable()) {
        note.problem = problem->message();
        return note;
    }
    if (d.familyReading.isEmpty() && !cl.options.contains(QStringLiteral("family-reading"))) {
        d.familyReading = readings.reading(d.familyName, NamePart::Family);
        note.suggested = note.suggested || !d.familyReading.isEmpty();
    }
    if (d.givenReading.isEmpty() && !cl.options.contains(QStringLiteral("given-reading"))) {
        d.givenReading = readings.reading(d.givenName, NamePart::Given);
        note.suggested = note.suggested || !d.givenReading.isEmpty();
    }
    return note;
}

Result<Interviewee> intervieweeArgument(Context &ctx, const Campaign &c)
{
    return ctx.ws.roster().find(c.id, ctx.cl.word(2));
}
} // namespace

VoidResult runInterviewee(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    RosterService &roster = ctx.ws.roster();

    if (verb == QLatin1String("list")) {
        RosterFilter filter;
        filter.text = cl.option(QStringLiteral("search"));
        if (cl.options.contains(QStringLiteral("category"))) {
            auto category = resolveCategory(*campaign, cl.option(QStringLiteral("category")));
            if (!category)
                return category.error();
            filter.categoryId = *category;
        }
        if (cl.options.contains(QStringLiteral("status")))
            filter.status = statusFromCode(cl.option(QStringLiteral("status")));
        auto all = roster.list(campaign->id);
        if (!all)
            return all.error();
        QList<Interviewee> shown;
        std::copy_if(all->begin(), all->end(), std::back_inserter(shown),
                     [&](const Interviewee &i) { return filter.matches(i.data); });
        sortByReading(shown);
        if (ctx.out.json()) {
            QJsonArray out;
            for (const Interviewee &i : shown)
                out.append(json::interviewee(i, *campaign));
            ctx.out.printJson(out);
        } else {
            for (const Interviewee &i : shown) {
                ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                                 .arg(i.id)
                                 .arg(i.data.fullName(), i.data.fullReading(), i.data.organisation,
                                      categoryName(*campaign, i.data.categoryId),
                                      displayName(i.data.status)));
            }
        }
        return {};
    }

    Result<Interviewee> result = Error(ErrorCode::Usage, "");
    std::optional<ReadingNote> readingNote;
    if (verb == QLatin1String("add")) {
        IntervieweeData d;
        auto filled = applyFields(cl, d, *campaign);
        if (!filled)
            return filled.error();
        readingNote = suggestReading(cl, *filled);
        result = roster.add(campaign->id, *filled);
    } else if (verb == QLatin1String("show")) {
        result = intervieweeArgument(ctx, *campaign);
    } else if (verb == QLatin1String("edit")) {
        auto current = intervieweeArgument(ctx, *campaign);
        if (!current)
            return current.error();
        const int expected = cl.options.contains(QStringLiteral("expect-version"))
                                 ? cl.option(QStringLiteral("expect-version")).toInt()
                                 : current->version;
        auto filled = applyFields(cl, current->data, *campaign);
        if (!filled)
            return filled.error();
        result = roster.update(current->id, *filled, expected);
    } else if (verb == QLatin1String("remove")) {
        auto current = intervieweeArgument(ctx, *campaign);
        if (!current)
            return current.error();
        auto removed = roster.remove(current->id);
        if (!removed)
            return removed.error();
        if (ctx.out.json()) {
            ctx.out.printJson(QJsonObject{{QStringLiteral("removed"), current->id}});
        } else {
            ctx.out.line(Cli::tr("Removed %1.").arg(current->data.fullName()));
        }
        return {};
    }
    if (!result)
        return result.error();
    // A person never belongs to a campaign other than the one asked about.
    auto owner =
        result->campaignId == campaign->id ? campaign : ctx.ws.campaigns().load(result->campaignId);
    if (!owner)
        return owner.error();
    if (ctx.out.json()) {
        QJsonObject o = json::interviewee(*result, *owner);
        auto questions = roster.questions(result->id);
        if (questions)
            o.insert(QStringLiteral("questions"), json::questions(*questions));
        if (readingNote) {
            o.insert(QStringLiteral("readingSuggested"), readingNote->suggested);
            if (!readingNote->problem.isEmpty())
                o.insert(QStringLiteral("readingProblem"), readingNote->problem);
        }
        ctx.out.printJson(o);
    } else {
        printIntervieweeText(ctx.out, *result, *owner);
        if (readingNote && readingNote->suggested)
            ctx.out.line(Cli::tr("Reading suggested from the name: %1 (check it; change it with "
                                 "interviewee edit %2 --reading).")
                             .arg(result->data.fullReading())
                             .arg(result->id));
        else if (readingNote && !readingNote->problem.isEmpty())
            ctx.out.line(readingNote->problem);
    }
    return {};
}

} // namespace shuzai::cli
