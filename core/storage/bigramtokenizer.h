#pragma once

#include "storage/coreonly.h"
#include <QSqlDatabase>

namespace shuzai {

// Registers the FTS5 tokenizer "shuzai_bigram" on this SQLite connection (it is per connection,
// so every connection that touches the search index must call this).
//
// Text is folded (search::foldWithOffsets) and split at whitespace; each run yields its
// overlapping character bigrams plus its last character alone. A query of n >= 2 characters is
// the phrase of its bigrams; a single character is a prefix query ("日"*), which matches the
// bigrams starting with it and the lone last characters: every occurrence, of any length,
// including the two-character words a trigram index cannot find.
bool registerBigramTokenizer(const QSqlDatabase &db);

} // namespace shuzai
