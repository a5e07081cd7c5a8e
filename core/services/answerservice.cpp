#include "answerservice.h"

#include "campaignservice.h"
#include "domain/rosterfilter.h"
#include "rosterservice.h"
#include "storage/answerrepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "workspace.h"

#include <algorithm>

namespace shuzai {

QString toCode(AnswerMatrix::CellState state)
{
    switch (state) {
    case AnswerMatrix::CellState::NotAsked:
        return QStringLiteral("not_asked");
    case AnswerMatrix::CellState::Unanswered:
        return QStringLiteral("unanswered");
    case AnswerMatrix::CellState::Answered:
        return QStringLiteral("answered");
    case AnswerMatrix::CellState::NotApplicable:
        break;
    }
    return QStringLiteral("not_applicable");
}

VoidResult AnswerService::requireWriter() const
{
    return m_workspace.require({Role::Writer, Role::Editor},
                               QT_TRANSLATE_NOOP("Action", "link answers and pick quotes"));
}

Result<std::pair<Excerpt, EffectiveQuestion>> AnswerService::resolve(Id segmentId, int listedNumber)
{
    auto excerpt = AnswerRepository(m_workspace.database()).excerpt(segmentId);
    if (!excerpt)
        return excerpt.error();
    auto questions = m_workspace.roster().questions(excerpt->intervieweeId);
    if (!questions)
        return questions.error();
    if (listedNumber < 1 || listedNumber > questions->size()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "There is no question %1 in the list (1 to %2)."),
                     {QString::number(listedNumber), QString::number(questions->size())},
                     QStringLiteral("question"));
    }
    return std::pair{*excerpt, questions->at(listedNumber - 1)};
}

Result<AnswerService::LinkTarget> AnswerService::target(Id segmentId, int listedNumber)
{
    auto resolved = resolve(segmentId, listedNumber);
    if (!resolved)
        return resolved.error();
    const EffectiveQuestion &question = resolved->second;
    const bool added = question.origin == EffectiveQuestion::Origin::Added;
    return LinkTarget{segmentId, added ? 0 : question.questionId,
                      added ? question.customisationId : 0};
}

Result<Id> AnswerService::link(Id segmentId, int listedNumber)
{
    auto t = target(segmentId, listedNumber);
    if (!t)
        return t.error();
    return link(*t);
}

VoidResult AnswerService::unlink(Id segmentId, int listedNumber)
{
    auto t = target(segmentId, listedNumber);
    if (!t)
        return t.error();
    return unlink(*t);
}

Result<Id> AnswerService::link(const LinkTarget &t)
{
    if (auto allowed = requireWriter(); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    AnswerRepository repo(db);
    auto excerpt = repo.excerpt(t.segmentId);
    if (!excerpt)
        return excerpt.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(excerpt->intervieweeId);
        !open)
        return open.error();
    Id linkId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto id = repo.link(t.segmentId, t.questionId, t.customisationId, m_workspace.actor().id);
        if (!id) {
            if (id.error().code() == ErrorCode::Conflict) {
                return Error(ErrorCode::Duplicate,
                             QT_TRANSLATE_NOOP("Error", "This passage is already linked to that "
                                                        "question."));
            }
            return id.error();
        }
        linkId = *id;
        return {};
    });
    if (!done)
        return done.error();
    emit answersChanged(excerpt->intervieweeId);
    return linkId;
}

VoidResult AnswerService::unlink(const LinkTarget &t)
{
    if (auto allowed = requireWriter(); !allowed)
        return allowed;
    Database &db = m_workspace.database();
    AnswerRepository repo(db);
    auto excerpt = repo.excerpt(t.segmentId);
    if (!excerpt)
        return excerpt.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterviewee(excerpt->intervieweeId);
        !open)
        return open;
    auto done = db.transact([&]() -> VoidResult {
        auto removed = repo.unlink(t.segmentId, t.questionId, t.customisationId);
        if (!removed)
            return removed.error();
        if (!*removed) {
            return Error(
                ErrorCode::NotFound,
                QT_TRANSLATE_NOOP("Error", "This passage is not linked to that question."));
        }
        return {};
    });
    if (!done)
        return done;
    emit answersChanged(excerpt->intervieweeId);
    return {};
}

Result<AnswerMatrix> AnswerService::matrix(Id campaignId, Id categoryId)
{
    Database &db = m_workspace.database();
    auto campaign = CampaignRepository(db).load(campaignId);
    if (!campaign)
        return campaign.error();
    auto people = IntervieweeRepository(db).list(campaignId);
    if (!people)
        return people.error();
    auto links = AnswerRepository(db).linksForCampaign(campaignId);
    if (!links)
        return links.error();

    QList<Interviewee> shown;
    for (const Interviewee &i : *people) {
        if (categoryId == 0 || i.data.categoryId == categoryId)
            shown.append(i);
    }
    // Columns grouped by category (campaign order), then by reading (names folded once).
    QHash<Id, qsizetype> categoryIndex;
    for (qsizetype k = 0; k < campaign->categories.size(); ++k)
        categoryIndex.insert(campaign->categories.at(k).id, k);
    struct Keyed {
        qsizetype category;
        FoldedNames names;
        Interviewee person;
    };
    QList<Keyed> keyed;
    keyed.reserve(shown.size());
    for (const Interviewee &i : std::as_const(shown))
        keyed.append({categoryIndex.value(i.data.categoryId, -1), FoldedNames::of(i.data), i});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return a.category != b.category ? a.category < b.category : lessByReading(a.names, b.names);
    });
    shown.clear();
    for (const Keyed &k : std::as_const(keyed))
        shown.append(k.person);

    AnswerMatrix m;
    for (const Interviewee &i : shown)
        m.columns.append({i.id, i.data.fullName(), i.data.categoryId});
    // Everyone's questions from the campaign loaded above, not the campaign again per person.
    auto questions = m_workspace.roster().questionsOf(*campaign, shown);
    if (!questions)
        return questions.error();
    const QHash<Id, QList<EffectiveQuestion>> &listOf = *questions;
    // The answers by question (or added question) and person, not searched cell by cell.
    QHash<std::pair<Id, Id>, QList<Excerpt>> byQuestion, byCustomisation;
    for (const AnswerLink &l : *links) {
        if (l.customisationId)
            byCustomisation[{l.customisationId, l.excerpt.intervieweeId}].append(l.excerpt);
        if (l.questionId)
            byQuestion[{l.questionId, l.excerpt.intervieweeId}].append(l.excerpt);
    }
    for (const Category &cat : campaign->categories) {
        if (categoryId != 0 && cat.id != categoryId)
            continue;
        for (const Question &q : cat.questions)
            m.rows.append({cat.id, cat.name, q.position, q.id, 0, q.text});
        // Removed from the template, still answered by someone: kept, marked.
        for (const Question &q : cat.removedQuestions)
            m.rows.append({cat.id, cat.name, 0, q.id, 0, q.text, true});
        // Questions added for one person get a row of their own after the template.
        for (const Interviewee &i : shown) {
            if (i.data.categoryId != cat.id)
                continue;
            for (const EffectiveQuestion &eq : listOf.value(i.id)) {
                if (eq.origin == EffectiveQuestion::Origin::Added)
                    m.rows.append({cat.id, cat.name, 0, 0, eq.customisationId, eq.text});
            }
        }
    }

    for (const AnswerMatrix::Row &row : m.rows) {
        QList<AnswerMatrix::Cell> line;
        for (const AnswerMatrix::Column &col : m.columns) {
            AnswerMatrix::Cell cell;
            if (col.categoryId == row.categoryId) {
                const QList<EffectiveQuestion> &list = listOf.value(col.intervieweeId);
                const auto asked = std::find_if(list.begin(), list.end(), [&](const auto &eq) {
                    return row.customisationId ? eq.customisationId == row.customisationId
                                               : eq.questionId == row.questionId;
                });
                if (asked == list.end()) {
                    cell.state = row.customisationId ? AnswerMatrix::CellState::NotApplicable
                                                     : AnswerMatrix::CellState::NotAsked;
                } else {
                    cell.questionText = asked->text;
                    cell.excerpts =
                        row.customisationId
                            ? byCustomisation.value({row.customisationId, col.intervieweeId})
                            : byQuestion.value({row.questionId, col.intervieweeId});
                    cell.state = cell.excerpts.isEmpty() ? AnswerMatrix::CellState::Unanswered
                                                         : AnswerMatrix::CellState::Answered;
                }
            }
            line.append(cell);
        }
        m.cells.append(line);
    }
    return m;
}

Result<QuoteCandidate> AnswerService::addQuote(Id segmentId, int start, int end,
                                               const QString &note)
{
    if (auto allowed = requireWriter(); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    AnswerRepository repo(db);
    Id quoteId = 0;
    Id intervieweeId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto excerpt = repo.excerpt(segmentId);
        if (!excerpt)
            return excerpt.error();
        intervieweeId = excerpt->intervieweeId;
        if (auto open = m_workspace.campaigns().requireOpenForInterviewee(intervieweeId); !open)
            return open;
        const int length = int(excerpt->text.size());
        if (end <= 0)
            end = length;
        if (start < 0 || start >= end || end > length) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "The passage %1-%2 is outside the segment's "
                                                    "text (0-%3)."),
                         {QString::number(start), QString::number(end), QString::number(length)},
                         QStringLiteral("range"));
        }
        auto id = repo.addQuote(segmentId, start, end, excerpt->text.mid(start, end - start),
                                note.trimmed(), m_workspace.actor().id);
        if (!id)
            return id.error();
        quoteId = *id;
        return {};
    });
    if (!done)
        return done.error();
    emit quotesChanged(intervieweeId);
    auto all = repo.quotes(0, intervieweeId);
    if (!all)
        return all.error();
    for (const QuoteCandidate &q : *all) {
        if (q.id == quoteId)
            return q;
    }
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no quote candidate %1."),
                 {QString::number(quoteId)});
}

VoidResult AnswerService::removeQuote(Id quoteId)
{
    if (auto allowed = requireWriter(); !allowed)
        return allowed;
    Database &db = m_workspace.database();
    AnswerRepository repo(db);
    auto segment = repo.segmentOfQuote(quoteId);
    if (!segment)
        return segment.error();
    if (*segment) {
        auto excerpt = repo.excerpt(*segment);
        if (!excerpt)
            return excerpt.error();
        if (auto open = m_workspace.campaigns().requireOpenForInterviewee(excerpt->intervieweeId);
            !open)
            return open;
    }
    auto done = db.transact([&]() { return repo.removeQuote(quoteId); });
    if (!done)
        return done;
    emit quotesChanged(0);
    return {};
}

Result<QList<QuoteCandidate>> AnswerService::quotes(Id campaignId, Id intervieweeId)
{
    return AnswerRepository(m_workspace.database()).quotes(campaignId, intervieweeId);
}

} // namespace shuzai
