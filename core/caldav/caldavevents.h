#pragma once

#include "calendar/icalendar.h"

// How an interview's event is stored as a CalDAV calendar object resource.
namespace shuzai::caldav {

// One VCALENDAR holding the event and its VTIMEZONE, without METHOD (RFC 4791 4.1: a stored
// object carries none; METHOD belongs to invitations).
QByteArray calendarObject(const ical::Event &event);
// What the booking says (times, zone, place, people, status), SEQUENCE, DTSTAMP and the texts
// written in the user's language left out: when it differs from what was published, the
// booking changed and is published again.
QString fingerprint(const ical::Event &event);
// confirmed, tentative or cancelled.
QString statusOf(const ical::Event &event);
// The item's name in the collection: the UID with anything but [A-Za-z0-9@._-] percent-encoded,
// plus ".ics".
QString itemName(const QString &uid);

} // namespace shuzai::caldav

namespace shuzai::caldav {
// Whether the server's copy says what `event` says (UID, SEQUENCE, times, SUMMARY, status):
// a PUT of Shuzai's whose answer was lost (the server went away after writing it), not a
// change by someone else.
bool saysTheSame(const QByteArray &serverCopy, const ical::Event &event);
} // namespace shuzai::caldav
