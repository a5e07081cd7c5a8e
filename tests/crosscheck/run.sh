#!/usr/bin/env bash
# Runs Shuzai's CLI and the independent parsers over the corpora; writes out/*.json.
# Then: node compare.mjs > REPORT-data.md (the comparison).
set -u
cd "$(dirname "$0")"
REPO=${REPO:-$(cd ../.. && pwd)}
CORPORA=${CORPORA:-$(cd "$REPO/.." && pwd)/shared/corpora}
export REPO CORPORA
CLI=${CLI:-$REPO/build/app/shuzai-cli}
export SHUZAI_NOW=${SHUZAI_NOW:-2025-05-20T09:00:00+09:00}
export QT_QPA_PLATFORM=offscreen
TMP=/tmp/xcheck
OUT=$PWD/out
mkdir -p "$TMP" "$OUT" "$OUT/shuzai"
DB=$TMP/x.db
rm -f "$DB" "$DB"-*
"$CLI" --db "$DB" init > "$OUT/init.txt" 2>&1 || { echo "init failed"; cat "$OUT/init.txt"; exit 1; }
cli() { "$CLI" --db "$DB" "$@"; }

# Distinct files (by content) from the shared corpora and the project's test data.
list() { # EXT...
  local pat=()
  for e in "$@"; do pat+=(-o -name "*.$e"); done
  find "$CORPORA" "$REPO/tests/data" -type f \( "${pat[@]:1}" \) -print0 |
    xargs -0 sha256sum | sort -k1,1 -u | awk '{print $2}' | sort
}
list vtt > "$OUT/files-vtt.txt"
list ics > "$OUT/files-ics.txt"
list docx > "$OUT/files-docx.txt"

cli campaign edit 1 --publication-date 2040-06-30 > "$OUT/campaign-setup.txt" 2>&1
cli interviewee add --category researcher --name "検査 太郎" --email xcheck@example.com >> "$OUT/campaign-setup.txt" 2>&1
cli interview add xcheck@example.com --at 2025-05-27T10:00 >> "$OUT/campaign-setup.txt" 2>&1
INTERVIEW=$(cli --json interview list | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const a=JSON.parse(s);console.log(a[0].id)})')
echo "interview $INTERVIEW" > "$OUT/setup.txt"

# --- transcripts: dry run (encoding, count, skipped) and a real import, then show --json ---
transcript() { # FILE FORMAT TAG
  local f=$1 fmt=$2 tag=$3 base
  base=$OUT/shuzai/$tag.$(sha256sum "$f" | cut -c1-12)
  local fmtopt=()
  [ -n "$fmt" ] && fmtopt=(--format "$fmt")
  cli --json transcript import "$INTERVIEW" "$f" "${fmtopt[@]}" --dry-run > "$base.dry.json" 2> "$base.dry.err"
  echo $? > "$base.dry.rc"
  cli --json transcript import "$INTERVIEW" "$f" "${fmtopt[@]}" --yes > "$base.imp.json" 2> "$base.imp.err"
  echo $? > "$base.imp.rc"
  local id
  id=$(node -e 'try{console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).id||"")}catch(e){console.log("")}' "$base.imp.json")
  if [ -n "$id" ]; then
    cli --json transcript show --transcript "$id" > "$base.show.json" 2> "$base.show.err"
  fi
  echo "$f" > "$base.file"
}
while read -r f; do transcript "$f" vtt vtt; done < "$OUT/files-vtt.txt"
while read -r f; do transcript "$f" docx docx; done < "$OUT/files-docx.txt"

# Encodings: every text file that is not valid UTF-8, plus the project's encodings/ set.
node -e '
const fs=require("fs");const {execSync}=require("child_process");
const files=execSync("find "$CORPORA" "$REPO/tests/data" -type f \\( -name \"*.vtt\" -o -name \"*.srt\" -o -name \"*.sbv\" -o -name \"*.txt\" -o -name \"*.eml\" \\) -print0 | xargs -0 sha256sum | sort -k1,1 -u | cut -c67-",{encoding:"utf8"}).trim().split("\n");
const out=[];
for(const f of files){const b=fs.readFileSync(f);let ok=true;try{new TextDecoder("utf-8",{fatal:true}).decode(b)}catch(e){ok=false}
 if(!ok||f.includes("/tests/data/encodings/"))out.push(f)}
console.log(out.sort().join("\n"))' > "$OUT/files-enc.txt"
while read -r f; do
  case "$f" in
    *.vtt) fmt=vtt ;; *.srt) fmt=srt ;; *.sbv) fmt=sbv ;; *) fmt=txt ;;
  esac
  base=$OUT/shuzai/enc.$(sha256sum "$f" | cut -c1-12)
  cli --json transcript import "$INTERVIEW" "$f" --format "$fmt" --dry-run > "$base.dry.json" 2> "$base.dry.err"
  echo $? > "$base.dry.rc"
  echo "$f" > "$base.file"
done < "$OUT/files-enc.txt"

# --- calendars: two campaign windows (A: a week before SHUZAI_NOW to a year after, the
# default window's dates; B: wide, 1990-2039), one import per file, periods read back from the DB.
calendars() { # TAG FIRST LAST
  local tag=$1 first=$2 last=$3
  cli campaign edit 1 --publication-date 2040-06-30 --window-start "$first" --window-end "$last" > "$OUT/campaign-$tag.txt" 2>&1
  while read -r f; do
    local base=$OUT/shuzai/ics$tag.$(sha256sum "$f" | cut -c1-12)
    # A distinct source name per file, so that two files of the same name do not replace each other.
    local src
    src=$(basename "$base").ics
    cp "$f" "$TMP/$src"
    cli --json calendar import "$TMP/$src" > "$base.json" 2> "$base.err"
    echo $? > "$base.rc"
    sqlite3 -json "$DB" "select uid, starts_at, ends_at from busy_periods where source='$src' order by starts_at, ends_at, uid" > "$base.periods.json" 2>> "$base.err"
    echo "$f" > "$base.file"
  done < "$OUT/files-ics.txt"
}
calendars A 2025-05-13 2026-05-20
calendars B 1990-01-01 2039-12-31

# --- the independent parsers ---
xargs -d '\n' node w3c-vtt.js < "$OUT/files-vtt.txt" > "$OUT/w3c-vtt.json"
xargs -d '\n' node mammoth-docx.js < "$OUT/files-docx.txt" > "$OUT/mammoth.json"
xargs -d '\n' node ej-detect.js < "$OUT/files-enc.txt" > "$OUT/encoding-japanese.json"

# ical.js per file, under a timeout (it loops on DURATION:P999999999999999999W).
icaljs() { # TAG FROM TO
  local tag=$1 from=$2 to=$3
  echo "[" > "$OUT/icaljs-$tag.json"
  local sep=""
  while read -r f; do
    local r
    r=$(timeout 60 node icaljs-busy.mjs "$from" "$to" Asia/Tokyo "$f")
    if [ $? -ne 0 ] || [ -z "$r" ]; then
      r="[{\"file\":\"$f\",\"error\":\"ical.js did not finish within 60 s\"}]"
    fi
    printf '%s%s\n' "$sep" "${r:1:${#r}-2}" >> "$OUT/icaljs-$tag.json"
    sep=","
  done < "$OUT/files-ics.txt"
  echo "]" >> "$OUT/icaljs-$tag.json"
}
icaljs A 2025-05-12T15:00:00Z 2026-05-20T15:00:00Z
icaljs B 1989-12-31T15:00:00Z 2039-12-31T15:00:00Z
echo done
