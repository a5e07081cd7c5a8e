// The module shuzai-zip: word/document.xml out of a .docx through QuaZip (with Qt's Core5Compat
// and bzip2), which only the reading of a Word file needs. The XML is read in docxreader.cpp.
#include "util/result.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace shuzai {
namespace {

// The same bound as for a transcript file itself: a zip bomb is not a transcript. (The size is
// the archive's own claim, but QuaZip never inflates more than the claimed size.)
constexpr qint64 kMaxDocumentXmlBytes = 200 * 1024 * 1024;

Error notDocx(const char *text)
{
    return Error(ErrorCode::InvalidInput, text, {}, QStringLiteral("file"));
}

Result<QByteArray> documentXml(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return notDocx(QT_TRANSLATE_NOOP("Error", "This is not a Word (.docx) file: it is not a "
                                                  "valid zip archive."));
    }
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml"))) {
        return notDocx(QT_TRANSLATE_NOOP("Error", "This is not a Word (.docx) file: it has no "
                                                  "word/document.xml."));
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return notDocx(QT_TRANSLATE_NOOP("Error", "The Word document could not be read."));
    if (file.usize() > kMaxDocumentXmlBytes) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The document is too large for a transcript: "
                                                "its text unpacks to %1 MB (the limit is %2 MB)."),
                     {QString::number(file.usize() / (1024 * 1024)),
                      QString::number(kMaxDocumentXmlBytes / (1024 * 1024))},
                     QStringLiteral("file"))
            .at(fileName);
    }
    return file.readAll();
}

} // namespace
} // namespace shuzai

extern "C" Q_DECL_EXPORT void shuzai_docx_document_xml(const QByteArray *bytes,
                                                       const QString *fileName,
                                                       shuzai::Result<QByteArray> *out)
{
    *out = shuzai::documentXml(*bytes, *fileName);
}
