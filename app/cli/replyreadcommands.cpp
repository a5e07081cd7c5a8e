// reply read FILE.eml: what Shuzai understands of a reply, proposed against the campaign's
// free slots now. Reads only: nothing is recorded until the editor confirms.
#include "commands.h"
#include "mailbox/inboundmessage.h"
#include "replies/replyreader.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/files.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace shuzai::cli {

// reply read FILE [--sender-zone ZONE] [--campaign ID]
VoidResult runReplyRead(Context &ctx)
{
    const CommandLine &cl = ctx.cl;
    auto campaign = resolveCampaign(ctx);
    if (!campaign)
        return campaign.error();
    auto raw = files::readAll(cl.word(2));
    if (!raw)
        return raw.error();
    auto message = parseInboundMessage(*raw);
    if (!message)
        return message.error();
    auto offered = ctx.ws.scheduling().slotsOf(campaign->id);
    if (!offered)
        return offered.error();

    ReplyContext context;
    context.offered = *offered;
    context.campaignZone = QTimeZone(campaign->timeZone.toUtf8());
    if (cl.options.contains(QStringLiteral("sender-zone")))
        context.senderZone = QTimeZone(cl.option(QStringLiteral("sender-zone")).toUtf8());
    // Day numbers and "next Tuesday" are read from the day the person wrote; a message without
    // a date is read from the campaign's first interview day.
    context.letterSent = message->date.isValid()
                             ? message->date.toUTC()
                             : QDateTime(campaign->windowStart, QTime(0, 0), context.campaignZone);
    const ReplyProposal proposal = readReply(message->text, context);

    if (ctx.out.json()) {
        QJsonArray starts;
        for (const QDateTime &s : proposal.preferredStarts)
            starts.append(s.toUTC().toString(Qt::ISODate));
        ctx.out.printJson(QJsonObject{
            {QStringLiteral("file"), cl.word(2)},
            {QStringLiteral("messageId"), message->messageId},
            {QStringLiteral("from"), message->fromAddress},
            {QStringLiteral("intent"), toCode(proposal.intent)},
            {QStringLiteral("preferredStarts"), starts},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(proposal.evidence)},
            {QStringLiteral("unmatched"), QJsonArray::fromStringList(proposal.unmatched)}});
        return {};
    }
    const int minutes = campaign->interviewMinutes;
    ctx.out.line(Cli::tr("Intent: %1").arg(displayName(proposal.intent)));
    if (!proposal.preferredStarts.isEmpty()) {
        ctx.out.line(Cli::tr("Proposed slots, best first:"));
        for (const QDateTime &s : proposal.preferredStarts)
            ctx.out.line(QStringLiteral("  ") +
                         datetext::shortRange(s, s.addSecs(minutes * 60), context.campaignZone));
    }
    if (!proposal.unmatched.isEmpty()) {
        ctx.out.line(Cli::tr("Named, but not a free slot:"));
        for (const QString &u : proposal.unmatched)
            ctx.out.line(QStringLiteral("  ") + u);
    }
    if (!proposal.evidence.isEmpty()) {
        ctx.out.line(Cli::tr("Read from:"));
        for (const QString &e : proposal.evidence)
            ctx.out.line(QStringLiteral("  「%1」").arg(e));
    }
    return {};
}

} // namespace shuzai::cli
