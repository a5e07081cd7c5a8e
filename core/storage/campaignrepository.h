#pragma once

#include "storage/coreonly.h"
#include <QHash>

#include "domain/campaign.h"
#include "util/result.h"

#include <QMap>

namespace shuzai {

class Database;

// SQL for campaigns and what belongs to them (categories, question templates, windows). The
// categories' and template questions' part is in campaignrepository_categories.cpp.
class CampaignRepository {
public:
    explicit CampaignRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QList<Campaign>> list(); // without categories/windows filled
    Result<Campaign> load(Id id);   // everything
    // With its categories, questions, windows. `sameIds`: the campaign, its categories and
    // questions (removed ones included) and windows keep their ids (putting a removed one back).
    Result<Id> insert(const Campaign &campaign, bool sameIds = false);
    // Saves the settings if the stored version is still expectedVersion; returns the new version.
    Result<int> updateSettings(Id id, const CampaignSettings &settings, int expectedVersion);
    Result<Id> addWindow(Id campaignId, const AvailabilityWindow &window);
    VoidResult removeWindow(Id campaignId, Id windowId);

    // Lifecycle.
    VoidResult setArchivedAt(Id id, const QDateTime &at); // invalid: open again
    // Marks the campaign changed (updated_at) when what belongs to it changed.
    VoidResult touch(Id id);
    Result<int> peopleCount(Id campaignId);
    VoidResult remove(Id id); // with everything that belongs to it
    Result<QMap<QString, QString>> letterTemplates(Id campaignId);
    VoidResult putLetterTemplate(Id campaignId, const QString &language, const QString &body);
    // Whose campaign: of a person, a category, a template question (0 when there is none).
    Result<Id> campaignOfInterviewee(Id intervieweeId);
    Result<Id> campaignOfInterview(Id interviewId);
    Result<Id> campaignOfCategory(Id categoryId);
    Result<Id> categoryOfQuestion(Id questionId);

    // Categories (campaignrepository_categories.cpp).
    Result<Id> insertCategory(Id campaignId, const Category &category); // at its end
    VoidResult updateCategory(Id categoryId, const Category &fields);   // name, honorifics
    Result<QList<Id>> categoryOrder(Id campaignId);
    VoidResult setCategoryOrder(const QList<Id> &order);
    Result<int> peopleInCategory(Id categoryId);
    VoidResult removeCategory(Id categoryId);

    // Template questions: the live ones are numbered 1..n; a removed one keeps its row (a
    // negative position, removed_at, removed_after) for the people whose answers it has.
    Result<QList<Id>> questionOrder(Id categoryId); // the live ones
    VoidResult setQuestionOrder(Id categoryId, const QList<Id> &order);
    // At the end of the live ones; `removedAt` valid: as a removed one (restoring a category).
    Result<Id> insertQuestion(Id categoryId, const Question &question);
    VoidResult setQuestionText(Id questionId, const QString &text);
    Result<Question> question(Id questionId); // live or removed
    VoidResult markQuestionRemoved(Id questionId, const QDateTime &at, int removedAfter);
    VoidResult unmarkQuestionRemoved(Id questionId); // at the end of the live ones
    // Keeps every person's additions (and the removed questions) after the same template
    // question when the live order changes from `before` to `after` (remapAnchor).
    VoidResult remapAnchors(Id categoryId, const QList<Id> &before, const QList<Id> &after);
    // The removed template questions this person's answers are linked to.
    Result<QList<Id>> removedQuestionsAnsweredBy(Id intervieweeId);
    // The same for everyone in a campaign, by interviewee, in one query.
    Result<QHash<Id, QList<Id>>> removedQuestionsAnsweredInCampaign(Id campaignId);

private:
    Result<Campaign> readRow(class Statement &q);
    Result<Id> idOf(const QString &sql, Id key);
    Database &m_db;
};

} // namespace shuzai
