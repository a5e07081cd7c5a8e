#include "reviewservice.h"

#include "auditservice.h"
#include "campaignservice.h"
#include "domain/rosterfilter.h"
#include "outreach/mailmessage.h"
#include "outreachservice.h"
#include "rosterservice.h"
#include "storage/answerrepository.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "storage/reviewrepository.h"
#include "util/japaneseholidays.h"
#include "util/logging.h"
#include "workspace.h"

#include <QCoreApplication>

namespace shuzai {

namespace {
QString roundSubject(int number)
{
    return QStringLiteral("round %1").arg(number);
}

Error noRound(const Interviewee &person)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "Nothing has been sent to %1 for review yet."),
                 {person.data.fullName()});
}
} // namespace

Result<QList<ReviewItem>> ReviewService::currentItems(Id intervieweeId)
{
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto questions = m_workspace.roster().questions(intervieweeId);
    if (!questions)
        return questions.error();
    AnswerRepository answers(m_workspace.database());
    // The person's own links: the campaign's are every segment of every transcript in it.
    auto links = answers.linksForInterviewee(intervieweeId);
    if (!links)
        return links.error();
    auto quotes = answers.quotes(person->campaignId, intervieweeId);
    if (!quotes)
        return quotes.error();

    QHash<Id, QString> questionOfSegment;
    QList<AnswerLink> mine;
    for (const AnswerLink &link : *links) {
        if (link.excerpt.intervieweeId != intervieweeId)
            continue;
        for (const EffectiveQuestion &q : *questions) {
            if ((link.customisationId != 0 && q.customisationId == link.customisationId &&
                 q.origin == EffectiveQuestion::Origin::Added) ||
                (link.customisationId == 0 && link.questionId != 0 &&
                 q.questionId == link.questionId)) {
                questionOfSegment.insert(link.excerpt.segmentId,
                                         QStringLiteral("%1. %2").arg(q.number).arg(q.text));
            }
        }
        mine.append(link);
    }
    QList<ReviewItem> items;
    // Quotes first (what will be printed word for word), then the answers as excerpts, each in
    // transcript order; an excerpt already carrying a quote is not repeated.
    QSet<Id> quoted;
    for (const QuoteCandidate &q : *quotes) {
        quoted.insert(q.excerpt.segmentId);
        items.append({0, QStringLiteral("quote"), questionOfSegment.value(q.excerpt.segmentId),
                      q.text, q.excerpt.text, q.excerpt.speaker, q.excerpt.startMs});
    }
    std::stable_sort(mine.begin(), mine.end(), [](const AnswerLink &a, const AnswerLink &b) {
        return std::pair(a.excerpt.transcriptId, a.excerpt.position) <
               std::pair(b.excerpt.transcriptId, b.excerpt.position);
    });
    QSet<Id> seen;
    for (const AnswerLink &link : std::as_const(mine)) {
        if (quoted.contains(link.excerpt.segmentId) || seen.contains(link.excerpt.segmentId))
            continue;
        seen.insert(link.excerpt.segmentId);
        items.append({0, QStringLiteral("excerpt"), questionOfSegment.value(link.excerpt.segmentId),
                      link.excerpt.text, link.excerpt.text, link.excerpt.speaker,
                      link.excerpt.startMs});
    }
    for (int i = 0; i < items.size(); ++i)
        items[i].number = i + 1;
    return items;
}

Result<QDate> ReviewService::dueDate(Id campaignId)
{
    auto campaign = m_workspace.campaigns().load(campaignId);
    if (!campaign)
        return campaign.error();
    return workingDaysBefore(campaign->publicationDate, campaign->reviewMarginDays);
}

Result<ReviewRound> ReviewService::send(Id intervieweeId, ReviewChannel channel,
                                        const QString &note)
{
    if (auto allowed = m_workspace.require({Role::Reviewer, Role::Editor},
                                           QT_TRANSLATE_NOOP("Action", "send content for review"));
        !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open.error();
    auto items = currentItems(intervieweeId);
    if (!items)
        return items.error();
    Database &db = m_workspace.database();
    ReviewRound round;
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        IntervieweeRepository people(db);
        auto person = people.load(intervieweeId);
        if (!person)
            return person.error();
        campaignId = person->campaignId;
        if (items->isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "There is nothing to send %1 for review: "
                                                    "pick quotes or link answers first."),
                         {person->data.fullName()});
        }
        ReviewRepository reviews(db);
        auto earlier = reviews.rounds(intervieweeId);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty()) {
            const ReviewRound &last = earlier->constLast();
            if (last.status == ReviewStatus::AwaitingResponse) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "Round %1 for %2 still awaits a "
                                                        "response."),
                             {QString::number(last.number), person->data.fullName()});
            }
            if (last.status != ReviewStatus::CorrectionsRequested) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "The review of %1 is closed (%2)."),
                             {person->data.fullName(), displayName(last.status)});
            }
        }
        auto due = dueDate(person->campaignId);
        if (!due)
            return due.error();
        round.intervieweeId = intervieweeId;
        round.number = earlier->isEmpty() ? 1 : earlier->constLast().number + 1;
        round.status = ReviewStatus::AwaitingResponse;
        round.channel = channel;
        round.sentAt = m_workspace.clock().now();
        round.sentBy = m_workspace.actor().login;
        round.dueDate = *due;
        round.snapshot = snapshotBytes(*items);
        round.note = note;
        auto id = reviews.addRound(round);
        if (!id)
            return id.error();
        round.id = *id;
        if (auto r = m_workspace.audit().append(
                QStringLiteral("review.sent"), campaignId, intervieweeId,
                roundSubject(round.number),
                earlier->isEmpty() ? toCode(ReviewStatus::NotSent)
                                   : toCode(earlier->constLast().status),
                QStringLiteral("%1 (%2 item(s), %3, due %4)")
                    .arg(toCode(round.status))
                    .arg(items->size())
                    .arg(toCode(channel), round.dueDate.toString(Qt::ISODate)));
            !r)
            return r;
        // The pipeline follows, unless the person is already past review.
        const PipelineStatus now = person->data.status;
        if (now == PipelineStatus::Approved || now == PipelineStatus::Withdrawn)
            return {};
        return m_workspace.roster().moveStatus(*person, PipelineStatus::InReview);
    });
    if (!done)
        return done.error();
    log::info("review round {} sent for interviewee {}", round.number, intervieweeId);
    emit reviewChanged(campaignId, intervieweeId);
    emit m_workspace.roster().intervieweeChanged(campaignId, intervieweeId);
    return round;
}

Result<ReviewCorrection> ReviewService::recordCorrection(Id intervieweeId, int item,
                                                         const QString &corrected,
                                                         const QString &note)
{
    if (auto allowed =
            m_workspace.require({Role::Reviewer, Role::Editor},
                                QT_TRANSLATE_NOOP("Action", "record review corrections"));
        !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open.error();
    Database &db = m_workspace.database();
    ReviewCorrection correction;
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto person = IntervieweeRepository(db).load(intervieweeId);
        if (!person)
            return person.error();
        campaignId = person->campaignId;
        ReviewRepository reviews(db);
        auto rounds = reviews.rounds(intervieweeId);
        if (!rounds)
            return rounds.error();
        if (rounds->isEmpty())
            return noRound(*person);
        const ReviewRound last = rounds->constLast();
        if (last.status != ReviewStatus::AwaitingResponse &&
            last.status != ReviewStatus::CorrectionsRequested) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "The review of %1 is closed (%2)."),
                         {person->data.fullName(), displayName(last.status)});
        }
        const QList<ReviewItem> items = itemsFromSnapshot(last.snapshot);
        if (item < 1 || item > items.size()) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "Round %1 has items 1 to %2, not %3."),
                         {QString::number(last.number), QString::number(items.size()),
                          QString::number(item)},
                         QStringLiteral("item"));
        }
        const QString original = items.at(item - 1).text;
        if (corrected.trimmed().isEmpty() || corrected == original) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "Give the corrected text of item %1; it is "
                                                    "empty or unchanged."),
                         {QString::number(item)}, QStringLiteral("corrected"));
        }
        correction.roundId = last.id;
        correction.item = item;
        correction.original = original;
        correction.corrected = corrected;
        correction.note = note;
        correction.at = m_workspace.clock().now();
        correction.by = m_workspace.actor().login;
        auto id = reviews.addCorrection(correction);
        if (!id)
            return id.error();
        correction.id = *id;
        if (last.status == ReviewStatus::AwaitingResponse) {
            if (auto r = reviews.setStatus(last, ReviewStatus::CorrectionsRequested, correction.at,
                                           correction.by, last.note);
                !r)
                return r;
        }
        return m_workspace.audit().append(
            QStringLiteral("review.correction"), campaignId, intervieweeId,
            QStringLiteral("round %1 item %2").arg(last.number).arg(item), original, corrected);
    });
    if (!done)
        return done.error();
    emit reviewChanged(campaignId, intervieweeId);
    return correction;
}

Result<ReviewRound> ReviewService::approve(Id intervieweeId, const QString &note)
{
    return decide(intervieweeId, ReviewStatus::Approved,
                  QT_TRANSLATE_NOOP("Action", "approve content for publication"),
                  QStringLiteral("review.approved"), note);
}

Result<ReviewRound> ReviewService::withdraw(Id intervieweeId, const QString &note)
{
    return decide(intervieweeId, ReviewStatus::Withdrawn,
                  QT_TRANSLATE_NOOP("Action", "record a withdrawal"),
                  QStringLiteral("review.withdrawn"), note);
}

Result<ReviewRound> ReviewService::decide(Id intervieweeId, ReviewStatus status, const char *action,
                                          const QString &auditAction, const QString &note)
{
    // Approval is the reviewer's alone; a withdrawal may also be taken down by the editor.
    const auto allowed = status == ReviewStatus::Approved
                             ? m_workspace.require({Role::Reviewer}, action)
                             : m_workspace.require({Role::Reviewer, Role::Editor}, action);
    if (!allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
        return open.error();
    Database &db = m_workspace.database();
    ReviewRound decided;
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        IntervieweeRepository people(db);
        auto person = people.load(intervieweeId);
        if (!person)
            return person.error();
        campaignId = person->campaignId;
        ReviewRepository reviews(db);
        auto rounds = reviews.rounds(intervieweeId);
        if (!rounds)
            return rounds.error();
        if (rounds->isEmpty() && status == ReviewStatus::Approved)
            return noRound(*person);
        const QDateTime now = m_workspace.clock().now();
        ReviewStatus from = ReviewStatus::NotSent;
        ReviewStatus to = status;
        if (rounds->isEmpty()) {
            // Withdrawn before anything was sent: a round with nothing in it records it.
            auto due = dueDate(person->campaignId);
            if (!due)
                return due.error();
            decided.intervieweeId = intervieweeId;
            decided.number = 1;
            decided.status = ReviewStatus::Withdrawn;
            decided.channel = ReviewChannel::Other;
            decided.sentAt = now;
            decided.sentBy = m_workspace.actor().login;
            decided.dueDate = *due;
            decided.snapshot = snapshotBytes({});
            decided.note = note;
            auto id = reviews.addRound(decided);
            if (!id)
                return id.error();
            decided.id = *id;
        } else {
            decided = rounds->constLast();
            from = decided.status;
            if (from == ReviewStatus::Withdrawn ||
                (isPublishable(from) && status == ReviewStatus::Approved)) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "The review of %1 is closed (%2)."),
                             {person->data.fullName(), displayName(from)});
            }
            if (status == ReviewStatus::Approved) {
                auto corrections = reviews.corrections(decided.id);
                if (!corrections)
                    return corrections.error();
                if (!corrections->isEmpty())
                    to = ReviewStatus::ApprovedWithChanges;
            }
            if (auto r = reviews.setStatus(decided, to, now, m_workspace.actor().login,
                                           note.isEmpty() ? decided.note : note);
                !r)
                return r;
            decided.status = to;
            decided.decidedAt = now;
            decided.decidedBy = m_workspace.actor().login;
            ++decided.version;
        }
        if (auto r =
                m_workspace.audit().append(auditAction, campaignId, intervieweeId,
                                           roundSubject(decided.number), toCode(from), toCode(to));
            !r)
            return r;
        return m_workspace.roster().moveStatus(*person, to == ReviewStatus::Withdrawn
                                                            ? PipelineStatus::Withdrawn
                                                            : PipelineStatus::Approved);
    });
    if (!done)
        return done.error();
    emit reviewChanged(campaignId, intervieweeId);
    emit m_workspace.roster().intervieweeChanged(campaignId, intervieweeId);
    return decided;
}

Result<ReviewPacket> ReviewService::packet(Id intervieweeId, const QString &language)
{
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto campaign = m_workspace.campaigns().load(person->campaignId);
    if (!campaign)
        return campaign.error();
    auto people = m_workspace.roster().list(person->campaignId);
    if (!people)
        return people.error();
    auto all = rounds(intervieweeId);
    if (!all)
        return all.error();
    ReviewPacketInput in;
    in.campaign = *campaign;
    in.person = *person;
    in.printedName = publicationNames(*people).value(intervieweeId);
    in.language = language;
    if (!all->isEmpty() && all->constLast().status != ReviewStatus::Withdrawn) {
        const ReviewRound &last = all->constLast();
        in.items = itemsFromSnapshot(last.snapshot);
        in.dueDate = last.dueDate;
        in.round = last.number;
    } else {
        auto items = currentItems(intervieweeId);
        if (!items)
            return items.error();
        auto due = dueDate(person->campaignId);
        if (!due)
            return due.error();
        in.items = *items;
        in.dueDate = *due;
    }
    return buildReviewPacket(in);
}

Result<QByteArray> ReviewService::packetMessage(Id intervieweeId, const ReviewPacket &packet,
                                                const QByteArray &pdf, const QString &language)
{
    auto m = m_workspace.outreach().addressedTo(intervieweeId, language);
    if (!m)
        return m.error();
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto campaign = m_workspace.campaigns().load(person->campaignId);
    if (!campaign)
        return campaign.error();
    m->subject = packet.title;
    m->body = packetMailBody(language).arg(campaign->publication, m->from.name, m->from.email);
    m->attachments.append({packet.fileName, "application/pdf", pdf});
    return formatMessage(*m);
}

Result<QList<ReviewRound>> ReviewService::rounds(Id intervieweeId)
{
    return ReviewRepository(m_workspace.database()).rounds(intervieweeId);
}

Result<QList<ReviewCorrection>> ReviewService::corrections(Id roundId)
{
    return ReviewRepository(m_workspace.database()).corrections(roundId);
}

Result<ReviewStatus> ReviewService::status(Id intervieweeId)
{
    auto all = rounds(intervieweeId);
    if (!all)
        return all.error();
    return all->isEmpty() ? ReviewStatus::NotSent : all->constLast().status;
}

Result<QList<ReviewState>> ReviewService::overview(Id campaignId)
{
    auto people = m_workspace.roster().list(campaignId);
    if (!people)
        return people.error();
    return overview(campaignId, *people);
}

Result<QList<ReviewState>> ReviewService::overview(Id campaignId, const QList<Interviewee> &people)
{
    auto latest = ReviewRepository(m_workspace.database()).latestRounds(campaignId);
    if (!latest)
        return latest.error();
    auto due = dueDate(campaignId);
    if (!due)
        return due.error();
    QList<Interviewee> ordered = people;
    sortByReading(ordered);
    const QHash<Id, QString> names = publicationNames(people);
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    QList<ReviewState> out;
    for (const Interviewee &p : std::as_const(ordered)) {
        ReviewState s;
        s.intervieweeId = p.id;
        s.name = names.value(p.id);
        s.categoryId = p.data.categoryId;
        s.dueDate = *due;
        if (latest->contains(p.id)) {
            const ReviewRound &r = latest->value(p.id);
            s.status = r.status;
            s.round = r.number;
            s.dueDate = r.dueDate;
            s.overdue = (r.status == ReviewStatus::AwaitingResponse ||
                         r.status == ReviewStatus::CorrectionsRequested) &&
                        today > r.dueDate;
        }
        out.append(s);
    }
    return out;
}

} // namespace shuzai
