#pragma once

// What the reply reader finds in a reply's text before it groups and resolves it (internal to
// core/replies).

#include "replyreader.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace shuzai::replies {

// One thing named in the text, at [pos, end) of the normalised text.
struct Mention {
    enum class Kind { Date, Weekday, Time, Part, Zone, Any, Rank };
    enum class TimeMode { Exact, Range, OpenEnd, Until };
    Kind kind = Kind::Date;
    qsizetype pos = 0;
    qsizetype end = 0;
    QList<QDate> dates;   // Date: one, or several for 27日から31日; Weekday: resolved
    int startMinute = -1; // Time: minutes after midnight; Part: the part's start
    int endMinute = -1;   // Time (ranges, until) and Part: exclusive end
    TimeMode mode = TimeMode::Exact;
    QTimeZone zone;           // Zone (invalid with senderLocal)
    bool senderLocal = false; // 現地時間, "my time": the sender's zone
    int rank = 0;             // Rank: 1 for 第一希望
};

// Where the reader stands: the days offered and the day the letter was sent, in the campaign's
// zone, to resolve 28日 and 水曜.
struct DateFrame {
    QDate reference;          // the letter's day
    QList<QDate> offeredDays; // the days with free slots, ascending
};

// Every date, weekday, time, part of the day, zone, ranking and "any of them" in the
// normalised text, in the order they appear; times joined into ranges, weekdays written next
// to a date dropped (the date is what counts).
QList<Mention> findMentions(const QString &normalized, const DateFrame &frame);

} // namespace shuzai::replies
