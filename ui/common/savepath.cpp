#include "savepath.h"

#include "util/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <optional>
#include <utility>

namespace shuzai::ui {

namespace {
const QString kLastFolder = QStringLiteral("ui/lastSaveFolder");
std::optional<QString> s_nextPath;
} // namespace

void setNextSavePath(const QString &path)
{
    s_nextPath = path;
}

QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                    const QString &filter, QString *chosenFilter)
{
    QString folder = appSettings().value(kLastFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString path;
    if (s_nextPath) {
        path = *std::exchange(s_nextPath, std::nullopt);
    } else {
        path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName),
                                            filter, chosenFilter);
    }
    if (!path.isEmpty())
        appSettings().setValue(kLastFolder, QFileInfo(path).absolutePath());
    return path;
}

} // namespace shuzai::ui
