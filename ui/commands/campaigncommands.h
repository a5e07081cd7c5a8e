#pragma once

#include "domain/campaign.h"
#include "servicecommand.h"
#include "services/campaignservice.h"

namespace shuzai::ui {

class EditCampaignSettingsCommand final : public ServiceCommand {
public:
    EditCampaignSettingsCommand(CampaignService &campaigns, const Campaign &before,
                                CampaignSettings after);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    VoidResult save(const CampaignSettings &expected, const CampaignSettings &target);
    CampaignService &m_campaigns;
    Id m_id;
    CampaignSettings m_before;
    CampaignSettings m_after;
    bool m_applied = false;
};

} // namespace shuzai::ui
