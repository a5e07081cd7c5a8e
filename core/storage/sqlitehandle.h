#pragma once

#include "storage/coreonly.h"
#include <QSqlDatabase>

struct sqlite3;

namespace shuzai {

// The C handle under a QSQLITE connection (for what Qt's driver does not offer: tokenizers,
// the online backup API, the operating system's errno of the last failure); null otherwise.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace shuzai
