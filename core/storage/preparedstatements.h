#pragma once

#include "storage/coreonly.h"

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace shuzai {

// SQLite statements kept compiled between uses, per connection. Compiling is most of what a
// small statement costs (a single edit runs a dozen of them, a search page several), so a
// Statement takes its compiled form from here and gives it back reset when it ends.
// A statement in use is not in the pool: two Statements never share one.
class PreparedStatements {
public:
    PreparedStatements() = default;
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    // A compiled `sql` for `handle` (nullptr when none is waiting).
    sqlite3_stmt *take(sqlite3 *handle, const QString &sql);
    // Back into the pool, reset and unbound; finalized when the pool is full or already holds one.
    void giveBack(sqlite3 *handle, const QString &sql, sqlite3_stmt *statement);
    // Finalizes every pooled statement: before the connection closes or its file is replaced.
    void clear();

private:
    static constexpr int kLimit = 256;
    sqlite3 *m_handle = nullptr;
    QHash<QString, sqlite3_stmt *> m_pool;
};

} // namespace shuzai
