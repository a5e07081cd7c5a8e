#include "servicecommand.h"

namespace shuzai::ui {

namespace {
struct Handler {
    const void *owner = nullptr;
    ServiceCommand::ErrorHandler function;
};

Handler &current()
{
    static Handler h;
    return h;
}

const ServiceCommand::ErrorHandler &handler()
{
    return current().function;
}
} // namespace

void ServiceCommand::setErrorHandler(const void *owner, ErrorHandler h)
{
    current() = Handler{owner, std::move(h)};
}

void ServiceCommand::clearErrorHandler(const void *owner)
{
    if (current().owner == owner)
        current() = Handler{};
}

VoidResult ServiceCommand::execute()
{
    auto result = apply();
    m_executed = result.ok();
    m_skipNextRedo = m_executed;
    return result;
}

void ServiceCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    report(apply());
}

void ServiceCommand::undo()
{
    report(revert());
}

void ServiceCommand::report(const VoidResult &result)
{
    if (result)
        return;
    // The stack has already moved its index; the database has not changed. The handler (the
    // main window) tells the user and clears the history, so the stack never claims a state
    // the database does not have.
    if (handler())
        handler()(result.error());
}

} // namespace shuzai::ui
