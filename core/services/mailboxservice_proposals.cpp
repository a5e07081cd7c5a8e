// Issue 17: the replies proposed from fetched mail, and the editor's decision on each. Nothing
// is recorded about a person until the editor accepts a proposal.
#include "mailboxservice.h"

#include "auditservice.h"
#include "campaignservice.h"
#include "mailbox/inboundmessage.h"
#include "outreachservice.h"
#include "rosterservice.h"
#include "schedulingservice.h"
#include "storage/database.h"
#include "storage/mailboxrepository.h"
#include "storage/outreachrepository.h"
#include "storage/replyproposalrepository.h"
#include "workspace.h"

#include <QHash>
#include <QTimeZone>
#include <functional>

namespace shuzai {

namespace {
const char *kDecideAction = QT_TRANSLATE_NOOP("Action", "decide on reply proposals");

// What every proposal of one campaign is read against, read once.
struct ProposalFrame {
    Campaign campaign;
    QList<Slot> offered;
    QHash<Id, Interviewee> people;
    QList<OutreachRecord> letters; // oldest first
    QHash<Id, QString> letterTexts;
};

Result<ProposalFrame> frameOf(Workspace &ws, Id campaignId, Id intervieweeId)
{
    ProposalFrame f;
    auto campaign = ws.campaigns().load(campaignId);
    if (!campaign)
        return campaign.error();
    f.campaign = std::move(*campaign);
    auto offered = ws.scheduling().slotsOf(campaignId);
    if (!offered)
        return offered.error();
    f.offered = std::move(*offered);
    // One person's history (shown at every selection in the roster) reads that person only,
    // not the whole campaign's roster.
    if (intervieweeId) {
        auto person = ws.roster().load(intervieweeId);
        if (!person)
            return person.error();
        f.people.insert(person->id, *person);
    } else {
        auto people = ws.roster().list(campaignId);
        if (!people)
            return people.error();
        for (const Interviewee &p : *people)
            f.people.insert(p.id, p);
    }
    auto letters = OutreachRepository(ws.database()).list(campaignId, intervieweeId);
    if (!letters)
        return letters.error();
    f.letters = std::move(*letters);
    return f;
}

// The letter a message answers: the one its thread named, else the person's latest letter
// that left before it arrived. A failed send reached nobody, so nobody answers it.
const OutreachRecord *answeredLetter(const ProposalFrame &f, const StoredInboundMessage &m)
{
    const OutreachRecord *latest = nullptr;
    for (const OutreachRecord &r : f.letters) {
        if (r.intervieweeId != m.intervieweeId)
            continue;
        if (m.letterId && r.id == m.letterId)
            return &r;
        if (r.kind != OutreachRecord::Kind::Failed && r.at <= m.receivedAt)
            latest = &r;
    }
    return latest;
}

std::optional<MailReplyProposal> read(ProposalFrame &f, const StoredInboundMessage &m)
{
    const auto person = f.people.constFind(m.intervieweeId);
    if (person == f.people.cend() || m.reviewRoundId)
        return std::nullopt;
    const OutreachRecord *letter = answeredLetter(f, m);
    if (!letter)
        return std::nullopt; // no request letter went to them: nothing it could answer
    if (!f.letterTexts.contains(letter->id)) {
        auto sent = parseInboundMessage(letter->message);
        f.letterTexts.insert(letter->id, sent ? sent->text : QString());
    }
    MailReplyProposal p;
    p.messageId = m.id;
    p.campaignId = f.campaign.id;
    p.intervieweeId = m.intervieweeId;
    p.personName = person->data.fullName();
    p.fromAddress = m.fromAddress;
    p.fromName = m.fromName;
    p.subject = m.subject;
    p.receivedAt = m.receivedAt;
    p.letterId = letter->id;
    p.letterSent = letter->at.toUTC();

    ReplyContext context;
    context.offered = f.offered;
    context.campaignZone = QTimeZone(f.campaign.timeZone.toUtf8());
    if (!person->data.timeZone.isEmpty())
        context.senderZone = QTimeZone(person->data.timeZone.toUtf8());
    context.letterSent = p.letterSent;
    context.letterText = f.letterTexts.value(letter->id);
    // A message that could not be read still gets a proposal (unclear) the editor can dismiss.
    auto parsed = parseInboundMessage(m.message);
    p.proposal = readReply(parsed ? parsed->text : QString(), context);
    return p;
}
} // namespace

std::optional<OutreachReply::Kind> replyKindOf(ReplyProposal::Intent intent)
{
    switch (intent) {
    case ReplyProposal::Intent::Accepts:
        return OutreachReply::Kind::Accepted;
    case ReplyProposal::Intent::Declines:
        return OutreachReply::Kind::Declined;
    case ReplyProposal::Intent::Asks:
        return OutreachReply::Kind::Question;
    case ReplyProposal::Intent::Unclear:
        break;
    }
    return std::nullopt;
}

Result<QList<MailReplyProposal>> MailboxService::proposals(Id campaignId, Id intervieweeId,
                                                           bool withDecided)
{
    Database &db = m_workspace.database();
    ReplyProposalRepository repo(db);
    auto ids = repo.candidateMessages(campaignId, intervieweeId);
    if (!ids)
        return ids.error();
    // Most people have no fetched mail: their history is shown without working out the
    // campaign's free slots (the frame) for nothing.
    if (ids->isEmpty())
        return QList<MailReplyProposal>{};
    auto decisions = repo.decisions(campaignId);
    if (!decisions)
        return decisions.error();
    auto frame = frameOf(m_workspace, campaignId, intervieweeId);
    if (!frame)
        return frame.error();
    MailboxRepository messages(db);
    QList<MailReplyProposal> out;
    for (Id id : *ids) {
        const auto decided = decisions->constFind(id);
        if (decided != decisions->cend() && !withDecided)
            continue;
        auto m = messages.message(id);
        if (!m)
            return m.error();
        if (!m->has_value())
            continue;
        auto p = read(*frame, **m);
        if (!p)
            continue;
        if (decided != decisions->cend())
            p->decision = *decided;
        out.append(std::move(*p));
    }
    return out;
}

Result<MailReplyProposal> MailboxService::proposal(Id messageId)
{
    const Error none(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "Mail message %1 proposes no reply: it is not "
                                                "from a person answering a request letter."),
                     {QString::number(messageId)});
    auto m = message(messageId);
    if (!m)
        return m.error();
    if (!m->intervieweeId || m->reviewRoundId)
        return none;
    auto person = m_workspace.roster().load(m->intervieweeId);
    if (!person)
        return person.error();
    auto frame = frameOf(m_workspace, person->campaignId, person->id);
    if (!frame)
        return frame.error();
    auto p = read(*frame, *m);
    if (!p)
        return none;
    auto decided = ReplyProposalRepository(m_workspace.database()).decision(messageId);
    if (!decided)
        return decided.error();
    p->decision = *decided;
    return std::move(*p);
}

namespace {
Error alreadyDecided(const ProposalDecision &d)
{
    return d.kind == ProposalDecision::Kind::Accepted
               ? Error(ErrorCode::Conflict,
                       QT_TRANSLATE_NOOP("Error", "The reply proposed from mail message %1 was "
                                                  "accepted already; its reply is recorded."),
                       {QString::number(d.messageId)})
               : Error(ErrorCode::Conflict,
                       QT_TRANSLATE_NOOP("Error", "The reply proposed from mail message %1 was "
                                                  "dismissed already."),
                       {QString::number(d.messageId)});
}

// Stores the editor's decision (after `recordFirst`, which returns the reply it recorded) with
// its audit entry, all in one transaction. It is checked again inside: another window may have
// decided the same proposal meanwhile.
Result<Id> storeDecision(Workspace &ws, ProposalDecision decision, const Id campaignId,
                         const Id intervieweeId, const QString &auditDetail,
                         const std::function<Result<Id>()> &recordFirst = {})
{
    Database &db = ws.database();
    auto done = db.transact([&]() -> VoidResult {
        ReplyProposalRepository repo(db);
        auto decided = repo.decision(decision.messageId);
        if (!decided)
            return decided.error();
        if (decided->has_value())
            return alreadyDecided(**decided);
        if (recordFirst) {
            auto reply = recordFirst();
            if (!reply)
                return reply.error();
            decision.replyId = *reply;
        }
        decision.decidedBy = ws.actor().id;
        decision.decidedAt = ws.clock().now();
        if (auto r = repo.add(decision); !r)
            return r;
        const bool accepted = decision.kind == ProposalDecision::Kind::Accepted;
        return ws.audit().append(
            accepted ? QStringLiteral("proposal.accepted") : QStringLiteral("proposal.dismissed"),
            campaignId, intervieweeId, QStringLiteral("mail %1").arg(decision.messageId), {},
            auditDetail);
    });
    if (!done)
        return done.error();
    return decision.replyId;
}
} // namespace

Result<Id> MailboxService::acceptProposal(Id messageId, const ProposalChoice &choice)
{
    if (auto allowed = m_workspace.require({Role::Editor}, kDecideAction); !allowed)
        return allowed.error();
    auto p = proposal(messageId);
    if (!p)
        return p.error();
    if (p->decision)
        return alreadyDecided(*p->decision);
    const std::optional<OutreachReply::Kind> kind =
        choice.kind ? choice.kind : replyKindOf(p->proposal.intent);
    if (!kind) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Shuzai could not tell what mail message %1 "
                                                "answers: choose whether it accepts, declines or "
                                                "asks a question."),
                     {QString::number(messageId)}, QStringLiteral("kind"));
    }
    // Proposed times belong to an acceptance only (the editor may turn one into a question).
    const QList<QDateTime> starts = choice.preferredStarts ? *choice.preferredStarts
                                                           : (*kind == OutreachReply::Kind::Accepted
                                                                  ? p->proposal.preferredStarts
                                                                  : QList<QDateTime>());
    ProposalDecision decision;
    decision.messageId = messageId;
    decision.kind = ProposalDecision::Kind::Accepted;
    auto replyId =
        storeDecision(m_workspace, decision, p->campaignId, p->intervieweeId, toCode(*kind), [&]() {
            return m_workspace.outreach().recordReply(
                p->intervieweeId, *kind, choice.prefers.value_or(QString()), p->subject, starts);
        });
    if (!replyId)
        return replyId.error();
    emit mailboxChanged();
    return *replyId;
}

VoidResult MailboxService::dismissProposal(Id messageId)
{
    if (auto allowed = m_workspace.require({Role::Editor}, kDecideAction); !allowed)
        return allowed.error();
    auto p = proposal(messageId);
    if (!p)
        return p.error();
    if (p->decision)
        return alreadyDecided(*p->decision);
    ProposalDecision decision;
    decision.messageId = messageId;
    decision.kind = ProposalDecision::Kind::Dismissed;
    auto done = storeDecision(m_workspace, decision, p->campaignId, p->intervieweeId,
                              toCode(p->proposal.intent));
    if (!done)
        return done.error();
    emit mailboxChanged();
    return {};
}

} // namespace shuzai
