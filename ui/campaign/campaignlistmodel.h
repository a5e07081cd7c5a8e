#pragma once

#include "domain/campaign.h"

#include <QAbstractTableModel>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The campaigns for the campaign manager and the switcher: title, publication date, state.
// Archived campaigns are left out unless shown (setShowArchived). Follows every change the
// campaign service announces.
class CampaignListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, PublicationDate, State, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole };

    explicit CampaignListModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);
    const Campaign &campaign(int row) const { return m_campaigns.at(row); }
    int rowOf(Id campaignId) const;
    void reload();

private:
    Workspace &m_workspace;
    QList<Campaign> m_campaigns;
    bool m_showArchived = false;
};

} // namespace shuzai::ui
