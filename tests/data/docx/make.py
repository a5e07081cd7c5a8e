#!/usr/bin/env python3
"""Builds the small Word documents in this folder with zipfile, each showing one thing Word
writes: a text box (DrawingML in mc:Choice, VML in mc:Fallback), tracked changes, fields,
hyphens, tables, and a header and footer. Run from this folder: /usr/bin/python3 make.py"""
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'mc:Ignorable="wps"')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


def p(*runs, ppr=""):
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def r(text):
    return f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def textbox(text):
    """A text box as Word 2010+ writes it: the shape, then the same text again for old readers."""
    inner = f"<w:txbxContent>{p(r(text))}</w:txbxContent>"
    return ("<w:r><mc:AlternateContent>"
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f"<wps:txbx>{inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            "</w:drawing></mc:Choice>"
            f'<mc:Fallback><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict>'
            "</mc:Fallback></mc:AlternateContent></w:r>")


def fallback_only(text):
    inner = f"<w:txbxContent>{p(r(text))}</w:txbxContent>"
    return (f"<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox>{inner}"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def table(rows):
    def cell(c):
        paragraphs = c if isinstance(c, list) else [c]
        return "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>" + "".join(
            x if x.startswith("<w:tbl>") else p(r(x)) if x else "<w:p/>" for x in paragraphs) + "</w:tc>"
    return ("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
            "<w:gridCol w:w=\"3000\"/></w:tblGrid>"
            + "".join("<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in rows)
            + "</w:tbl>")


SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rId7"/>'
        '<w:footerReference w:type="default" r:id="rId8"/></w:sectPr>')

DOCS = {
    "textbox.docx": [
        p(r("記者：本日はよろしくお願いします。")),
        p(r("山田：こちらこそ。"), textbox("囲み：取材メモ（５月２７日）"), r("よろしくお願いします。")),
        p(fallback_only("注：古い形式の囲み")),
        p(r("記者：ありがとうございました。")),
    ],
    "revisions.docx": [
        p(r("山田："),
          '<w:del w:id="1" w:author="編集部"><w:r><w:delText>昨年の秋</w:delText></w:r></w:del>',
          '<w:ins w:id="2" w:author="編集部"><w:r><w:t>二〇二三年の春</w:t></w:r></w:ins>',
          r("に始めました。")),
        p(r("記者：順番を"),
          '<w:moveFrom w:id="3" w:author="編集部"><w:r><w:t>あとで</w:t></w:r></w:moveFrom>',
          r("変えました"),
          '<w:moveTo w:id="4" w:author="編集部"><w:r><w:t>あとで</w:t></w:r></w:moveTo>',
          r("。"),
          ppr='<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'),
        # A whole paragraph deleted: its runs and its paragraph mark (the next one takes its place).
        p('<w:del w:id="6" w:author="編集部"><w:r><w:delText>この段落はすべて削除。</w:delText></w:r></w:del>',
          ppr='<w:pPr><w:rPr><w:del w:id="5" w:author="編集部"/></w:rPr></w:pPr>'),
        p(r("山田：はい。")),
        # Two paragraphs joined: the first one's mark deleted.
        p(r("記者：前半と"), ppr='<w:pPr><w:rPr><w:del w:id="7" w:author="編集部"/></w:rPr></w:pPr>'),
        p(r("後半です。")),
    ],
    "fields.docx": [
        p(r("ページ "),
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
          r("3"),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        p(r("取材日："),
          '<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">' + r("2025年5月27日") + "</w:fldSimple>"),
        p(r("資料は"),
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.com/slm" </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
          r("こちら"),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("です。")),
        p('<w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>mail</w:t></w:r>', r(" と "),
          '<w:r><w:t>Tran</w:t><w:softHyphen/><w:t>skription</w:t><w:tab/><w:t>終</w:t></w:r>'),
    ],
    "table.docx": [
        p(r("記者：質問の一覧です。")),
        table([["番号", "質問", "回答者"],
               ["1", ["導入のきっかけは？", "（背景も）"], ""],
               ["", "", ""],
               ["2", table([["内側", "の表"]]), "山田"]]),
        p(r("以上です。")),
    ],
}

HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>'
          + p(r("ヘッダー：社外秘")) + "</w:hdr>")
FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>'
          + p(r("フッター：1ページ")) + "</w:ftr>")

for name, body in DOCS.items():
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
           + "".join(body) + SECT + "</w:body></w:document>")
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/header1.xml", HEADER)
        z.writestr("word/footer1.xml", FOOTER)
    print(name)
