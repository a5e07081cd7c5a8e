#pragma once

#include "domain/tablechecksum.h"
#include "storage/coreonly.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace shuzai {

class Database;

// Copies every record of one Shuzai database into another, empty one, on either engine (SQLite
// to PostgreSQL and back): the same ids, texts, original files and audit log. One transaction on
// the target: a failure leaves it as it was. Afterwards both sides' checksums must agree, or the
// copy is refused.
namespace enginecopy {

// The tables in the order their references allow.
const QStringList &tables();

Result<QList<TableChecksum>> checksums(Database &db);
Result<QList<TableChecksum>> copy(Database &from, Database &to);

} // namespace enginecopy
} // namespace shuzai
