#!/usr/bin/env python3
"""Makes the encoded samples in this folder from the UTF-8 texts (*.utf8.txt) with Python's own
codecs, and checks that Python decodes each back to the same text. Run it from this folder:
    /usr/bin/python3 make.py
The test (tests/core/textdecoding_test.cpp) compares Shuzai's decoding with the UTF-8 text."""
import pathlib

SAMPLES = {
    # source text           python codec       file name
    "ja-interview": [
        ("iso2022_jp", "ja-interview.iso2022jp.txt"),
        ("cp932", "ja-interview.sjis.txt"),
        ("euc_jp", "ja-interview.eucjp.txt"),
        ("utf-8-sig", "ja-interview.utf8bom.txt"),
        ("utf-16", "ja-interview.utf16le-bom.txt"),  # Python writes the BOM, little endian here
        ("utf-16-be", "ja-interview.utf16be.txt"),  # no BOM
        ("utf-32-le", "ja-interview.utf32le-bom.txt"),
        ("utf-32-be", "ja-interview.utf32be-bom.txt"),
    ],
    "zh-hans-interview": [("gb2312", "zh-hans-interview.gb2312.txt")],
    "zh-hant-interview": [("big5", "zh-hant-interview.big5.txt")],
    "ko-interview": [("euc_kr", "ko-interview.euckr.txt")],
    "ko-interview-uhc": [("cp949", "ko-interview-uhc.cp949.txt")],
    "fr-interview": [("cp1252", "fr-interview.cp1252.txt")],
    "de-interview": [("latin-1", "de-interview.latin1.txt")],
}
BOMS = {"utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}

for source, targets in SAMPLES.items():
    text = pathlib.Path(source + ".utf8.txt").read_text(encoding="utf-8")
    for codec, name in targets:
        data = BOMS.get(codec, b"") + text.encode(codec)
        pathlib.Path(name).write_bytes(data)
        back = data[len(BOMS.get(codec, b"")):].decode(codec)
        assert back == text, name
        print(f"{name}: {len(data)} bytes")
