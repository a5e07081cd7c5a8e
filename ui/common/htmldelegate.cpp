#include "htmldelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace shuzai::ui {

namespace {
constexpr int kMargin = 6;

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html)
{
    doc.setDefaultFont(option.font);
    doc.setHtml(html);
    doc.setTextWidth(std::max(100, option.rect.width() - 2 * kMargin));
}
} // namespace

HtmlDelegate::HtmlDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(htmlRole)
{
}

void HtmlDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QTextDocument doc;
    prepare(doc, option, index.data(m_role).toString());
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kMargin, kMargin / 2));
    doc.drawContents(painter);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        opt.rect.setWidth(view->viewport()->width());
    QTextDocument doc;
    prepare(doc, opt, index.data(m_role).toString());
    return QSize(int(doc.idealWidth()) + 2 * kMargin, int(doc.size().height()) + kMargin);
}

} // namespace shuzai::ui
