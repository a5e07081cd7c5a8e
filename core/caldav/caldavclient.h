#pragma once

#include "caldavxml.h"
#include "util/result.h"

#include <QUrl>
#include <memory>
#include <optional>

namespace shuzai::net {
class HttpSession;
}

namespace shuzai::caldav {

struct Settings {
    QUrl url; // the team's booking collection (a calendar, ending in '/')
    QString user;
    QString password; // from the keychain or SHUZAI_CALDAV_PASSWORD; never stored by Shuzai
    QString caFile;   // one more CA to trust (a team's own), PEM
    int timeoutMs = 20000;
};

// The keychain entry of an account's password: "caldav://user@host:port".
QString passwordKey(const QUrl &url, const QString &user);
// Refused unless https, or plain http to this computer (tests against a local server).
VoidResult checkUrl(const QUrl &url);
// Refused unless `url` is on the same server (scheme, host, port) as the account's `account`.
VoidResult sameServer(const QUrl &url, const QUrl &account);

// A blocking CalDAV client over an HTTP session of the module shuzai-net: each call runs its
// request in a local event loop until the answer or the timeout (usable from the CLI and from a
// worker thread, never from the GUI thread). Basic authentication; https with the peer verified.
class Client {
public:
    explicit Client(Settings settings);
    ~Client();

    const Settings &settings() const { return m_settings; }
    // The URL of `href` (a path from a multistatus) on this server.
    QUrl resolve(const QString &href) const { return m_settings.url.resolved(QUrl(href)); }

    // PROPFIND of resourcetype, getetag, getctag and sync-token; nullopt when `url` is missing.
    Result<std::optional<Multistatus>> propfind(const QUrl &url, int depth);
    // Makes the calendar at `url` unless it exists (its parent, the user's principal, is made
    // by Radicale on the first PROPFIND of it).
    VoidResult ensureCalendar(const QUrl &url, const QString &displayName);

    struct PutResult {
        bool conflict = false; // 412: the item changed (or appeared, or went) on the server
        QString etag;          // the new ETag (quoted); empty if the server sent none
    };
    // PUT of an iCalendar object: with an empty `ifMatch` only if nothing is there yet
    // (If-None-Match: *), else only if the server's ETag is still `ifMatch` (If-Match).
    Result<PutResult> put(const QUrl &url, const QByteArray &ics, const QString &ifMatch);
    // The item's data and ETag; nullopt when it is gone.
    struct Item {
        QByteArray data;
        QString etag;
    };
    Result<std::optional<Item>> get(const QUrl &url);
    // DELETE only if the server's ETag is still `ifMatch`; false on 412 (changed by someone
    // else). An item already gone counts as deleted.
    Result<bool> remove(const QUrl &url, const QString &ifMatch);
    // The VEVENTs of the calendar overlapping [from, to), with their data.
    Result<Multistatus> calendarQuery(const QUrl &url, const QDateTime &from, const QDateTime &to);
    // What changed since `token` (empty: everything), with data; nullopt when the server no
    // longer knows the token (403/409 valid-sync-token): a full resync is needed.
    Result<std::optional<Multistatus>> syncCollection(const QUrl &url, const QString &token);

private:
    struct Reply {
        int status = 0;
        QByteArray body;
        QString etag;
    };
    Result<Reply> send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &headers);
    Error unexpected(const QByteArray &verb, const QUrl &url, const Reply &reply) const;

    Settings m_settings;
    std::unique_ptr<net::HttpSession> m_http; // opened by the first request
};

} // namespace shuzai::caldav
