#include "undoactions.h"

#include "common/icons.h"

#include <QAction>
#include <QUndoStack>

namespace shuzai::ui {

UndoActions::UndoActions(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_undo(new QAction(icons::get(QStringLiteral("edit-undo")), QString(), parent))
    , m_redo(new QAction(icons::get(QStringLiteral("edit-redo")), QString(), parent))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoActions::retranslate);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoActions::retranslate);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    retranslate();
}

void UndoActions::retranslate()
{
    // The commands' own names are translated when they are made (ServiceCommand).
    const QString undoText = m_stack->undoText();
    const QString redoText = m_stack->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undo->setToolTip(m_undo->text().remove(u'&'));
    m_redo->setToolTip(m_redo->text().remove(u'&'));
}

} // namespace shuzai::ui
