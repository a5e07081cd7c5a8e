#include "campaigncommands.h"

#include <QCoreApplication>

namespace shuzai::ui {

EditCampaignSettingsCommand::EditCampaignSettingsCommand(CampaignService &campaigns,
                                                         const Campaign &before,
                                                         CampaignSettings after)
    : ServiceCommand(QCoreApplication::translate("Command", "Change campaign settings"))
    , m_campaigns(campaigns)
    , m_id(before.id)
    , m_version(before.version)
    , m_before(settingsOf(before))
    , m_after(std::move(after)) {}

VoidResult EditCampaignSettingsCommand::save(const CampaignSettings &settings) {
    auto saved = m_campaigns.updateSettings(m_id, settings, m_version);
    if (!saved)
        return saved.error();
    m_version = saved->version;
    return {};
}

VoidResult EditCampaignSettingsCommand::apply() {
    return save(m_after);
}
VoidResult EditCampaignSettingsCommand::revert() {
    return save(m_before);
}

} // namespace shuzai::ui
