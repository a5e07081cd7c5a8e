#include "appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace shuzai {

QSettings appSettings()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QSettings(QDir(dir).filePath(QStringLiteral("shuzai.conf")), QSettings::IniFormat);
}

} // namespace shuzai
