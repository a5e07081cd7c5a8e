#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QMap>
#include <QObject>
#include <optional>

namespace shuzai {

class Workspace;

// What `duplicate` takes besides the campaign to copy. Unset fields: the title gets
// 「（コピー）」, the publication date stays, and the interview window moves by as many days as
// the publication date did (so its lead time stays).
struct DuplicateOptions {
    QString title;
    QDate publicationDate;
    QDate windowStart;
    QDate windowEnd;
};

// A campaign as a whole, as removing it takes it away and undoing puts it back.
struct CampaignRecord {
    Campaign campaign;
    QMap<QString, QString> letterTemplates; // language -> body
};

// How a category is named and addresses its people; its code is given only when adding.
struct CategoryFields {
    QString code; // adding: empty makes one from the name
    QString name;
    QString organisationHonorific = QString::fromUtf8("貴社");
    QString personHonorific = QString::fromUtf8("様");

    bool operator==(const CategoryFields &) const = default;
};

class CampaignService : public QObject {
    Q_OBJECT
public:
    explicit CampaignService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Every campaign, archived ones included (Campaign::archived()).
    Result<QList<Campaign>> list();
    Result<Campaign> load(Id id);
    // Validates and saves; refused if someone saved a newer version in between.
    Result<Campaign> updateSettings(Id id, const CampaignSettings &settings, int expectedVersion);
    // Candidate times (the letter's 候補日時): one window a day and time range. A window with
    // an id is put back under that id (undo of a removal).
    Result<AvailabilityWindow> addWindow(Id campaignId, const AvailabilityWindow &window);
    VoidResult removeWindow(Id campaignId, Id windowId);

    // --- Lifecycle (editors only, audited) ---
    // A blank campaign: these settings, every attribution option, no categories yet.
    Result<Campaign> create(const CampaignSettings &settings);
    // A new campaign like `sourceId`: its settings (letter style included), attribution
    // options, categories with their honorifics and template questions (not the removed ones)
    // and its letter templates. Not its people, interviews, letters or candidate times.
    Result<Campaign> duplicate(Id sourceId, const DuplicateOptions &options = {});
    // Archived: read-only (every change to it or its people is refused) until unarchived.
    Result<Campaign> archive(Id id);
    Result<Campaign> unarchive(Id id);
    // Only while nobody is on its roster; returns what was removed (for undo: restore).
    Result<CampaignRecord> remove(Id id);
    // Puts a removed campaign back with its ids (the undo of remove).
    Result<Campaign> restore(const CampaignRecord &record);
    // Refused with a translated message when the campaign is archived (or missing). Every
    // service that changes a campaign's people, interviews, letters or reviews checks this.
    VoidResult requireOpen(Id campaignId);
    VoidResult requireOpenForInterviewee(Id intervieweeId);
    VoidResult requireOpenForInterview(Id interviewId);

    // --- Categories ---
    // At `position` (1-based; 0 or beyond the end: last). A category with an id and questions
    // is put back as it was (undo of a removal).
    Result<Category> addCategory(Id campaignId, const CategoryFields &fields, int position = 0);
    Result<Category> restoreCategory(Id campaignId, const Category &category);
    // Name and honorifics; the code stays. With `expected`, refused if the category no longer
    // reads so (someone else changed it).
    Result<Category> updateCategory(Id categoryId, const CategoryFields &fields,
                                    const std::optional<CategoryFields> &expected = {});
    Result<Category> moveCategory(Id categoryId, int position);
    // Refused while people are in it; returns it with its questions (for undo).
    Result<Category> removeCategory(Id categoryId);

    // --- Template questions of a category ---
    // Each person's changes follow their template question: a rewording stays with it, an
    // addition stays after the question it followed. A removed question disappears from every
    // list except those of people whose answers are linked to it, where it stays, marked.
    Result<Question> addTemplateQuestion(Id categoryId, const QString &text, int position = 0);
    Result<Question> rewordTemplateQuestion(Id questionId, const QString &text,
                                            const std::optional<QString> &expectedText = {});
    Result<Question> moveTemplateQuestion(Id questionId, int position);
    // Returns the question as it was (its position, for undo: restoreTemplateQuestion).
    Result<Question> removeTemplateQuestion(Id questionId);
    Result<Question> restoreTemplateQuestion(Id questionId, int position);

signals:
    void campaignChanged(shuzai::Id id);
    // A campaign was created, duplicated, removed, restored, archived or unarchived: the
    // campaign switcher's list changed.
    void campaignsChanged();

private:
    // Where a template question stands, for a change inside a transaction.
    struct QuestionPlace {
        Question question;
        Id categoryId = 0;
        Id campaignId = 0; // 0: the question is not in the state asked for (nothing to do)
    };
    VoidResult requireEditor(const char *action) const;
    // The campaign of a category, refused when there is no such category or it is archived.
    Result<Id> openCampaignOfCategory(Id categoryId);
    // A template question, its category and its open campaign. `removed`: the question asked
    // for is a removed one (to restore); a live one then gives campaignId 0. Otherwise a removed
    // question is no question.
    Result<QuestionPlace> placeOfQuestion(Id questionId, bool removed);
    Result<Campaign> setArchived(Id id, bool archived);
    Result<Category> categoryAfter(Id campaignId, Id categoryId);
    Result<Question> questionAfter(Id campaignId, Id questionId);
    Workspace &m_workspace;
};

} // namespace shuzai
