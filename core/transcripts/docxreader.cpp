// The visible text of a Word document: word/document.xml read through QuaZip.
#include "parsers.h"

#include <QBuffer>
#include <QXmlStreamReader>
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

// Paragraph text with tabs and breaks; a table row becomes one line, cells joined by tabs.
QString documentText(QXmlStreamReader &xml)
{
    QStringList lines;
    QString paragraph;
    QStringList rowCells;
    QString cell;
    int tableDepth = 0;
    bool inCellParagraph = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"tbl")
                ++tableDepth;
            else if (name == u"tc")
                cell.clear();
            else if (name == u"p")
                inCellParagraph = tableDepth > 0;
            else if (name == u"t")
                (inCellParagraph ? cell : paragraph) += xml.readElementText();
            else if (name == u"tab")
                (inCellParagraph ? cell : paragraph) += u'\t';
            else if (name == u"br" || name == u"cr")
                (inCellParagraph ? cell : paragraph) += u'\n';
        } else if (xml.isEndElement()) {
            if (name == u"p") {
                if (inCellParagraph) {
                    if (!cell.isEmpty() && !cell.endsWith(u' '))
                        cell += u' ';
                } else {
                    lines.append(paragraph);
                    paragraph.clear();
                }
            } else if (name == u"tc") {
                rowCells.append(cell.trimmed());
            } else if (name == u"tr") {
                rowCells.removeAll(QString());
                if (!rowCells.isEmpty())
                    lines.append(rowCells.join(u'\t'));
                rowCells.clear();
            } else if (name == u"tbl") {
                --tableDepth;
                inCellParagraph = false;
            }
        }
    }
    return lines.join(u'\n');
}
} // namespace

Result<QString> readDocxText(const QByteArray &bytes, const QString &fileName)
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
                     QT_TRANSLATE_NOOP("Error", "%1 is too large for a transcript: its text "
                                                "unpacks to %2 MB (the limit is %3 MB)."),
                     {fileName, QString::number(file.usize() / (1024 * 1024)),
                      QString::number(kMaxDocumentXmlBytes / (1024 * 1024))},
                     QStringLiteral("file"));
    }
    const QByteArray xmlBytes = file.readAll();
    file.close();
    QXmlStreamReader xml(xmlBytes);
    const QString text = documentText(xml);
    if (xml.hasError()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The Word document is damaged (%1 at line %2)."),
                     {xml.errorString(), QString::number(xml.lineNumber())},
                     QStringLiteral("file"));
    }
    return text;
}

} // namespace shuzai
