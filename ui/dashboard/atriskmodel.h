#pragma once

#include "services/dashboardservice.h"

#include <QAbstractTableModel>

namespace shuzai::ui {

// The people who need attention now, most urgent first.
class AtRiskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Reason, Since, ColumnCount };
    enum Role { IntervieweeIdRole = Qt::UserRole + 1, ReasonCodeRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRisks(const QList<AtRisk> &risks);
    const AtRisk &risk(int row) const { return m_risks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AtRisk> m_risks;
};

} // namespace shuzai::ui
