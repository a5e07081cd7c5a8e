// The WebDAV/CalDAV XML against answers captured from Debian's Radicale 3.1.8
// (tests/data/caldav), and the request bodies as a server reads them.
#include "caldav/caldavevents.h"
#include "caldav/caldavxml.h"
#include "calendar/icalendar.h"

#include <QFile>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::caldav;

namespace {
QByteArray captured(const char *name)
{
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/caldav/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

// Every element of a body as "{namespace}name", in order.
QStringList elements(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement)
            out << QStringLiteral("{%1}%2").arg(r.namespaceUri(), r.name());
    }
    EXPECT_FALSE(r.hasError()) << r.errorString().toStdString();
    return out;
}
} // namespace

TEST(CaldavXml, ACalendarsPropfindGivesItsTypeEtagCtagAndSyncToken)
{
    auto ms = parseMultistatus(captured("radicale-propfind-calendar.xml"));
    ASSERT_TRUE(ms) << ms.error().untranslatedMessage().toStdString();
    ASSERT_EQ(ms->responses.size(), 1);
    const Resource &r = ms->responses.first();
    EXPECT_EQ(r.href, QStringLiteral("/editor/shuzai/"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.calendar);
    EXPECT_TRUE(r.collection);
    EXPECT_TRUE(r.etag.startsWith(u'"') && r.etag.endsWith(u'"'));
    EXPECT_EQ(r.ctag, r.etag);
    EXPECT_TRUE(r.syncToken.startsWith(QStringLiteral("http://radicale.org/ns/sync/")));
}

TEST(CaldavXml, PropertiesInA404PropstatAreNotTakenAsValues)
{
    auto ms = parseMultistatus(captured("radicale-propfind-principal-depth1.xml"));
    ASSERT_TRUE(ms);
    ASSERT_EQ(ms->responses.size(), 2);
    const Resource &principal = ms->responses.at(0);
    EXPECT_EQ(principal.href, QStringLiteral("/writer1/"));
    EXPECT_TRUE(principal.collection);
    EXPECT_FALSE(principal.calendar);
    EXPECT_TRUE(principal.etag.isEmpty());
    EXPECT_TRUE(principal.syncToken.isEmpty());
    EXPECT_TRUE(ms->responses.at(1).calendar);
    EXPECT_EQ(ms->responses.at(1).href, QStringLiteral("/writer1/cal/"));
}

TEST(CaldavXml, ASyncReportGivesTheNewTokenChangedItemsWithDataAndDeletedOnesAs404)
{
    auto ms = parseMultistatus(captured("radicale-sync-delta.xml"));
    ASSERT_TRUE(ms);
    EXPECT_TRUE(ms->syncToken.startsWith(QStringLiteral("http://radicale.org/ns/sync/6a7a")));
    ASSERT_EQ(ms->responses.size(), 2);
    EXPECT_EQ(ms->responses.at(0).href, QStringLiteral("/writer1/cal/busy-1.ics"));
    EXPECT_EQ(ms->responses.at(0).status, 404);
    const Resource &changed = ms->responses.at(1);
    EXPECT_EQ(changed.status, 200);
    EXPECT_EQ(
        changed.etag,
        QStringLiteral("\"52ee34e1b14ad61382ad0620e98f5df6ae7bad54a6936b85cca4361b19d482e2\""));
    // The data reads as the .ics busy import reads a file.
    auto busy = ical::readBusyTimes(changed.calendarData, QStringLiteral("w1"));
    ASSERT_TRUE(busy);
    ASSERT_EQ(busy->periods.size(), 1);
    EXPECT_EQ(busy->periods.first().summary, QStringLiteral("Lunch"));
    EXPECT_EQ(busy->periods.first().start,
              QDateTime(QDate(2025, 5, 27), QTime(1, 0), QTimeZone::utc()));
}

TEST(CaldavXml, AnInitialSyncListsEveryItemWithItsEtagAndItemsDeletedBeforeAs404)
{
    // Radicale's answer to an empty token still names an item deleted earlier, as 404: a full
    // read must take that as "not there", not as an error.
    auto ms = parseMultistatus(captured("radicale-sync-initial.xml"));
    ASSERT_TRUE(ms);
    EXPECT_FALSE(ms->syncToken.isEmpty());
    ASSERT_EQ(ms->responses.size(), 2);
    EXPECT_EQ(ms->responses.at(0).status, 404);
    EXPECT_TRUE(ms->responses.at(0).etag.isEmpty());
    EXPECT_EQ(ms->responses.at(1).status, 200);
    EXPECT_FALSE(ms->responses.at(1).etag.isEmpty());
    EXPECT_TRUE(ms->responses.at(1).calendarData.isEmpty());
}

TEST(CaldavXml, ACalendarQueryGivesRepeatingEventsForExpansionInTheWindow)
{
    auto ms = parseMultistatus(captured("radicale-calendar-query.xml"));
    ASSERT_TRUE(ms);
    ASSERT_EQ(ms->responses.size(), 1);
    const ical::Range june{QDateTime(QDate(2025, 5, 1), QTime(0, 0), QTimeZone::utc()),
                           QDateTime(QDate(2025, 8, 1), QTime(0, 0), QTimeZone::utc())};
    auto busy = ical::readBusyTimes(ms->responses.first().calendarData, QStringLiteral("w1"),
                                    QStringLiteral("UTC"), june);
    ASSERT_TRUE(busy);
    EXPECT_EQ(busy->periods.size(), 3); // RRULE:FREQ=DAILY;COUNT=3
}

TEST(CaldavXml, AnUnknownSyncTokenIsRecognisedSoAFullResyncFollows)
{
    EXPECT_TRUE(isInvalidSyncToken(captured("radicale-invalid-sync-token.xml")));
    EXPECT_FALSE(isInvalidSyncToken(captured("radicale-sync-initial.xml")));
    EXPECT_FALSE(isInvalidSyncToken("Access to the requested resource forbidden."));
}

TEST(CaldavXml, WhatIsNotAMultistatusIsRefusedPlainly)
{
    EXPECT_FALSE(parseMultistatus("<html><body>Proxy error</body></html>"));
    EXPECT_FALSE(parseMultistatus("<?xml version='1.0'?><D:multistatus xmlns:D=\"DAV:\"><D:respo"));
    EXPECT_FALSE(parseMultistatus(""));
    EXPECT_EQ(statusCode(QStringLiteral("HTTP/1.1 404 Not Found")), 404);
    EXPECT_EQ(statusCode(QStringLiteral("garbage")), 0);
}

TEST(CaldavXml, RequestBodiesUseTheDavAndCaldavNamespaces)
{
    const QString dav = QStringLiteral("{DAV:}");
    const QString cal = QStringLiteral("{urn:ietf:params:xml:ns:caldav}");
    EXPECT_EQ(elements(syncCollectionBody(QStringLiteral("tok"))),
              (QStringList{dav + "sync-collection", dav + "sync-token", dav + "sync-level",
                           dav + "prop", dav + "getetag", cal + "calendar-data"}));
    const QByteArray query =
        calendarQueryBody(QDateTime(QDate(2025, 6, 1), QTime(9, 0), QTimeZone("Asia/Tokyo")),
                          QDateTime(QDate(2025, 8, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_TRUE(query.contains("start=\"20250601T000000Z\"")) << query.toStdString();
    EXPECT_TRUE(query.contains("end=\"20250801T000000Z\""));
    EXPECT_EQ(elements(query).first(), cal + "calendar-query");
    EXPECT_EQ(elements(mkcalendarBody(QStringLiteral("取材"))).first(), cal + "mkcalendar");
    EXPECT_TRUE(mkcalendarBody(QStringLiteral("取材")).contains("取材"));
    EXPECT_TRUE(elements(propfindBody())
                    .contains(QStringLiteral("{http://calendarserver.org/ns/}getctag")));
}

TEST(CaldavEvents, ABookingIsPublishedAgainWhenItsFactsChangeNotItsLanguage)
{
    ical::Event e;
    e.uid = QStringLiteral("interview-1-x@shuzai");
    e.start = QDateTime(QDate(2025, 5, 27), QTime(1, 0), QTimeZone::utc());
    e.end = e.start.addSecs(3600);
    e.timeZone = QStringLiteral("Asia/Tokyo");
    e.summary = QStringLiteral("Interview: 青木 (AI Tech)");
    e.attendees.append({QStringLiteral("青木 一郎"), QStringLiteral("aoki@example.jp")});
    const QString published = caldav::fingerprint(e);
    ical::Event inJapanese = e;
    inJapanese.summary = QStringLiteral("取材: 青木 (AI Tech)");
    inJapanese.sequence = 3;
    EXPECT_EQ(caldav::fingerprint(inJapanese), published);
    ical::Event moved = e;
    moved.start = moved.start.addDays(1);
    EXPECT_NE(caldav::fingerprint(moved), published);
    ical::Event cancelled = e;
    cancelled.cancelled = true;
    EXPECT_NE(caldav::fingerprint(cancelled), published);
    // A stored object carries no METHOD (RFC 4791 4.1), and names its zone.
    const QByteArray object = caldav::calendarObject(e);
    EXPECT_FALSE(object.contains("METHOD:"));
    EXPECT_TRUE(object.contains("TZID:Asia/Tokyo"));
    EXPECT_TRUE(caldav::saysTheSame(object, e));
    EXPECT_FALSE(caldav::saysTheSame(object, moved));
    EXPECT_EQ(caldav::itemName(QStringLiteral("interview-1-a/b@shuzai")),
              QStringLiteral("interview-1-a%2Fb@shuzai.ics"));
}
