#pragma once

#include "services/searchservice.h"

#include <QAbstractListModel>

namespace shuzai::ui {

// Search hits as a list: the highlighted context as HTML, who said it, in which campaign, when.
class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { HtmlRole = Qt::UserRole + 1, TranscriptIdRole, SegmentIdRole, IntervieweeIdRole };

    using QAbstractListModel::QAbstractListModel;

    void setResults(const QList<SearchHit> &hits);
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString highlightedHtml(const SearchHit &hit);

private:
    QList<SearchHit> m_hits;
};

} // namespace shuzai::ui
