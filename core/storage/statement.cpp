#include "statement.h"

#include "database.h"

#include <QSqlError>

namespace shuzai {

Statement::Statement(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
    , m_query(db.connection())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Statement::~Statement()
{
    if (m_failed && m_db.inTransaction())
        m_db.freeAfterTransaction(std::move(m_query));
}

Statement &Statement::bind(const QVariant &value)
{
    // A null QString would be stored as SQL NULL; text columns hold '' for "no value".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_nextPosition++, QStringLiteral(""));
    else
        m_query.bindValue(m_nextPosition++, value);
    return *this;
}

qint64 Statement::lastInsertId() const
{
    if (m_db.dialect().name() == QLatin1String("sqlite"))
        return m_query.lastInsertId().toLongLong();
    // The QPSQL driver reports OIDs, which tables no longer have: ask the session instead.
    QSqlQuery last(m_db.connection());
    return last.exec(QStringLiteral("SELECT lastval()")) && last.next() ? last.value(0).toLongLong()
                                                                        : 0;
}

VoidResult Statement::exec()
{
    m_nextPosition = 0; // the next bind() starts the next row: one prepared statement, many rows
    m_failed = !m_prepared || !m_query.exec();
    if (m_failed)
        return m_db.errorFrom(m_query.lastError(), m_sql);
    return {};
}

} // namespace shuzai
