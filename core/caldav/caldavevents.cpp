#include "caldavevents.h"

#include <QCryptographicHash>
#include <QUrl>

namespace shuzai::caldav {

QByteArray calendarObject(const ical::Event &event)
{
    QByteArray ics = ical::write({event}, ical::Method::Publish);
    ics.replace("METHOD:PUBLISH\r\n", "");
    return ics;
}

QString fingerprint(const ical::Event &e)
{
    // SUMMARY and DESCRIPTION are left out: they are written in the language of whoever
    // syncs, and an editor working in Japanese after one working in English must not republish
    // every booking (the name shown is in the attendees).
    QStringList parts{e.uid,
                      e.start.toUTC().toString(Qt::ISODate),
                      e.end.toUTC().toString(Qt::ISODate),
                      e.timeZone,
                      e.location,
                      e.url,
                      e.organizer.name,
                      e.organizer.email,
                      statusOf(e)};
    for (const ical::Person &p : e.attendees)
        parts << p.name << p.email;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

QString statusOf(const ical::Event &e)
{
    if (e.cancelled)
        return QStringLiteral("cancelled");
    return e.tentative ? QStringLiteral("tentative") : QStringLiteral("confirmed");
}

QString itemName(const QString &uid)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(uid, "@.-_")) + QStringLiteral(".ics");
}

} // namespace shuzai::caldav

namespace shuzai::caldav {

namespace {
// The value of the first `name:` property line (unfolded lines are enough for UID, SEQUENCE
// and STATUS, which Shuzai writes short).
QString property(const QByteArray &ics, const QByteArray &name)
{
    QByteArray text = ics;
    text.replace("\r\n", "\n");
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(name + ':'))
            return QString::fromUtf8(line.mid(name.size() + 1)).trimmed();
    }
    return {};
}
} // namespace

bool saysTheSame(const QByteArray &serverCopy, const ical::Event &event)
{
    if (property(serverCopy, "UID") != event.uid ||
        property(serverCopy, "SEQUENCE").toInt() != event.sequence)
        return false;
    const bool cancelled = property(serverCopy, "STATUS") == QLatin1String("CANCELLED");
    if (cancelled != event.cancelled)
        return false;
    auto read = ical::readBusyTimes(serverCopy, QStringLiteral("server"), QStringLiteral("UTC"));
    if (!read)
        return false;
    if (cancelled)
        return read->cancelled == 1;
    return read->periods.size() == 1 && read->periods.first().start == event.start.toUTC() &&
           read->periods.first().end == event.end.toUTC() &&
           read->periods.first().summary == event.summary;
}

} // namespace shuzai::caldav
