#include "files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace shuzai::files {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The operating system's reason, as Qt words it, tells a full disk apart from other failures.
bool isDiskFull(const QString &reason)
{
    for (int code : {ENOSPC, EDQUOT}) {
        if (reason.contains(QString::fromLocal8Bit(std::strerror(code)), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error writeError(const QString &path, const QString &reason)
{
    if (isDiskFull(reason)) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "The disk is full: %1 could not be written. "
                                                "Nothing was changed there; free some space and "
                                                "try again."),
                     {native(path)}, QStringLiteral("output"))
            .withDetail(reason);
    }
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Error", "Could not write %1: %2. Nothing was changed there."),
                 {native(path), reason}, QStringLiteral("output"))
        .withDetail(reason);
}

} // namespace

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Cannot read the file %1: %2"),
                     {native(path), file.errorString()}, QStringLiteral("file"));
    }
    return file.readAll();
}

VoidResult checkWritableTarget(const QString &path)
{
    if (path.isEmpty()) {
        return Error(ErrorCode::Usage, QT_TRANSLATE_NOOP("Error", "Give a file name to write to."),
                     {}, QStringLiteral("output"));
    }
    // A device, a pipe or a folder would be replaced by a regular file (or written into without
    // any way to take it back): only a new file or an existing regular one is a target.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "%1 is not a regular file (a folder, device or "
                                                "pipe). Choose a file name to write to."),
                     {native(path)}, QStringLiteral("output"));
    }
    if (!info.absoluteDir().exists()) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "The folder of %1 does not exist."),
                     {native(path)}, QStringLiteral("output"));
    }
    return {};
}

VoidResult writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (auto r = checkWritableTarget(path); !r)
        return r;
    QSaveFile file(path);
    // Never write in place: a failure must leave the old file whole.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    // Unbuffered checks: QSaveFile reports a failed write only when each write and the commit
    // (which flushes and syncs) are checked.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return writeError(path, reason);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace shuzai::files
