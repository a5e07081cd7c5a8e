#!/bin/sh
# Checks that both translations are complete and current: lupdate, run on copies of
# translations/*.ts against the sources, leaves no unfinished, obsolete or vanished entry (a new
# tr() string not yet translated shows up as unfinished). A ctest runs it; after adding strings,
# packaging/update-translations.sh refreshes the files.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/shuzai_ja.ts translations/shuzai_en.ts "$work/"
/usr/lib/qt6/bin/lupdate -silent -locations none core ui app \
    -ts "$work/shuzai_ja.ts" "$work/shuzai_en.ts" >/dev/null
status=0
for ts in "$work"/shuzai_ja.ts "$work"/shuzai_en.ts; do
    count=$(grep -c -E 'type="(unfinished|obsolete|vanished)"' "$ts" || true)
    if [ "$count" -ne 0 ]; then
        echo "$(basename "$ts"): $count entries unfinished or obsolete, for example:"
        grep -B4 -E 'type="(unfinished|obsolete|vanished)"' "$ts" | grep '<source>' | head -10
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "translations complete: shuzai_ja.ts and shuzai_en.ts"
exit "$status"
