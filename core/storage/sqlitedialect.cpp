#include "dialect.h"

namespace shuzai {

namespace {
// Primary result codes from sqlite3.h; Qt reports them as the native error code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteConstraint = 19;
} // namespace

QString SqliteDialect::translateSchema(QString sql) const
{
    sql.replace(QStringLiteral("%PK%"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QStringLiteral("%BLOB%"), QStringLiteral("BLOB"));
    sql.replace(QStringLiteral("%UUID%"), QStringLiteral("lower(hex(randomblob(16)))"));
    return sql;
}

ErrorCode SqliteDialect::classify(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return ErrorCode::DatabaseError;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return ErrorCode::DatabaseLocked;
    case kSqliteReadOnly:
        return ErrorCode::DatabaseReadOnly;
    case kSqliteFull:
        return ErrorCode::DatabaseFull;
    case kSqliteNotADb:
        return ErrorCode::DatabaseNotSqlite;
    case kSqliteCorrupt:
        return ErrorCode::DatabaseCorrupt;
    case kSqliteIoError:
    case kSqliteCantOpen:
        return ErrorCode::DatabaseUnavailable;
    case kSqliteConstraint:
        return ErrorCode::Conflict;
    default:
        return ErrorCode::DatabaseError;
    }
}

} // namespace shuzai
