#pragma once

#include "util/result.h"

#include <QUndoCommand>
#include <functional>

namespace shuzai::ui {

// An undoable change carried out by a core service. The change is made once before the
// command is pushed (so a refused change never enters the stack and the caller sees why);
// later undo/redo failures (a locked file, a record changed elsewhere) are reported through
// the error handler, which clears the history (see MainWindow).
class ServiceCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const Error &)>;
    // One handler for the application; `owner` (the main window) clears only its own, so a
    // window closing after its successor opened does not silence the new one.
    static void setErrorHandler(const void *owner, ErrorHandler handler);
    static void clearErrorHandler(const void *owner);

    // Runs the change; on success the command can be pushed (its first redo does nothing).
    VoidResult execute();

    void redo() final;
    void undo() final;

protected:
    explicit ServiceCommand(const QString &text)
        : QUndoCommand(text)
    {
    }
    virtual VoidResult apply() = 0;
    virtual VoidResult revert() = 0;

private:
    void report(const VoidResult &result);
    bool m_executed = false;
    bool m_skipNextRedo = false;
};

} // namespace shuzai::ui
