#pragma once

#include "domain/campaign.h"

#include <QAbstractItemModel>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// A campaign's categories (top level: name, 貴社/貴研究室, 様/先生) with their template
// questions as children, the removed ones (kept for people whose answers are linked to them)
// last and marked. Read-only: edits go through commands; the model follows the campaign.
class CategoryTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Text, OrganisationHonorific, PersonHonorific, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RemovedRole };

    explicit CategoryTreeModel(Workspace &workspace, QObject *parent = nullptr);

    void setCampaign(Id campaignId);
    Id campaignId() const { return m_campaign.id; }
    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What an index shows: a category (question null) or one of its questions.
    const Category *category(const QModelIndex &index) const;
    const Question *question(const QModelIndex &index) const;
    QModelIndex indexOfCategory(Id categoryId) const;
    QModelIndex indexOfQuestion(Id questionId) const;

private:
    QList<Question> childrenOf(const Category &category) const;

    Workspace &m_workspace;
    Campaign m_campaign;
};

} // namespace shuzai::ui
