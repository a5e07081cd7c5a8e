#pragma once

#include "domain/campaign.h"
#include "storage/coreonly.h"
#include "util/result.h"

namespace shuzai {

class Database;

// Search on PostgreSQL: SQLite folds text inside its FTS5 tokenizer, PostgreSQL cannot run that
// code, so there Shuzai keeps each segment's and note's folded text (util/searchfold) in tables
// of its own, indexed with pg_trgm, and matches substrings of it: the same recall as SQLite.
// On SQLite these calls do nothing (its triggers keep the index).
namespace foldedtext {

VoidResult keepSegment(Database &db, Id segmentId, const QString &text);
VoidResult keepSegments(Database &db, Id transcriptId);
VoidResult keepNote(Database &db, Id intervieweeId, const QString &notes);

// A LIKE pattern for one folded term, its wildcards escaped with '\'.
QString likePattern(const QString &foldedTerm);

} // namespace foldedtext
} // namespace shuzai
