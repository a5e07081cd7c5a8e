#include "reviewmailservice.h"

#include "domain/interviewee.h"
#include "mailbox/inboundmessage.h"
#include "mailboxservice.h"
#include "review/returnedtext.h"
#include "reviewservice.h"
#include "rosterservice.h"
#include "storage/database.h"
#include "transcripts/parsers.h"
#include "workspace.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// No table of its own: a proposal is read again from the mail's stored bytes (which never
// change) each time it is asked for, and an accepted one is exactly a correction of the round
// for that item with the returned text, so "accepted" is derived from the corrections already
// recorded. Storing proposals would keep a second copy that goes stale whenever the reading
// improves, and a proposal nobody accepts simply stays until the round is decided.

namespace shuzai {

namespace {

bool isDocx(const InboundAttachment &a)
{
    return a.fileName.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive) ||
           a.mimeType.startsWith(QStringLiteral(
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
}

bool isText(const InboundAttachment &a)
{
    return a.fileName.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive) ||
           (a.fileName.isEmpty() && a.mimeType.startsWith(QStringLiteral("text/plain")));
}

// The charset a part declared ("text/plain; charset=Shift_JIS"), when its type says.
QByteArray charsetOf(const QString &mimeType)
{
    static const QRegularExpression re(QStringLiteral("charset\\s*=\\s*\"?([^\";\\s]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(mimeType);
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

Error noOpenRound(const QString &name)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "No review round of %1 awaits an answer."), {name});
}

bool isOpen(const ReviewRound &r)
{
    return r.status == ReviewStatus::AwaitingResponse ||
           r.status == ReviewStatus::CorrectionsRequested;
}

} // namespace

QString ReviewMailService::proposalId(Id messageId, int item)
{
    return QStringLiteral("%1:%2").arg(messageId).arg(item);
}

std::optional<std::pair<Id, int>> ReviewMailService::parseProposalId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,18}):(\\d{1,6})\\s*$"));
    const auto m = re.match(id);
    if (!m.hasMatch() || m.captured(1).toLongLong() < 1 || m.captured(2).toInt() < 1)
        return std::nullopt;
    return std::pair<Id, int>(m.captured(1).toLongLong(), m.captured(2).toInt());
}

Result<MailCorrections> ReviewMailService::proposals(Id intervieweeId)
{
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto rounds = m_workspace.review().rounds(intervieweeId);
    if (!rounds)
        return rounds.error();
    if (rounds->isEmpty() || !isOpen(rounds->constLast()))
        return MailCorrections{};
    return proposalsFor(intervieweeId, rounds->constLast());
}

Result<MailCorrections> ReviewMailService::proposalsFor(Id intervieweeId, const ReviewRound &round)
{
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto people = m_workspace.roster().list(person->campaignId);
    if (!people)
        return people.error();
    const QString printedName = publicationNames(*people).value(intervieweeId);
    const QList<ReviewItem> items = itemsFromSnapshot(round.snapshot);
    // The interviewee read (and returns) the passages as the packet printed them: an anonymous
    // person's alias in place of their name.
    QList<ReviewItem> asPrinted = items;
    for (ReviewItem &i : asPrinted)
        i.text = anonymised(person->data, printedName, i.text);

    auto recorded = m_workspace.review().corrections(round.id);
    if (!recorded)
        return recorded.error();
    auto answers = m_workspace.mailbox().reviewAnswers(round.id);
    if (!answers)
        return answers.error();

    MailCorrections out;
    out.roundId = round.id;
    out.roundNumber = round.number;
    for (const StoredInboundMessage &stored : *answers) {
        auto full = m_workspace.mailbox().message(stored.id);
        if (!full)
            return full.error();
        auto parsed = parseInboundMessage(full->message);
        if (!parsed)
            continue; // kept as it came, but there is nothing to read in it
        ++out.messages;
        struct Source {
            QString name;
            QString text;
            ReturnedLayout layout;
        };
        // Attachments first: "修正を添付しました" in the text says where the answer is. For each
        // item the first source that returns it counts.
        QList<Source> sources;
        for (const InboundAttachment &a : std::as_const(parsed->attachments)) {
            if (isDocx(a)) {
                auto text = readDocxText(a.bytes, a.fileName);
                if (!text) {
                    out.unreadable.append(a.fileName);
                    continue;
                }
                sources.append({a.fileName, *text, ReturnedLayout::Paragraphs});
            } else if (isText(a)) {
                sources.append({a.fileName, decodeMailText(a.bytes, charsetOf(a.mimeType)),
                                ReturnedLayout::Mail});
            }
        }
        sources.append({QString(), parsed->text, ReturnedLayout::Mail});
        QSet<int> seen;
        for (const Source &source : std::as_const(sources)) {
            const ReturnedTextReading reading =
                readReturnedText(asPrinted, source.text, source.layout);
            for (const QString &text : reading.unmatched)
                out.unmatched.append({stored.id, source.name, text});
            for (const ReturnedItem &r : reading.items) {
                if (seen.contains(r.item))
                    continue;
                seen.insert(r.item);
                if (sameReviewText(r.text, asPrinted.at(r.item - 1).text))
                    continue; // unchanged: nothing to propose
                MailCorrectionProposal p;
                p.id = proposalId(stored.id, r.item);
                p.messageId = stored.id;
                p.roundId = round.id;
                p.roundNumber = round.number;
                p.item = r.item;
                p.kind = items.at(r.item - 1).kind;
                p.sent = items.at(r.item - 1).text;
                p.returned = r.text;
                p.source = source.name;
                p.fromAddress = stored.fromAddress;
                p.subject = stored.subject;
                p.receivedAt = stored.receivedAt;
                p.accepted = std::any_of(
                    recorded->cbegin(), recorded->cend(), [&](const ReviewCorrection &c) {
                        return c.item == r.item && sameReviewText(c.corrected, r.text);
                    });
                out.proposals.append(p);
            }
        }
    }
    return out;
}

Result<ReviewCorrection> ReviewMailService::accept(const QString &id)
{
    if (auto allowed = m_workspace.require(
            {Role::Reviewer, Role::Editor},
            QT_TRANSLATE_NOOP("Action", "accept a correction proposed from mail"));
        !allowed)
        return allowed.error();
    const auto parsedId = parseProposalId(id);
    if (!parsedId) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "\"%1\" is not a proposal: give MAIL:ITEM, as "
                                                "review mail-corrections lists them."),
                     {id}, QStringLiteral("proposal"));
    }
    ReviewCorrection recorded;
    // One transaction: the round still open, the proposal read and not yet accepted, and the
    // correction written (recordCorrection joins it and writes the audit entry).
    auto done = m_workspace.database().transact([&]() -> VoidResult {
        auto message = m_workspace.mailbox().message(parsedId->first);
        if (!message)
            return message.error();
        if (!message->intervieweeId || !message->reviewRoundId) {
            return Error(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Error", "Mail %1 is not an answer to a review."),
                         {QString::number(parsedId->first)}, QStringLiteral("proposal"));
        }
        auto person = m_workspace.roster().load(message->intervieweeId);
        if (!person)
            return person.error();
        auto rounds = m_workspace.review().rounds(message->intervieweeId);
        if (!rounds)
            return rounds.error();
        if (rounds->isEmpty() || !isOpen(rounds->constLast()) ||
            rounds->constLast().id != message->reviewRoundId)
            return noOpenRound(person->data.fullName());
        auto all = proposalsFor(message->intervieweeId, rounds->constLast());
        if (!all)
            return all.error();
        const auto p = std::find_if(
            all->proposals.cbegin(), all->proposals.cend(), [&](const MailCorrectionProposal &p) {
                return p.id == proposalId(parsedId->first, parsedId->second);
            });
        if (p == all->proposals.cend()) {
            return Error(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Error", "Mail %1 proposes no correction to item %2."),
                         {QString::number(parsedId->first), QString::number(parsedId->second)},
                         QStringLiteral("proposal"));
        }
        if (p->accepted) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "The correction to item %1 from mail %2 is "
                                                    "recorded already."),
                         {QString::number(p->item), QString::number(p->messageId)},
                         QStringLiteral("proposal"));
        }
        // The note names the mail, so the correction says where it came from.
        auto c = m_workspace.review().recordCorrection(
            message->intervieweeId, p->item, p->returned,
            QStringLiteral("mail %1%2")
                .arg(p->messageId)
                .arg(p->source.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p->source)));
        if (!c)
            return c.error();
        recorded = *c;
        return {};
    });
    if (!done)
        return done.error();
    return recorded;
}

} // namespace shuzai
