// CampaignService: a category's template questions. Each person's changes follow their template
// question (rewordings by its id; additions by remapping their anchors, see remapAnchor).
#include "auditservice.h"
#include "campaignservice.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "workspace.h"

namespace shuzai {

namespace {
const char *const kEditQuestions =
    QT_TRANSLATE_NOOP("Action", "change the categories and template questions");
constexpr qsizetype kMaxQuestion = 2000;

Result<QString> checkedQuestion(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > kMaxQuestion) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "A question must not be empty or longer than %1 "
                                                "characters."),
                     {QString::number(kMaxQuestion)}, QStringLiteral("question"));
    }
    return t;
}

Error noSuchPosition(int position, qsizetype count)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "There is no position %1 (1 to %2)."),
                 {QString::number(position), QString::number(count)}, QStringLiteral("position"));
}

Error noSuchQuestion(Id id)
{
    return Error(ErrorCode::NotFound,
                 QT_TRANSLATE_NOOP("Error", "There is no template question %1."),
                 {QString::number(id)}, QStringLiteral("question"));
}

QString subject(Id questionId)
{
    return QStringLiteral("question %1").arg(questionId);
}

// One change to a category's live order, inside a transaction: the new order is written and
// every person's additions (and the removed questions) follow their template question.
VoidResult reorder(CampaignRepository &repo, Id categoryId, const QList<Id> &before,
                   const QList<Id> &after)
{
    if (auto r = repo.remapAnchors(categoryId, before, after); !r)
        return r;
    return repo.setQuestionOrder(categoryId, after);
}
} // namespace

Result<CampaignService::QuestionPlace> CampaignService::placeOfQuestion(Id questionId, bool removed)
{
    CampaignRepository repo(m_workspace.database());
    auto question = repo.question(questionId);
    if (!question)
        return question.error();
    QuestionPlace place{*question};
    if (question->removedAt.isValid() != removed) {
        if (!removed)
            return noSuchQuestion(questionId);
        return place; // a live question has nothing to restore
    }
    auto categoryId = repo.categoryOfQuestion(questionId);
    if (!categoryId)
        return categoryId.error();
    auto owner = repo.campaignOfCategory(*categoryId);
    if (!owner)
        return owner.error();
    if (auto open = requireOpen(*owner); !open)
        return open.error();
    place.categoryId = *categoryId;
    place.campaignId = *owner;
    return place;
}

Result<Question> CampaignService::addTemplateQuestion(Id categoryId, const QString &text,
                                                      int position)
{
    if (auto allowed = requireEditor(kEditQuestions); !allowed)
        return allowed.error();
    auto valid = checkedQuestion(text);
    if (!valid)
        return valid.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto owner = openCampaignOfCategory(categoryId);
        if (!owner)
            return owner.error();
        campaignId = *owner;
        auto before = repo.questionOrder(categoryId);
        if (!before)
            return before.error();
        if (position < 0 || position > before->size() + 1)
            return noSuchPosition(position, before->size() + 1);
        auto inserted = repo.insertQuestion(categoryId, Question{0, 0, *valid});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        QList<Id> after = *before;
        after.insert(position >= 1 ? position - 1 : after.size(), id);
        if (auto r = reorder(repo, categoryId, *before, after); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("question.added"), campaignId, 0,
                                          subject(id), {}, *valid);
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return questionAfter(campaignId, id);
}

Result<Question> CampaignService::rewordTemplateQuestion(Id questionId, const QString &text,
                                                         const std::optional<QString> &expected)
{
    if (auto allowed = requireEditor(kEditQuestions); !allowed)
        return allowed.error();
    auto valid = checkedQuestion(text);
    if (!valid)
        return valid.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto place = placeOfQuestion(questionId, false);
        if (!place)
            return place.error();
        const Question &current = place->question;
        campaignId = place->campaignId;
        if (expected && *expected != current.text) {
            return Error(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("Error", "Someone else changed this in the meantime. "
                                                    "Reload it and apply your change again."));
        }
        if (auto r = repo.setQuestionText(questionId, *valid); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("question.edited"), campaignId, 0,
                                          subject(questionId), current.text, *valid);
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return questionAfter(campaignId, questionId);
}

Result<Question> CampaignService::moveTemplateQuestion(Id questionId, int position)
{
    if (auto allowed = requireEditor(kEditQuestions); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto place = placeOfQuestion(questionId, false);
        if (!place)
            return place.error();
        const Question &current = place->question;
        const Id categoryId = place->categoryId;
        campaignId = place->campaignId;
        auto before = repo.questionOrder(categoryId);
        if (!before)
            return before.error();
        if (position < 1 || position > before->size())
            return noSuchPosition(position, before->size());
        QList<Id> after = *before;
        after.removeAll(questionId);
        after.insert(position - 1, questionId);
        if (auto r = reorder(repo, categoryId, *before, after); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("question.moved"), campaignId, 0,
                                          subject(questionId), QString::number(current.position),
                                          QString::number(position));
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return questionAfter(campaignId, questionId);
}

Result<Question> CampaignService::removeTemplateQuestion(Id questionId)
{
    if (auto allowed = requireEditor(kEditQuestions); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    Question removed;
    auto done = db.transact([&]() -> VoidResult {
        auto place = placeOfQuestion(questionId, false);
        if (!place)
            return place.error();
        const Question &current = place->question;
        const Id categoryId = place->categoryId;
        campaignId = place->campaignId;
        removed = current;
        auto before = repo.questionOrder(categoryId);
        if (!before)
            return before.error();
        QList<Id> after = *before;
        after.removeAll(questionId);
        // The others' anchors first, then this one leaves the numbering, after its predecessor.
        if (auto r = repo.remapAnchors(categoryId, *before, after); !r)
            return r;
        if (auto r = repo.markQuestionRemoved(questionId, m_workspace.clock().now(),
                                              current.position - 1);
            !r)
            return r;
        if (auto r = repo.setQuestionOrder(categoryId, after); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("question.removed"), campaignId, 0,
                                          subject(questionId), current.text, {});
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return removed;
}

Result<Question> CampaignService::restoreTemplateQuestion(Id questionId, int position)
{
    if (auto allowed = requireEditor(kEditQuestions); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto place = placeOfQuestion(questionId, true);
        if (!place)
            return place.error();
        if (!place->campaignId)
            return {}; // already back
        const Question &current = place->question;
        const Id categoryId = place->categoryId;
        campaignId = place->campaignId;
        auto before = repo.questionOrder(categoryId);
        if (!before)
            return before.error();
        if (position < 1 || position > before->size() + 1)
            return noSuchPosition(position, before->size() + 1);
        if (auto r = repo.unmarkQuestionRemoved(questionId); !r)
            return r;
        QList<Id> after = *before;
        after.insert(position - 1, questionId);
        if (auto r = reorder(repo, categoryId, *before, after); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("question.restored"), campaignId, 0,
                                          subject(questionId), {}, current.text);
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return questionAfter(campaignId, questionId);
}

} // namespace shuzai
