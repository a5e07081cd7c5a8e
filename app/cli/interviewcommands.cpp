#include "commands.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "json/transcriptjson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace shuzai::cli {

namespace {
QString describe(const Interview &i, const Campaign &campaign)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    const QString when =
        i.startsAt.isValid() ? datetext::shortDateTime(i.startsAt, zone) : Cli::tr("not scheduled");
    return QStringLiteral("%1\t%2\t%3 %4\t%5")
        .arg(i.id)
        .arg(when)
        .arg(i.minutes)
        .arg(Cli::tr("min"), displayName(i.mode));
}
} // namespace

VoidResult runInterview(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    if (cl.word(1) == QLatin1String("remove")) {
        // The interview names its campaign; no --campaign needed.
        auto removed = ctx.ws.scheduling().remove(cl.word(2).toLongLong());
        if (!removed)
            return removed.error();
        if (ctx.out.json()) {
            QJsonObject o = json::interview(removed->interview);
            o.insert(QStringLiteral("removed"), true);
            ctx.out.printJson(o);
        } else {
            ctx.out.line(Cli::tr("Deleted interview %1.").arg(removed->interview.id));
        }
        return {};
    }
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    const QString verb = cl.word(1);
    if (verb == QLatin1String("add")) {
        auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
        if (!person)
            return person.error();
        Interview i;
        i.intervieweeId = person->id;
        i.minutes = campaign->interviewMinutes;
        if (cl.options.contains(QStringLiteral("at")))
            i.startsAt = campaignTime(cl.option(QStringLiteral("at")), *campaign);
        if (cl.options.contains(QStringLiteral("minutes")))
            i.minutes = cl.option(QStringLiteral("minutes")).toInt();
        if (cl.options.contains(QStringLiteral("mode")))
            i.mode = modeFromCode(cl.option(QStringLiteral("mode"))).value_or(i.mode);
        i.place = cl.option(QStringLiteral("place"));
        i.meetingUrl = cl.option(QStringLiteral("url"));
        auto created = ctx.ws.interviews().create(i);
        if (!created)
            return created.error();
        if (ctx.out.json())
            ctx.out.printJson(json::interview(*created));
        else
            ctx.out.line(describe(*created, *campaign));
        return {};
    }
    if (verb == QLatin1String("list")) {
        QList<Interviewee> people;
        if (cl.words.size() > 2) {
            auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
            if (!person)
                return person.error();
            people.append(*person);
        } else {
            auto all = ctx.ws.roster().list(campaign->id);
            if (!all)
                return all.error();
            people = *all;
        }
        QJsonArray out;
        for (const Interviewee &p : people) {
            auto interviews = ctx.ws.interviews().forInterviewee(p.id);
            if (!interviews)
                return interviews.error();
            for (const Interview &i : *interviews) {
                if (ctx.out.json()) {
                    QJsonObject o = json::interview(i);
                    o.insert(QStringLiteral("interviewee"), p.data.fullName());
                    out.append(o);
                } else {
                    ctx.out.line(describe(i, *campaign) + u'\t' + p.data.fullName());
                }
            }
        }
        if (ctx.out.json())
            ctx.out.printJson(out);
        return {};
    }
    return {};
}

} // namespace shuzai::cli
