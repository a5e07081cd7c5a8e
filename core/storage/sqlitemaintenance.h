#pragma once

#include "domain/integrityreport.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QStringList>

namespace shuzai {

class Database;

// Backups, restores and checks of SQLite files through SQLite itself (its online backup API),
// so no other handle ever opens the live file (see the note in database.cpp).
namespace sqlitemaintenance {

// SQLite's integrity_check (every page and index), the foreign keys, and the search indexes
// against the text they index. Writes nothing.
Result<IntegrityReport> check(Database &db);

// A consistent copy of the open database in `path`, taken while others keep working: written
// to a temporary file beside it, made a single self-contained file (no write-ahead log),
// checked, and only then renamed into place. A failure leaves `path` as it was.
VoidResult backupTo(Database &db, const QString &path);

// Replaces the open database's content with the SQLite file at `source`, as one change seen by
// every other connection (they wait, or get "busy", while it happens).
VoidResult restoreInto(Database &db, const QString &source);

// SQLite's integrity_check of a file nothing else has open (a copy just written): every page
// and index. The search indexes need Shuzai's tokenizer and are checked by check() instead.
VoidResult verifyFile(const QString &path);

// Writes the SQLite file at `source` as a new database file at `path` (nothing may have it
// open): how a damaged file that cannot be opened is replaced.
VoidResult copyFileThroughSqlite(const QString &source, const QString &path);

} // namespace sqlitemaintenance
} // namespace shuzai
