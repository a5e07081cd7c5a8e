#pragma once

#include "domain/campaign.h"
#include "domain/searchrecords.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QDateTime>

namespace shuzai {

class Database;

// The full-text index (FTS5 with the shuzai_bigram tokenizer on SQLite).
class SearchRepository {
public:
    explicit SearchRepository(Database &db)
        : m_db(db)
    {
    }

    // The FTS5 expression for a user's query: every whitespace-separated term must occur; a
    // term is matched as a substring after folding. User text is always quoted, never syntax.
    static QString matchExpression(const QString &query);

    Result<QList<SearchRow>> segments(const QString &query, const SearchFilter &filter, int limit,
                                      int offset);
    Result<QList<SearchRow>> notes(const QString &query, const SearchFilter &filter, int limit);

private:
    Result<QList<SearchRow>> segmentsByFold(const QString &query, const SearchFilter &filter,
                                            int limit, int offset);
    // The segment id range of each transcript passing the filter, in id order; at most
    // atMost + 1 of them (one more tells "too many").
    Result<QList<std::pair<Id, Id>>> segmentRanges(const SearchFilter &filter, int atMost);
    Database &m_db;
};

} // namespace shuzai
