#include "files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace shuzai::files {

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Cannot read the file %1: %2"),
                     {QDir::toNativeSeparators(path), file.errorString()}, QStringLiteral("file"));
    }
    return file.readAll();
}

VoidResult writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "Cannot write the file %1: %2. Nothing was "
                                                "written."),
                     {QDir::toNativeSeparators(path), file.errorString()},
                     QStringLiteral("output"));
    }
    return {};
}

} // namespace shuzai::files
