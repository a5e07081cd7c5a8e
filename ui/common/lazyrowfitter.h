#pragma once

#include <QObject>

#include <vector>

class QTableView;

namespace shuzai::ui {

// Fits a table's rows to their wrapped text as they come into view. QHeaderView's
// ResizeToContents measures every row, and again at every change of width: a transcript of 600
// cues took a second to show. Rows out of view keep the default height until they are scrolled
// to; a row whose text changes, or a change of the wrapped column's width, fits them again.
class LazyRowFitter : public QObject {
    Q_OBJECT
public:
    // `view` has its model; `wrappedColumn` is the one whose width decides the rows' heights.
    LazyRowFitter(QTableView *view, int wrappedColumn, QObject *parent = nullptr);

    // Fits every row now in view (call after scrolling by hand, e.g. scrollTo()).
    void fitVisible();
    bool isFitted(int row) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void forgetAll();
    void forget(int first, int last);

    QTableView *m_view;
    int m_wrappedColumn;
    std::vector<bool> m_fitted; // by model row
    int m_fittedWidth = -1;     // of the wrapped column, when m_fitted was filled
};

} // namespace shuzai::ui
