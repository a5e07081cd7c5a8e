#pragma once

#include <QStyledItemDelegate>

namespace shuzai::ui {

// Paints an item's rich text (the model's `htmlRole`), word-wrapped to the view's width.
class HtmlDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HtmlDelegate(int htmlRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace shuzai::ui
