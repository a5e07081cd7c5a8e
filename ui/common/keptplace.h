#pragma once

#include <QPointer>
#include <QVariant>

#include <optional>

class QAbstractItemView;
class QModelIndex;

namespace shuzai::ui {

// Where a view stands: its current item (its value in `keyRole`, and its row) and its scroll
// position; restore() finds the item again after a reload (by key, else by row) and scrolls
// back, so a reload after someone else's change does not jump.
class KeptPlace {
public:
    explicit KeptPlace(QAbstractItemView *view, int keyRole = -1);
    void restore() const;

private:
    QPointer<QAbstractItemView> m_view;
    int m_keyRole;
    QVariant m_key;
    int m_row = -1;
    int m_column = 0;
    int m_horizontal = 0;
    int m_vertical = 0;
    std::optional<int> m_top; // where the current item showed, when it showed
};

// Scrolls `view` so that `item` shows `top` pixels below the viewport's top edge (where it was
// before a reload), as near as the scroll range allows.
void scrollItemTo(QAbstractItemView *view, const QModelIndex &item, int top);

// The same across every reset of the view's model (a model that only resets to reload). Call it
// after the view has its model.
void keepPlaceAcrossResets(QAbstractItemView *view, int keyRole = -1);

} // namespace shuzai::ui
