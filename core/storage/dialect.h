#pragma once

#include "storage/coreonly.h"
#include "util/error.h"

#include <QSqlError>
#include <QString>

namespace shuzai {

// What differs between the SQL engines Shuzai runs on. Everything else in storage is plain SQL
// that both SQLite and PostgreSQL accept.
class Dialect {
public:
    virtual ~Dialect() = default;
    virtual QString name() const = 0;
    // Replaces the schema tokens used by migrations (%PK%, %BLOB%, %UUID%) with this engine's
    // types and functions.
    virtual QString translateSchema(QString sql) const = 0;
    // The error kind a driver error stands for (locked, read-only, full, ...).
    virtual ErrorCode classify(const QSqlError &error) const = 0;
};

class SqliteDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString translateSchema(QString sql) const override;
    ErrorCode classify(const QSqlError &error) const override;
};

class PostgresDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString translateSchema(QString sql) const override;
    ErrorCode classify(const QSqlError &error) const override;
};

} // namespace shuzai
