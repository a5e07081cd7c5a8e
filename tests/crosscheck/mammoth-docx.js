// mammoth's extractRawText for each .docx: paragraphs (mammoth ends each with "\n\n").
const mammoth = require('mammoth');
(async () => {
  const out = [];
  for (const file of process.argv.slice(2)) {
    try {
      const r = await mammoth.extractRawText({ path: file });
      out.push({ file, text: r.value, messages: r.messages.map((m) => m.type + ': ' + m.message) });
    } catch (e) {
      out.push({ file, error: String(e.message || e) });
    }
  }
  process.stdout.write(JSON.stringify(out, null, 1));
})();
