#include "commands.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "json/jsonformat.h"

#include <QJsonObject>

namespace shuzai::cli {

namespace {
Result<int> number(const QString &text, const char *what)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok) {
        return usageError(QT_TRANSLATE_NOOP("Error", "%1 must be a question number, not \"%2\"."),
                          {QString::fromUtf8(what), text});
    }
    return n;
}

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
        else if (q.origin == EffectiveQuestion::Origin::Reworded)
            marker = Cli::tr(" [reworded from template %1]").arg(q.templatePosition);
        ctx.out.line(QStringLiteral("%1. %2%3").arg(q.number).arg(q.text, marker));
    }
}
} // namespace

VoidResult runQuestions(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const QString verb = cl.word(1);
    const QString synopsis = QStringLiteral("questions show|reword|drop|add|reset INTERVIEWEE ...");
    if (cl.words.size() < 3)
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    RosterService &roster = ctx.ws.roster();
    auto interviewee = roster.find(campaign->id, cl.word(2));
    if (!interviewee)
        return interviewee.error();
    const Id id = interviewee->id;

    QSet<QString> allowed{QStringLiteral("campaign")};
    if (verb == QLatin1String("add"))
        allowed.insert(QStringLiteral("after"));
    if (auto r = cl.onlyOptions(allowed); !r)
        return r;
    if (verb == QLatin1String("show")) {
        if (auto r = cl.arguments(1, 1, QStringLiteral("questions show INTERVIEWEE")); !r)
            return r;
    } else if (verb == QLatin1String("reword")) {
        if (auto r = cl.arguments(3, 3, QStringLiteral("questions reword INTERVIEWEE N TEXT")); !r)
            return r;
        auto n = number(cl.word(3), "N");
        if (!n)
            return n.error();
        if (auto r = roster.rewordQuestion(id, *n, cl.word(4)); !r)
            return r.error();
    } else if (verb == QLatin1String("drop")) {
        if (auto r = cl.arguments(2, 2, QStringLiteral("questions drop INTERVIEWEE N")); !r)
            return r;
        auto n = number(cl.word(3), "N");
        if (!n)
            return n.error();
        if (auto r = roster.dropQuestion(id, *n); !r)
            return r.error();
    } else if (verb == QLatin1String("add")) {
        if (auto r = cl.arguments(2, 2,
                                  QStringLiteral("questions add INTERVIEWEE TEXT "
                                                 "[--after N]"));
            !r)
            return r;
        int after = 1000; // at the end unless told otherwise
        if (cl.options.contains(QStringLiteral("after"))) {
            auto n = number(cl.option(QStringLiteral("after")), "--after");
            if (!n)
                return n.error();
            after = *n;
        }
        if (auto r = roster.addQuestion(id, cl.word(3), after); !r)
            return r.error();
    } else if (verb == QLatin1String("reset")) {
        if (auto r = cl.arguments(1, 2, QStringLiteral("questions reset INTERVIEWEE [N]")); !r)
            return r;
        int only = 0;
        if (cl.words.size() > 3) {
            auto n = number(cl.word(3), "N");
            if (!n)
                return n.error();
            only = *n;
        }
        if (auto r = roster.resetQuestions(id, only); !r)
            return r;
    } else {
        return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"), {synopsis});
    }
    auto list = roster.questions(id);
    if (!list)
        return list.error();
    printQuestions(ctx, *interviewee, *list);
    return {};
}

} // namespace shuzai::cli
