#include "commands.h"
#include "domain/slotformat.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "json/jsonformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace shuzai::cli {

namespace {
QString longDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

void printCampaignText(const Output &out, const Campaign &c)
{
    out.line(QStringLiteral("[%1] %2").arg(c.id).arg(c.title));
    out.line(Cli::tr("Publication date: %1").arg(longDate(c.publicationDate)));
    out.line(Cli::tr("Interviews: %1 to %2, %3 minutes")
                 .arg(longDate(c.windowStart), longDate(c.windowEnd))
                 .arg(c.interviewMinutes));
    QStringList modes;
    for (InterviewMode m : c.modes)
        modes.append(displayName(m));
    out.line(Cli::tr("Modes: %1").arg(modes.join(QStringLiteral(", "))));
    QStringList options;
    for (Attribution a : c.attributionOptions)
        options.append(displayName(a));
    out.line(Cli::tr("Attribution options: %1").arg(options.join(QStringLiteral(", "))));
    for (const Category &cat : c.categories) {
        out.line();
        out.line(Cli::tr("Category %1 (%2)").arg(cat.name, cat.code));
        for (const Question &q : cat.questions)
            out.line(QStringLiteral("  %1. %2").arg(q.position).arg(q.text));
    }
    out.line();
    out.line(Cli::tr("Candidate slots:"));
    out.line(candidateSlotBlock(c.windows));
}

Result<CampaignSettings> applySettings(const CommandLine &cl, CampaignSettings s)
{
    auto date = [&](const QString &name, QDate &target) -> VoidResult {
        if (!cl.options.contains(name))
            return {};
        target = QDate::fromString(cl.option(name), Qt::ISODate);
        if (!target.isValid()) {
            return usageError(QT_TRANSLATE_NOOP("Error", "--%1 needs a date as YYYY-MM-DD, not "
                                                         "\"%2\"."),
                              {name, cl.option(name)});
        }
        return {};
    };
    for (auto [name, target] :
         {std::pair{"publication-date", &s.publicationDate},
          std::pair{"window-start", &s.windowStart}, std::pair{"window-end", &s.windowEnd}}) {
        if (auto r = date(QLatin1String(name), *target); !r)
            return r.error();
    }
    for (auto [name, target] :
         {std::pair{"title", &s.title}, std::pair{"publication", &s.publication},
          std::pair{"time-zone", &s.timeZone}, std::pair{"editor-name", &s.editorName},
          std::pair{"editor-email", &s.editorEmail}, std::pair{"editor-phone", &s.editorPhone},
          std::pair{"website", &s.website}}) {
        if (cl.options.contains(QLatin1String(name)))
            *target = cl.option(QLatin1String(name));
    }
    if (cl.options.contains(QStringLiteral("minutes"))) {
        bool ok = false;
        s.interviewMinutes = cl.option(QStringLiteral("minutes")).toInt(&ok);
        if (!ok) {
            return usageError(QT_TRANSLATE_NOOP("Error", "--minutes needs a number."));
        }
    }
    if (cl.options.contains(QStringLiteral("buffer"))) {
        bool ok = false;
        s.bufferMinutes = cl.option(QStringLiteral("buffer")).toInt(&ok);
        if (!ok)
            return usageError(QT_TRANSLATE_NOOP("Error", "--%1 needs a number."),
                              {QStringLiteral("buffer")});
    }
    if (cl.options.contains(QStringLiteral("follow-up-days"))) {
        bool ok = false;
        s.followUpDays = cl.option(QStringLiteral("follow-up-days")).toInt(&ok);
        if (!ok)
            return usageError(QT_TRANSLATE_NOOP("Error", "--%1 needs a number."),
                              {QStringLiteral("follow-up-days")});
    }
    if (cl.options.contains(QStringLiteral("review-margin"))) {
        bool ok = false;
        s.reviewMarginDays = cl.option(QStringLiteral("review-margin")).toInt(&ok);
        if (!ok)
            return usageError(QT_TRANSLATE_NOOP("Error", "--%1 needs a number."),
                              {QStringLiteral("review-margin")});
    }
    if (cl.options.contains(QStringLiteral("modes"))) {
        s.modes.clear();
        for (const QString &code : cl.option(QStringLiteral("modes")).split(u',')) {
            auto mode = modeFromCode(code.trimmed());
            if (!mode) {
                return usageError(QT_TRANSLATE_NOOP("Error", "Unknown mode \"%1\" (use online, "
                                                             "in_person)."),
                                  {code});
            }
            s.modes.append(*mode);
        }
    }
    return s;
}
} // namespace

Result<Campaign> campaignArgument(Context &ctx, qsizetype wordIndex)
{
    if (ctx.cl.words.size() > wordIndex) {
        bool ok = false;
        const Id id = ctx.cl.word(wordIndex).toLongLong(&ok);
        if (!ok)
            return usageError(QT_TRANSLATE_NOOP("Error", "--campaign needs a campaign number."));
        return ctx.ws.campaigns().load(id);
    }
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
    if (ctx.cl.options.contains(QStringLiteral("campaign"))) {
        bool ok = false;
        const Id id = ctx.cl.option(QStringLiteral("campaign")).toLongLong(&ok);
        if (!ok) {
            return usageError(QT_TRANSLATE_NOOP("Error", "--campaign needs a campaign number."));
        }
        return ctx.ws.campaigns().load(id);
    }
    auto all = ctx.ws.campaigns().list();
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "The database has no campaign yet."));
    }
    return ctx.ws.campaigns().load(all->first().id);
}

VoidResult runCampaign(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    if (verb == QLatin1String("list")) {
        if (auto r = cl.arguments(0, 0, QStringLiteral("campaign list")); !r)
            return r;
        if (auto r = cl.onlyOptions({}); !r)
            return r;
        auto list = ctx.ws.campaigns().list();
        if (!list)
            return list.error();
        if (ctx.out.json()) {
            QJsonArray out;
            for (const Campaign &c : *list)
                out.append(json::campaignSummary(c));
            ctx.out.printJson(out);
        } else {
            for (const Campaign &c : *list)
                ctx.out.line(QStringLiteral("%1\t%2\t%3")
                                 .arg(c.id)
                                 .arg(c.publicationDate.toString(Qt::ISODate), c.title));
        }
        return {};
    }
    if (verb == QLatin1String("show") || verb == QLatin1String("edit")) {
        const QString synopsis = verb == QLatin1String("show")
                                     ? QStringLiteral("campaign show ID")
                                     : QStringLiteral("campaign edit ID [--title T] "
                                                      "[--publication-date YYYY-MM-DD] ...");
        if (auto r = cl.arguments(1, 1, synopsis); !r)
            return r;
        bool ok = false;
        const Id id = cl.word(2).toLongLong(&ok);
        if (!ok)
            return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
        auto campaign = ctx.ws.campaigns().load(id);
        if (!campaign)
            return campaign.error();
        if (verb == QLatin1String("edit")) {
            if (auto r = cl.onlyOptions(
                    {QStringLiteral("title"), QStringLiteral("publication"),
                     QStringLiteral("publication-date"), QStringLiteral("window-start"),
                     QStringLiteral("window-end"), QStringLiteral("minutes"),
                     QStringLiteral("modes"), QStringLiteral("time-zone"),
                     QStringLiteral("editor-name"), QStringLiteral("editor-email"),
                     QStringLiteral("editor-phone"), QStringLiteral("website"),
                     QStringLiteral("buffer"), QStringLiteral("follow-up-days"),
                     QStringLiteral("review-margin")});
                !r) {
                return r;
            }
            auto settings = applySettings(cl, settingsOf(*campaign));
            if (!settings)
                return settings.error();
            campaign = ctx.ws.campaigns().updateSettings(id, *settings, campaign->version);
            if (!campaign)
                return campaign.error();
        } else if (auto r = cl.onlyOptions({}); !r) {
            return r;
        }
        if (ctx.out.json())
            ctx.out.printJson(json::campaign(*campaign));
        else
            printCampaignText(ctx.out, *campaign);
        return {};
    }
    return usageError(
        QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli campaign list|show ID|edit ID"));
}

VoidResult runUser(Context &ctx)
{
    // user add LOGIN --name N --role editor|writer|reviewer [--email E]
    if (ctx.cl.word(1) == QLatin1String("add")) {
        const QString synopsis =
            QStringLiteral("user add LOGIN --name NAME --role editor|writer|reviewer [--email E]");
        if (auto r = ctx.cl.arguments(1, 1, synopsis); !r)
            return r;
        if (auto r = ctx.cl.onlyOptions(
                {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email")});
            !r)
            return r;
        const auto role = roleFromCode(ctx.cl.option(QStringLiteral("role")));
        if (!role)
            return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
        User u;
        u.login = ctx.cl.word(2);
        u.displayName = ctx.cl.option(QStringLiteral("name"));
        u.role = *role;
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
    if (ctx.cl.word(1) != QLatin1String("list"))
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli user list"));
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
