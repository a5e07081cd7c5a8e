#include "commands.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace shuzai::cli {

namespace {
QJsonObject toJson(const OutreachReply &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("interviewee"), r.intervieweeId},
                       {QStringLiteral("kind"), toCode(r.kind)},
                       {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                       {QStringLiteral("prefers"), r.prefers},
                       {QStringLiteral("note"), r.note},
                       {QStringLiteral("preferredStarts"), [&r] {
                            QJsonArray starts;
                            for (const QDateTime &s : r.preferredStarts)
                                starts.append(s.toUTC().toString(Qt::ISODate));
                            return starts;
                        }()}};
}

// reply record INTERVIEWEE --accepted|--declined|--question|--no-reply [--prefers T]
//              [--slots T,T...] [--note T]
VoidResult runRecord(Context &ctx, const Campaign &campaign)
{
    const CommandLine &cl = ctx.cl;
    // Exactly one of the four flags, as the declaration requires.
    auto kind = OutreachReply::Kind::NoReply;
    for (auto k : {OutreachReply::Kind::Accepted, OutreachReply::Kind::Declined,
                   OutreachReply::Kind::Question, OutreachReply::Kind::NoReply}) {
        if (cl.flags.contains(toCode(k).replace(u'_', u'-')))
            kind = k;
    }
    auto person = ctx.ws.roster().find(campaign.id, cl.word(2));
    if (!person)
        return person.error();
    // The candidate slots chosen, as campaign times ("2025-05-28T15:00", or with an offset).
    QList<QDateTime> chosen;
    for (const QString &part : cl.option(QStringLiteral("slots")).split(u',', Qt::SkipEmptyParts)) {
        const QDateTime start = campaignTime(part.trimmed(), campaign);
        if (!start.isValid()) {
            return Error(ErrorCode::Usage,
                         QT_TRANSLATE_NOOP("Error", "--slots: \"%1\" is not a date and time "
                                                    "like 2025-05-28T15:00."),
                         {part.trimmed()});
        }
        chosen.append(start);
    }
    auto id = ctx.ws.outreach().recordReply(person->id, kind, cl.option(QStringLiteral("prefers")),
                                            cl.option(QStringLiteral("note")), chosen);
    if (!id)
        return id.error();
    auto updated = ctx.ws.roster().load(person->id);
    if (!updated)
        return updated.error();
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject{{QStringLiteral("id"), *id},
                                      {QStringLiteral("status"), toCode(updated->data.status)}});
    } else {
        ctx.out.line(
            Cli::tr("%1: %2").arg(updated->data.fullName(), displayName(updated->data.status)));
    }
    return {};
}
} // namespace

VoidResult runReply(Context &ctx)
{
    if (ctx.cl.word(1) == QLatin1String("read"))
        return runReplyRead(ctx);
    if (ctx.cl.word(1).contains(QLatin1String("proposal")))
        return runReplyProposals(ctx);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    if (ctx.cl.word(1) == QLatin1String("record"))
        return runRecord(ctx, *campaign);
    // reply list [INTERVIEWEE]
    auto only = optionalInterviewee(ctx, campaign->id, 2);
    if (!only)
        return only.error();
    auto replies = ctx.ws.outreach().replies(campaign->id, *only);
    if (!replies)
        return replies.error();
    QJsonArray rows;
    for (const OutreachReply &r : *replies) {
        if (ctx.out.json())
            rows.append(toJson(r));
        else
            ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(datetext::shortDateTime(r.at), QString::number(r.intervieweeId),
                                  displayName(r.kind), r.prefers, r.note));
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    return {};
}

// outreach due [--on YYYY-MM-DD]: letters waiting past the follow-up days with no reply.
VoidResult runOutreachDue(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    QDateTime asOf;
    if (cl.options.contains(QStringLiteral("on"))) {
        const QDate day = QDate::fromString(cl.option(QStringLiteral("on")), Qt::ISODate);
        // The end of that day where the campaign is run.
        asOf = QDateTime(day, QTime(23, 59, 59), QTimeZone(campaign->timeZone.toUtf8()));
    }
    auto due = ctx.ws.outreach().due(campaign->id, asOf);
    if (!due)
        return due.error();
    QJsonArray rows;
    for (const FollowUpDue &d : *due) {
        if (!ctx.out.json()) {
            ctx.out.line(
                Cli::tr("%1\t%2\tdue %3 (%n day(s) overdue)", nullptr, d.daysOverdue)
                    .arg(d.name, d.email,
                         datetext::shortDate(d.due.toTimeZone(datetext::displayZone()).date())));
            continue;
        }
        rows.append(QJsonObject{{QStringLiteral("interviewee"), d.intervieweeId},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("email"), d.email},
                                {QStringLiteral("lastLetter"), d.lastLetter.toString(Qt::ISODate)},
                                {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                                {QStringLiteral("daysOverdue"), d.daysOverdue}});
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    return {};
}

} // namespace shuzai::cli
