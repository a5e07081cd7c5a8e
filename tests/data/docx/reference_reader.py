#!/usr/bin/env python3
"""An independent reader of a .docx's main text for the tests (zipfile + ElementTree, a
recursive walk rather than Shuzai's event stream), with the same rules: paragraphs are lines; a
table row is a line of tab-separated cells (a cell's paragraphs joined by spaces, empty cells
and rows left out); a text box once (first mc:Choice, else mc:Fallback), its paragraphs as lines
before the paragraph holding it; deletions and field codes left out (a paragraph whose mark is
deleted joins the next); w:noBreakHyphen is "-".
Only word/document.xml is read. Prints a JSON object: each file given to its text."""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
SKIP = {W + n for n in ("del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr",
                        "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr")}


def inline(el, sink):
    """Text of el's content into sink: a dict with 'text' (the paragraph) and 'boxes' (lines)."""
    for child in el:
        tag = child.tag
        if tag in SKIP:
            continue
        if tag == MC + "AlternateContent":
            chosen = [c for c in child if c.tag == MC + "Choice"][:1] or \
                     [c for c in child if c.tag == MC + "Fallback"][:1]
            for c in chosen:
                inline(c, sink)
        elif tag == W + "t":
            sink["text"] += child.text or ""
        elif tag in (W + "tab", W + "ptab"):
            sink["text"] += "\t"
        elif tag in (W + "br", W + "cr"):
            sink["text"] += "\n"
        elif tag == W + "noBreakHyphen":
            sink["text"] += "-"
        elif tag == W + "txbxContent":
            sink["boxes"].extend(blocks(child))
        else:
            inline(child, sink)


def mark_deleted(p):
    """Whether the paragraph's mark is a tracked deletion (accepted: it joins the next one)."""
    for ppr in p.findall(W + "pPr"):
        for rpr in ppr.findall(W + "rPr"):
            if rpr.find(W + "del") is not None or rpr.find(W + "moveFrom") is not None:
                return True
    return False


def paragraph(p, carry):
    sink = {"text": carry[0], "boxes": []}
    carry[0] = ""
    inline(p, sink)
    if mark_deleted(p):
        carry[0] = sink["text"]
        return sink["boxes"]
    return sink["boxes"] + [sink["text"]]


def row_line(tr):
    cells = []
    for tc in tr.iter(W + "tc"):
        if tc not in list(tr):  # only this row's own cells
            continue
        text = ""
        for piece in blocks(tc, in_cell=True):
            if text and not text.endswith(" "):
                text += " "
            text += piece
        text = text.strip()
        if text:
            cells.append(text)
    return "\t".join(cells) if cells else None


CARRY = [""]  # the text of a paragraph whose mark was deleted, for the next paragraph


def blocks(el, in_cell=False):
    lines = []
    for child in el:
        if child.tag in SKIP:
            continue
        if child.tag == W + "p":
            lines.extend(paragraph(child, CARRY))
        elif child.tag == W + "tbl":
            for tr in child:
                if tr.tag == W + "tr":
                    line = row_line(tr)
                    if line is not None:
                        lines.append(line.replace("\t", " ") if in_cell else line)
        elif child.tag == MC + "AlternateContent":
            chosen = [c for c in child if c.tag == MC + "Choice"][:1] or \
                     [c for c in child if c.tag == MC + "Fallback"][:1]
            for c in chosen:
                lines.extend(blocks(c, in_cell))
        else:  # w:body, w:sdt, w:sdtContent, w:customXml, ...
            lines.extend(blocks(child, in_cell))
    return lines


texts = {}
for path in sys.argv[1:]:
    with zipfile.ZipFile(path) as z:
        CARRY[0] = ""
        lines = blocks(ET.fromstring(z.read("word/document.xml")))
        if CARRY[0]:
            lines.append(CARRY[0])
        texts[path] = "\n".join(lines)
sys.stdout.write(json.dumps(texts, ensure_ascii=True))
