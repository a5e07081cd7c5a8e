#pragma once

#include "storage/coreonly.h"
#include "util/result.h"

#include <QSqlQuery>
#include <QVariant>

namespace shuzai {

class Database;

// A prepared statement with positional parameters. The only way core code runs SQL: values
// are always bound, never pasted into the text. After exec() the same statement can be bound
// and executed again (bulk inserts prepare once).
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
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // The id the last INSERT gave its row.
    qint64 lastInsertId() const;

private:
    Database &m_db;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_failed = false;
    int m_nextPosition = 0;
};

} // namespace shuzai
