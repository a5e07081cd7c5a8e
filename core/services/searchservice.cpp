#include "searchservice.h"

#include "storage/database.h"
#include "storage/searchrepository.h"
#include "util/searchfold.h"
#include "workspace.h"

#include <algorithm>

namespace shuzai {

namespace {
constexpr int kContextBefore = 40;
constexpr int kContextLength = 160;

SearchHit makeHit(const SearchRow &row, const QString &query)
{
    SearchHit hit{row, row.text, {}};
    const auto spans = SearchService::occurrences(row.text, query);
    if (row.text.size() <= kContextLength || spans.isEmpty()) {
        hit.context = row.text.left(kContextLength);
        for (const auto &[b, e] : spans) {
            if (e <= hit.context.size())
                hit.highlights.append({b, e});
        }
        return hit;
    }
    const int start = std::max(0, spans.first().first - kContextBefore);
    const int end = std::min(int(row.text.size()), start + kContextLength);
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    hit.context = prefix + row.text.mid(start, end - start) +
                  (end < row.text.size() ? QStringLiteral("…") : QString());
    for (const auto &[b, e] : spans) {
        if (b >= start && e <= end)
            hit.highlights.append({int(b - start + prefix.size()), int(e - start + prefix.size())});
    }
    return hit;
}
} // namespace

QList<std::pair<int, int>> SearchService::occurrences(const QString &text, const QString &query)
{
    QList<std::pair<int, int>> spans;
    for (const QString &term : search::foldedString(query).split(u' ', Qt::SkipEmptyParts)) {
        for (const auto &span : search::findFolded(text, term))
            spans.append(span);
    }
    std::sort(spans.begin(), spans.end());
    // Overlapping terms highlight as one span.
    QList<std::pair<int, int>> merged;
    for (const auto &span : spans) {
        if (!merged.isEmpty() && span.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
    }
    return merged;
}

Result<SearchResults> SearchService::search(const SearchQuery &query)
{
    SearchRepository repo(m_workspace.database());
    SearchResults results;
    if (query.includeNotes && query.offset == 0) {
        auto notes = repo.notes(query.text, query.filter, query.limit);
        if (!notes)
            return notes.error();
        for (const SearchRow &row : *notes)
            results.hits.append(makeHit(row, query.text));
    }
    auto segments = repo.segments(query.text, query.filter, query.limit + 1, query.offset);
    if (!segments)
        return segments.error();
    results.more = segments->size() > query.limit;
    for (qsizetype i = 0; i < std::min<qsizetype>(segments->size(), query.limit); ++i)
        results.hits.append(makeHit(segments->at(i), query.text));
    return results;
}

} // namespace shuzai
