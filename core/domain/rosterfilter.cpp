#include "rosterfilter.h"

#include "util/japanesetext.h"

namespace shuzai {

FoldedNames FoldedNames::of(const IntervieweeData &d)
{
    const QString full = d.fullName();
    return {japanese::foldForSearch(full), japanese::foldForSearch(d.fullReading()),
            japanese::foldForSearch(d.organisation), full};
}

QString RosterFilter::foldedText() const
{
    return japanese::foldForSearch(text);
}

bool RosterFilter::matches(const IntervieweeData &d) const
{
    return matches(d, FoldedNames::of(d), foldedText());
}

bool RosterFilter::matches(const IntervieweeData &d, const FoldedNames &names,
                           const QString &needle) const
{
    if (categoryId != 0 && d.categoryId != categoryId)
        return false;
    if (status && d.status != *status)
        return false;
    if (needle.isEmpty())
        return true;
    return names.name.contains(needle) || names.reading.contains(needle) ||
           names.organisation.contains(needle);
}

bool lessByReading(const IntervieweeData &a, const IntervieweeData &b)
{
    return lessByReading(FoldedNames::of(a), FoldedNames::of(b));
}

bool lessByReading(const FoldedNames &a, const FoldedNames &b)
{
    if (a.reading.isEmpty() != b.reading.isEmpty())
        return !a.reading.isEmpty();
    if (a.reading != b.reading)
        return a.reading < b.reading;
    return a.fullName < b.fullName;
}

} // namespace shuzai
