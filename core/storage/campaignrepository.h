#pragma once

#include "domain/campaign.h"
#include "util/result.h"

namespace shuzai {

class Database;

// SQL for campaigns and what belongs to them (categories, question templates, windows).
class CampaignRepository {
public:
    explicit CampaignRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QList<Campaign>> list();              // without categories/windows filled
    Result<Campaign> load(Id id);                // everything
    Result<Id> insert(const Campaign &campaign); // with its categories, questions, windows
    // Saves the settings if the stored version is still expectedVersion; returns the new version.
    Result<int> updateSettings(Id id, const CampaignSettings &settings, int expectedVersion);
    Result<Id> addWindow(Id campaignId, const AvailabilityWindow &window);
    VoidResult removeWindow(Id campaignId, Id windowId);

private:
    Result<Campaign> readRow(class Statement &q);
    Database &m_db;
};

} // namespace shuzai
