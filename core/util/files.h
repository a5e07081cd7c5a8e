#pragma once

#include "result.h"

#include <QByteArray>

namespace shuzai::files {

// Reads a whole file, with a translated error naming it when it cannot be read.
Result<QByteArray> readAll(const QString &path);

// Refuses an empty path, a target that exists but is not a regular file (device, FIFO, folder),
// and a missing folder: what writeAtomically() checks first, for callers that check before
// doing expensive work.
VoidResult checkWritableTarget(const QString &path);

// Writes through QSaveFile: the file appears complete or not at all (a full disk or a crash
// leaves the old file as it was). A full disk says so, naming the path.
VoidResult writeAtomically(const QString &path, const QByteArray &bytes);

} // namespace shuzai::files
