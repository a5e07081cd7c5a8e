#include "commands.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "json/transcriptjson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace shuzai::cli {

namespace {
// "2025-05-27T10:00" in the campaign's zone, or with an explicit offset ("...+09:00", "...Z").
Result<QDateTime> parseStart(const QString &text, const Campaign &campaign)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        return usageError(QT_TRANSLATE_NOOP("Error", "--at needs a date and time such as "
                                                     "2025-05-27T10:00, not \"%1\"."),
                          {text});
    }
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone(campaign.timeZone.toUtf8()));
    return t.toUTC();
}

QString describe(const Interview &i, const Campaign &campaign)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    const QString when =
        i.startsAt.isValid()
            ? i.startsAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : Cli::tr("not scheduled");
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
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    const QString verb = cl.word(1);
    if (verb == QLatin1String("add")) {
        if (auto r = cl.arguments(1, 1,
                                  QStringLiteral("interview add INTERVIEWEE [--at "
                                                 "YYYY-MM-DDTHH:MM] [--minutes N] [--mode "
                                                 "online|in_person] [--place P] [--url U]"));
            !r)
            return r;
        if (auto r = cl.onlyOptions({QStringLiteral("campaign"), QStringLiteral("at"),
                                     QStringLiteral("minutes"), QStringLiteral("mode"),
                                     QStringLiteral("place"), QStringLiteral("url")});
            !r)
            return r;
        auto person = ctx.ws.roster().find(campaign->id, cl.word(2));
        if (!person)
            return person.error();
        Interview i;
        i.intervieweeId = person->id;
        i.minutes = campaign->interviewMinutes;
        if (cl.options.contains(QStringLiteral("at"))) {
            auto start = parseStart(cl.option(QStringLiteral("at")), *campaign);
            if (!start)
                return start.error();
            i.startsAt = *start;
        }
        if (cl.options.contains(QStringLiteral("minutes"))) {
            bool ok = false;
            i.minutes = cl.option(QStringLiteral("minutes")).toInt(&ok);
            if (!ok)
                return usageError(QT_TRANSLATE_NOOP("Error", "--minutes needs a number."));
        }
        if (cl.options.contains(QStringLiteral("mode"))) {
            auto mode = modeFromCode(cl.option(QStringLiteral("mode")));
            if (!mode) {
                return usageError(QT_TRANSLATE_NOOP("Error", "Unknown mode \"%1\" (use online, "
                                                             "in_person)."),
                                  {cl.option(QStringLiteral("mode"))});
            }
            i.mode = *mode;
        }
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
        if (auto r = cl.arguments(0, 1, QStringLiteral("interview list [INTERVIEWEE]")); !r)
            return r;
        if (auto r = cl.onlyOptions({QStringLiteral("campaign")}); !r)
            return r;
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
    return usageError(QT_TRANSLATE_NOOP("Error", "Usage: shuzai-cli %1"),
                      {QStringLiteral("interview add|list ...")});
}

} // namespace shuzai::cli
