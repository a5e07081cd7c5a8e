#pragma once

#include "domain/searchrecords.h"
#include "util/result.h"

#include <QObject>

namespace shuzai {

class Workspace;

struct SearchQuery {
    QString text;
    SearchFilter filter;
    int limit = 50;
    int offset = 0;
    bool includeNotes = true;
};

struct SearchHit {
    SearchRow row;
    QString context;                       // the hit with some text either side
    QList<std::pair<int, int>> highlights; // [begin, end) in context
};

struct SearchResults {
    QList<SearchHit> hits; // notes first, then segments in transcript order
    bool more = false;     // another page of segments exists
};

// Finds every occurrence of the query's terms in transcripts and notes, ignoring full-/half
// width, hiragana/katakana and case; any length of term, one character included.
class SearchService : public QObject {
    Q_OBJECT
public:
    explicit SearchService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }
    Result<SearchResults> search(const SearchQuery &query);

    // The query's terms found in `text` (for highlighting anywhere, e.g. the transcript view).
    static QList<std::pair<int, int>> occurrences(const QString &text, const QString &query);

private:
    Workspace &m_workspace;
};

} // namespace shuzai
