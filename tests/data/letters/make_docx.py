#!/usr/bin/env python3
"""Builds ja-cloud.docx, a request letter as Word saves it (paragraphs and a table), with
zipfile and minimal WordprocessingML. Run from this folder: /usr/bin/python3 make_docx.py"""
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def p(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    cells = lambda row: "".join(f"<w:tc>{p(c)}</w:tc>" for c in row)
    return ("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "".join(f"<w:tr>{cells(r)}</w:tr>" for r in rows) + "</w:tbl>")


BODY = [
    p("件名：クラウド実務「クラウド移行の落とし穴」取材のお願い", bold=True),
    p(""),
    p("拝啓　新緑の候、貴社ますますご盛栄のこととお慶び申し上げます。"),
    p("クラウド実務編集部の鈴木でございます。"),
    p("特集タイトル：クラウド移行の落とし穴と乗り越え方"),
    p("本特集は2025/8/25に公開予定です。"),
    p("【取材概要】", bold=True),
    table([["所要時間", "90分"],
           ["実施方法", "オンライン（Zoom）"],
           ["取材期間", "2025/7/14～2025/7/18"],
           ["掲載方法", "お名前・ご所属の掲載（匿名も可）"]]),
    p("【SaaS事業者向け質問】", bold=True),
    p("Q1. 移行支援で最も多いご相談は何ですか"),
    p("Q2. 移行後にコストが増える典型的な原因を教えてください"),
    p("Q3. データ移行で失敗しないためのポイントは何でしょうか"),
    p("【候補日時】", bold=True),
    p("2025/7/14（月）14:00～15:30"),
    p("2025/7/16（水）10:00～12:00"),
    p("2025/7/18（金）16:00～18:00（必要に応じて）"),
    p("敬具"),
    p("クラウド実務 編集部"),
    p("担当：鈴木 次郎"),
    p("Email：suzuki@cloud-jitsumu.example.jp"),
    p("電話：○○-○○○○-○○○○"),
]

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}"><w:body>{"".join(BODY)}<w:sectPr/></w:body></w:document>')

with zipfile.ZipFile("ja-cloud.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CONTENT_TYPES)
    z.writestr("_rels/.rels", ROOT_RELS)
    z.writestr("word/document.xml", DOCUMENT)
