#pragma once

#include "domain/campaign.h"

#include <QAbstractTableModel>

namespace shuzai::ui {

// The recipients of one batch of request letters and what became of each letter.
class SendResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Address, Result, ColumnCount };
    enum class State { Waiting, Sending, Sent, Failed, NotSent };
    struct Row {
        Id intervieweeId = 0;
        QString name;
        QString address;
        State state = State::Waiting;
        QString detail; // why it failed
    };

    explicit SendResultsModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    void setState(int row, State state, const QString &detail = {});
    const Row &row(int row) const { return m_rows.at(row); }
    int count(State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace shuzai::ui
