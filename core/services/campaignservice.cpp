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

Result<AvailabilityWindow> CampaignService::addWindow(Id campaignId, const AvailabilityWindow &w)
{
    if (auto allowed = m_workspace.require({Role::Editor},
                                           QT_TRANSLATE_NOOP("Action", "change campaign settings"));
        !allowed)
        return allowed.error();
    if (!w.day.isValid() || !w.start.isValid() || !w.end.isValid() || w.end <= w.start) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "A candidate time needs a day and a start before "
                                                "its end."),
                     {}, QStringLiteral("window"));
    }
    Database &db = m_workspace.database();
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto campaign = CampaignRepository(db).load(campaignId);
        if (!campaign)
            return campaign.error();
        for (const AvailabilityWindow &other : campaign->windows) {
            if (other.day == w.day && w.start < other.end && other.start < w.end) {
                return Error(ErrorCode::Duplicate,
                             QT_TRANSLATE_NOOP("Error", "The candidate time overlaps %1 %2-%3."),
                             {other.day.toString(Qt::ISODate),
                              other.start.toString(QStringLiteral("HH:mm")),
                              other.end.toString(QStringLiteral("HH:mm"))},
                             QStringLiteral("window"));
            }
        }
        auto added = CampaignRepository(db).addWindow(campaignId, w);
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    AvailabilityWindow out = w;
    out.id = id;
    return out;
}

VoidResult CampaignService::removeWindow(Id campaignId, Id windowId)
{
    if (auto allowed = m_workspace.require({Role::Editor},
                                           QT_TRANSLATE_NOOP("Action", "change campaign settings"));
        !allowed)
        return allowed;
    Database &db = m_workspace.database();
    auto done =
        db.transact([&] { return CampaignRepository(db).removeWindow(campaignId, windowId); });
    if (!done)
        return done;
    emit campaignChanged(campaignId);
    return {};
}

} // namespace shuzai
