#!/bin/sh
# The Debian package as a user's machine gets it: built with cpack from an already built tree
# (nothing is compiled again), unpacked into a clean root with dpkg-deb -x, then checked: its
# dependencies (dpkg-shlibdeps), every library of both programs found, the menu entry and the
# AppStream file valid, shuzai-cli running from the unpacked root (each module loaded from the
# package once), its manual page and bash completion readable.
#   packaging/check-deb.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
}
deb=$(ls "$work"/out/shuzai_*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6core6 libqt6widgets6 libqt6sql6 libqt6network6 libmecab2 libquazip1-qt6 \
    libc6 libgmime-3.0-0 libqt6keychain1; do
    echo "$depends" | grep -q "$library" || fail "Depends lacks $library (dpkg-shlibdeps)"
done

root=$work/root
dpkg-deb -x "$deb" "$root"
# The two programs, and the helper shuzai-cli lays out PDF packets with.
# The modules loaded on first use (mail, keychain, network, Word files, readings) resolve too.
for program in bin/shuzai bin/shuzai-cli libexec/shuzai/shuzai-pdf \
    lib/shuzai/shuzai-mime.so lib/shuzai/shuzai-keychain.so lib/shuzai/shuzai-net.so \
    lib/shuzai/shuzai-zip.so lib/shuzai/shuzai-mecab.so; do
    binary=$root/usr/$program
    # Programs executable; modules plain files (0644, as Debian wants shared objects).
    case $program in
    *.so) [ -f "$binary" ] ;;
    *) [ -x "$binary" ] ;;
    esac || { fail "/usr/$program missing"; continue; }
    if ldd "$binary" | grep -q "not found"; then
        fail "$program: $(ldd "$binary" | grep "not found" | tr -s ' \t' ' ')"
    fi
    if readelf -d "$binary" | grep -q -E "RPATH|RUNPATH"; then
        fail "$program carries an RPATH: $(readelf -d "$binary" | grep -E "RPATH|RUNPATH")"
    fi
done

share=$root/usr/share
desktop-file-validate "$share/applications/shuzai.desktop" || fail "desktop-file-validate"
grep -q '^Name\[ja\]=' "$share/applications/shuzai.desktop" || fail "no Japanese name"
grep -q '^Categories=.*Office;' "$share/applications/shuzai.desktop" || fail "not in Office"
appstreamcli validate --no-net "$share/metainfo/io.github.shuzai.Shuzai.metainfo.xml" ||
    fail "appstreamcli validate"
echo
[ -s "$share/icons/hicolor/scalable/apps/shuzai.svg" ] || fail "no SVG icon in hicolor"
for qm in shuzai_ja.qm shuzai_en.qm; do
    [ -s "$share/shuzai/translations/$qm" ] || fail "no $qm"
done

runtime=$(mktemp -d -p "$work")
chmod 700 "$runtime"
export XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
"$root/usr/bin/shuzai-cli" --help >"$work/help.txt" || fail "shuzai-cli --help"
grep -q "schedule book" "$work/help.txt" || fail "shuzai-cli --help lists no commands"
# Reading mail loads the mail parser's module from the package (lib/shuzai), not a build's.
db=$work/check.db
"$root/usr/bin/shuzai-cli" --db "$db" init >/dev/null || fail "shuzai-cli init"
printf 'From: Sato <sato@example.com>\r\nSubject: Re: interview\r\n\r\nyes\r\n' >"$work/reply.eml"
"$root/usr/bin/shuzai-cli" --db "$db" reply read "$work/reply.eml" --json >"$work/reply.json" \
    2>"$work/reply.err" || fail "shuzai-cli reply read: $(cat "$work/reply.err")"
grep -q "sato@example.com" "$work/reply.json" || fail "reply read: $(cat "$work/reply.json")"
# A mail server goes through the network module from the package: a closed port is "could not
# be reached" naming the server, not a missing module.
SHUZAI_IMAP_PASSWORD=x "$root/usr/bin/shuzai-cli" --db "$db" mailbox fetch \
    --imap imaps://check@127.0.0.1:9 >/dev/null 2>"$work/imap.err" &&
    fail "mailbox fetch from a closed port succeeded"
{ grep -q "127.0.0.1" "$work/imap.err" && ! grep -q -i "module" "$work/imap.err"; } ||
    fail "mailbox fetch: $(cat "$work/imap.err")"
# A name's reading comes from the MeCab module, a Word letter through the zip module.
"$root/usr/bin/shuzai-cli" --db "$db" interviewee add --category researcher --name "佐藤 花子" \
    --json >"$work/person.json" 2>&1 || fail "interviewee add: $(cat "$work/person.json")"
grep -q '"familyReading": "サトウ"' "$work/person.json" ||
    fail "no reading suggested: $(cat "$work/person.json")"
letter=$(cd "$(dirname "$0")/.." && pwd)/tests/data/letters/ja-cloud.docx
"$root/usr/bin/shuzai-cli" --db "$db" campaign import-letter "$letter" --dry-run --json \
    >"$work/letter.json" 2>&1 || fail "campaign import-letter (.docx): $(cat "$work/letter.json")"

for page in "$share/man/man1/shuzai-cli.1.gz" "$share/man/ja/man1/shuzai-cli.1.gz"; do
    [ -s "$page" ] || { fail "no manual page $page"; continue; }
    # man's own checker: a page that renders with no warning.
    warnings=$(MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "man warns about $page: $warnings"
done
MANWIDTH=100 man -l "$share/man/man1/shuzai-cli.1.gz" 2>/dev/null | grep -q "schedule book" ||
    fail "the manual page does not describe schedule book"

completion=$share/bash-completion/completions/shuzai-cli
[ -s "$completion" ] || fail "no bash completion"
suggestions=$(bash -c '
    . "$1"
    COMP_WORDS=(shuzai-cli sched); COMP_CWORD=1; _shuzai_cli; echo "${COMPREPLY[*]}"
    COMP_WORDS=(shuzai-cli schedule b); COMP_CWORD=2; _shuzai_cli; echo "${COMPREPLY[*]}"
    COMP_WORDS=(shuzai-cli schedule book x --mo); COMP_CWORD=4; _shuzai_cli; echo "${COMPREPLY[*]}"
    COMP_WORDS=(shuzai-cli --lang ""); COMP_CWORD=2; _shuzai_cli; echo "${COMPREPLY[*]}"
' sh "$completion") || fail "the completion script fails"
echo "$suggestions" | sed -n 1p | grep -qx "schedule" || fail "completion of sched: $suggestions"
echo "$suggestions" | sed -n 2p | grep -qw "book" || fail "completion of schedule b: $suggestions"
echo "$suggestions" | sed -n 3p | grep -qw -- "--mode" || fail "completion of --mo: $suggestions"
echo "$suggestions" | sed -n 4p | grep -qx "ja en" || fail "completion of --lang: $suggestions"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "The package installs and checks out."
