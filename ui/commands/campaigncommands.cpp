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

namespace shuzai::ui {

AddWindowCommand::AddWindowCommand(CampaignService &campaigns, Id campaignId,
                                   AvailabilityWindow window)
    : ServiceCommand(QCoreApplication::translate("Command", "Add a candidate time"))
    , m_campaigns(campaigns)
    , m_campaignId(campaignId)
    , m_window(std::move(window))
{
}

VoidResult AddWindowCommand::apply()
{
    auto added = m_campaigns.addWindow(m_campaignId, m_window);
    if (!added)
        return added.error();
    m_window.id = added->id;
    return {};
}

VoidResult AddWindowCommand::revert()
{
    return m_campaigns.removeWindow(m_campaignId, m_window.id);
}

RemoveWindowCommand::RemoveWindowCommand(CampaignService &campaigns, Id campaignId,
                                         AvailabilityWindow window)
    : ServiceCommand(QCoreApplication::translate("Command", "Remove a candidate time"))
    , m_campaigns(campaigns)
    , m_campaignId(campaignId)
    , m_window(std::move(window))
{
}

VoidResult RemoveWindowCommand::apply()
{
    return m_campaigns.removeWindow(m_campaignId, m_window.id);
}

VoidResult RemoveWindowCommand::revert()
{
    auto added = m_campaigns.addWindow(m_campaignId, m_window);
    if (!added)
        return added.error();
    m_window.id = added->id;
    return {};
}

} // namespace shuzai::ui
