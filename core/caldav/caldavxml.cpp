#include "caldavxml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace shuzai::caldav {

namespace {
const QString kDav = QStringLiteral("DAV:");
const QString kCal = QStringLiteral("urn:ietf:params:xml:ns:caldav");
const QString kCs = QStringLiteral("http://calendarserver.org/ns/");

struct Writer {
    QByteArray bytes;
    QXmlStreamWriter xml{&bytes};
    explicit Writer(const QString &ns, const QString &root)
    {
        xml.writeStartDocument();
        xml.writeNamespace(kDav, QStringLiteral("D"));
        xml.writeNamespace(kCal, QStringLiteral("C"));
        xml.writeNamespace(kCs, QStringLiteral("CS"));
        xml.writeStartElement(ns, root);
    }
    QByteArray finish()
    {
        xml.writeEndDocument();
        return bytes;
    }
};

void etagAndData(QXmlStreamWriter &xml)
{
    xml.writeStartElement(kDav, QStringLiteral("prop"));
    xml.writeEmptyElement(kDav, QStringLiteral("getetag"));
    xml.writeEmptyElement(kCal, QStringLiteral("calendar-data"));
    xml.writeEndElement();
}

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// Reads one <propstat>: its properties go into `r` only when its status is 2xx (a 404 propstat
// lists the properties the server does not have).
void readPropstat(QXmlStreamReader &xml, Resource &r)
{
    Resource found;
    int status = 0;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == kDav && xml.name() == QLatin1String("status")) {
            status = statusCode(xml.readElementText());
        } else if (xml.namespaceUri() == kDav && xml.name() == QLatin1String("prop")) {
            while (xml.readNextStartElement()) {
                const auto ns = xml.namespaceUri();
                const auto name = xml.name();
                if (ns == kDav && name == QLatin1String("getetag")) {
                    found.etag = xml.readElementText().trimmed();
                } else if (ns == kCs && name == QLatin1String("getctag")) {
                    found.ctag = xml.readElementText().trimmed();
                } else if (ns == kDav && name == QLatin1String("sync-token")) {
                    found.syncToken = xml.readElementText().trimmed();
                } else if (ns == kCal && name == QLatin1String("calendar-data")) {
                    found.calendarData = xml.readElementText().toUtf8();
                } else if (ns == kDav && name == QLatin1String("resourcetype")) {
                    while (xml.readNextStartElement()) {
                        if (xml.namespaceUri() == kDav && xml.name() == QLatin1String("collection"))
                            found.collection = true;
                        if (xml.namespaceUri() == kCal && xml.name() == QLatin1String("calendar"))
                            found.calendar = true;
                        xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (status / 100 != 2)
        return;
    if (!found.etag.isEmpty())
        r.etag = found.etag;
    if (!found.ctag.isEmpty())
        r.ctag = found.ctag;
    if (!found.syncToken.isEmpty())
        r.syncToken = found.syncToken;
    if (!found.calendarData.isEmpty())
        r.calendarData = found.calendarData;
    r.collection = r.collection || found.collection;
    r.calendar = r.calendar || found.calendar;
    if (r.status == 0)
        r.status = status;
}

Resource readResponse(QXmlStreamReader &xml)
{
    Resource r;
    int ownStatus = 0;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() != kDav) {
            xml.skipCurrentElement();
        } else if (xml.name() == QLatin1String("href")) {
            r.href = xml.readElementText().trimmed();
        } else if (xml.name() == QLatin1String("status")) {
            ownStatus = statusCode(xml.readElementText());
        } else if (xml.name() == QLatin1String("propstat")) {
            readPropstat(xml, r);
        } else {
            xml.skipCurrentElement();
        }
    }
    // A response's own status (a deleted member in a sync report: 404) says more than any
    // propstat.
    if (ownStatus)
        r.status = ownStatus;
    return r;
}
} // namespace

int statusCode(const QString &statusLine)
{
    const QStringList parts = statusLine.simplified().split(u' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

Result<Multistatus> parseMultistatus(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    Multistatus out;
    if (!xml.readNextStartElement() || xml.namespaceUri() != kDav ||
        xml.name() != QLatin1String("multistatus")) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The CalDAV server's answer is not a WebDAV "
                                                "multistatus."))
            .withLibraryText(xml.hasError() ? xml.errorString() : QString());
    }
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == kDav && xml.name() == QLatin1String("response"))
            out.responses.append(readResponse(xml));
        else if (xml.namespaceUri() == kDav && xml.name() == QLatin1String("sync-token"))
            out.syncToken = xml.readElementText().trimmed();
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The CalDAV server's answer could not be read."))
            .withLibraryText(
                QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber()));
    }
    return out;
}

bool isInvalidSyncToken(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == kDav &&
            xml.name() == QLatin1String("valid-sync-token"))
            return true;
    }
    return false;
}

QByteArray propfindBody()
{
    Writer w(kDav, QStringLiteral("propfind"));
    w.xml.writeStartElement(kDav, QStringLiteral("prop"));
    w.xml.writeEmptyElement(kDav, QStringLiteral("resourcetype"));
    w.xml.writeEmptyElement(kDav, QStringLiteral("getetag"));
    w.xml.writeEmptyElement(kCs, QStringLiteral("getctag"));
    w.xml.writeEmptyElement(kDav, QStringLiteral("sync-token"));
    return w.finish();
}

QByteArray mkcalendarBody(const QString &displayName)
{
    Writer w(kCal, QStringLiteral("mkcalendar"));
    w.xml.writeStartElement(kDav, QStringLiteral("set"));
    w.xml.writeStartElement(kDav, QStringLiteral("prop"));
    w.xml.writeTextElement(kDav, QStringLiteral("displayname"), displayName);
    w.xml.writeStartElement(kCal, QStringLiteral("supported-calendar-component-set"));
    w.xml.writeEmptyElement(kCal, QStringLiteral("comp"));
    w.xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    return w.finish();
}

QByteArray calendarQueryBody(const QDateTime &from, const QDateTime &to)
{
    Writer w(kCal, QStringLiteral("calendar-query"));
    etagAndData(w.xml);
    w.xml.writeStartElement(kCal, QStringLiteral("filter"));
    w.xml.writeStartElement(kCal, QStringLiteral("comp-filter"));
    w.xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VCALENDAR"));
    w.xml.writeStartElement(kCal, QStringLiteral("comp-filter"));
    w.xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    w.xml.writeEmptyElement(kCal, QStringLiteral("time-range"));
    w.xml.writeAttribute(QStringLiteral("start"), utcStamp(from));
    w.xml.writeAttribute(QStringLiteral("end"), utcStamp(to));
    return w.finish();
}

QByteArray syncCollectionBody(const QString &token)
{
    Writer w(kDav, QStringLiteral("sync-collection"));
    w.xml.writeTextElement(kDav, QStringLiteral("sync-token"), token);
    w.xml.writeTextElement(kDav, QStringLiteral("sync-level"), QStringLiteral("1"));
    etagAndData(w.xml);
    return w.finish();
}

} // namespace shuzai::caldav
