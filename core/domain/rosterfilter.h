#pragma once

#include "interviewee.h"

#include <optional>

namespace shuzai {

// The roster's filter: category, status and free text over name, reading and organisation,
// insensitive to width, kana type and case (see japanese::foldForSearch).
struct RosterFilter {
    Id categoryId = 0; // 0: all
    std::optional<PipelineStatus> status;
    QString text;

    bool matches(const IntervieweeData &interviewee) const;
};

// Roster order: by reading (family, then given), as a Japanese address book sorts; people
// without a reading sort by name after them.
bool lessByReading(const IntervieweeData &a, const IntervieweeData &b);

} // namespace shuzai
