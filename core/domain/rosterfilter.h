#pragma once

#include "interviewee.h"

#include <optional>

namespace shuzai {

// What the roster's filter and order look at, folded once (japanese::foldForSearch): a roster
// of thousands is filtered at every keystroke and sorted with thousands of comparisons, and
// folding every name again each time was most of a keystroke's cost.
struct FoldedNames {
    QString name;         // full name, folded
    QString reading;      // full reading, folded
    QString organisation; // folded
    QString fullName;     // as written: the order's tie-break

    static FoldedNames of(const IntervieweeData &interviewee);
};

// The roster's filter: category, status and free text over name, reading and organisation,
// insensitive to width, kana type and case (see japanese::foldForSearch).
struct RosterFilter {
    Id categoryId = 0; // 0: all
    std::optional<PipelineStatus> status;
    QString text;

    bool matches(const IntervieweeData &interviewee) const;
    // The same on names folded beforehand, with `text` folded once by the caller
    // (foldedText()) for a whole pass over the roster.
    bool matches(const IntervieweeData &interviewee, const FoldedNames &names,
                 const QString &foldedText) const;
    QString foldedText() const;
};

// Roster order: by reading (family, then given), as a Japanese address book sorts; people
// without a reading sort by name after them.
bool lessByReading(const FoldedNames &a, const FoldedNames &b);
// People in roster order, each person's names folded once (folding in every comparison made
// the review overview of 4,000 people take half a second).
void sortByReading(QList<Interviewee> &people);

} // namespace shuzai
