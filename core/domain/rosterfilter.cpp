#include "rosterfilter.h"

#include "util/japanesetext.h"

#include <algorithm>

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

bool lessByReading(const FoldedNames &a, const FoldedNames &b)
{
    if (a.reading.isEmpty() != b.reading.isEmpty())
        return !a.reading.isEmpty();
    if (a.reading != b.reading)
        return a.reading < b.reading;
    return a.fullName < b.fullName;
}

void sortByReading(QList<Interviewee> &people)
{
    QList<std::pair<FoldedNames, qsizetype>> keys;
    keys.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i)
        keys.append({FoldedNames::of(people.at(i).data), i});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return lessByReading(a.first, b.first); });
    QList<Interviewee> sorted;
    sorted.reserve(people.size());
    for (const auto &key : std::as_const(keys))
        sorted.append(std::move(people[key.second]));
    people = std::move(sorted);
}

} // namespace shuzai
