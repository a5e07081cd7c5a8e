#include "commands.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

QJsonArray diffJson(const QList<DiffRun> &runs)
{
    QJsonArray out;
    for (const DiffRun &r : runs) {
        const QString kind = r.kind == DiffRun::Kind::Same      ? QStringLiteral("same")
                             : r.kind == DiffRun::Kind::Removed ? QStringLiteral("removed")
                                                                : QStringLiteral("added");
        out.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("text"), r.text}});
    }
    return out;
}

// 「日本語[-を-]{+の+}処理」: the changed characters marked inline, for a terminal.
QString diffLine(const QList<DiffRun> &runs)
{
    QString out;
    for (const DiffRun &r : runs) {
        if (r.kind == DiffRun::Kind::Same)
            out += r.text;
        else if (r.kind == DiffRun::Kind::Removed)
            out += QStringLiteral("[-") + r.text + QStringLiteral("-]");
        else
            out += QStringLiteral("{+") + r.text + QStringLiteral("+}");
    }
    return out;
}

namespace {
QJsonObject correctionJson(const ReviewCorrection &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("round"), c.roundId},
                       {QStringLiteral("item"), c.item},
                       {QStringLiteral("original"), c.original},
                       {QStringLiteral("corrected"), c.corrected},
                       {QStringLiteral("note"), c.note},
                       {QStringLiteral("at"), c.at.toString(Qt::ISODate)},
                       {QStringLiteral("by"), c.by},
                       {QStringLiteral("diff"), diffJson(diffText(c.original, c.corrected))}};
}

QJsonObject roundJson(const ReviewRound &r)
{
    QJsonArray items;
    for (const ReviewItem &i : itemsFromSnapshot(r.snapshot)) {
        items.append(QJsonObject{{QStringLiteral("number"), i.number},
                                 {QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("question"), i.question},
                                 {QStringLiteral("text"), i.text},
                                 {QStringLiteral("context"), i.context},
                                 {QStringLiteral("speaker"), i.speaker}});
    }
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("interviewee"), r.intervieweeId},
                       {QStringLiteral("round"), r.number},
                       {QStringLiteral("status"), toCode(r.status)},
                       {QStringLiteral("channel"), toCode(r.channel)},
                       {QStringLiteral("sentAt"), r.sentAt.toString(Qt::ISODate)},
                       {QStringLiteral("sentBy"), r.sentBy},
                       {QStringLiteral("dueDate"), r.dueDate.toString(Qt::ISODate)},
                       {QStringLiteral("decidedBy"), r.decidedBy},
                       {QStringLiteral("note"), r.note},
                       {QStringLiteral("items"), items},
                       // Exactly as stored, so a script can compare snapshots byte for byte.
                       {QStringLiteral("snapshot"), QString::fromUtf8(r.snapshot)}};
}

void printRound(Context &ctx, const ReviewRound &r)
{
    if (ctx.out.json()) {
        ctx.out.printJson(roundJson(r));
        return;
    }
    ctx.out.line(Cli::tr("Round %1: %2, due %3")
                     .arg(r.number)
                     .arg(displayName(r.status), datetext::shortDate(r.dueDate)));
}

// The person named at word 2 of the campaign.
Result<Interviewee> person(Context &ctx, const Campaign &campaign)
{
    return ctx.ws.roster().find(campaign.id, ctx.cl.word(2));
}

VoidResult runSend(Context &ctx, const Campaign &campaign)
{
    auto who = person(ctx, campaign);
    if (!who)
        return who.error();
    const auto channel = reviewChannelFromCode(
        ctx.cl.options.value(QStringLiteral("channel"), QStringLiteral("email")));
    auto round = ctx.ws.review().send(who->id, *channel, ctx.cl.option(QStringLiteral("note")));
    if (!round)
        return round.error();
    printRound(ctx, *round);
    return {};
}

VoidResult runRecord(Context &ctx, const Campaign &campaign)
{
    auto who = person(ctx, campaign);
    if (!who)
        return who.error();
    const int item = ctx.cl.option(QStringLiteral("item")).toInt();
    auto correction =
        ctx.ws.review().recordCorrection(who->id, item, ctx.cl.option(QStringLiteral("corrected")),
                                         ctx.cl.option(QStringLiteral("note")));
    if (!correction)
        return correction.error();
    if (ctx.out.json())
        ctx.out.printJson(correctionJson(*correction));
    else
        ctx.out.line(diffLine(diffText(correction->original, correction->corrected)));
    return {};
}

VoidResult runDecision(Context &ctx, const Campaign &campaign, bool approve)
{
    auto who = person(ctx, campaign);
    if (!who)
        return who.error();
    const QString note = ctx.cl.option(QStringLiteral("note"));
    auto round =
        approve ? ctx.ws.review().approve(who->id, note) : ctx.ws.review().withdraw(who->id, note);
    if (!round)
        return round.error();
    printRound(ctx, *round);
    return {};
}

// review show INTERVIEWEE: every round with what was sent and the corrections as diffs.
VoidResult runShow(Context &ctx, const Campaign &campaign)
{
    auto who = person(ctx, campaign);
    if (!who)
        return who.error();
    auto rounds = ctx.ws.review().rounds(who->id);
    if (!rounds)
        return rounds.error();
    QJsonArray out;
    for (const ReviewRound &r : *rounds) {
        auto corrections = ctx.ws.review().corrections(r.id);
        if (!corrections)
            return corrections.error();
        QJsonObject o = roundJson(r);
        QJsonArray list;
        for (const ReviewCorrection &c : *corrections)
            list.append(correctionJson(c));
        o.insert(QStringLiteral("corrections"), list);
        out.append(o);
        if (ctx.out.json())
            continue;
        printRound(ctx, r);
        for (const ReviewItem &i : itemsFromSnapshot(r.snapshot))
            ctx.out.line(QStringLiteral("  %1. %2").arg(i.number).arg(i.text));
        for (const ReviewCorrection &c : *corrections) {
            ctx.out.line(Cli::tr("  correction to %1: %2")
                             .arg(c.item)
                             .arg(diffLine(diffText(c.original, c.corrected))));
        }
    }
    if (ctx.out.json())
        ctx.out.printJson(out);
    return {};
}

// review status [CAMPAIGN]
VoidResult runStatus(Context &ctx)
{
    auto campaign = campaignArgument(ctx, 2);
    if (!campaign)
        return campaign.error();
    auto states = ctx.ws.review().overview(campaign->id);
    if (!states)
        return states.error();
    QJsonArray rows;
    for (const ReviewState &s : *states) {
        if (!ctx.out.json()) {
            ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4%5")
                             .arg(QString::number(s.intervieweeId), s.name, displayName(s.status),
                                  datetext::shortDate(s.dueDate),
                                  s.overdue ? u'\t' + Cli::tr("overdue") : QString()));
            continue;
        }
        rows.append(QJsonObject{{QStringLiteral("interviewee"), s.intervieweeId},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("category"), s.categoryId},
                                {QStringLiteral("status"), toCode(s.status)},
                                {QStringLiteral("round"), s.round},
                                {QStringLiteral("dueDate"), s.dueDate.toString(Qt::ISODate)},
                                {QStringLiteral("overdue"), s.overdue},
                                {QStringLiteral("publishable"), isPublishable(s.status)}});
    }
    if (ctx.out.json())
        ctx.out.printJson(rows);
    return {};
}
} // namespace

VoidResult runReview(Context &ctx)
{
    const QString verb = ctx.cl.word(1);
    if (verb == QLatin1String("status"))
        return runStatus(ctx);
    if (verb == QLatin1String("accept-mail-correction"))
        return runAcceptMailCorrection(ctx);
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    if (verb == QLatin1String("send"))
        return runSend(ctx, *campaign);
    if (verb == QLatin1String("record"))
        return runRecord(ctx, *campaign);
    if (verb == QLatin1String("mail-corrections"))
        return runReviewMailCorrections(ctx, *campaign);
    if (verb == QLatin1String("approve") || verb == QLatin1String("withdraw"))
        return runDecision(ctx, *campaign, verb == QLatin1String("approve"));
    return runShow(ctx, *campaign);
}

} // namespace shuzai::cli
