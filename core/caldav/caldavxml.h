#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The WebDAV/CalDAV XML Shuzai sends and reads (RFC 4918, 4791, 6578): request bodies written
// with QXmlStreamWriter, multistatus answers read with QXmlStreamReader. Pure functions over
// bytes, so they are tested with answers captured from a real Radicale.
namespace shuzai::caldav {

// One <response> of a multistatus: a resource and what the server said of it.
struct Resource {
    QString href;      // as the server wrote it (usually a path, percent-encoded)
    int status = 0;    // the response's own status, or its 200 propstat's: 200, 404 (gone)...
    QString etag;      // quoted, exactly as received ("\"abc\"")
    QString ctag;      // CalendarServer's getctag
    QString syncToken; // a collection's DAV:sync-token (PROPFIND)
    bool collection = false;
    bool calendar = false;
    QByteArray calendarData; // C:calendar-data (UTF-8 iCalendar)
};

struct Multistatus {
    QList<Resource> responses;
    QString syncToken; // a sync-collection answer's new token
};

// A 207 body; a malformed one is refused with the reader's words.
Result<Multistatus> parseMultistatus(const QByteArray &xml);
// Whether an error body is the precondition <D:valid-sync-token/> (RFC 6578 3.2): the token is
// too old or unknown, and only a full resync helps.
bool isInvalidSyncToken(const QByteArray &body);
// The HTTP status code of a "HTTP/1.1 404 Not Found" status line; 0 when it has none.
int statusCode(const QString &statusLine);

// PROPFIND: resourcetype, getetag, getctag, sync-token.
QByteArray propfindBody();
// MKCALENDAR of a VEVENT calendar named `displayName`.
QByteArray mkcalendarBody(const QString &displayName);
// calendar-query for the VEVENTs overlapping [from, to) with their etag and data.
QByteArray calendarQueryBody(const QDateTime &from, const QDateTime &to);
// sync-collection from `token` (empty: everything) with each changed item's etag and data.
QByteArray syncCollectionBody(const QString &token);

} // namespace shuzai::caldav
