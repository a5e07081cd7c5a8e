#include "icons.h"

#include <QFile>
#include <QHash>

namespace shuzai::ui::icons {

namespace {

QString bundledPath(int size, const QString &name)
{
    return QStringLiteral(":/icons/%1x%1/%2.png").arg(size).arg(name);
}

} // namespace

bool isBundled(const QString &name)
{
    return QFile::exists(bundledPath(24, name));
}

QIcon get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QIcon icon = QIcon::fromTheme(name);
    if (icon.isNull()) {
        for (int size : {24, 48}) {
            if (QFile::exists(bundledPath(size, name)))
                icon.addFile(bundledPath(size, name), QSize(size, size));
        }
    }
    cache.insert(name, icon);
    return icon;
}

QIcon application()
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("shuzai"));
    if (icon.isNull()) {
        for (int size : {24, 48, 256})
            icon.addFile(QStringLiteral(":/app-icon/shuzai-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace shuzai::ui::icons
