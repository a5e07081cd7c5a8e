#include "pdfhelper.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace shuzai::cli {

namespace {
QString helperPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("shuzai-pdf")),
          here.filePath(QStringLiteral("../libexec/shuzai/shuzai-pdf"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}
} // namespace

Result<QByteArray> renderPdfInHelper(const QString &html, const QString &title)
{
    const QString helper = helperPath();
    if (helper.isEmpty()) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "The PDF could not be made: the "
                                                               "program shuzai-pdf is missing "
                                                               "next to shuzai-cli."));
    }
    QProcess process;
    process.start(helper, {title});
    if (!process.waitForStarted())
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "The PDF could not be made."));
    process.write(html.toUtf8());
    process.closeWriteChannel();
    // A long packet takes seconds to lay out; no limit but the helper's own end.
    process.waitForFinished(-1);
    const QByteArray pdf = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !pdf.startsWith("%PDF")) {
        log::warn("shuzai-pdf failed: {}", QString::fromUtf8(process.readAllStandardError()));
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "The PDF could not be made."));
    }
    return pdf;
}

} // namespace shuzai::cli
