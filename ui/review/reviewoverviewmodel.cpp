#include "reviewoverviewmodel.h"

#include "services/campaignservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QBrush>
#include <QColor>

namespace shuzai::ui {

ReviewOverviewModel::ReviewOverviewModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.review(), &ReviewService::reviewChanged, this, [this](Id campaignId) {
        if (campaignId == m_campaignId)
            reload();
    });
    for (auto signal : {&RosterService::intervieweeAdded, &RosterService::intervieweeChanged,
                        &RosterService::intervieweeRemoved}) {
        connect(&workspace.roster(), signal, this, [this](Id campaignId) {
            if (campaignId == m_campaignId)
                reload();
        });
    }
}

void ReviewOverviewModel::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    reload();
}

void ReviewOverviewModel::reload()
{
    QList<ReviewState> rows;
    QHash<Id, QString> categories;
    if (m_campaignId != 0) {
        auto campaign = m_workspace.campaigns().load(m_campaignId);
        auto states = m_workspace.review().overview(m_campaignId);
        if (!campaign || !states) {
            emit loadFailed(campaign ? states.error().message() : campaign.error().message());
        } else {
            for (const shuzai::Category &c : campaign->categories)
                categories.insert(c.id, c.name);
            rows = *states;
        }
    }
    beginResetModel();
    m_rows = rows;
    m_categoryNames = categories;
    endResetModel();
}

int ReviewOverviewModel::rowOf(Id intervieweeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).intervieweeId == intervieweeId)
            return row;
    }
    return -1;
}

int ReviewOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewState &s = m_rows.at(index.row());
    switch (role) {
    case IntervieweeIdRole:
        return s.intervieweeId;
    case StatusCodeRole:
        return toCode(s.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case Category:
            return m_categoryNames.value(s.categoryId);
        case Status:
            return s.overdue ? tr("%1 (overdue)").arg(displayName(s.status))
                             : displayName(s.status);
        case Round:
            return s.round > 0 ? QVariant(s.round) : QVariant();
        case Due:
            return s.dueDate.isValid() ? datetext::shortDate(s.dueDate) : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Status || index.column() == Due) {
            if (s.overdue)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (isPublishable(s.status))
                return QBrush(QColor(0x1b, 0x5e, 0x20));
        }
        return {};
    default:
        return {};
    }
}

QVariant ReviewOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Interviewee (as printed)");
    case Category:
        return tr("Category");
    case Status:
        return tr("Review");
    case Round:
        return tr("Round");
    case Due:
        return tr("Answer due");
    default:
        return {};
    }
}

} // namespace shuzai::ui
