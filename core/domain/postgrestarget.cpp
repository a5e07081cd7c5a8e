#include "postgrestarget.h"

#include <QUrl>

namespace shuzai {

Result<PostgresTarget> PostgresTarget::fromUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() ||
        (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")) ||
        u.host().isEmpty() || u.path().size() < 2 || u.userName().isEmpty()) {
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "--db needs a file or "
                                                "postgresql://user@host:port/database, not "
                                                "\"%1\"."),
                     {url});
    }
    PostgresTarget t;
    t.host = u.host();
    t.port = u.port(5432);
    t.database = u.path().mid(1);
    t.user = u.userName();
    t.password = u.password();
    return t;
}

QString PostgresTarget::url() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace shuzai
