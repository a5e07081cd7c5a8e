#include "pdfrender.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace shuzai {

Result<QByteArray> renderPdf(const QString &html, const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "A PDF can only be made with fonts available "
                                                "(no graphical session here)."));
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Shuzai"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        QTextDocument document;
        // A Japanese face first, so kana and kanji never fall back to boxes.
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    if (bytes.isEmpty() || !bytes.startsWith("%PDF")) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "The PDF could not be made."));
    }
    return bytes;
}

} // namespace shuzai
