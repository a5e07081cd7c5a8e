#pragma once

#include "storage/coreonly.h"
#include "util/result.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace shuzai {

class Database;

// A prepared statement with positional parameters. The only way core code runs SQL: values
// are always bound, never pasted into the text. After exec() the same statement can be bound
// and executed again (bulk inserts prepare once).
//
// On SQLite it drives the C statement itself: Qt's driver copied every column of every row into
// QVariants through UTF-16, a quarter of opening a roster of thousands. Values are bound and
// read back as Qt's driver does, so both paths store and return the same things.
class Statement {
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(const QVariant &value);
    template <typename... Ts> Statement &bindAll(const Ts &...values)
    {
        (bind(QVariant::fromValue(values)), ...);
        return *this;
    }

    VoidResult exec();
    bool next();
    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    int rowsAffected() const;
    // The id the last INSERT gave its row.
    qint64 lastInsertId() const;

private:
    VoidResult sqliteExec();
    VoidResult sqliteError(int code);

    Database &m_db;
    QString m_sql;
    // SQLite: the statement, on the connection's handle.
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_native = nullptr;
    int m_prepareCode = 0;
    QString m_prepareMessage;
    QVariantList m_bound;
    bool m_rowPending = false; // exec() stepped onto the first row; next() hands it out
    bool m_onRow = false;
    // Other engines: Qt's query.
    std::optional<QSqlQuery> m_query;
    bool m_prepared = false;
    bool m_failed = false;
    int m_nextPosition = 0;
};

} // namespace shuzai
