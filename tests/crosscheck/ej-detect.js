// encoding-japanese's detect() on each file, and whether the bytes are valid UTF-8.
const fs = require('fs');
const Encoding = require('encoding-japanese');
const out = [];
for (const file of process.argv.slice(2)) {
  const b = fs.readFileSync(file);
  let utf8ok = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(b); } catch (e) { utf8ok = false; }
  out.push({ file, detect: Encoding.detect(b), validUtf8: utf8ok, bytes: b.length });
}
process.stdout.write(JSON.stringify(out, null, 1));
