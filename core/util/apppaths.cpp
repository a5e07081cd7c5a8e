#include "apppaths.h"

#include <QDir>
#include <QStandardPaths>

namespace shuzai::paths {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("shuzai.db"));
}

QString logDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace shuzai::paths
