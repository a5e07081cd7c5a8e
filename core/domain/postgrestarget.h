#pragma once

#include "util/result.h"

#include <QString>

namespace shuzai {

// Where a team's shared PostgreSQL database is: postgresql://user@host:port/database. The
// password is carried only on its way to the connection (from the keychain or the environment),
// never written out by url().
struct PostgresTarget {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;

    static Result<PostgresTarget> fromUrl(const QString &url);
    QString url() const; // without the password
};

} // namespace shuzai
