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
    VoidResult save(const CampaignSettings &settings);
    CampaignService &m_campaigns;
    Id m_id;
    int m_version;
    CampaignSettings m_before;
    CampaignSettings m_after;
};

} // namespace shuzai::ui
