#include "campaigncommands.h"

#include <QCoreApplication>

namespace shuzai::ui {

EditCampaignSettingsCommand::EditCampaignSettingsCommand(CampaignService &campaigns,
                                                         const Campaign &before,
                                                         CampaignSettings after)
    : ServiceCommand(QCoreApplication::translate("Command", "Change campaign settings"))
    , m_campaigns(campaigns)
    , m_id(before.id)
    , m_before(settingsOf(before))
    , m_after(std::move(after))
{
}

// As EditIntervieweeCommand::save: the stored settings must be what this command left.
VoidResult EditCampaignSettingsCommand::save(const CampaignSettings &expected,
                                             const CampaignSettings &target)
{
    auto current = m_campaigns.load(m_id);
    if (!current)
        return current.error();
    if (m_applied && settingsOf(*current) != expected) {
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Error", "The campaign was changed by someone else in the "
                                                "meantime. Reload it and apply your change "
                                                "again."));
    }
    auto saved = m_campaigns.updateSettings(m_id, target, current->version);
    if (!saved)
        return saved.error();
    if (!m_applied) {
        m_after = settingsOf(*saved);
        m_applied = true;
    }
    return {};
}

VoidResult EditCampaignSettingsCommand::apply()
{
    return save(m_before, m_after);
}
VoidResult EditCampaignSettingsCommand::revert()
{
    return save(m_after, m_before);
}

} // namespace shuzai::ui
