#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace shuzai {

class Database;

// What a copy moved, table by table: the row count and a checksum of the rows' values, the same
// on either engine for the same data (rows rendered canonically and sorted before hashing).
struct TableChecksum {
    QString table;
    qint64 rows = 0;
    QString sha256;
    bool operator==(const TableChecksum &) const = default;
};

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
