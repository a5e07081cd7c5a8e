// Compares out/shuzai/* with the independent parsers' outputs; prints markdown (details) to
// stdout and a JSON summary to out/summary.json.
import fs from 'fs';
import path from 'path';

const OUT = path.resolve('out');
const SH = path.join(OUT, 'shuzai');
const rd = (p) => { try { return fs.readFileSync(p, 'utf8'); } catch (e) { return null; } };
const js = (p) => { const s = rd(p); if (s == null || s.trim() === '') return null; try { return JSON.parse(s); } catch (e) { return { __bad: s.slice(0, 300) }; } };
const short = (f) => f.replace(process.env.CORPORA + '/', 'shared:').replace(process.env.REPO + '/tests/data/', 'tests:');
const clip = (s, n = 90) => { s = String(s ?? ''); s = s.replace(/\n/g, '⏎'); return s.length > n ? s.slice(0, n) + '…' : s; };

function shuzaiRecords(prefix) {
  const recs = new Map();
  for (const name of fs.readdirSync(SH)) {
    if (!name.startsWith(prefix + '.') || !name.endsWith('.file')) continue;
    const base = path.join(SH, name.slice(0, -5));
    const file = rd(base + '.file').trim();
    recs.set(file, {
      file,
      dry: js(base + '.dry.json'), dryRc: +(rd(base + '.dry.rc') ?? 'NaN'), dryErr: (rd(base + '.dry.err') || '').trim(),
      imp: js(base + '.imp.json'), impRc: +(rd(base + '.imp.rc') ?? 'NaN'), impErr: (rd(base + '.imp.err') || '').trim(),
      show: js(base + '.show.json'),
      json: js(base + '.json'), rc: +(rd(base + '.rc') ?? 'NaN'), err: (rd(base + '.err') || '').trim(),
      periods: js(base + '.periods.json'),
    });
  }
  return recs;
}

const md = [];
const summary = {};
const p = (...a) => md.push(a.join(''));

// ---------------------------------------------------------------- WebVTT
{
  const w3c = js(path.join(OUT, 'w3c-vtt.json'));
  const sh = shuzaiRecords('vtt');
  const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
  const stripLabel = (text, speaker) => {
    const t = norm(text);
    const esc = speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp('^(?:>>\\s*|-\\s+)?(?:' + esc + '\\s*[:：]|【\\s*' + esc + '\\s*】)\\s*');
    return t.replace(re, '');
  };
  let agree = 0, total = 0;
  const dis = [];
  const notes = [];
  for (const w of w3c) {
    total++;
    const s = sh.get(w.file);
    const name = short(w.file);
    if (!s) { dis.push({ name, what: 'no Shuzai record' }); continue; }
    const refused = s.impRc !== 0;
    if (w.rejected || refused) {
      if (w.rejected && refused) { agree++; notes.push(`${name}: both refuse (W3C: no valid signature; Shuzai: ${clip(s.impErr, 120)})`); continue; }
      const nonEmpty = (w.cues || []).filter((c) => c.text.trim() !== '');
      if (!w.rejected && refused && nonEmpty.length === 0) {
        agree++;
        notes.push(`${name}: W3C accepts with ${w.cues.length} cue(s), none with text; Shuzai refuses (${clip(s.impErr, 120)}) — consistent (nothing to import)`);
        continue;
      }
      dis.push({ name, what: w.rejected ? `W3C rejects (no valid signature); Shuzai imports ${s.imp?.segmentCount} segment(s)` : `W3C accepts with ${nonEmpty.length} cue(s) with text; Shuzai refuses: ${clip(s.impErr, 200)}`,
                 detail: w.rejected ? '' : nonEmpty.slice(0, 3).map((c) => `${c.startMs}-${c.endMs} ${clip(c.text, 60)}`).join(' | ') });
      continue;
    }
    // Shuzai's segments; a split segment's later parts have no start time.
    const segs = (s.show?.segments || []).slice().sort((a, b) => a.position - b.position);
    const merged = [];
    for (const g of segs) {
      if (g.startMs == null && merged.length) { const m = merged[merged.length - 1]; m.text += g.text; m.endMs = g.endMs; m.parts++; }
      else merged.push({ startMs: g.startMs, endMs: g.endMs, speaker: g.speaker, text: g.text, parts: 1 });
    }
    const cmp = (a, b) => a.startMs - b.startMs || b.endMs - a.endMs;
    const shc = merged.map((m, i) => ({ ...m, i })).sort((a, b) => cmp(a, b) || a.i - b.i);
    const emptyCues = w.cues.filter((c) => c.text.trim() === '');
    const wc = w.cues.filter((c) => c.text.trim() !== '');
    const problems = [];
    let labelTaken = 0, voice = 0, split = merged.filter((m) => m.parts > 1).length;
    // pairwise by (start,end) order; when counts differ, match greedily by timing.
    const used = new Set();
    for (const c of wc) {
      let j = shc.findIndex((m, k) => !used.has(k) && m.startMs === c.startMs && m.endMs === c.endMs && (norm(m.text) === norm(c.text) || (m.speaker && stripLabel(c.text, m.speaker) === norm(m.text))));
      if (j < 0) j = shc.findIndex((m, k) => !used.has(k) && m.startMs === c.startMs && m.endMs === c.endMs);
      if (j < 0) { problems.push(`W3C cue not in Shuzai: ${c.startMs}→${c.endMs} "${clip(c.text)}"`); continue; }
      used.add(j);
      const m = shc[j];
      const exact = c.text.trim() === m.text;
      if (exact) continue;
      if (norm(c.text) === norm(m.text)) { problems.push(`whitespace differs at ${c.startMs}: W3C "${clip(JSON.stringify(c.text))}" vs Shuzai "${clip(JSON.stringify(m.text))}"`); continue; }
      if (m.speaker && stripLabel(c.text, m.speaker) === norm(m.text)) { labelTaken++; continue; }
      if (m.speaker && /<v[ .]/.test(c.raw) && norm(c.text) === norm(m.text)) { voice++; continue; }
      problems.push(`text differs at ${c.startMs}→${c.endMs}: W3C "${clip(c.text)}" vs Shuzai [${m.speaker}] "${clip(m.text)}"`);
    }
    shc.forEach((m, k) => { if (!used.has(k)) problems.push(`Shuzai segment not a W3C cue: ${m.startMs}→${m.endMs} [${m.speaker}] "${clip(m.text)}"`); });
    const info = `${wc.length} cue(s) with text${emptyCues.length ? ` (+${emptyCues.length} empty, skipped by Shuzai)` : ''}; Shuzai ${segs.length} segment(s)${split ? `, ${split} cue(s) split` : ''}${labelTaken ? `, ${labelTaken} speaker label(s) taken out` : ''}`;
    if (problems.length === 0) { agree++; notes.push(`${name}: agree — ${info}`); }
    else dis.push({ name, what: info, detail: problems.slice(0, 8).join('\n    ') + (problems.length > 8 ? `\n    … ${problems.length - 8} more` : '') });
  }
  summary.webvtt = { files: total, agree, disagree: dis.length };
  p('## WebVTT (W3C webvtt-parser 2.2.0 vs shuzai-cli transcript import --format vtt)\n');
  p(`Files: ${total}; agree: ${agree}; disagree: ${dis.length}\n`);
  p('### Disagreements\n');
  for (const d of dis) p(`- **${d.name}**: ${d.what}${d.detail ? '\n    ' + d.detail : ''}`);
  p('\n### Agreements\n');
  for (const n of notes) p(`- ${n}`);
  p('');
}

// ---------------------------------------------------------------- iCalendar
for (const tag of ['A', 'B']) {
  const ij = js(path.join(OUT, `icaljs-${tag}.json`)) || [];
  const sh = shuzaiRecords('ics' + tag);
  let agree = 0;
  const dis = [], notes = [];
  const iso = (s) => { const t = Date.parse(s); return Number.isNaN(t) ? String(s) : new Date(t).toISOString().replace('.000Z', 'Z'); };
  for (const r of ij) {
    const s = sh.get(r.file);
    const name = short(r.file);
    if (!s) { dis.push({ name, what: 'no Shuzai record' }); continue; }
    const refused = s.rc !== 0;
    const win = s.json?.window ? `${s.json.window.first}..${s.json.window.last} ${s.json.window.timeZone} (${s.json.window.from})` : '';
    if (r.error || refused) {
      if (r.error && refused) { agree++; notes.push(`${name}: both refuse — ical.js: ${clip(r.error, 100)}; Shuzai: ${clip(s.err, 140)}`); continue; }
      dis.push({ name, what: r.error ? `ical.js fails (${clip(r.error, 120)}); Shuzai imports ${s.json?.busyTimes} busy time(s)` : `ical.js reads ${r.periods.length} busy period(s) in the window; Shuzai refuses: ${clip(s.err, 220)}`,
                 detail: r.error ? (s.periods || []).slice(0, 4).map((x) => `${iso(x.starts_at)}→${iso(x.ends_at)} ${x.uid}`).join(' | ') : r.periods.slice(0, 4).map((x) => `${x.start}→${x.end} ${x.uid}`).join(' | ') });
      continue;
    }
    const key = (x) => `${x.start}→${x.end}`;
    const a = r.periods.map((x) => ({ k: key(x), uid: x.uid }));
    const b = (s.periods || []).map((x) => ({ k: `${iso(x.starts_at)}→${iso(x.ends_at)}`, uid: x.uid }));
    const count = (arr) => arr.reduce((m, x) => m.set(x.k, (m.get(x.k) || 0) + 1), new Map());
    const ca = count(a), cb = count(b);
    const onlyA = [], onlyB = [];
    for (const [k, n] of ca) for (let i = 0; i < n - (cb.get(k) || 0); i++) onlyA.push(k + ' ' + (a.find((x) => x.k === k).uid));
    for (const [k, n] of cb) for (let i = 0; i < n - (ca.get(k) || 0); i++) onlyB.push(k + ' ' + (b.find((x) => x.k === k).uid));
    const countMismatch = s.json && s.json.busyTimes !== b.length ? ` (Shuzai's summary says ${s.json.busyTimes} but the DB holds ${b.length})` : '';
    const extra = r.notes?.length ? ` [ical.js notes: ${r.notes.join('; ')}]` : '';
    if (!onlyA.length && !onlyB.length && !countMismatch) {
      agree++;
      notes.push(`${name}: agree — ${a.length} busy period(s); Shuzai entries ${s.json?.entries}, kept ${s.json?.kept}, left out ${JSON.stringify(s.json?.leftOut)}${extra}`);
    } else {
      dis.push({ name, what: `ical.js ${a.length} period(s), Shuzai ${b.length}${countMismatch}${extra}`,
                 detail: [...onlyA.slice(0, 6).map((x) => 'only ical.js: ' + x), ...(onlyA.length > 6 ? [`… ${onlyA.length - 6} more only in ical.js`] : []),
                          ...onlyB.slice(0, 6).map((x) => 'only Shuzai: ' + x), ...(onlyB.length > 6 ? [`… ${onlyB.length - 6} more only in Shuzai`] : [])].join('\n    ') });
    }
    if (tag === 'A' && win) summary.windowA = win;
    if (tag === 'B' && win) summary.windowB = win;
  }
  summary['ics' + tag] = { files: ij.length, agree, disagree: dis.length };
  p(`## iCalendar, window ${tag} (ical.js 2.2.1 vs shuzai-cli calendar import + busy_periods table)\n`);
  p(`Window: ${tag === 'A' ? summary.windowA : summary.windowB}\n`);
  p(`Files: ${ij.length}; agree: ${agree}; disagree: ${dis.length}\n`);
  p('### Disagreements\n');
  for (const d of dis) p(`- **${d.name}**: ${d.what}${d.detail ? '\n    ' + d.detail : ''}`);
  p('\n### Agreements\n');
  for (const n of notes) p(`- ${n}`);
  p('');
}

// ---------------------------------------------------------------- docx
{
  const mm = js(path.join(OUT, 'mammoth.json')) || [];
  const sh = shuzaiRecords('docx');
  const squash = (s) => String(s).replace(/[\s:：【】\u00a0]/g, '');
  let agree = 0;
  const dis = [], notes = [];
  for (const m of mm) {
    const s = sh.get(m.file);
    const name = short(m.file);
    if (!s) { dis.push({ name, what: 'no Shuzai record' }); continue; }
    const refused = s.impRc !== 0;
    const mText = m.text || '';
    if (m.error || refused) {
      if ((m.error || squash(mText) === '') && refused) { agree++; notes.push(`${name}: ${m.error ? 'mammoth fails' : 'mammoth finds no text'}; Shuzai refuses: ${clip(s.impErr, 140)}`); continue; }
      dis.push({ name, what: m.error ? `mammoth fails: ${m.error}` : `mammoth text ${mText.length} chars; Shuzai refuses: ${clip(s.impErr, 200)}`, detail: clip(mText, 200) });
      continue;
    }
    const segs = (s.show?.segments || []).slice().sort((a, b) => a.position - b.position);
    const shText = segs.map((g) => (g.speaker ? g.speaker + '：' : '') + g.text).join('\n');
    const A = squash(mText), B = squash(shText);
    const mParas = mText.split(/\n\n/).map((x) => x.trim()).filter(Boolean);
    if (A === B) { agree++; notes.push(`${name}: same text (${A.length} non-space chars); mammoth ${mParas.length} paragraph(s), Shuzai ${segs.length} segment(s)`); continue; }
    let i = 0; while (i < A.length && i < B.length && A[i] === B[i]) i++;
    let j = 0; while (j < A.length - i && j < B.length - i && A[A.length - 1 - j] === B[B.length - 1 - j]) j++;
    dis.push({ name, what: `non-space text differs (mammoth ${A.length} chars, Shuzai ${B.length}); first difference after "${clip(A.slice(Math.max(0, i - 25), i), 40)}"`,
               detail: `mammoth: "${clip(A.slice(i, A.length - j), 300)}"\n    Shuzai:  "${clip(B.slice(i, B.length - j), 300)}"` });
  }
  summary.docx = { files: mm.length, agree, disagree: dis.length };
  p('## docx (mammoth 1.13.0 extractRawText vs shuzai-cli transcript import --format docx)\n');
  p('Compared with all whitespace, colons (: ：) and 【】 removed, since Shuzai joins table cells with tabs and takes "Name：" labels into the speaker field.\n');
  p(`Files: ${mm.length}; agree: ${agree}; disagree: ${dis.length}\n`);
  p('### Disagreements\n');
  for (const d of dis) p(`- **${d.name}**: ${d.what}${d.detail ? '\n    ' + d.detail : ''}`);
  p('\n### Agreements\n');
  for (const n of notes) p(`- ${n}`);
  p('');
}

// ---------------------------------------------------------------- encodings
{
  const ej = js(path.join(OUT, 'encoding-japanese.json')) || [];
  const sh = shuzaiRecords('enc');
  const map = { UTF8: ['UTF-8'], ASCII: ['UTF-8'], SJIS: ['Shift_JIS'], EUCJP: ['EUC-JP'], JIS: ['ISO-2022-JP', 'ISO-2022-JP-2'],
                UTF16: ['UTF-16LE', 'UTF-16BE'], UTF16BE: ['UTF-16BE'], UTF16LE: ['UTF-16LE'], UTF32: ['UTF-32LE', 'UTF-32BE'] };
  let agree = 0, outOfScope = 0;
  const dis = [], notes = [];
  for (const e of ej) {
    const s = sh.get(e.file);
    const name = short(e.file);
    const shEnc = s?.dry?.encoding ?? null;
    const shDesc = s ? (s.dryRc === 0 ? `${shEnc}${s.dry.encodingCertain ? '' : ' (a guess)'}${s.dry.encodingCandidates?.length ? ' other: ' + s.dry.encodingCandidates.join('/') : ''}` : `refused: ${clip(s.dryErr, 160)}`) : 'no record';
    const want = map[e.detect];
    const row = `${name}: encoding-japanese ${e.detect}; Shuzai ${shDesc}`;
    if (!want) { outOfScope++; notes.push(`${row} — outside encoding-japanese's range (it knows only Japanese encodings and UTF)`); continue; }
    if (shEnc && want.includes(shEnc)) { agree++; notes.push(`${row} — agree`); continue; }
    dis.push(row);
  }
  summary.encodings = { files: ej.length, agree, outOfScope, disagree: dis.length };
  p('## Encodings (encoding-japanese 2.5.0 detect() vs shuzai-cli transcript import --dry-run encoding)\n');
  p(`Files: ${ej.length}; agree: ${agree}; outside encoding-japanese's range: ${outOfScope}; disagree: ${dis.length}\n`);
  p('### Disagreements\n');
  for (const d of dis) p(`- ${d}`);
  p('\n### Agreements and out of range\n');
  for (const n of notes) p(`- ${n}`);
  p('');
}

fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify(summary, null, 1));
process.stdout.write(md.join('\n') + '\n');
