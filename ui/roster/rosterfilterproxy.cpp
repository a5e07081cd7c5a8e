#include "rosterfilterproxy.h"

#include "rostermodel.h"

namespace shuzai::ui {

RosterFilterProxy::RosterFilterProxy(RosterModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    setSortLocaleAware(true);
}

void RosterFilterProxy::setFilter(const RosterFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool RosterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_source->interviewee(sourceRow).data);
}

bool RosterFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Japanese names sort by how they are read, not by the code points of their kanji.
    if (left.column() == RosterModel::Name || left.column() == RosterModel::Reading) {
        return lessByReading(m_source->interviewee(left.row()).data,
                             m_source->interviewee(right.row()).data);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace shuzai::ui
