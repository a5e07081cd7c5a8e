// CampaignRepository: a campaign's categories and their template questions.
#include "campaignrepository.h"
#include "database.h"
#include "domain/questionlist.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
// Live positions are 1..n; while a new order is written they pass through this range so the
// (category_id, position) uniqueness holds after every row.
constexpr int kShift = 1000000;

Result<QList<Id>> ids(Statement &q)
{
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Id> out;
    while (q.next())
        out.append(q.integer(0));
    return out;
}
} // namespace

Result<Id> CampaignRepository::insertCategory(Id campaignId, const Category &c)
{
    auto order = categoryOrder(campaignId);
    if (!order)
        return order.error();
    Statement k(m_db, QStringLiteral("INSERT INTO categories (%1campaign_id, position, code, name, "
                                     "organisation_honorific, person_honorific) "
                                     "VALUES (%2?, ?, ?, ?, ?, ?)")
                          .arg(c.id ? QStringLiteral("id, ") : QString(),
                               c.id ? QStringLiteral("?, ") : QString()));
    if (c.id)
        k.bind(c.id);
    k.bindAll(campaignId, int(order->size() + 1), c.code, c.name, c.organisationHonorific,
              c.personHonorific);
    if (auto r = k.exec(); !r)
        return r.error();
    const Id categoryId = c.id ? c.id : k.lastInsertId();
    QList<Question> questions = c.questions;
    std::stable_sort(questions.begin(), questions.end(),
                     [](const Question &a, const Question &b) { return a.position < b.position; });
    for (const QList<Question> &list : {questions, c.removedQuestions}) {
        for (const Question &question : list) {
            if (auto r = insertQuestion(categoryId, question); !r)
                return r.error();
        }
    }
    return categoryId;
}

VoidResult CampaignRepository::updateCategory(Id categoryId, const Category &c)
{
    Statement q(m_db, QStringLiteral("UPDATE categories SET name = ?, organisation_honorific = ?, "
                                     "person_honorific = ? WHERE id = ?"));
    q.bindAll(c.name, c.organisationHonorific, c.personHonorific, categoryId);
    return q.exec();
}

Result<QList<Id>> CampaignRepository::categoryOrder(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT id FROM categories WHERE campaign_id = ? "
                                     "ORDER BY position, id"));
    q.bind(campaignId);
    return ids(q);
}

VoidResult CampaignRepository::setCategoryOrder(const QList<Id> &order)
{
    Statement q(m_db, QStringLiteral("UPDATE categories SET position = ? WHERE id = ?"));
    for (qsizetype i = 0; i < order.size(); ++i) {
        q.bindAll(int(i + 1), order.at(i));
        if (auto r = q.exec(); !r)
            return r;
    }
    return {};
}

Result<int> CampaignRepository::peopleInCategory(Id categoryId)
{
    Statement q(m_db, QStringLiteral("SELECT COUNT(*) FROM interviewees WHERE category_id = ?"));
    q.bind(categoryId);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? int(q.integer(0)) : 0;
}

VoidResult CampaignRepository::removeCategory(Id categoryId)
{
    for (const char *sql :
         {"DELETE FROM questions WHERE category_id = ?", "DELETE FROM categories WHERE id = ?"}) {
        Statement q(m_db, QString::fromLatin1(sql));
        q.bind(categoryId);
        if (auto r = q.exec(); !r)
            return r;
    }
    return {};
}

Result<QList<Id>> CampaignRepository::questionOrder(Id categoryId)
{
    Statement q(m_db, QStringLiteral("SELECT id FROM questions WHERE category_id = ? AND "
                                     "removed_at IS NULL ORDER BY position, id"));
    q.bind(categoryId);
    return ids(q);
}

VoidResult CampaignRepository::setQuestionOrder(Id categoryId, const QList<Id> &order)
{
    Statement shift(m_db, QStringLiteral("UPDATE questions SET position = position + ? WHERE "
                                         "category_id = ? AND removed_at IS NULL"));
    shift.bindAll(kShift, categoryId);
    if (auto r = shift.exec(); !r)
        return r;
    Statement q(m_db, QStringLiteral("UPDATE questions SET position = ? WHERE id = ? AND "
                                     "category_id = ?"));
    for (qsizetype i = 0; i < order.size(); ++i) {
        q.bindAll(int(i + 1), order.at(i), categoryId);
        if (auto r = q.exec(); !r)
            return r;
    }
    return {};
}

Result<Id> CampaignRepository::insertQuestion(Id categoryId, const Question &question)
{
    const bool removed = question.removedAt.isValid();
    auto order = questionOrder(categoryId);
    if (!order)
        return order.error();
    Statement q(m_db, QStringLiteral("INSERT INTO questions (%1category_id, position, text, "
                                     "removed_at, removed_after) VALUES (%2?, ?, ?, ?, ?)")
                          .arg(question.id ? QStringLiteral("id, ") : QString(),
                               question.id ? QStringLiteral("?, ") : QString()));
    if (question.id)
        q.bind(question.id);
    // A removed question's position is its id, negated: out of the live numbering, unique.
    // Without an id yet it passes through a position past every live one.
    const int position = !removed      ? int(order->size() + 1)
                         : question.id ? -int(question.id)
                                       : 2 * kShift + int(order->size());
    q.bindAll(categoryId, position, question.text);
    q.bind(removed ? QVariant(sv::timestamp(question.removedAt)) : QVariant());
    q.bind(question.removedAfter);
    if (auto r = q.exec(); !r)
        return r.error();
    const Id id = question.id ? question.id : q.lastInsertId();
    if (removed && !question.id) {
        Statement p(m_db, QStringLiteral("UPDATE questions SET position = ? WHERE id = ?"));
        p.bindAll(-int(id), id);
        if (auto r = p.exec(); !r)
            return r.error();
    }
    return id;
}

VoidResult CampaignRepository::setQuestionText(Id questionId, const QString &text)
{
    Statement q(m_db, QStringLiteral("UPDATE questions SET text = ? WHERE id = ?"));
    q.bindAll(text, questionId);
    return q.exec();
}

Result<Question> CampaignRepository::question(Id questionId)
{
    Statement q(m_db, QStringLiteral("SELECT id, position, text, removed_at, removed_after FROM "
                                     "questions WHERE id = ?"));
    q.bind(questionId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "There is no template question %1."),
                     {QString::number(questionId)}, QStringLiteral("question"));
    }
    Question out{q.integer(0), int(q.integer(1)), q.text(2)};
    if (const QString removed = q.text(3); !removed.isEmpty()) {
        out.removedAt = sv::toTimestamp(removed);
        out.removedAfter = int(q.integer(4));
    }
    return out;
}

VoidResult CampaignRepository::markQuestionRemoved(Id questionId, const QDateTime &at,
                                                   int removedAfter)
{
    Statement q(m_db, QStringLiteral("UPDATE questions SET removed_at = ?, removed_after = ?, "
                                     "position = ? WHERE id = ?"));
    q.bindAll(sv::timestamp(at), removedAfter, -int(questionId), questionId);
    return q.exec();
}

VoidResult CampaignRepository::unmarkQuestionRemoved(Id questionId)
{
    auto categoryId = categoryOfQuestion(questionId);
    if (!categoryId)
        return categoryId.error();
    auto order = questionOrder(*categoryId);
    if (!order)
        return order.error();
    Statement q(m_db, QStringLiteral("UPDATE questions SET removed_at = NULL, removed_after = 0, "
                                     "position = ? WHERE id = ?"));
    q.bindAll(int(order->size() + 1), questionId);
    return q.exec();
}

VoidResult CampaignRepository::remapAnchors(Id categoryId, const QList<Id> &before,
                                            const QList<Id> &after)
{
    struct Anchor {
        Id id;
        int at;
    };
    const auto update = [&](const QString &select, const QString &write) -> VoidResult {
        Statement q(m_db, select);
        q.bind(categoryId);
        if (auto r = q.exec(); !r)
            return r;
        QList<Anchor> anchors;
        while (q.next())
            anchors.append({q.integer(0), int(q.integer(1))});
        Statement w(m_db, write);
        for (const Anchor &a : anchors) {
            const int moved = remapAnchor(before, after, a.at);
            if (moved == a.at)
                continue;
            w.bindAll(moved, a.id);
            if (auto r = w.exec(); !r)
                return r;
        }
        return {};
    };
    if (auto r = update(QStringLiteral("SELECT c.id, c.after_position FROM "
                                       "question_customisations c JOIN interviewees i ON "
                                       "i.id = c.interviewee_id WHERE i.category_id = ? AND "
                                       "c.kind = 'add'"),
                        QStringLiteral("UPDATE question_customisations SET after_position = ? "
                                       "WHERE id = ?"));
        !r)
        return r;
    return update(QStringLiteral("SELECT id, removed_after FROM questions WHERE category_id = ? "
                                 "AND removed_at IS NOT NULL"),
                  QStringLiteral("UPDATE questions SET removed_after = ? WHERE id = ?"));
}

Result<QList<Id>> CampaignRepository::removedQuestionsAnsweredBy(Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT DISTINCT l.question_id FROM answer_links l "
                                     "JOIN questions q ON q.id = l.question_id "
                                     "JOIN transcript_segments s ON s.id = l.segment_id "
                                     "JOIN transcripts t ON t.id = s.transcript_id "
                                     "JOIN interviews v ON v.id = t.interview_id "
                                     "WHERE v.interviewee_id = ? AND q.removed_at IS NOT NULL "
                                     "ORDER BY l.question_id"));
    q.bind(intervieweeId);
    return ids(q);
}

Result<QHash<Id, QList<Id>>> CampaignRepository::removedQuestionsAnsweredInCampaign(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT DISTINCT v.interviewee_id, l.question_id "
                                     "FROM answer_links l "
                                     "JOIN questions q ON q.id = l.question_id "
                                     "JOIN transcript_segments s ON s.id = l.segment_id "
                                     "JOIN transcripts t ON t.id = s.transcript_id "
                                     "JOIN interviews v ON v.id = t.interview_id "
                                     "JOIN interviewees p ON p.id = v.interviewee_id "
                                     "WHERE p.campaign_id = ? AND q.removed_at IS NOT NULL "
                                     "ORDER BY v.interviewee_id, l.question_id"));
    q.bind(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<Id, QList<Id>> out;
    while (q.next())
        out[q.integer(0)].append(q.integer(1));
    return out;
}

} // namespace shuzai
