#include "lifecyclecommands.h"

#include <QCoreApplication>

namespace shuzai::ui {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("Command", source);
}

VoidResult done(const auto &result)
{
    return result ? VoidResult() : VoidResult(result.error());
}

CategoryFields fieldsOf(const Category &c)
{
    return {c.code, c.name, c.organisationHonorific, c.personHonorific};
}

// A campaign made by `make` the first time; undo deletes it (it is still empty), redo puts it
// back with the same id.
CommandPtr madeCampaign(const QString &label, CampaignService &campaigns,
                        std::function<Result<Campaign>()> make, std::shared_ptr<Id> createdId)
{
    struct State {
        Id id = 0;
        std::optional<CampaignRecord> removed;
    };
    auto state = std::make_shared<State>();
    if (!createdId)
        createdId = std::make_shared<Id>(0);
    return std::make_unique<FunctionCommand>(
        label,
        [&campaigns, make, state, createdId]() -> VoidResult {
            auto c = state->removed ? campaigns.restore(*state->removed) : make();
            if (!c)
                return c.error();
            state->id = *createdId = c->id;
            return {};
        },
        [&campaigns, state]() -> VoidResult {
            auto removed = campaigns.remove(state->id);
            if (!removed)
                return removed.error();
            state->removed = *removed;
            return {};
        });
}
} // namespace

CommandPtr newCampaignCommand(CampaignService &campaigns, const CampaignSettings &settings,
                              std::shared_ptr<Id> createdId)
{
    return madeCampaign(
        text(QT_TRANSLATE_NOOP("Command", "New campaign")), campaigns,
        [&campaigns, settings] { return campaigns.create(settings); }, std::move(createdId));
}

CommandPtr duplicateCampaignCommand(CampaignService &campaigns, Id sourceId,
                                    const DuplicateOptions &options, std::shared_ptr<Id> createdId)
{
    return madeCampaign(
        text(QT_TRANSLATE_NOOP("Command", "Duplicate campaign")), campaigns,
        [&campaigns, sourceId, options] { return campaigns.duplicate(sourceId, options); },
        std::move(createdId));
}

CommandPtr madeCampaignCommand(const QString &text, CampaignService &campaigns,
                               std::function<Result<Campaign>()> make,
                               std::shared_ptr<Id> createdId)
{
    return madeCampaign(text, campaigns, std::move(make), std::move(createdId));
}

CommandPtr archiveCampaignCommand(CampaignService &campaigns, Id campaignId, bool archive)
{
    auto doArchive = [&campaigns, campaignId] {
        return done(campaigns.archive(campaignId));
    };
    auto doOpen = [&campaigns, campaignId] {
        return done(campaigns.unarchive(campaignId));
    };
    if (archive)
        return std::make_unique<FunctionCommand>(
            text(QT_TRANSLATE_NOOP("Command", "Archive campaign")), doArchive, doOpen);
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Unarchive campaign")), doOpen, doArchive);
}

CommandPtr removeCampaignCommand(CampaignService &campaigns, Id campaignId)
{
    auto removed = std::make_shared<std::optional<CampaignRecord>>();
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Delete campaign")),
        [&campaigns, campaignId, removed]() -> VoidResult {
            auto r = campaigns.remove(campaignId);
            if (!r)
                return r.error();
            *removed = *r;
            return {};
        },
        [&campaigns, removed]() -> VoidResult {
            if (!*removed)
                return {};
            return done(campaigns.restore(**removed));
        });
}

CommandPtr addCategoryCommand(CampaignService &campaigns, Id campaignId,
                              const CategoryFields &fields, int position)
{
    auto state = std::make_shared<std::optional<Category>>();
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Add category")),
        [&campaigns, campaignId, fields, position, state]() -> VoidResult {
            auto c = *state ? campaigns.restoreCategory(campaignId, **state)
                            : campaigns.addCategory(campaignId, fields, position);
            if (!c)
                return c.error();
            *state = *c;
            return {};
        },
        [&campaigns, state]() -> VoidResult {
            auto removed = campaigns.removeCategory((*state)->id);
            if (!removed)
                return removed.error();
            *state = *removed;
            return {};
        });
}

CommandPtr editCategoryCommand(CampaignService &campaigns, const Category &before,
                               const CategoryFields &after)
{
    const CategoryFields old = fieldsOf(before);
    CategoryFields changed = after;
    changed.code = before.code;
    // As the service stores them, so the undo finds what this command left.
    changed.name = changed.name.trimmed();
    changed.organisationHonorific = changed.organisationHonorific.trimmed();
    changed.personHonorific = changed.personHonorific.trimmed();
    const Id id = before.id;
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Change category")),
        [&campaigns, id, old, changed] { return done(campaigns.updateCategory(id, changed, old)); },
        [&campaigns, id, old, changed] {
            return done(campaigns.updateCategory(id, old, changed));
        });
}

CommandPtr moveCategoryCommand(CampaignService &campaigns, const Category &category, int position)
{
    const Id id = category.id;
    const int from = category.position;
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Move category")),
        [&campaigns, id, position] { return done(campaigns.moveCategory(id, position)); },
        [&campaigns, id, from] { return done(campaigns.moveCategory(id, from)); });
}

CommandPtr removeCategoryCommand(CampaignService &campaigns, Id campaignId, Id categoryId)
{
    auto removed = std::make_shared<std::optional<Category>>();
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Remove category")),
        [&campaigns, categoryId, removed]() -> VoidResult {
            auto r = campaigns.removeCategory(categoryId);
            if (!r)
                return r.error();
            *removed = *r;
            return {};
        },
        [&campaigns, campaignId, removed] {
            return done(campaigns.restoreCategory(campaignId, **removed));
        });
}

CommandPtr addTemplateQuestionCommand(CampaignService &campaigns, Id categoryId,
                                      const QString &questionText, int position)
{
    auto state = std::make_shared<Question>();
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Add template question")),
        [&campaigns, categoryId, questionText, position, state]() -> VoidResult {
            auto q = state->id ? campaigns.restoreTemplateQuestion(state->id, state->position)
                               : campaigns.addTemplateQuestion(categoryId, questionText, position);
            if (!q)
                return q.error();
            *state = *q;
            return {};
        },
        [&campaigns, state] { return done(campaigns.removeTemplateQuestion(state->id)); });
}

CommandPtr rewordTemplateQuestionCommand(CampaignService &campaigns, const Question &before,
                                         const QString &after)
{
    const Id id = before.id;
    const QString old = before.text;
    auto now = std::make_shared<QString>(after.trimmed());
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Reword template question")),
        [&campaigns, id, old, now] {
            return done(campaigns.rewordTemplateQuestion(id, *now, old));
        },
        [&campaigns, id, old, now] {
            return done(campaigns.rewordTemplateQuestion(id, old, *now));
        });
}

CommandPtr moveTemplateQuestionCommand(CampaignService &campaigns, const Question &question,
                                       int position)
{
    const Id id = question.id;
    const int from = question.position;
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Move template question")),
        [&campaigns, id, position] { return done(campaigns.moveTemplateQuestion(id, position)); },
        [&campaigns, id, from] { return done(campaigns.moveTemplateQuestion(id, from)); });
}

CommandPtr removeTemplateQuestionCommand(CampaignService &campaigns, const Question &question)
{
    const Id id = question.id;
    const int position = question.position;
    return std::make_unique<FunctionCommand>(
        text(QT_TRANSLATE_NOOP("Command", "Remove template question")),
        [&campaigns, id] { return done(campaigns.removeTemplateQuestion(id)); },
        [&campaigns, id, position] {
            return done(campaigns.restoreTemplateQuestion(id, position));
        });
}

} // namespace shuzai::ui
