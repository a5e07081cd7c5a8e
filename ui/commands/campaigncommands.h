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

namespace shuzai::ui {

// Adds a candidate time; undo removes it.
class AddWindowCommand final : public ServiceCommand {
public:
    AddWindowCommand(CampaignService &campaigns, Id campaignId, AvailabilityWindow window);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    CampaignService &m_campaigns;
    Id m_campaignId;
    AvailabilityWindow m_window;
};

// Removes a candidate time; undo adds it back.
class RemoveWindowCommand final : public ServiceCommand {
public:
    RemoveWindowCommand(CampaignService &campaigns, Id campaignId, AvailabilityWindow window);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    CampaignService &m_campaigns;
    Id m_campaignId;
    AvailabilityWindow m_window;
};

} // namespace shuzai::ui
