#pragma once

#include "domain/campaign.h"
#include "servicecommand.h"
#include "services/campaignservice.h"

#include <functional>
#include <memory>

namespace shuzai::ui {

// An undoable change given as two functions: the change and its undoing. The campaign
// lifecycle, category and template question commands are all built this way (below).
class FunctionCommand final : public ServiceCommand {
public:
    FunctionCommand(const QString &text, std::function<VoidResult()> apply,
                    std::function<VoidResult()> revert)
        : ServiceCommand(text)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
    {
    }

protected:
    VoidResult apply() override { return m_apply(); }
    VoidResult revert() override { return m_revert(); }

private:
    std::function<VoidResult()> m_apply;
    std::function<VoidResult()> m_revert;
};

using CommandPtr = std::unique_ptr<ServiceCommand>;

// Campaigns. `createdId` (when given) receives the new campaign's id once it is made.
CommandPtr newCampaignCommand(CampaignService &campaigns, const CampaignSettings &settings,
                              std::shared_ptr<Id> createdId = {});
CommandPtr duplicateCampaignCommand(CampaignService &campaigns, Id sourceId,
                                    const DuplicateOptions &options,
                                    std::shared_ptr<Id> createdId = {});
// A campaign made by `make` (from a request letter), undone by removing it while still empty.
CommandPtr madeCampaignCommand(const QString &text, CampaignService &campaigns,
                               std::function<Result<Campaign>()> make,
                               std::shared_ptr<Id> createdId = {});
CommandPtr archiveCampaignCommand(CampaignService &campaigns, Id campaignId, bool archive);
CommandPtr removeCampaignCommand(CampaignService &campaigns, Id campaignId);

// Categories.
CommandPtr addCategoryCommand(CampaignService &campaigns, Id campaignId,
                              const CategoryFields &fields, int position = 0);
CommandPtr editCategoryCommand(CampaignService &campaigns, const Category &before,
                               const CategoryFields &after);
CommandPtr moveCategoryCommand(CampaignService &campaigns, const Category &category, int position);
CommandPtr removeCategoryCommand(CampaignService &campaigns, Id campaignId, Id categoryId);

// Template questions.
CommandPtr addTemplateQuestionCommand(CampaignService &campaigns, Id categoryId,
                                      const QString &text, int position = 0);
CommandPtr rewordTemplateQuestionCommand(CampaignService &campaigns, const Question &before,
                                         const QString &text);
CommandPtr moveTemplateQuestionCommand(CampaignService &campaigns, const Question &question,
                                       int position);
CommandPtr removeTemplateQuestionCommand(CampaignService &campaigns, const Question &question);

} // namespace shuzai::ui
