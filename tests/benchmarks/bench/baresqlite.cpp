#include "baresqlite.h"

#include <QFile>

#include <sqlite3.h>

namespace shuzai::bench {

BareSqlite::BareSqlite(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
        qFatal("bare sqlite: cannot open %s", qPrintable(path));
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
}

BareSqlite::~BareSqlite()
{
    sqlite3_close_v2(m_db);
}

void BareSqlite::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("bare sqlite: %s: %s", sql, message);
}

BareSqlite::Statement::Statement(BareSqlite &db, const char *sql)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        qFatal("bare sqlite: %s: %s", sql, sqlite3_errmsg(db.handle()));
}

BareSqlite::Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void BareSqlite::Statement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void BareSqlite::Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

bool BareSqlite::Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        qFatal("bare sqlite: step: %s", sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    return false;
}

void BareSqlite::Statement::reset()
{
    sqlite3_reset(m_stmt);
}

QByteArray BareSqlite::Statement::text(int column) const
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                      sqlite3_column_bytes(m_stmt, column));
}

qint64 BareSqlite::Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

} // namespace shuzai::bench
