#pragma once

#include "domain/rosterfilter.h"

#include <QSortFilterProxyModel>

namespace shuzai::ui {

class RosterModel;

// Filters the roster with core's RosterFilter and sorts names by their reading.
class RosterFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RosterFilterProxy(RosterModel *source, QObject *parent = nullptr);

    void setFilter(const RosterFilter &filter);
    const RosterFilter &filter() const { return m_filter; }
    RosterModel *source() const { return m_source; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RosterModel *m_source;
    RosterFilter m_filter;
    QString m_foldedText; // the filter's text folded once per change, not once per row
};

} // namespace shuzai::ui
