// Parses each .vtt given on the command line with the W3C's webvtt-parser (annevk, w3c/webvtt.js)
// and prints one JSON object per file: whether the signature was refused, and each cue's
// start/end in ms and its text with the markup removed (the text nodes of the cue tree, with
// the full HTML named character references as the spec asks).
const fs = require('fs');
const { WebVTTParser } = require('webvtt-parser');
const entities = require('webvtt-parser/html-entities.json');

function textOf(node) {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'timestamp') return '';
  return (node.children || []).map(textOf).join('');
}

const out = [];
for (const file of process.argv.slice(2)) {
  const bytes = fs.readFileSync(file);
  // The spec decodes as UTF-8; the decoder drops one leading BOM (ignoreBOM:false would drop
  // it here and the parser would drop a second one, so keep it and let the parser drop it).
  const input = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parser = new WebVTTParser(entities);
  let r;
  try {
    r = parser.parse(input, 'subtitles');
  } catch (e) {
    out.push({ file, crash: String(e) });
    continue;
  }
  const sigErr = r.errors.some((e) => /No valid signature/.test(e.message));
  out.push({
    file,
    rejected: sigErr,
    errors: r.errors.map((e) => `${e.line}:${e.message}`),
    cues: sigErr ? [] : r.cues.map((c) => ({
      id: c.id,
      startMs: Math.round(c.startTime * 1000),
      endMs: Math.round(c.endTime * 1000),
      raw: c.text,
      text: textOf(c.tree),
    })),
  });
}
process.stdout.write(JSON.stringify(out, null, 1));
