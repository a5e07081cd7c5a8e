#include "httpsession.h"
#include "tlssocket.h"

#include "util/modules.h"

namespace shuzai::net {

// Qt Network is in the module shuzai-net (net/qtnetwork.cpp).
namespace {
template <typename Interface> Result<std::unique_ptr<Interface>> open(const char *symbol)
{
    using Open = void(std::unique_ptr<Interface> *);
    const Result<Open *> entry = modules::resolve<Open>("shuzai-net", symbol);
    if (!entry)
        return entry.error();
    std::unique_ptr<Interface> out;
    (*entry)(&out);
    return out;
}
} // namespace

Result<std::unique_ptr<TlsSocket>> openTlsSocket()
{
    return open<TlsSocket>("shuzai_net_open_tls_socket");
}

Result<std::unique_ptr<HttpSession>> openHttpSession()
{
    return open<HttpSession>("shuzai_net_open_http_session");
}

} // namespace shuzai::net
