#include "commands.h"
#include "domain/slotformat.h"
#include "letterimportcommands.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace shuzai::cli {

void printModesAndAttribution(const Output &out, const Campaign &c)
{
    QStringList modes;
    for (InterviewMode m : c.modes)
        modes.append(displayName(m));
    out.line(Cli::tr("Modes: %1").arg(modes.join(QStringLiteral(", "))));
    QStringList options;
    for (Attribution a : c.attributionOptions)
        options.append(displayName(a));
    out.line(Cli::tr("Attribution options: %1").arg(options.join(QStringLiteral(", "))));
}

namespace {
QString longDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

void printCampaignText(const Output &out, const Campaign &c)
{
    out.line(QStringLiteral("[%1] %2").arg(c.id).arg(c.title));
    if (c.archived()) {
        out.line(Cli::tr("Archived on %1: read-only until unarchived.")
                     .arg(longDate(c.archivedAt.toLocalTime().date())));
    }
    out.line(Cli::tr("Publication date: %1").arg(longDate(c.publicationDate)));
    out.line(Cli::tr("Interviews: %1 to %2, %3 minutes")
                 .arg(longDate(c.windowStart), longDate(c.windowEnd))
                 .arg(c.interviewMinutes));
    printModesAndAttribution(out, c);
    for (const Category &cat : c.categories) {
        out.line();
        out.line(Cli::tr("Category %1 (%2): %3, %4")
                     .arg(cat.name, cat.code, cat.organisationHonorific, cat.personHonorific));
        for (const Question &q : cat.questions)
            out.line(QStringLiteral("  %1. %2").arg(q.position).arg(q.text));
        for (const Question &q : cat.removedQuestions)
            out.line(Cli::tr("  -. %1 [removed; kept where answers are linked]").arg(q.text));
    }
    out.line();
    out.line(Cli::tr("Candidate slots:"));
    out.line(candidateSlotBlock(c.windows));
}

} // namespace

// The options given, already checked against the declaration (verbtable.cpp); the service
// checks the settings as a whole.
CampaignSettings applySettings(const CommandLine &cl, CampaignSettings s)
{
    for (auto [name, target] :
         {std::pair{"publication-date", &s.publicationDate},
          std::pair{"window-start", &s.windowStart}, std::pair{"window-end", &s.windowEnd}}) {
        if (cl.options.contains(QLatin1String(name)))
            *target = QDate::fromString(cl.option(QLatin1String(name)), Qt::ISODate);
    }
    for (auto [name, target] :
         {std::pair{"title", &s.title}, std::pair{"publication", &s.publication},
          std::pair{"time-zone", &s.timeZone}, std::pair{"editor-name", &s.editorName},
          std::pair{"editor-email", &s.editorEmail}, std::pair{"editor-phone", &s.editorPhone},
          std::pair{"website", &s.website}, std::pair{"heading-mark", &s.letterHeadingMark},
          std::pair{"list-mark", &s.letterListMark}}) {
        if (cl.options.contains(QLatin1String(name)))
            *target = cl.option(QLatin1String(name));
    }
    for (auto [name, target] :
         {std::pair{"minutes", &s.interviewMinutes}, std::pair{"buffer", &s.bufferMinutes},
          std::pair{"follow-up-days", &s.followUpDays},
          std::pair{"review-margin", &s.reviewMarginDays}}) {
        if (cl.options.contains(QLatin1String(name)))
            *target = cl.option(QLatin1String(name)).toInt();
    }
    if (cl.options.contains(QStringLiteral("tentative-slots"))) {
        s.tentativeSlots = tentativeSlotsFromCode(cl.option(QStringLiteral("tentative-slots")))
                               .value_or(TentativeSlots::Mark);
    }
    if (cl.options.contains(QStringLiteral("modes"))) {
        s.modes.clear();
        for (const QString &code : cl.option(QStringLiteral("modes")).split(u','))
            s.modes.append(modeFromCode(code).value_or(InterviewMode::Online));
    }
    return s;
}

Result<Campaign> campaignArgument(Context &ctx, qsizetype wordIndex)
{
    if (ctx.cl.words.size() > wordIndex)
        return ctx.ws.campaigns().load(ctx.cl.word(wordIndex).toLongLong());
    return resolveCampaign(ctx);
}

Result<Id> optionalInterviewee(Context &ctx, Id campaignId, int word)
{
    if (ctx.cl.word(word).isEmpty())
        return Id(0);
    auto person = ctx.ws.roster().find(campaignId, ctx.cl.word(word));
    if (!person)
        return person.error();
    return person->id;
}

Result<Campaign> resolveCampaign(Context &ctx)
{
    if (ctx.cl.options.contains(QStringLiteral("campaign")))
        return ctx.ws.campaigns().load(ctx.cl.option(QStringLiteral("campaign")).toLongLong());
    auto all = ctx.ws.campaigns().list();
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "The database has no campaign yet."));
    }
    // The open campaign with the latest publication date; archived ones only when all are.
    for (const Campaign &c : *all) {
        if (!c.archived())
            return ctx.ws.campaigns().load(c.id);
    }
    return ctx.ws.campaigns().load(all->first().id);
}

VoidResult runCampaign(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    if (verb == QLatin1String("import-letter"))
        return runImportLetter(ctx);
    if (verb == QLatin1String("list")) {
        auto list = ctx.ws.campaigns().list();
        if (!list)
            return list.error();
        if (!cl.has(QStringLiteral("all")))
            list->removeIf([](const Campaign &c) { return c.archived(); });
        if (ctx.out.json()) {
            QJsonArray out;
            for (const Campaign &c : *list)
                out.append(json::campaignSummary(c));
            ctx.out.printJson(out);
        } else {
            for (const Campaign &c : *list)
                ctx.out.line(QStringLiteral("%1\t%2\t%3%4")
                                 .arg(c.id)
                                 .arg(datetext::longDate(c.publicationDate), c.title,
                                      c.archived() ? Cli::tr("\t(archived)") : QString()));
        }
        return {};
    }
    if (verb != QLatin1String("show") && verb != QLatin1String("edit"))
        return runCampaignLifecycle(ctx);
    if (verb == QLatin1String("show") || verb == QLatin1String("edit")) {
        const Id id = cl.word(2).toLongLong();
        auto campaign = ctx.ws.campaigns().load(id);
        if (!campaign)
            return campaign.error();
        if (verb == QLatin1String("edit")) {
            campaign = ctx.ws.campaigns().updateSettings(
                id, applySettings(cl, settingsOf(*campaign)), campaign->version);
            if (!campaign)
                return campaign.error();
        }
        if (ctx.out.json())
            ctx.out.printJson(json::campaign(*campaign));
        else
            printCampaignText(ctx.out, *campaign);
        return {};
    }
    return {};
}

VoidResult runUser(Context &ctx)
{
    if (ctx.cl.word(1) == QLatin1String("add")) {
        User u;
        u.login = ctx.cl.word(2);
        u.displayName = ctx.cl.option(QStringLiteral("name"));
        u.role = roleFromCode(ctx.cl.option(QStringLiteral("role"))).value_or(Role::Writer);
        u.email = ctx.cl.option(QStringLiteral("email"));
        // On the team server the new person's password comes on standard input.
        const QString password =
            Workspace::isServerLocation(ctx.cl.db) ? passwordFromStdin() : QString();
        auto added = ctx.ws.addUser(u, password);
        if (!added)
            return added.error();
        if (ctx.out.json())
            ctx.out.printJson(json::user(*added));
        else
            ctx.out.line(QStringLiteral("%1\t%2\t%3")
                             .arg(added->login, added->displayName, displayName(added->role)));
        return {};
    }
    auto users = ctx.ws.users();
    if (!users)
        return users.error();
    if (ctx.out.json()) {
        QJsonArray out;
        for (const User &u : *users)
            out.append(json::user(u));
        ctx.out.printJson(out);
    } else {
        for (const User &u : *users)
            ctx.out.line(
                QStringLiteral("%1\t%2\t%3").arg(u.login, u.displayName, displayName(u.role)));
    }
    return {};
}

} // namespace shuzai::cli
