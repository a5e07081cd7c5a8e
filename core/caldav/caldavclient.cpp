#include "caldavclient.h"

#include "net/httpsession.h"

#include <QDir>

namespace shuzai::caldav {

namespace {
QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

bool isLocal(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}
} // namespace

QString passwordKey(const QUrl &url, const QString &user)
{
    const int port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    return QStringLiteral("caldav://%1@%2:%3").arg(user, url.host()).arg(port);
}

VoidResult checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "%1 is not the address of a calendar: give "
                                                "https://host/path/."),
                     {url.toString()}, QStringLiteral("url"));
    }
    if (url.scheme() == QLatin1String("http") && !isLocal(url)) {
        // The password would cross the network in the clear.
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The calendar server must be reached over https "
                                                "(plain http only on this computer): %1."),
                     {url.toString()}, QStringLiteral("url"));
    }
    return {};
}

VoidResult sameServer(const QUrl &url, const QUrl &account)
{
    // The account's password goes to its own server only (a writer's calendar elsewhere would
    // receive it).
    if (url.scheme() == account.scheme() && url.host() == account.host() &&
        url.port(-1) == account.port(-1))
        return {};
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "%1 is not on the calendar server %2: Shuzai sends "
                                            "the account's password there only."),
                 {shown(url), shown(account.adjusted(QUrl::RemovePath))}, QStringLiteral("url"));
}

Client::Client(Settings settings)
    : m_settings(std::move(settings))
{
    if (!m_settings.url.path().endsWith(u'/'))
        m_settings.url.setPath(m_settings.url.path() + u'/');
}

Client::~Client() = default;

Result<Client::Reply> Client::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (auto ok = checkUrl(url); !ok)
        return ok.error();
    if (auto same = sameServer(url, m_settings.url); !same)
        return same.error();
    if (!m_http) {
        auto opened = net::openHttpSession();
        if (!opened)
            return opened.error();
        m_http = std::move(*opened);
    }
    net::HttpRequest request;
    request.verb = verb;
    request.url = url;
    request.body = body;
    request.headers = {
        {"Authorization",
         "Basic " + (m_settings.user + u':' + m_settings.password).toUtf8().toBase64()},
        {"User-Agent", "Shuzai"}};
    if (!body.isEmpty()) {
        request.headers.append(
            {"Content-Type", verb == "PUT" ? QByteArrayLiteral("text/calendar; charset=utf-8")
                                           : QByteArrayLiteral("application/xml; charset=utf-8")});
    }
    request.headers += headers;
    request.caFile = m_settings.caFile;
    request.timeoutMs = m_settings.timeoutMs;
    const net::HttpResponse response = m_http->send(request);
    if (response.caFileUnread) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "%1 holds no certificate in PEM form."),
                     {QDir::toNativeSeparators(m_settings.caFile)}, QStringLiteral("caFile"));
    }

    Reply out;
    out.status = response.status;
    out.body = response.body;
    out.etag = QString::fromUtf8(response.etag);
    const QString server = shown(m_settings.url.adjusted(QUrl::RemovePath));
    if (response.tlsFailed) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "The calendar server %1 is not trusted: its "
                                                "certificate could not be verified. If your team "
                                                "uses its own certificate authority, give its "
                                                "certificate with --ca-file."),
                     {server})
            .withLibraryText(response.tlsErrors.isEmpty() ? response.errorString
                                                          : response.tlsErrors.join(u'\n'));
    }
    if (response.timedOut) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "The calendar server %1 did not answer within "
                                                "%2 seconds."),
                     {server, QString::number(m_settings.timeoutMs / 1000)});
    }
    if (out.status == 401) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Error", "The calendar server %1 refused the login of "
                                                "\"%2\": check the user name and the password."),
                     {server, m_settings.user});
    }
    if (out.status == 0) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "The calendar server %1 could not be reached."),
                     {server})
            .withLibraryText(response.errorString);
    }
    return out;
}

Error Client::unexpected(const QByteArray &verb, const QUrl &url, const Reply &reply) const
{
    if (reply.status == 403) {
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Error", "The calendar server does not let \"%1\" change "
                                                "%2."),
                     {m_settings.user, shown(url)});
    }
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Error", "The calendar server answered %1 to %2 %3."),
                 {QString::number(reply.status), QString::fromLatin1(verb), shown(url)})
        .withLibraryText(QString::fromUtf8(reply.body.left(500)));
}

Result<std::optional<Multistatus>> Client::propfind(const QUrl &url, int depth)
{
    auto reply = send("PROPFIND", url, propfindBody(), {{"Depth", QByteArray::number(depth)}});
    if (!reply)
        return reply.error();
    if (reply->status == 404)
        return std::optional<Multistatus>();
    if (reply->status != 207)
        return unexpected("PROPFIND", url, *reply);
    auto parsed = parseMultistatus(reply->body);
    if (!parsed)
        return parsed.error();
    return std::optional<Multistatus>(*parsed);
}

VoidResult Client::ensureCalendar(const QUrl &url, const QString &displayName)
{
    auto found = propfind(url, 0);
    if (!found)
        return found.error();
    if (*found) {
        const auto &responses = (*found)->responses;
        if (!responses.isEmpty() && !responses.first().calendar) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "%1 is not a calendar."), {shown(url)});
        }
        return {};
    }
    // Radicale makes a user's principal collection on its first PROPFIND; MKCALENDAR under a
    // missing parent fails (409).
    QUrl parent = url.resolved(QUrl(QStringLiteral("..")));
    if (auto p = propfind(parent, 0); !p)
        return p.error();
    auto made = send("MKCALENDAR", url, mkcalendarBody(displayName), {});
    if (!made)
        return made.error();
    if (made->status != 201)
        return unexpected("MKCALENDAR", url, *made);
    return {};
}

Result<Client::PutResult> Client::put(const QUrl &url, const QByteArray &ics,
                                      const QString &ifMatch)
{
    // Radicale compares If-Match literally (If-Match: * fails on an existing item), so an
    // update always carries the ETag as it was received.
    const std::pair<QByteArray, QByteArray> condition =
        ifMatch.isEmpty() ? std::pair<QByteArray, QByteArray>{"If-None-Match", "*"}
                          : std::pair<QByteArray, QByteArray>{"If-Match", ifMatch.toUtf8()};
    auto reply = send("PUT", url, ics, {condition});
    if (!reply)
        return reply.error();
    PutResult out;
    if (reply->status == 412) {
        out.conflict = true;
        return out;
    }
    if (reply->status != 201 && reply->status != 204 && reply->status != 200)
        return unexpected("PUT", url, *reply);
    out.etag = reply->etag;
    return out;
}

Result<std::optional<Client::Item>> Client::get(const QUrl &url)
{
    auto reply = send("GET", url, {}, {});
    if (!reply)
        return reply.error();
    if (reply->status == 404)
        return std::optional<Item>();
    if (reply->status != 200)
        return unexpected("GET", url, *reply);
    return std::optional<Item>(Item{reply->body, reply->etag});
}

Result<bool> Client::remove(const QUrl &url, const QString &ifMatch)
{
    auto reply = send("DELETE", url, {}, {{"If-Match", ifMatch.toUtf8()}});
    if (!reply)
        return reply.error();
    if (reply->status == 412)
        return false;
    if (reply->status != 200 && reply->status != 204 && reply->status != 404)
        return unexpected("DELETE", url, *reply);
    return true;
}

Result<Multistatus> Client::calendarQuery(const QUrl &url, const QDateTime &from,
                                          const QDateTime &to)
{
    auto reply = send("REPORT", url, calendarQueryBody(from, to), {{"Depth", "1"}});
    if (!reply)
        return reply.error();
    if (reply->status != 207)
        return unexpected("REPORT", url, *reply);
    return parseMultistatus(reply->body);
}

Result<std::optional<Multistatus>> Client::syncCollection(const QUrl &url, const QString &token)
{
    auto reply = send("REPORT", url, syncCollectionBody(token), {{"Depth", "1"}});
    if (!reply)
        return reply.error();
    if ((reply->status == 403 || reply->status == 409) && isInvalidSyncToken(reply->body))
        return std::optional<Multistatus>();
    if (reply->status != 207)
        return unexpected("REPORT", url, *reply);
    auto parsed = parseMultistatus(reply->body);
    if (!parsed)
        return parsed.error();
    return std::optional<Multistatus>(*parsed);
}

} // namespace shuzai::caldav
