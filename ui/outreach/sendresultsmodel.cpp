#include "sendresultsmodel.h"

#include <QBrush>
#include <QColor>

namespace shuzai::ui {

SendResultsModel::SendResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SendResultsModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SendResultsModel::setState(int row, State state, const QString &detail)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = state;
    m_rows[row].detail = detail;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SendResultsModel::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const Row &r) { return r.state == state; }));
}

int SendResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SendResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SendResultsModel::stateText(const Row &row) const
{
    switch (row.state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Sending:
        return tr("Sending…");
    case State::Sent:
        return tr("Sent");
    case State::Failed:
        // The sentence in the cell; the library's words below it are in the tooltip.
        return tr("Failed: %1").arg(row.detail.section(u'\n', 0, 0));
    case State::NotSent:
        return row.detail.isEmpty() ? tr("Not sent (cancelled)")
                                    : tr("Not sent: %1").arg(row.detail.section(u'\n', 0, 0));
    }
    return {};
}

QVariant SendResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Address:
            return r.address;
        case Result:
            return stateText(r);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Result && !r.detail.isEmpty())
        return r.detail;
    if (role == Qt::ForegroundRole && index.column() == Result) {
        if (r.state == State::Failed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (r.state == State::Sent)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
    }
    return {};
}

QVariant SendResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Interviewee");
    case Address:
        return tr("E-mail");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace shuzai::ui
