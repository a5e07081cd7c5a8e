#include "lazyrowfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace shuzai::ui {

LazyRowFitter::LazyRowFitter(QTableView *view, int wrappedColumn, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_wrappedColumn(wrappedColumn)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->viewport()->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LazyRowFitter::fitVisible);
    // Any column's resize may change the wrapped one's width (it may stretch), and the header
    // applies a stretch after announcing the resize: check now, and once more after.
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        fitVisible();
        QMetaObject::invokeMethod(this, &LazyRowFitter::fitVisible, Qt::QueuedConnection);
    });
    QAbstractItemModel *model = view->model();
    const auto again = [this] {
        forgetAll();
        fitVisible();
    };
    connect(model, &QAbstractItemModel::modelReset, this, again);
    connect(model, &QAbstractItemModel::layoutChanged, this, again);
    connect(model, &QAbstractItemModel::rowsInserted, this, again);
    connect(model, &QAbstractItemModel::rowsRemoved, this, again);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                // A highlight or a colour keeps the text, and so the height.
                if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole) &&
                    !roles.contains(Qt::EditRole))
                    return;
                forget(topLeft.row(), bottomRight.row());
                fitVisible();
            });
}

bool LazyRowFitter::isFitted(int row) const
{
    return row >= 0 && row < int(m_fitted.size()) && m_fitted[row];
}

void LazyRowFitter::forgetAll()
{
    m_fitted.clear();
}

void LazyRowFitter::forget(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < int(m_fitted.size()); ++row)
        m_fitted[row] = false;
}

void LazyRowFitter::fitVisible()
{
    const int rows = m_view->model()->rowCount();
    if (const int width = m_view->columnWidth(m_wrappedColumn); width != m_fittedWidth) {
        m_fittedWidth = width; // the text wraps differently: every row's height is stale
        forgetAll();
    }
    if (int(m_fitted.size()) != rows)
        m_fitted.assign(rows, false);
    // Fitting changes heights and so what is in view: go on until the view holds fitted rows
    // only (each pass fits at least one more, so this ends).
    for (bool fittedOne = true; fittedOne && rows > 0;) {
        fittedOne = false;
        const int first = std::max(m_view->rowAt(0), 0);
        int last = m_view->rowAt(m_view->viewport()->height() - 1);
        if (last < 0)
            last = rows - 1;
        for (int row = first; row <= last; ++row) {
            if (m_fitted[row] || m_view->isRowHidden(row))
                continue;
            m_fitted[row] = true;
            m_view->resizeRowToContents(row);
            fittedOne = true;
        }
    }
}

bool LazyRowFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitVisible();
    return QObject::eventFilter(watched, event);
}

} // namespace shuzai::ui
