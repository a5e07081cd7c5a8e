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
    m_foldedText = m_filter.foldedText();
    invalidateRowsFilter();
}

bool RosterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_source->interviewee(sourceRow).data, m_source->folded(sourceRow),
                            m_foldedText);
}

bool RosterFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Japanese names sort by how they are read, not by the code points of their kanji.
    if (left.column() == RosterModel::Name || left.column() == RosterModel::Reading) {
        return lessByReading(m_source->folded(left.row()), m_source->folded(right.row()));
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace shuzai::ui
