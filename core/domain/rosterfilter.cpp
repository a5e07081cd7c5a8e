#include "rosterfilter.h"

#include "util/japanesetext.h"

namespace shuzai {

bool RosterFilter::matches(const IntervieweeData &d) const
{
    if (categoryId != 0 && d.categoryId != categoryId)
        return false;
    if (status && d.status != *status)
        return false;
    const QString needle = japanese::foldForSearch(text);
    if (needle.isEmpty())
        return true;
    for (const QString &haystack : {d.fullName(), d.fullReading(), d.organisation}) {
        if (japanese::foldForSearch(haystack).contains(needle))
            return true;
    }
    return false;
}

bool lessByReading(const IntervieweeData &a, const IntervieweeData &b)
{
    const QString ra = japanese::foldForSearch(a.fullReading());
    const QString rb = japanese::foldForSearch(b.fullReading());
    if (ra.isEmpty() != rb.isEmpty())
        return !ra.isEmpty();
    if (ra != rb)
        return ra < rb;
    return a.fullName() < b.fullName();
}

} // namespace shuzai
