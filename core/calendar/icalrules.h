#pragma once

// The reader's guards against what libical is slow or wrong with: limits on the raw text,
// bounds for repeating events, the time zone rules a file may define. Internal to calendar/.

#include "icalendar.h"
#include "icalzones.h"

#include <QList>
#include <optional>

namespace shuzai::ical {

// A refusal of the whole file, named by `sourceName` (Error::at).
Error refused(const QString &sourceName, const char *text, const QStringList &args = {});

// CPU time this thread has used, in milliseconds: the work done here, however busy the machine.
qint64 threadCpuMs();

// Where to start a repeating event's iterator: at its start, or with a range near the range's
// beginning, so years of occurrences before it cost nothing.
std::optional<icaltimetype> laterStart(const icalrecurrencetype &rule, icaltimetype first,
                                       const Range &range, qint64 length);

// A new start for an hourly or shorter rule without COUNT, whole intervals later, near the
// range's beginning (libical's own set_start loses such a rule's INTERVAL).
std::optional<icaltimetype> alignedStart(const icalrecurrencetype &rule, icaltimetype first,
                                         const Range &range, qint64 length);

// A repeating event's rule with an UNTIL no later than libical needs to go. `stepLimited` is
// set when that UNTIL is the bound on libical's steps, before the rule's own end and the range's.
icalrecurrencetype boundedRule(icalrecurrencetype rule, icaltimetype start, const Range &range,
                               bool *stepLimited = nullptr);

// The time zones the file defines, checked before any time is converted.
std::optional<Error> checkTimeZoneRules(const QList<icalcomponent *> &calendars,
                                        const QString &sourceName);

// The limits libical cannot be trusted with, checked on the raw text in one pass.
std::optional<Error> checkLimits(const QByteArray &text, const QString &sourceName);

} // namespace shuzai::ical
