// review mail-corrections and review accept-mail-correction: corrections read from review
// answers that came by mail, proposed against the text as sent and recorded once accepted.
#include "commands.h"
#include "services/reviewmailservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/textdiff.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shuzai::cli {

namespace {
QJsonObject proposalJson(const MailCorrectionProposal &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("mail"), p.messageId},
                       {QStringLiteral("round"), p.roundId},
                       {QStringLiteral("roundNumber"), p.roundNumber},
                       {QStringLiteral("item"), p.item},
                       {QStringLiteral("kind"), p.kind},
                       {QStringLiteral("sent"), p.sent},
                       {QStringLiteral("returned"), p.returned},
                       {QStringLiteral("source"), p.source},
                       {QStringLiteral("from"), p.fromAddress},
                       {QStringLiteral("subject"), p.subject},
                       {QStringLiteral("receivedAt"), p.receivedAt.toString(Qt::ISODate)},
                       {QStringLiteral("accepted"), p.accepted},
                       {QStringLiteral("diff"), diffJson(diffText(p.sent, p.returned))}};
}

// Where in the mail: its text, or the attachment by name.
QString sourceText(const QString &source)
{
    return source.isEmpty() ? Cli::tr("text") : source;
}
} // namespace

VoidResult runReviewMailCorrections(Context &ctx, const Campaign &campaign)
{
    auto who = ctx.ws.roster().find(campaign.id, ctx.cl.word(2));
    if (!who)
        return who.error();
    auto found = ctx.ws.reviewMail().proposals(who->id);
    if (!found)
        return found.error();
    if (ctx.out.json()) {
        QJsonArray proposals;
        for (const MailCorrectionProposal &p : found->proposals)
            proposals.append(proposalJson(p));
        QJsonArray unmatched;
        for (const MailUnmatchedText &u : found->unmatched) {
            unmatched.append(QJsonObject{{QStringLiteral("mail"), u.messageId},
                                         {QStringLiteral("source"), u.source},
                                         {QStringLiteral("text"), u.text}});
        }
        ctx.out.printJson(QJsonObject{
            {QStringLiteral("interviewee"), who->id},
            {QStringLiteral("round"), found->roundId},
            {QStringLiteral("roundNumber"), found->roundNumber},
            {QStringLiteral("mails"), found->messages},
            {QStringLiteral("proposals"), proposals},
            {QStringLiteral("unmatched"), unmatched},
            {QStringLiteral("unreadable"), QJsonArray::fromStringList(found->unreadable)}});
        return {};
    }
    if (!found->roundId) {
        ctx.out.line(Cli::tr("No review round awaits an answer."));
        return {};
    }
    ctx.out.line(Cli::tr("Round %1: %n correction(s) proposed from mail", nullptr,
                         int(found->proposals.size()))
                     .arg(found->roundNumber));
    for (const MailCorrectionProposal &p : found->proposals) {
        ctx.out.line(QStringLiteral("%1\t%2\t%3\t%4%5")
                         .arg(p.id, Cli::tr("item %1").arg(p.item), sourceText(p.source),
                              diffLine(diffText(p.sent, p.returned)),
                              p.accepted ? u'\t' + Cli::tr("accepted") : QString()));
    }
    for (const MailUnmatchedText &u : found->unmatched) {
        ctx.out.line(Cli::tr("not matched to an item (mail %1, %2): %3")
                         .arg(QString::number(u.messageId), sourceText(u.source), u.text));
    }
    for (const QString &name : found->unreadable)
        ctx.out.line(Cli::tr("could not be read: %1").arg(name));
    return {};
}

VoidResult runAcceptMailCorrection(Context &ctx)
{
    auto correction = ctx.ws.reviewMail().accept(ctx.cl.word(2));
    if (!correction)
        return correction.error();
    if (ctx.out.json()) {
        ctx.out.printJson(
            QJsonObject{{QStringLiteral("id"), correction->id},
                        {QStringLiteral("round"), correction->roundId},
                        {QStringLiteral("item"), correction->item},
                        {QStringLiteral("original"), correction->original},
                        {QStringLiteral("corrected"), correction->corrected},
                        {QStringLiteral("note"), correction->note},
                        {QStringLiteral("at"), correction->at.toString(Qt::ISODate)},
                        {QStringLiteral("by"), correction->by},
                        {QStringLiteral("diff"),
                         diffJson(diffText(correction->original, correction->corrected))}});
    } else {
        ctx.out.line(diffLine(diffText(correction->original, correction->corrected)));
    }
    return {};
}

} // namespace shuzai::cli
