#include "campaignservice.h"

#include "domain/validation.h"
#include "storage/campaignrepository.h"
#include "workspace.h"

namespace shuzai {

Result<QList<Campaign>> CampaignService::list()
{
    return CampaignRepository(m_workspace.database()).list();
}

Result<Campaign> CampaignService::load(Id id)
{
    return CampaignRepository(m_workspace.database()).load(id);
}

Result<Campaign> CampaignService::updateSettings(Id id, const CampaignSettings &settings,
                                                 int expectedVersion)
{
    if (auto allowed = m_workspace.require({Role::Editor},
                                           QT_TRANSLATE_NOOP("Action", "change campaign settings"));
        !allowed) {
        return allowed.error();
    }
    auto valid = validateCampaignSettings(settings);
    if (!valid)
        return valid.error();
    CampaignRepository repo(m_workspace.database());
    auto saved = m_workspace.database().transact([&]() -> VoidResult {
        auto r = repo.updateSettings(id, *valid, expectedVersion);
        return r ? VoidResult() : VoidResult(r.error());
    });
    if (!saved)
        return saved.error();
    emit campaignChanged(id);
    return repo.load(id);
}

} // namespace shuzai
