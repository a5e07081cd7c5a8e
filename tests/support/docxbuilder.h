#pragma once

// A Word document built in a test: one paragraph per line, written with QuaZip as Word lays
// out the package (content types, relationships, word/document.xml), a tracked insertion
// where a line carries "{+…+}" and a deletion for "[-…-]", as Word keeps an edited packet.
#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace shuzai::test {

inline QString docxRuns(const QString &line)
{
    QString out;
    int i = 0;
    const auto run = [](const QString &text) {
        return QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>")
            .arg(text.toHtmlEscaped());
    };
    while (i < line.size()) {
        const qsizetype ins = line.indexOf(QStringLiteral("{+"), i);
        const qsizetype del = line.indexOf(QStringLiteral("[-"), i);
        qsizetype next = ins < 0 ? del : (del < 0 ? ins : qMin(ins, del));
        if (next < 0) {
            out += run(line.mid(i));
            break;
        }
        if (next > i)
            out += run(line.mid(i, next - i));
        const bool insertion = next == ins;
        const qsizetype end =
            line.indexOf(insertion ? QStringLiteral("+}") : QStringLiteral("-]"), next + 2);
        const QString changed = line.mid(next + 2, end - next - 2);
        if (insertion) {
            out +=
                QStringLiteral("<w:ins w:id=\"1\" w:author=\"佐藤\">%1</w:ins>").arg(run(changed));
        } else {
            out +=
                QStringLiteral("<w:del w:id=\"2\" w:author=\"佐藤\"><w:r><w:delText>%1</w:delText>"
                               "</w:r></w:del>")
                    .arg(changed.toHtmlEscaped());
        }
        i = int(end + 2);
    }
    return out;
}

inline QByteArray buildDocx(const QStringList &lines)
{
    QString body;
    for (const QString &line : lines)
        body += QStringLiteral("<w:p>%1</w:p>").arg(docxRuns(line));
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" +
        body.toUtf8() + "</w:body></w:document>";
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        zip.open(QuaZip::mdCreate);
        for (const auto &[name, data] :
             {std::pair<QString, QByteArray>{QStringLiteral("[Content_Types].xml"), types},
              {QStringLiteral("_rels/.rels"), rels},
              {QStringLiteral("word/document.xml"), document}}) {
            QuaZipFile f(&zip);
            f.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
            f.write(data);
            f.close();
        }
        zip.close();
    }
    return buffer.data();
}

} // namespace shuzai::test
