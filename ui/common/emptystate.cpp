#include "emptystate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shuzai::ui {

EmptyState *EmptyState::attach(QAbstractItemView *view, Texts texts, std::function<void()> onAction)
{
    return new EmptyState(view, std::move(texts), std::move(onAction));
}

EmptyState::EmptyState(QAbstractItemView *view, Texts texts, std::function<void()> onAction)
    : QWidget(view->viewport())
    , m_view(view)
    , m_texts(std::move(texts))
{
    setObjectName(QStringLiteral("emptyState"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("emptyStateMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    QPalette muted = m_message->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_message->setPalette(muted);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->setVisible(bool(m_texts.action));
    if (onAction)
        connect(m_action, &QPushButton::clicked, this, std::move(onAction));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch();
    view->viewport()->installEventFilter(this);
    // The view's model is set before the empty state is attached; it lives as long as the view.
    if (QAbstractItemModel *model = view->model()) {
        const auto follow = [this] {
            refresh();
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, follow);
        connect(model, &QAbstractItemModel::rowsRemoved, this, follow);
        connect(model, &QAbstractItemModel::modelReset, this, follow);
        connect(model, &QAbstractItemModel::layoutChanged, this, follow);
    }
    refresh();
}

void EmptyState::refresh()
{
    QAbstractItemModel *model = m_view->model();
    m_message->setText(m_texts.message ? m_texts.message() : QString());
    if (m_texts.action) {
        // An empty text, for the moment, means no next step (e.g. while the rows load).
        const QString action = m_texts.action();
        m_action->setText(action);
        m_action->setVisible(!action.isEmpty());
    }
    const bool empty = !model || model->rowCount() == 0;
    setVisible(empty);
    if (empty)
        place();
}

void EmptyState::place()
{
    const QRect area = m_view->viewport()->rect();
    const int width = std::min(area.width() - 24, 520);
    setGeometry(area.center().x() - width / 2, area.top() + 12, width,
                std::max(0, area.height() - 24));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace shuzai::ui
