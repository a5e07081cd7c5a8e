#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <utility>

namespace shuzai::net {

struct HttpRequest {
    QByteArray verb; // GET, PUT, PROPFIND, REPORT…
    QUrl url;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString caFile; // one more authority to trust for https (PEM); checked by the caller
    int timeoutMs = 20000;
};

struct HttpResponse {
    int status = 0; // 0: no answer (see errorString)
    QByteArray body;
    QByteArray etag;
    bool timedOut = false;
    bool tlsFailed = false;    // the server's certificate was not accepted
    QStringList tlsErrors;     // why, one reason each
    bool caFileUnread = false; // the CA file held no certificate; nothing was sent
    QString errorString;
};

// Blocking HTTP(S) requests, one at a time, the server's certificate verified, no HTTP/2, no
// redirect to a less safe scheme. Lives in the module shuzai-net, with Qt Network (see
// tlssocket.h); each request runs in a local event loop, so never on the GUI thread.
class HttpSession {
public:
    virtual ~HttpSession() = default;
    virtual HttpResponse send(const HttpRequest &request) = 0;
};

// A new session from the module shuzai-net; an error naming the module when it cannot be
// loaded.
Result<std::unique_ptr<HttpSession>> openHttpSession();

} // namespace shuzai::net
