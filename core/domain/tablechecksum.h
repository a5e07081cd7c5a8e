#pragma once

#include <QString>
#include <QtGlobal>

namespace shuzai {

// What a copy moved, table by table: the row count and a checksum of the rows' values, the same
// on either engine for the same data (rows rendered canonically and sorted before hashing).
struct TableChecksum {
    QString table;
    qint64 rows = 0;
    QString sha256;
    bool operator==(const TableChecksum &) const = default;
};

} // namespace shuzai
