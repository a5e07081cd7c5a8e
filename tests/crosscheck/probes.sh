#!/usr/bin/env bash
# Synthetic probes (not part of the corpus counts): prints Shuzai's and the independent parser's
# reading side by side. Needs run.sh to have made the database (/tmp/xcheck/x.db, interview 1).
cd "$(dirname "$0")"
REPO=${REPO:-$(cd ../.. && pwd)}
CORPORA=${CORPORA:-$(cd "$REPO/.." && pwd)/shared/corpora}
export REPO CORPORA
CLI=${CLI:-$REPO/build/app/shuzai-cli}
export SHUZAI_NOW=${SHUZAI_NOW:-2025-05-20T09:00:00+09:00} QT_QPA_PLATFORM=offscreen
DB=/tmp/xcheck/x.db
for f in probes/*.vtt; do
  echo "== $f"
  id=$("$CLI" --db "$DB" --json transcript import 1 "$f" --yes 2>&1 | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).id)}catch(e){console.log("ERR "+s.trim())}})')
  case "$id" in
    ERR*) echo "  Shuzai: $id" ;;
    *) "$CLI" --db "$DB" --json transcript show --transcript "$id" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const g of JSON.parse(s).segments)console.log("  Shuzai",g.startMs,g.endMs,JSON.stringify(g.speaker),JSON.stringify(g.text))})' ;;
  esac
  node w3c-vtt.js "$f" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const r of JSON.parse(s)){if(r.rejected)console.log("  W3C rejected: no valid signature");for(const c of r.cues)console.log("  W3C   ",c.startMs,c.endMs,JSON.stringify(c.text))}})'
done
"$CLI" --db "$DB" campaign edit 1 --publication-date 2040-06-30 --window-start 2025-05-13 --window-end 2026-05-20 > /dev/null
for f in probes/*.ics; do
  echo "== $f"
  src=probe-$(basename "$f"); cp "$f" "/tmp/xcheck/$src"
  "$CLI" --db "$DB" --json calendar import "/tmp/xcheck/$src" | tr -d '\n'; echo
  sqlite3 "$DB" "select uid||'|'||starts_at||'|'||ends_at from busy_periods where source='$src' order by uid, starts_at" | sed 's/\.000Z/Z/g' > "/tmp/xcheck/$src.shuzai.txt"
  node icaljs-busy.mjs 2025-05-12T15:00:00Z 2026-05-20T15:00:00Z Asia/Tokyo "$f" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s)[0];if(r.error)console.log("ERROR "+r.error);else for(const p of r.periods.sort((a,b)=>(a.uid+a.start).localeCompare(b.uid+b.start)))console.log(p.uid+"|"+p.start+"|"+p.end)})' > "/tmp/xcheck/$src.icaljs.txt"
  echo "  Shuzai $(wc -l < /tmp/xcheck/$src.shuzai.txt) periods, ical.js $(wc -l < /tmp/xcheck/$src.icaljs.txt) lines; diff (< Shuzai, > ical.js):"
  diff "/tmp/xcheck/$src.shuzai.txt" "/tmp/xcheck/$src.icaljs.txt" | sed 's/^/    /' | head -20
done
