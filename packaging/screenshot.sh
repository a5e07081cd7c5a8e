#!/bin/sh
# Makes packaging/screenshots/SCREEN-LANG.png (the README's pictures) and the user guide's
# resources/guide/images/SCREEN_LANG.png: each screen of the main window at 1366×768, in
# Japanese and English, under Xvfb, on a throwaway database filled through shuzai-cli with a few
# fictional interviewees.
# Usage: packaging/screenshot.sh [BUILD_DIR] [WIDTHxHEIGHT]
# (needs xvfb, imagemagick, fonts-noto-cjk)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
size=${2:-1366x768}
work=$(mktemp -d)
gui=
trap 'kill $gui 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LANG=ja_JP.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Tokyo
# The welcome page is shot once, on purpose; the other shots start on their screen.
mkdir -p "$XDG_CONFIG_HOME/shuzai"
printf '[ui]\nwelcomeAtStart=false\n' >"$XDG_CONFIG_HOME/shuzai/shuzai.conf"
db="$work/demo.db"
# The demo campaign is seen as its team saw it: set up in late May 2025.
export SHUZAI_NOW=2025-05-22T10:00:00+09:00
cli="$build/app/shuzai-cli --db $db --lang ja"
$cli init >/dev/null

$cli interviewee add --category researcher --name "山田 太郎" --reading "ヤマダ タロウ" \
    --org "東都大学" --department "情報理工学研究科" --title "准教授" \
    --email yamada@example.ac.jp --attribution name_affiliation --status accepted >/dev/null
$cli interviewee add --category vendor --name "佐藤 花子" --reading "サトウ ハナコ" \
    --org "エッジAIソリューションズ株式会社" --title "CTO" --email sato@example.co.jp \
    --attribution with_photo --status scheduled >/dev/null
$cli interviewee add --category adopter --name "鈴木 一郎" --reading "スズキ イチロウ" \
    --org "北陸精密工業株式会社" --department "DX推進室" --title "室長" \
    --email suzuki@example.co.jp --attribution anonymous --status request_sent >/dev/null
$cli interviewee add --category adopter --name "高橋 美咲" --reading "タカハシ ミサキ" \
    --org "みなと銀行" --department "デジタル戦略部" --email takahashi@example.jp >/dev/null
$cli interviewee add --category researcher --name "伊藤 健" --reading "イトウ ケン" \
    --org "国立情報基盤研究所" --email ito@example.go.jp --status declined >/dev/null
$cli questions reword sato@example.co.jp 1 "貴社の小型モデル「EdgeLM」の特徴と差別化ポイントについて教えてください" >/dev/null
$cli questions add sato@example.co.jp "オンプレミス導入時のサポート体制について教えてください" --after 3 >/dev/null
$cli interview add sato@example.co.jp --at 2025-05-27T10:00 --mode online --url https://zoom.us/j/1 >/dev/null
$cli interview add yamada@example.ac.jp --at 2025-05-28T15:00 --mode in_person --place 東都大学 >/dev/null
$cli transcript import 1 tests/data/transcripts/zoom-ja.vtt >/dev/null
$cli transcript import 2 tests/data/transcripts/plain-ja.txt >/dev/null
$cli answers link 2 1 >/dev/null
$cli answers link 4 5 >/dev/null
$cli schedule book suzuki@example.co.jp --at 2025-05-29T14:00 --mode online --url https://zoom.us/j/2 >/dev/null
$cli schedule book takahashi@example.jp --at 2025-05-30T10:00 --tentative >/dev/null
$cli schedule book ito@example.go.jp --at 2025-05-30T10:00 --tentative >/dev/null
$cli campaign edit 1 --editor-name "田中 一郎" --editor-email tanaka@example.jp \
    --editor-phone 03-1234-5678 >/dev/null
$cli outreach export-eml ito@example.go.jp -o "$work/ito.eml" >/dev/null
$cli reply record ito@example.go.jp --question --note "掲載前の確認方法について質問あり" >/dev/null
$cli reply record ito@example.go.jp --declined --note "学会準備のため今回は辞退" >/dev/null
# The pre-publication check: 佐藤 (transcript 1) corrected and approved, 山田 awaiting an answer.
$cli --as writer quote add 2 >/dev/null
$cli --as writer quote add 4 >/dev/null
$cli --as writer quote add 5 >/dev/null
SHUZAI_NOW=2025-06-02T11:00:00+09:00 $cli --as reviewer review send sato@example.co.jp \
    --channel email >/dev/null
SHUZAI_NOW=2025-06-04T16:30:00+09:00 $cli --as reviewer review record sato@example.co.jp --item 1 \
    --corrected "よろしくお願いします。当社では日本語に特化した小規模言語モデルを開発しています。" \
    --note "社名の表記を統一" >/dev/null
SHUZAI_NOW=2025-06-03T09:00:00+09:00 $cli --as reviewer review send yamada@example.ac.jp \
    --channel pdf >/dev/null
# The screens see the campaign as on 6 June 2025, a day after the answers were due.
export SHUZAI_NOW=2025-06-06T10:00:00+09:00

Xvfb :97 -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $gui $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
mkdir -p packaging/screenshots resources/guide/images
# shot NAME LANG [GUI OPTIONS...]: the whole screen, as packaging/screenshots/NAME-LANG.png
shot() {
    name=$1
    lang=$2
    shift 2
    DISPLAY=:97 QT_QPA_PLATFORM=xcb "$build/app/shuzai" --db "$db" --lang "$lang" \
        -geometry "$size+0+0" "$@" >/dev/null 2>&1 &
    gui=$!
    sleep 3
    DISPLAY=:97 import -window root "packaging/screenshots/$name-$lang.png"
    kill $gui
    wait $gui 2>/dev/null || true
    echo "wrote packaging/screenshots/$name-$lang.png"
}
for lang in ja en; do
    shot main-window $lang
    shot transcripts $lang --screen transcripts
    shot search $lang --search 量子
    shot matrix $lang --screen matrix
    shot calendar $lang --screen calendar
    shot review $lang --screen review
    shot dashboard $lang --screen dashboard
    shot audit $lang --screen audit
    # The guide's pictures, smaller: they are compiled into the program.
    convert "packaging/screenshots/main-window-$lang.png" -resize 960x \
        "resources/guide/images/roster_$lang.png"
    convert "packaging/screenshots/calendar-$lang.png" -resize 960x \
        "resources/guide/images/calendar_$lang.png"
done
printf '[ui]\nwelcomeAtStart=true\n' >"$XDG_CONFIG_HOME/shuzai/shuzai.conf"
shot welcome ja
shot welcome en
