#pragma once

#include "domain/user.h"
#include "storage/coreonly.h"
#include "util/result.h"

namespace shuzai {

class Database;

class UserRepository {
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QList<User>> list();
    Result<User> byLogin(const QString &login);
    Result<Id> insert(const User &user);

private:
    Database &m_db;
};

} // namespace shuzai
