#include "servicecommand.h"

namespace shuzai::ui {

namespace {
ServiceCommand::ErrorHandler &handler()
{
    static ServiceCommand::ErrorHandler h;
    return h;
}
} // namespace

void ServiceCommand::setErrorHandler(ErrorHandler h) { handler() = std::move(h); }

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

void ServiceCommand::undo() { report(revert()); }

void ServiceCommand::report(const VoidResult &result)
{
    if (result)
        return;
    setObsolete(true);
    if (handler())
        handler()(result.error());
}

} // namespace shuzai::ui
