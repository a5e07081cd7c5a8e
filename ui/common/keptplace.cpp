#include "keptplace.h"

#include <QAbstractItemView>
#include <QScrollBar>

#include <cstdlib>
#include <memory>

namespace shuzai::ui {

KeptPlace::KeptPlace(QAbstractItemView *view, int keyRole)
    : m_view(view)
    , m_keyRole(keyRole)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        m_key = keyRole >= 0 ? current.data(keyRole) : QVariant();
        m_row = current.row();
        m_column = current.column();
        const QRect shown = view->visualRect(current);
        if (shown.isValid() && view->viewport()->rect().intersects(shown))
            m_top = shown.top();
    }
    m_horizontal = view->horizontalScrollBar()->value();
    m_vertical = view->verticalScrollBar()->value();
}

void KeptPlace::restore() const
{
    if (!m_view || !m_view->model())
        return;
    QAbstractItemModel *model = m_view->model();
    QModelIndex again;
    if (m_key.isValid() && !m_key.isNull()) {
        const QModelIndexList found =
            model->match(model->index(0, m_column), m_keyRole, m_key, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            again = found.first();
    }
    if (!again.isValid() && m_row >= 0 && m_row < model->rowCount())
        again = model->index(m_row, m_column);
    // The scroll ranges are laid out lazily: lay them out now, or the old values are cut short.
    m_view->doItemsLayout();
    if (again.isValid() && again != m_view->currentIndex()) {
        const QItemSelectionModel::SelectionFlags flags =
            m_view->selectionBehavior() == QAbstractItemView::SelectRows
                ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                : QItemSelectionModel::ClearAndSelect;
        m_view->selectionModel()->setCurrentIndex(again, flags);
    }
    m_view->horizontalScrollBar()->setValue(m_horizontal);
    m_view->verticalScrollBar()->setValue(m_vertical);
    // Rows added or removed above it: the item the user was on stays where it showed.
    if (again.isValid() && m_top)
        scrollItemTo(m_view, again, *m_top);
}

void scrollItemTo(QAbstractItemView *view, const QModelIndex &item, int top)
{
    QScrollBar *bar = view->verticalScrollBar();
    const auto off = [&] {
        return view->visualRect(item).top() - top;
    };
    if (view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel)
        bar->setValue(bar->value() + off());
    // By items (or what pixels left): step while it comes closer.
    for (int step = 0; step < 1000 && off() != 0; ++step) {
        const int before = bar->value();
        const int distance = std::abs(off());
        bar->setValue(before + (off() > 0 ? 1 : -1));
        if (bar->value() == before || std::abs(off()) >= distance) {
            bar->setValue(before);
            break;
        }
    }
}

void keepPlaceAcrossResets(QAbstractItemView *view, int keyRole)
{
    QAbstractItemModel *model = view->model();
    auto place = std::make_shared<std::optional<KeptPlace>>();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view,
                     [view, keyRole, place] { place->emplace(view, keyRole); });
    // Connected after the view's own reset handling (setModel came first).
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [place] {
        if (*place)
            (*place)->restore();
        place->reset();
    });
}

} // namespace shuzai::ui
