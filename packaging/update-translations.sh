#!/bin/sh
# Refreshes translations/*.ts from the sources (run after adding or changing tr() strings),
# then complete the Japanese entries in translations/shuzai_ja.ts (Qt Linguist or by hand).
set -eu
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -locations relative -no-obsolete core ui app \
    -ts translations/shuzai_ja.ts translations/shuzai_en.ts
