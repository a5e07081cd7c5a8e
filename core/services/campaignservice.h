#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QObject>

namespace shuzai {

class Workspace;

class CampaignService : public QObject {
    Q_OBJECT
public:
    explicit CampaignService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<QList<Campaign>> list();
    Result<Campaign> load(Id id);
    // Validates and saves; refused if someone saved a newer version in between.
    Result<Campaign> updateSettings(Id id, const CampaignSettings &settings, int expectedVersion);
    // Candidate times (the letter's 候補日時): one window a day and time range. A window with
    // an id is put back under that id (undo of a removal).
    Result<AvailabilityWindow> addWindow(Id campaignId, const AvailabilityWindow &window);
    VoidResult removeWindow(Id campaignId, Id windowId);

signals:
    void campaignChanged(shuzai::Id id);

private:
    Workspace &m_workspace;
};

} // namespace shuzai
