#pragma once

#include "review/review.h"

#include <QAbstractTableModel>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// Where every interviewee of the campaign stands in the pre-publication check. Follows review
// changes as they are recorded.
class ReviewOverviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Category, Status, Round, Due, ColumnCount };
    enum Role { IntervieweeIdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit ReviewOverviewModel(Workspace &workspace, QObject *parent = nullptr);

    void setCampaign(Id campaignId);
    void reload();
    const ReviewState &state(int row) const { return m_rows.at(row); }
    int rowOf(Id intervieweeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    Workspace &m_workspace;
    Id m_campaignId = 0;
    QHash<Id, QString> m_categoryNames;
    QList<ReviewState> m_rows;
};

} // namespace shuzai::ui
