#include "categorytreemodel.h"

#include "services/campaignservice.h"
#include "services/workspace.h"

#include <QFont>

namespace shuzai::ui {

// Internal ids: 0 for a category row, the category's row + 1 for its questions' rows.

CategoryTreeModel::CategoryTreeModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.campaigns(), &CampaignService::campaignChanged, this, [this](Id id) {
        if (id == m_campaign.id)
            reload();
    });
    connect(&workspace.campaigns(), &CampaignService::campaignsChanged, this,
            &CategoryTreeModel::reload);
}

void CategoryTreeModel::setCampaign(Id campaignId)
{
    m_campaign.id = campaignId;
    reload();
}

void CategoryTreeModel::reload()
{
    beginResetModel();
    const Id id = m_campaign.id;
    auto loaded = m_workspace.campaigns().load(id);
    m_campaign = loaded ? *loaded : Campaign{};
    m_campaign.id = id;
    endResetModel();
}

QList<Question> CategoryTreeModel::childrenOf(const Category &category) const
{
    return category.questions + category.removedQuestions;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_campaign.categories.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(childrenOf(m_campaign.categories.at(parent.row())).size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Category *CategoryTreeModel::category(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return row >= 0 && row < m_campaign.categories.size() ? &m_campaign.categories.at(row)
                                                          : nullptr;
}

const Question *CategoryTreeModel::question(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Category *c = category(index);
    if (!c)
        return nullptr;
    const int row = index.row();
    if (row < c->questions.size())
        return &c->questions.at(row);
    const int removed = int(row - c->questions.size());
    return removed < c->removedQuestions.size() ? &c->removedQuestions.at(removed) : nullptr;
}

QModelIndex CategoryTreeModel::indexOfCategory(Id categoryId) const
{
    for (int i = 0; i < m_campaign.categories.size(); ++i) {
        if (m_campaign.categories.at(i).id == categoryId)
            return index(i, 0);
    }
    return {};
}

QModelIndex CategoryTreeModel::indexOfQuestion(Id questionId) const
{
    for (int i = 0; i < m_campaign.categories.size(); ++i) {
        const QList<Question> children = childrenOf(m_campaign.categories.at(i));
        for (int k = 0; k < children.size(); ++k) {
            if (children.at(k).id == questionId)
                return index(k, 0, index(i, 0));
        }
    }
    return {};
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Category *c = category(index);
    if (!c)
        return {};
    const Question *q = question(index);
    const bool removed = q && q->removedAt.isValid();
    if (role == IdRole)
        return q ? q->id : c->id;
    if (role == RemovedRole)
        return removed;
    if (role == Qt::FontRole && removed) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ToolTipRole && removed)
        return tr("Removed from the template; kept for the people whose answers are linked to "
                  "it.");
    if (role != Qt::DisplayRole)
        return {};
    if (q) {
        if (index.column() != Text)
            return {};
        return removed ? tr("(removed) %1").arg(q->text)
                       : QStringLiteral("%1. %2").arg(q->position).arg(q->text);
    }
    switch (index.column()) {
    case Text:
        return QStringLiteral("%1 (%2)").arg(c->name, c->code);
    case OrganisationHonorific:
        return c->organisationHonorific;
    case PersonHonorific:
        return c->personHonorific;
    default:
        return {};
    }
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text:
        return tr("Category / question");
    case OrganisationHonorific:
        return tr("Organisation (貴社)");
    case PersonHonorific:
        return tr("Person (様)");
    default:
        return {};
    }
}

} // namespace shuzai::ui
