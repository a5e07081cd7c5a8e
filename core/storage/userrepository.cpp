#include "userrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace {
User readRow(const Statement &q)
{
    return User{q.integer(0), q.text(1), q.text(2), roleFromCode(q.text(3)).value_or(Role::Writer),
                q.text(4)};
}
} // namespace

Result<QList<User>> UserRepository::list()
{
    Statement q(m_db, QStringLiteral("SELECT id, login, display_name, role, email FROM users "
                                     "ORDER BY id"));
    if (auto r = q.exec(); !r)
        return r.error();
    QList<User> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<User> UserRepository::byLogin(const QString &login)
{
    Statement q(m_db, QStringLiteral("SELECT id, login, display_name, role, email FROM users "
                                     "WHERE login = ?"));
    q.bind(login);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next()) {
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no user \"%1\"."),
                     {login});
    }
    return readRow(q);
}

Result<Id> UserRepository::insert(const User &u)
{
    Statement q(m_db, QStringLiteral("INSERT INTO users (login, display_name, role, email, "
                                     "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bindAll(u.login, u.displayName, toCode(u.role), u.email,
              sqlvalues::timestamp(m_db.clock().now()));
    if (auto r = q.exec(); !r)
        return r.error();
    return q.lastInsertId();
}

} // namespace shuzai
