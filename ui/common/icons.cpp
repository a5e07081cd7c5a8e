#include "icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>

#include <algorithm>

namespace shuzai::ui::icons {

namespace {

constexpr int kBundledSizes[] = {24, 48};

QString bundledPath(int size, const QString &name)
{
    return QStringLiteral(":/icons/%1x%1/%2.png").arg(size).arg(name);
}

// A bundled icon whose PNGs are decoded when it is first drawn. QIcon::addFile decodes at once,
// and a window makes some thirty icons before it shows (menus, navigation, toolbar) but draws
// only a few of them: decoding them all was a tenth of start-up.
class BundledIconEngine final : public QIconEngine {
public:
    explicit BundledIconEngine(const QString &name)
        : m_name(name)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        decoded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return decoded().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return decoded().pixmap(size / scale, scale, mode, state);
    }
    // What QIcon would answer for square PNGs of 24 and 48 pixels, known without decoding them
    // (item views ask it to lay out their rows).
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min({size.width(), size.height(), kBundledSizes[1]});
        return QSize(side, side);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(24, 24), QSize(48, 48)};
    }
    QString iconName() override { return m_name; }
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("ShuzaiBundled"); }
    QIconEngine *clone() const override { return new BundledIconEngine(m_name); }

private:
    const QIcon &decoded()
    {
        if (m_decoded.isNull()) {
            for (int size : kBundledSizes)
                m_decoded.addFile(bundledPath(size, m_name), QSize(size, size));
        }
        return m_decoded;
    }

    QString m_name;
    QIcon m_decoded;
};

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
    if (icon.isNull() && isBundled(name))
        icon = QIcon(new BundledIconEngine(name));
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
