#include "modules.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

namespace shuzai::modules {

namespace {
// A program run from the build tree uses the build tree's modules, an installed one its
// installed ones (lib/shuzai beside bin/): an installed program never picks up a build's.
QStringList folders()
{
    QStringList out;
    // SHUZAI_MODULE_DIR: for a module built elsewhere (a packager's test), tried first.
    if (const QString own = qEnvironmentVariable("SHUZAI_MODULE_DIR"); !own.isEmpty())
        out << own;
    const QString buildTree = QStringLiteral(SHUZAI_BUILD_ROOT) + u'/';
    const QString program =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() + u'/' : QString();
    if (program.isEmpty() || program.startsWith(buildTree))
        out << QStringLiteral(SHUZAI_MODULE_BUILD_DIR);
    else
        out << QDir::cleanPath(program + QStringLiteral("../lib/shuzai"));
    return out;
}
} // namespace

Result<QFunctionPointer> resolve(const char *name, const char *symbol)
{
    // Loaded once and kept: the process ends with them (unloading GLib is not safe). The table
    // is never destroyed, so the libraries stay reachable to the end (no leak to report).
    static QMutex mutex;
    static auto *const loaded = new QHash<QByteArray, QLibrary *>;
    const QMutexLocker lock(&mutex);
    QLibrary *library = loaded->value(name);
    if (!library) {
        const QStringList where = folders();
        QString problem;
        for (const QString &folder : where) {
            const QString path = QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".so"));
            if (!QFileInfo::exists(path))
                continue;
            auto *candidate = new QLibrary(path);
            if (candidate->load()) {
                library = candidate;
                break;
            }
            problem = candidate->errorString();
            delete candidate;
        }
        if (!library) {
            return Error(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("Error", "Shuzai's module %1 could not be loaded "
                                                    "(looked in %2). Reinstall Shuzai."),
                         {QLatin1String(name), where.join(QStringLiteral(", "))})
                .withLibraryText(problem);
        }
        log::info("loaded the module {}", library->fileName());
        loaded->insert(name, library);
    }
    if (QFunctionPointer function = library->resolve(symbol))
        return function;
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Error", "Shuzai's module %1 lacks %2. Reinstall Shuzai."),
                 {QLatin1String(name), QLatin1String(symbol)})
        .withLibraryText(library->errorString());
}

} // namespace shuzai::modules
