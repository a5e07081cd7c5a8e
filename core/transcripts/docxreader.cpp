// The visible text of a Word document: word/document.xml read through QuaZip.
#include "parsers.h"

#include <QBuffer>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace shuzai {

namespace {
constexpr qint64 kMaxDocumentXmlBytes = 200 * 1024 * 1024; // a zip bomb is not a transcript

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

Result<QString> readDocxText(const QByteArray &bytes)
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
    if (!file.open(QIODevice::ReadOnly) || file.usize() > kMaxDocumentXmlBytes) {
        return notDocx(QT_TRANSLATE_NOOP("Error", "The Word document could not be read."));
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
