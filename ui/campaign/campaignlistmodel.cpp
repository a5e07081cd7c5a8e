#include "campaignlistmodel.h"

#include "services/campaignservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QLocale>

namespace shuzai::ui {

CampaignListModel::CampaignListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.campaigns(), &CampaignService::campaignsChanged, this,
            &CampaignListModel::reload);
    connect(&workspace.campaigns(), &CampaignService::campaignChanged, this,
            &CampaignListModel::reload);
    reload();
}

void CampaignListModel::reload()
{
    beginResetModel();
    m_campaigns.clear();
    if (auto all = m_workspace.campaigns().list()) {
        for (const Campaign &c : *all) {
            if (m_showArchived || !c.archived())
                m_campaigns.append(c);
        }
    }
    endResetModel();
}

void CampaignListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

int CampaignListModel::rowOf(Id campaignId) const
{
    for (int i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns.at(i).id == campaignId)
            return i;
    }
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &c = m_campaigns.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == ArchivedRole)
        return c.archived();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return c.title;
    case PublicationDate:
        return datetext::longDate(c.publicationDate);
    case State:
        return c.archived() ? tr("Archived %1")
                                  .arg(datetext::longDate(
                                      c.archivedAt.toTimeZone(datetext::displayZone()).date()))
                            : tr("Open");
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Campaign");
    case PublicationDate:
        return tr("Publication");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace shuzai::ui
