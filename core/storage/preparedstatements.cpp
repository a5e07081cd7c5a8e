#include "preparedstatements.h"

#include <sqlite3.h>

namespace shuzai {

PreparedStatements::~PreparedStatements()
{
    clear();
}

sqlite3_stmt *PreparedStatements::take(sqlite3 *handle, const QString &sql)
{
    if (handle != m_handle)
        return nullptr;
    return m_pool.take(sql);
}

void PreparedStatements::giveBack(sqlite3 *handle, const QString &sql, sqlite3_stmt *statement)
{
    // A pooled statement must hold no read snapshot: a stepped, unreset one would keep the
    // write-ahead log from being checkpointed.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (handle != m_handle) {
        clear();
        m_handle = handle;
    }
    if (m_pool.size() >= kLimit || m_pool.contains(sql)) {
        sqlite3_finalize(statement);
        return;
    }
    m_pool.insert(sql, statement);
}

void PreparedStatements::clear()
{
    for (sqlite3_stmt *statement : std::as_const(m_pool))
        sqlite3_finalize(statement);
    m_pool.clear();
}

} // namespace shuzai
