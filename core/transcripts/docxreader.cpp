// The visible text of a Word document: word/document.xml, unpacked by the module shuzai-zip
// (docxunzip.cpp), read here.
#include "parsers.h"

#include "util/modules.h"

#include <QXmlStreamReader>

#include <utility>

namespace shuzai {

namespace {
const QString kWordMl =
    QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kWordMlStrict = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString kMarkupCompatibility =
    QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");

// The text of word/document.xml as Word shows it, once:
// - paragraphs are lines; a table row is one line with its cells joined by tabs (a cell's
//   paragraphs joined by spaces; empty cells and rows left out);
// - a text box's paragraphs are lines of their own (inside a table cell: part of the cell);
// - mc:AlternateContent gives its first mc:Choice, or its mc:Fallback when it has no Choice
//   (Word writes a text box twice: as a DrawingML shape and as a VML fallback);
// - tracked changes as accepted: deletions (w:del, w:moveFrom, w:delText) left out, insertions
//   kept, a paragraph whose mark is deleted joined to the next; field codes (w:instrText) left out,
//   field results kept;
// - w:noBreakHyphen is a hyphen, w:softHyphen (shown only where a line breaks) nothing;
// - properties (w:pPr, w:rPr, w:sectPr, ...) hold no text: their w:tab stops and w:del marks
//   are not read. Headers, footers, notes and comments are parts of their own and never read.
class DocumentText {
public:
    QString read(QXmlStreamReader &xml)
    {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                start(xml);
            else if (xml.isEndElement())
                end(xml);
        }
        for (const Paragraph &paragraph : std::as_const(m_paragraphs))
            m_lines.append(paragraph.text); // runs outside any paragraph (not valid, but kept)
        if (!m_carried.isEmpty())
            m_lines.append(m_carried);
        return m_lines.join(u'\n');
    }

private:
    struct Alternate {
        int depth; // the element depth of the mc:AlternateContent
        bool chosen = false;
    };

    void start(QXmlStreamReader &xml)
    {
        ++m_depth;
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (ns == kMarkupCompatibility) {
            if (name == u"AlternateContent") {
                m_alternates.push_back({m_depth});
            } else if (name == u"Choice" || name == u"Fallback") {
                const bool inAlternate =
                    !m_alternates.isEmpty() && m_alternates.back().depth == m_depth - 1;
                if (inAlternate && m_alternates.back().chosen)
                    return skip(xml);
                if (inAlternate)
                    m_alternates.back().chosen = true;
            }
            return;
        }
        if (ns != kWordMl && ns != kWordMlStrict)
            return; // drawing and VML containers: their w:txbxContent is read inside them
        if (name == u"p") {
            m_paragraphs.append(Paragraph{std::exchange(m_carried, QString())});
        } else if (name == u"pPr") {
            readParagraphProperties(xml);
        } else if (name == u"tr") {
            m_rows.append(QStringList());
        } else if (name == u"tc") {
            m_cells.append(QString());
        } else if (name == u"t") {
            append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            --m_depth;
        } else if (name == u"tab" || name == u"ptab") {
            append(QStringLiteral("\t"));
        } else if (name == u"br" || name == u"cr") {
            append(QStringLiteral("\n"));
        } else if (name == u"noBreakHyphen") {
            append(QStringLiteral("-"));
        } else if (name == u"del" || name == u"moveFrom" || name == u"delText" ||
                   name == u"instrText" || name == u"delInstrText" || name == u"rPr" ||
                   name == u"sectPr" || name == u"tblPr" || name == u"tblGrid" || name == u"trPr" ||
                   name == u"tcPr" || name == u"sdtPr" || name == u"sdtEndPr") {
            skip(xml);
        }
    }

    void end(QXmlStreamReader &xml)
    {
        const int depth = m_depth--;
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (ns == kMarkupCompatibility) {
            if (name == u"AlternateContent" && !m_alternates.isEmpty() &&
                m_alternates.back().depth == depth)
                m_alternates.pop_back();
            return;
        }
        if (ns != kWordMl && ns != kWordMlStrict)
            return;
        if (name == u"p" && !m_paragraphs.isEmpty()) {
            Paragraph paragraph = m_paragraphs.takeLast();
            if (paragraph.markDeleted)
                m_carried = paragraph.text; // accepted, the deletion joins it to the next one
            else
                deliver(paragraph.text);
        } else if (name == u"tc" && !m_cells.isEmpty()) {
            const QString cell = m_cells.takeLast().trimmed();
            if (!m_rows.isEmpty() && !cell.isEmpty())
                m_rows.back().append(cell);
        } else if (name == u"tr" && !m_rows.isEmpty()) {
            const QStringList cells = m_rows.takeLast();
            if (!cells.isEmpty())
                deliver(cells.join(u'\t'), true);
        }
    }

    // w:pPr holds no text; a w:del (or w:moveFrom) in its w:rPr marks the paragraph mark deleted.
    void readParagraphProperties(QXmlStreamReader &xml)
    {
        int depth = 0;
        bool inRunProperties = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                ++depth;
                const bool word =
                    xml.namespaceUri() == kWordMl || xml.namespaceUri() == kWordMlStrict;
                if (word && depth == 1 && xml.name() == u"rPr")
                    inRunProperties = true;
                else if (word && depth == 2 && inRunProperties &&
                         (xml.name() == u"del" || xml.name() == u"moveFrom") &&
                         !m_paragraphs.isEmpty())
                    m_paragraphs.back().markDeleted = true;
            } else if (xml.isEndElement()) {
                if (depth == 0)
                    break;
                if (--depth == 0)
                    inRunProperties = false;
            }
        }
        --m_depth;
    }

    void skip(QXmlStreamReader &xml)
    {
        xml.skipCurrentElement();
        --m_depth;
    }

    // Text goes to the paragraph being read (a run outside any paragraph is rare, kept as a line).
    void append(const QString &text)
    {
        if (m_paragraphs.isEmpty())
            m_paragraphs.append(Paragraph());
        m_paragraphs.back().text += text;
    }

    // A finished paragraph or table row goes to the table cell around it, if any (a row of a
    // nested table with its cells joined by spaces), else it is a line of its own. Paragraphs of a
    // text box inside a paragraph become lines before that paragraph's own.
    void deliver(const QString &text, bool row = false)
    {
        if (m_cells.isEmpty()) {
            m_lines.append(text);
            return;
        }
        QString &cell = m_cells.back();
        if (!cell.isEmpty() && !cell.endsWith(u' '))
            cell += u' ';
        cell += row ? QString(text).replace(u'\t', u' ') : text;
    }

    QStringList m_lines;
    struct Paragraph {
        QString text;
        bool markDeleted = false; // its paragraph mark is a tracked deletion
    };
    QList<Paragraph> m_paragraphs; // open paragraphs, innermost last (text boxes nest them)
    QString m_carried; // the text of a paragraph whose mark was deleted, for the next one
    QList<QStringList> m_rows;
    QStringList m_cells;
    QList<Alternate> m_alternates;
    int m_depth = 0;
};
} // namespace

Result<QString> readDocxText(const QByteArray &bytes, const QString &fileName)
{
    using Unzip = void(const QByteArray *, const QString *, Result<QByteArray> *);
    static const Result<Unzip *> unzip =
        modules::resolve<Unzip>("shuzai-zip", "shuzai_docx_document_xml");
    if (!unzip)
        return unzip.error();
    Result<QByteArray> xmlBytes = QByteArray();
    (*unzip)(&bytes, &fileName, &xmlBytes);
    if (!xmlBytes)
        return xmlBytes.error();
    QXmlStreamReader xml(*xmlBytes);
    const QString text = DocumentText().read(xml);
    if (xml.hasError()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The Word document is damaged (%1 at line %2)."),
                     {xml.errorString(), QString::number(xml.lineNumber())},
                     QStringLiteral("file"));
    }
    return text;
}

} // namespace shuzai
