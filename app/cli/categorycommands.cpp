// campaign new|duplicate|archive|unarchive|remove, category ..., template questions ...
#include "commands.h"
#include "services/campaignservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

namespace {
QDate dateOption(const CommandLine &cl, const char *name)
{
    return QDate::fromString(cl.option(QLatin1String(name)), Qt::ISODate);
}

void printCampaignLine(Context &ctx, const Campaign &c)
{
    if (ctx.out.json()) {
        ctx.out.printJson(json::campaignSummary(c));
        return;
    }
    ctx.out.line(QStringLiteral("%1\t%2\t%3%4")
                     .arg(c.id)
                     .arg(datetext::longDate(c.publicationDate), c.title,
                          c.archived() ? Cli::tr("\t(archived)") : QString()));
}

Result<const Category *> findCategory(const Campaign &c, const QString &text)
{
    bool numeric = false;
    const Id id = text.toLongLong(&numeric);
    for (const Category &cat : c.categories) {
        if ((numeric && cat.id == id) || cat.code == text || cat.name == text)
            return &cat;
    }
    QStringList codes;
    for (const Category &cat : c.categories)
        codes.append(cat.code);
    return Error(ErrorCode::NotFound,
                 QT_TRANSLATE_NOOP("Error", "Unknown category \"%1\" (use one of: %2)."),
                 {text, codes.join(QStringLiteral(", "))}, QStringLiteral("category"));
}

Result<Question> templateQuestion(const Category &cat, int number)
{
    if (number < 1 || number > cat.questions.size()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "There is no question %1 in the category's list "
                                                "(1 to %2)."),
                     {QString::number(number), QString::number(cat.questions.size())},
                     QStringLiteral("question"));
    }
    return cat.questions.at(number - 1);
}

void printCategory(Context &ctx, const Category &cat)
{
    ctx.out.line(QStringLiteral("[%1] %2 (%3) %4 / %5")
                     .arg(cat.position)
                     .arg(cat.name, cat.code, cat.organisationHonorific, cat.personHonorific));
    for (const Question &q : cat.questions)
        ctx.out.line(QStringLiteral("  %1. %2").arg(q.position).arg(q.text));
    for (const Question &q : cat.removedQuestions) {
        ctx.out.line(Cli::tr("  -. %1 [removed; kept where answers are linked, after %2]")
                         .arg(q.text)
                         .arg(q.removedAfter));
    }
}

// The category as it is now, as the verb's result: the whole category in JSON.
VoidResult printCategoryOf(Context &ctx, Id campaignId, Id categoryId)
{
    auto c = ctx.ws.campaigns().load(campaignId);
    if (!c)
        return c.error();
    const Category *cat = c->category(categoryId);
    if (!cat)
        return {};
    if (ctx.out.json())
        ctx.out.printJson(json::category(*cat));
    else
        printCategory(ctx, *cat);
    return {};
}
} // namespace

VoidResult runCampaignLifecycle(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    CampaignService &campaigns = ctx.ws.campaigns();
    Result<Campaign> result = Error(ErrorCode::Usage, QT_TRANSLATE_NOOP("Error", "Unknown "
                                                                                 "command."));
    if (verb == QLatin1String("new")) {
        CampaignSettings s;
        s.publicationDate = dateOption(cl, "publication-date");
        // The window: 21 to 8 days before publication unless given.
        s.windowStart = s.publicationDate.addDays(-21);
        s.windowEnd = s.publicationDate.addDays(-8);
        s.modes = allModes();
        s = applySettings(cl, s);
        result = campaigns.create(s);
    } else if (verb == QLatin1String("duplicate")) {
        DuplicateOptions o;
        o.title = cl.option(QStringLiteral("title"));
        o.publicationDate = dateOption(cl, "publication-date");
        o.windowStart = dateOption(cl, "window-start");
        o.windowEnd = dateOption(cl, "window-end");
        result = campaigns.duplicate(cl.word(2).toLongLong(), o);
    } else if (verb == QLatin1String("archive")) {
        result = campaigns.archive(cl.word(2).toLongLong());
    } else if (verb == QLatin1String("unarchive")) {
        result = campaigns.unarchive(cl.word(2).toLongLong());
    } else if (verb == QLatin1String("remove")) {
        auto removed = campaigns.remove(cl.word(2).toLongLong());
        if (!removed)
            return removed.error();
        if (ctx.out.json())
            ctx.out.printJson(QJsonObject{{QStringLiteral("removed"), removed->campaign.id}});
        else
            ctx.out.line(Cli::tr("Deleted campaign %1 (%2).")
                             .arg(removed->campaign.id)
                             .arg(removed->campaign.title));
        return {};
    }
    if (!result)
        return result.error();
    printCampaignLine(ctx, *result);
    return {};
}

VoidResult runCategory(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    CampaignService &campaigns = ctx.ws.campaigns();
    if (verb == QLatin1String("add")) {
        CategoryFields f;
        f.code = cl.option(QStringLiteral("code"));
        f.name = cl.word(2);
        if (cl.has(QStringLiteral("organisation-honorific")))
            f.organisationHonorific = cl.option(QStringLiteral("organisation-honorific"));
        if (cl.has(QStringLiteral("person-honorific")))
            f.personHonorific = cl.option(QStringLiteral("person-honorific"));
        auto added =
            campaigns.addCategory(campaign->id, f, cl.option(QStringLiteral("position")).toInt());
        if (!added)
            return added.error();
        return printCategoryOf(ctx, campaign->id, added->id);
    }
    auto cat = findCategory(*campaign, cl.word(2));
    if (!cat)
        return cat.error();
    const Category current = **cat;
    if (verb == QLatin1String("edit")) {
        CategoryFields before{current.code, current.name, current.organisationHonorific,
                              current.personHonorific};
        CategoryFields f = before;
        for (auto [name, target] : {std::pair{"name", &f.name},
                                    std::pair{"organisation-honorific", &f.organisationHonorific},
                                    std::pair{"person-honorific", &f.personHonorific}}) {
            if (cl.has(QLatin1String(name)))
                *target = cl.option(QLatin1String(name));
        }
        if (auto r = campaigns.updateCategory(current.id, f, before); !r)
            return r.error();
    } else if (verb == QLatin1String("move")) {
        if (auto r = campaigns.moveCategory(current.id, cl.word(3).toInt()); !r)
            return r.error();
    } else if (verb == QLatin1String("remove")) {
        auto r = campaigns.removeCategory(current.id);
        if (!r)
            return r.error();
        if (ctx.out.json())
            ctx.out.printJson(QJsonObject{{QStringLiteral("removed"), json::category(*r)}});
        else
            ctx.out.line(Cli::tr("Removed category %1 (%2).").arg(r->name, r->code));
        return {};
    }
    return printCategoryOf(ctx, campaign->id, current.id);
}

VoidResult runTemplateQuestions(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(2);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    if (verb == QLatin1String("show") && cl.word(3).isEmpty()) {
        if (ctx.out.json()) {
            QJsonArray all;
            for (const Category &cat : campaign->categories)
                all.append(json::category(cat));
            ctx.out.printJson(all);
        } else {
            for (const Category &cat : campaign->categories)
                printCategory(ctx, cat);
        }
        return {};
    }
    auto found = findCategory(*campaign, cl.word(3));
    if (!found)
        return found.error();
    const Category cat = **found;
    CampaignService &campaigns = ctx.ws.campaigns();
    if (verb == QLatin1String("add")) {
        auto r = campaigns.addTemplateQuestion(cat.id, cl.word(4),
                                               cl.option(QStringLiteral("position")).toInt());
        if (!r)
            return r.error();
    } else if (verb != QLatin1String("show")) {
        auto q = templateQuestion(cat, cl.word(4).toInt());
        if (!q)
            return q.error();
        Result<Question> r = *q;
        if (verb == QLatin1String("edit"))
            r = campaigns.rewordTemplateQuestion(q->id, cl.word(5), q->text);
        else if (verb == QLatin1String("move"))
            r = campaigns.moveTemplateQuestion(q->id, cl.word(5).toInt());
        else if (verb == QLatin1String("remove"))
            r = campaigns.removeTemplateQuestion(q->id);
        if (!r)
            return r.error();
    }
    return printCategoryOf(ctx, campaign->id, cat.id);
}

} // namespace shuzai::cli
