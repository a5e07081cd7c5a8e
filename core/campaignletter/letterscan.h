#pragma once

// The small readers a request letter is taken apart with (letterimport.cpp): width folding,
// dates in the forms editors write (2025年6月12日, 令和7年11月20日, 2025/6/12, ６月１２日,
// 12 June 2025, June 12), time ranges (10:00-12:00, 14時〜15時, 2:00 pm - 4:30 pm), interview
// lengths, and "label: value" lines. Internal to core/campaignletter.

#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace shuzai::letterscan {

// Full-width ASCII, the ideographic space, wave dashes and dashes folded to ASCII one character
// for one, so a position in the folded text is the same position in the original.
QString fold(const QString &text);

struct FoundDate {
    int year = 0; // 0: the letter gave none
    int month = 0;
    int day = 0;
    qsizetype start = 0; // in the line
    qsizetype length = 0;
};

// Every date of a (folded) line, in order, without overlaps.
QList<FoundDate> findDates(const QString &folded);

// A range of two dates written "A〜B": the end may be a bare day (27日〜31日, June 2–6) or a whole
// date; the end inherits the start's year and month where it has none (and the other way round
// for a year written only at the end: "June 2 to June 6, 2025").
struct FoundRange {
    FoundDate start;
    FoundDate end;
    qsizetype length = 0; // from start.start
};
std::optional<FoundRange> findDateRange(const QString &folded);

struct FoundTimeRange {
    QTime start;
    QTime end;
    qsizetype position = 0;
    qsizetype length = 0;
};

// Every "from-to" time range of a (folded) line.
QList<FoundTimeRange> findTimeRanges(const QString &folded);

struct FoundMinutes {
    int minutes = 0;
    qsizetype position = 0; // of the number
    qsizetype length = 0;   // the number and its unit
    bool inMinutes = false; // written in minutes (45分, 30 minutes) rather than hours
};
std::optional<FoundMinutes> findMinutes(const QString &folded);

// The line without Markdown emphasis, a heading's #, a list's bullet or a 【】 around it, trimmed.
QString plainLine(const QString &line);

// "Label: value" (also ：, a tab as a Word table row gives it, or 【Label】value) when the line's
// label is one of `labels` (regular expression alternatives, case-insensitive); the value trimmed.
std::optional<QString> labelled(const QString &line, const QString &labels);

// A part the editor left to fill in: [編集長名], ○○, 03-XXXX-XXXX, ＿＿.
bool looksUnfilled(const QString &text);
// Each such part of a line (its text), Markdown links and check boxes left alone.
QStringList unfilledParts(const QString &line);

int cjkCount(const QString &text);

} // namespace shuzai::letterscan
