#include "commands.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "json/jsonformat.h"

#include <QJsonObject>

namespace shuzai::cli {

namespace {
void printQuestions(Context &ctx, const Interviewee &i, const QList<EffectiveQuestion> &list)
{
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject{{QStringLiteral("interviewee"), i.id},
                                      {QStringLiteral("name"), i.data.fullName()},
                                      {QStringLiteral("questions"), json::questions(list)}});
        return;
    }
    ctx.out.line(Cli::tr("Questions for %1:").arg(i.data.fullName()));
    for (const EffectiveQuestion &q : list) {
        QString marker;
        if (q.origin == EffectiveQuestion::Origin::Added)
            marker = Cli::tr(" [added]");
        else if (q.origin == EffectiveQuestion::Origin::Reworded && !q.removed)
            marker = Cli::tr(" [reworded from template %1]").arg(q.templatePosition);
        if (q.removed)
            marker += Cli::tr(" [removed from the template; kept for the linked answers]");
        ctx.out.line(QStringLiteral("%1. %2%3").arg(q.number).arg(q.text, marker));
    }
}
} // namespace

VoidResult runQuestions(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    RosterService &roster = ctx.ws.roster();
    auto interviewee = roster.find(campaign->id, cl.word(2));
    if (!interviewee)
        return interviewee.error();
    const Id id = interviewee->id;
    // N and --after are whole numbers by now (verbtable.cpp).
    const int n = cl.word(3).toInt();
    if (verb == QLatin1String("reword")) {
        if (auto r = roster.rewordQuestion(id, n, cl.word(4)); !r)
            return r.error();
    } else if (verb == QLatin1String("drop")) {
        if (auto r = roster.dropQuestion(id, n); !r)
            return r.error();
    } else if (verb == QLatin1String("add")) {
        const int after = cl.options.contains(QStringLiteral("after"))
                              ? cl.option(QStringLiteral("after")).toInt()
                              : 1000; // at the end unless told otherwise
        if (auto r = roster.addQuestion(id, cl.word(3), after); !r)
            return r.error();
    } else if (verb == QLatin1String("reset")) {
        if (auto r = roster.resetQuestions(id, n); !r) // 0: every question
            return r;
    }
    auto list = roster.questions(id);
    if (!list)
        return list.error();
    printQuestions(ctx, *interviewee, *list);
    return {};
}

} // namespace shuzai::cli
