// reply proposals / accept-proposal / dismiss-proposal: the replies Shuzai read from fetched
// mail, confirmed or dismissed by the editor (issue 17). Nothing is recorded about a person
// until a proposal is accepted.
#include "commands.h"
#include "services/campaignservice.h"
#include "services/mailboxservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace shuzai::cli {

namespace {
QString stateOf(const MailReplyProposal &p)
{
    return p.decision ? toCode(p.decision->kind) : QStringLiteral("pending");
}

// The proposed slots as the campaign writes them ("5月28日（水）15:00-16:00").
QStringList slotTexts(const MailReplyProposal &p, const Campaign &campaign)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    QStringList out;
    for (const QDateTime &s : p.proposal.preferredStarts)
        out.append(
            datetext::shortRange(s, s.addSecs(qint64(campaign.interviewMinutes) * 60), zone));
    return out;
}

QJsonObject toJson(const MailReplyProposal &p, const Campaign &campaign)
{
    QJsonArray starts;
    for (const QDateTime &s : p.proposal.preferredStarts)
        starts.append(s.toUTC().toString(Qt::ISODate));
    QJsonObject o{
        {QStringLiteral("message"), p.messageId},
        {QStringLiteral("interviewee"), p.intervieweeId},
        {QStringLiteral("person"), p.personName},
        {QStringLiteral("from"), p.fromAddress},
        {QStringLiteral("subject"), p.subject},
        {QStringLiteral("receivedAt"), p.receivedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("received"), datetext::shortDateTime(p.receivedAt)},
        {QStringLiteral("letter"), p.letterId},
        {QStringLiteral("intent"), toCode(p.proposal.intent)},
        {QStringLiteral("preferredStarts"), starts},
        {QStringLiteral("proposedSlots"), QJsonArray::fromStringList(slotTexts(p, campaign))},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(p.proposal.evidence)},
        {QStringLiteral("unmatched"), QJsonArray::fromStringList(p.proposal.unmatched)},
        {QStringLiteral("state"), stateOf(p)}};
    if (p.decision) {
        o.insert(QStringLiteral("decidedBy"), p.decision->decidedByName);
        o.insert(QStringLiteral("decidedAt"), p.decision->decidedAt.toUTC().toString(Qt::ISODate));
        if (p.decision->replyId)
            o.insert(QStringLiteral("reply"), p.decision->replyId);
    }
    return o;
}

// reply proposals [--all]: pending ones unless --all.
VoidResult runList(Context &ctx)
{
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    const bool all = ctx.cl.flags.contains(QStringLiteral("all"));
    auto proposals = ctx.ws.mailbox().proposals(campaign->id, 0, all);
    if (!proposals)
        return proposals.error();
    if (ctx.out.json()) {
        QJsonArray rows;
        for (const MailReplyProposal &p : *proposals)
            rows.append(toJson(p, *campaign));
        ctx.out.printJson(rows);
        return {};
    }
    if (proposals->isEmpty()) {
        ctx.out.line(all ? Cli::tr("No replies were proposed from fetched mail.")
                         : Cli::tr("No proposed reply is waiting for a decision."));
        return {};
    }
    for (const MailReplyProposal &p : *proposals) {
        QString line =
            QStringLiteral("%1\t%2\t%3\t%4")
                .arg(QString::number(p.messageId), p.personName,
                     datetext::shortDateTime(p.receivedAt), displayName(p.proposal.intent));
        if (p.decision) {
            line += u'\t' + (p.decision->kind == ProposalDecision::Kind::Accepted
                                 ? Cli::tr("accepted")
                                 : Cli::tr("dismissed"));
        }
        ctx.out.line(line);
        for (const QString &s : slotTexts(p, *campaign))
            ctx.out.line(Cli::tr("  slot: %1").arg(s));
        for (const QString &u : p.proposal.unmatched)
            ctx.out.line(Cli::tr("  not a free slot: %1").arg(u));
        for (const QString &e : p.proposal.evidence)
            ctx.out.line(Cli::tr("  read from: 「%1」").arg(e));
    }
    return {};
}

// reply accept-proposal ID [--kind accepted|declined|question] [--prefers T] [--slots T,T...]
VoidResult runAccept(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    const Id messageId = cl.word(2).toLongLong();
    auto proposal = ctx.ws.mailbox().proposal(messageId);
    if (!proposal)
        return proposal.error();
    ProposalChoice choice;
    if (cl.options.contains(QStringLiteral("kind")))
        choice.kind = replyKindFromCode(cl.option(QStringLiteral("kind")));
    if (cl.options.contains(QStringLiteral("prefers")))
        choice.prefers = cl.option(QStringLiteral("prefers"));
    if (cl.options.contains(QStringLiteral("slots"))) {
        auto campaign = ctx.ws.campaigns().load(proposal->campaignId);
        if (!campaign)
            return campaign.error();
        QList<QDateTime> starts;
        for (const QString &part :
             cl.option(QStringLiteral("slots")).split(u',', Qt::SkipEmptyParts)) {
            const QDateTime start = campaignTime(part.trimmed(), *campaign);
            if (!start.isValid()) {
                return Error(ErrorCode::Usage,
                             QT_TRANSLATE_NOOP("Error", "--slots: \"%1\" is not a date and time "
                                                        "like 2025-05-28T15:00."),
                             {part.trimmed()});
            }
            starts.append(start);
        }
        choice.preferredStarts = starts;
    }
    auto reply = ctx.ws.mailbox().acceptProposal(messageId, choice);
    if (!reply)
        return reply.error();
    auto person = ctx.ws.roster().load(proposal->intervieweeId);
    if (!person)
        return person.error();
    if (ctx.out.json()) {
        ctx.out.printJson(QJsonObject{{QStringLiteral("message"), messageId},
                                      {QStringLiteral("reply"), *reply},
                                      {QStringLiteral("interviewee"), person->id},
                                      {QStringLiteral("status"), toCode(person->data.status)}});
    } else {
        ctx.out.line(
            Cli::tr("%1: %2").arg(person->data.fullName(), displayName(person->data.status)));
    }
    return {};
}

// reply dismiss-proposal ID
VoidResult runDismiss(Context &ctx)
{
    const Id messageId = ctx.cl.word(2).toLongLong();
    if (auto done = ctx.ws.mailbox().dismissProposal(messageId); !done)
        return done;
    if (ctx.out.json())
        ctx.out.printJson(QJsonObject{{QStringLiteral("message"), messageId},
                                      {QStringLiteral("state"), QStringLiteral("dismissed")}});
    else
        ctx.out.line(Cli::tr("Dismissed the reply proposed from mail message %1.").arg(messageId));
    return {};
}
} // namespace

VoidResult runReplyProposals(Context &ctx)
{
    const QString verb = ctx.cl.word(1);
    if (verb == QLatin1String("accept-proposal"))
        return runAccept(ctx);
    if (verb == QLatin1String("dismiss-proposal"))
        return runDismiss(ctx);
    return runList(ctx);
}

} // namespace shuzai::cli
