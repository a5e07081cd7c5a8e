#include "atriskmodel.h"
#include "util/datetext.h"

namespace shuzai::ui {

void AtRiskModel::setRisks(const QList<AtRisk> &risks)
{
    beginResetModel();
    m_risks = risks;
    endResetModel();
}

int AtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_risks.size());
}

int AtRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AtRisk &r = m_risks.at(index.row());
    if (role == IntervieweeIdRole)
        return r.intervieweeId;
    if (role == ReasonCodeRole)
        return toCode(r.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Reason:
        return describe(r);
    case Since:
        return r.since.isValid() ? datetext::shortDate(r.since) : QString();
    default:
        return {};
    }
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Interviewee");
    case Reason:
        return tr("Needs attention because");
    case Since:
        return tr("Counted from");
    default:
        return {};
    }
}

} // namespace shuzai::ui
