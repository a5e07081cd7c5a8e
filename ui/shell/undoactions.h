#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace shuzai::ui {

// Edit ▸ Undo and Redo for the window's undo stack, named after the command they would undo
// ("Undo Link an answer"), in the language installed now: QUndoStack's own actions keep the
// words of the language they were made in after a switch.
class UndoActions : public QObject {
    Q_OBJECT
public:
    UndoActions(QUndoStack *stack, QObject *parent);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    void retranslate();

private:
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace shuzai::ui
