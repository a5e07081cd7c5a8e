#include "statement.h"

#include "database.h"
#include "sqlitehandle.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QTime>

#include <sqlite3.h>

namespace shuzai {

namespace {
// What Qt's driver binds as SQL NULL (QSqlResultPrivate::isVariantNull).
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *statement, int position, const QString &text)
{
    return sqlite3_bind_text16(statement, position, text.utf16(),
                               int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}
} // namespace

Statement::Statement(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    const QSqlDatabase connection = db.connection();
    m_handle = sqliteHandle(connection);
    if (m_handle) {
        m_native = db.preparedStatements().take(m_handle, sql);
        if (m_native)
            return;
        m_prepareCode = sqlite3_prepare16_v2(
            m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)), &m_native, nullptr);
        if (m_prepareCode != SQLITE_OK)
            m_prepareMessage = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return;
    }
    m_query.emplace(connection);
    // Not forward-only: Qt's PostgreSQL driver then reads rows one at a time from the server, and
    // a second statement on the connection while the first is being read cuts the first short
    // without an error (a loop that looks something up per row lost its rows).
    m_prepared = m_query->prepare(sql);
}

Statement::~Statement()
{
    if (m_handle) {
        if (m_native)
            m_db.preparedStatements().giveBack(m_handle, m_sql, m_native);
        return;
    }
    if (m_failed && m_db.inTransaction())
        m_db.freeAfterTransaction(std::move(*m_query));
}

Statement &Statement::bind(const QVariant &value)
{
    if (m_handle && m_nextPosition == 0 && m_native) {
        // A new row of values: the last run's bindings point into m_bound, which goes now.
        sqlite3_reset(m_native);
        sqlite3_clear_bindings(m_native);
        m_bound.clear();
        m_rowPending = m_onRow = false;
    }
    // A null QString would be stored as SQL NULL; text columns hold '' for "no value".
    const QVariant stored = value.typeId() == QMetaType::QString && value.toString().isNull()
                                ? QVariant(QStringLiteral(""))
                                : value;
    if (m_handle)
        m_bound.append(stored);
    else
        m_query->bindValue(m_nextPosition, stored);
    ++m_nextPosition;
    return *this;
}

VoidResult Statement::exec()
{
    if (m_handle)
        return sqliteExec();
    m_nextPosition = 0; // the next bind() starts the next row: one prepared statement, many rows
    m_failed = !m_prepared || !m_query->exec();
    if (m_failed)
        return m_db.errorFrom(m_query->lastError(), m_sql);
    return {};
}

VoidResult Statement::sqliteExec()
{
    const bool freshValues = m_nextPosition > 0;
    m_nextPosition = 0;
    m_rowPending = m_onRow = false;
    if (!m_native)
        return sqliteError(m_prepareCode);
    if (!freshValues) {
        // Run again with the values already bound (or none).
        sqlite3_reset(m_native);
    }
    if (sqlite3_bind_parameter_count(m_native) != m_bound.size()) {
        return m_db.errorFrom(QSqlError(QStringLiteral("Parameter count mismatch"), QString(),
                                        QSqlError::StatementError),
                              m_sql);
    }
    if (freshValues) {
        for (int i = 0; i < m_bound.size(); ++i) {
            const QVariant &v = m_bound.at(i);
            const int position = i + 1;
            int rc = SQLITE_OK;
            if (isNullValue(v)) {
                rc = sqlite3_bind_null(m_native, position);
            } else {
                switch (v.typeId()) {
                case QMetaType::QByteArray: {
                    const auto *bytes = static_cast<const QByteArray *>(v.constData());
                    rc = sqlite3_bind_blob64(m_native, position, bytes->constData(),
                                             sqlite3_uint64(bytes->size()), SQLITE_STATIC);
                    break;
                }
                case QMetaType::Int:
                case QMetaType::Bool:
                    rc = sqlite3_bind_int(m_native, position, v.toInt());
                    break;
                case QMetaType::Double:
                    rc = sqlite3_bind_double(m_native, position, v.toDouble());
                    break;
                case QMetaType::UInt:
                case QMetaType::LongLong:
                    rc = sqlite3_bind_int64(m_native, position, v.toLongLong());
                    break;
                case QMetaType::QString:
                    rc = bindText(m_native, position, *static_cast<const QString *>(v.constData()));
                    break;
                case QMetaType::QDateTime:
                    m_bound[i] = v.toDateTime().toString(Qt::ISODateWithMs);
                    rc = bindText(m_native, position, m_bound.at(i).toString());
                    break;
                case QMetaType::QTime:
                    m_bound[i] = v.toTime().toString(QStringLiteral("hh:mm:ss.zzz"));
                    rc = bindText(m_native, position, m_bound.at(i).toString());
                    break;
                default:
                    m_bound[i] = v.toString();
                    rc = bindText(m_native, position, m_bound.at(i).toString());
                    break;
                }
            }
            if (rc != SQLITE_OK)
                return sqliteError(rc);
        }
    }
    const int rc = sqlite3_step(m_native);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        return {};
    }
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_native);
        return {};
    }
    return sqliteError(rc);
}

VoidResult Statement::sqliteError(int code)
{
    QString message = m_native ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : m_prepareMessage;
    if (m_native)
        sqlite3_reset(m_native);
    return m_db.errorFrom(
        QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)), m_sql);
}

bool Statement::next()
{
    if (!m_handle)
        return m_query->next();
    if (!m_native)
        return false;
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow)
        return false;
    const int rc = sqlite3_step(m_native);
    if (rc == SQLITE_ROW)
        return true;
    // The end, or a failure half-way (as with Qt's driver, the rows so far are what there is).
    m_onRow = false;
    sqlite3_reset(m_native);
    return false;
}

QVariant Statement::value(int column) const
{
    if (!m_handle)
        return m_query->value(column);
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_native))
        return {};
    switch (sqlite3_column_type(m_native, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_native, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_native, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_native, column)),
                          sqlite3_column_bytes(m_native, column));
    default:
        return text(column);
    }
}

QString Statement::text(int column) const
{
    if (!m_handle)
        return m_query->value(column).toString();
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_native))
        return {};
    if (sqlite3_column_type(m_native, column) != SQLITE_TEXT)
        return value(column).toString();
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_native, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_native, column));
}

qint64 Statement::integer(int column) const
{
    if (!m_handle)
        return m_query->value(column).toLongLong();
    if (m_onRow && column >= 0 && column < sqlite3_column_count(m_native) &&
        sqlite3_column_type(m_native, column) == SQLITE_INTEGER)
        return sqlite3_column_int64(m_native, column);
    return value(column).toLongLong();
}

int Statement::rowsAffected() const
{
    return m_handle ? sqlite3_changes(m_handle) : m_query->numRowsAffected();
}

qint64 Statement::lastInsertId() const
{
    if (m_handle)
        return sqlite3_last_insert_rowid(m_handle);
    // The QPSQL driver reports OIDs, which tables no longer have: ask the session instead.
    QSqlQuery last(m_db.connection());
    return last.exec(QStringLiteral("SELECT lastval()")) && last.next() ? last.value(0).toLongLong()
                                                                        : 0;
}

} // namespace shuzai
