// The package in a real browser: headless Chromium (Debian's) loads the
// ES module from a local HTTP server that serves .wasm as application/wasm,
// parses the seed and checks counts, ids and UTF-16 spans.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve, browser, CHROMIUM } from './harness.mjs';

const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>clausemark test</title>
<script type="module">
  import { init, parse, version } from './js/clausemark.js';
  try {
    const text = await (await fetch('./tests/fixtures/cnd-53-8.md')).text();
    await init(); await init();
    const d = parse(text);
    const slice = (s) => s ? text.slice(s[0], s[1]) : null;
    const p4 = d.operative.find((p) => p.id === 'para_4');
    const withNote = d.preamble.concat(d.operative).find((p) => p.notes.length > 0);
    window.result = {
      version: version(),
      counts: [d.preamble.length, d.operative.length, d.footnotes.length],
      ids: d.preamble.map((p) => p.id).concat(d.operative.map((p) => p.id)),
      p4: { text: p4.text, slice: slice(p4.span16), lead: p4.lead, leadSlice: slice(p4.lead_span16) },
      formula: [d.formula, slice(d.spans16.formula)],
      footnote: [d.footnotes[0].text, slice(d.footnotes[0].span16)],
      note: withNote && [withNote.notes[0].marker, withNote.text.slice(0, withNote.notes[0].offset16)],
    };
    const u = 'The General Assembly,\\n\\nRecalling «Ω» its résolutions \\u{1F30D},\\n\\n1. Decides to act on 🌍 matters;\\n';
    const du = parse(u);
    window.unicode = {
      slice: u.slice(du.operative[0].span16[0], du.operative[0].span16[1]),
      span: du.operative[0].span, span16: du.operative[0].span16,
    };
    try { parse('x'.repeat(16 * 1024 * 1024 + 1)); window.tooLarge = 'no error'; }
    catch (e) { window.tooLarge = e.name + ' ' + e.code + ' ' + (e instanceof Error); }
  } catch (e) { window.result = { error: String(e && e.stack || e) }; }
</script>`;

let server, b;
before(async () => {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  server = await serve({ 'wasm-test.html': PAGE });
  b = await browser();
});
after(async () => { if (b) await b.close(); if (server) await server.close(); });

test('Chromium parses the seed through the package', async () => {
  await b.page.goto(server.base + 'wasm-test.html');
  await b.page.waitForFunction(() => window.result !== undefined, null, { timeout: 60000 });
  const r = await b.page.evaluate(() => window.result);
  assert.equal(r.error, undefined, r.error);
  assert.match(r.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(r.counts, [11, 9, 10]);
  assert.ok(r.ids.includes('para_4'), r.ids.join(' '));
  assert.ok(r.ids.includes('preamble__container_2'), r.ids.join(' '));
  assert.equal(r.p4.lead, r.p4.leadSlice, 'lead_span16 slices the lead');
  assert.ok(r.p4.slice.startsWith('4.'), `span16 of para_4 starts with its number: ${r.p4.slice}`);
  assert.ok(r.p4.slice.includes(r.p4.lead), 'span16 of para_4 holds its lead');
  assert.ok(r.formula[1].includes('Commission on Narcotic Drugs'), r.formula[1]);
  // The footnote's span covers its source (Markdown included): it ends with the footnote's last words.
  assert.ok(r.footnote[1].trimEnd().endsWith(r.footnote[0].slice(-12)), `${r.footnote[1]} / ${r.footnote[0]}`);
  assert.ok(r.note, 'some paragraph cites a footnote');
  assert.equal(b.console.filter((l) => l.startsWith('error') || l.startsWith('pageerror')).join('\n'), '');
});

test('Chromium: UTF-16 spans slice a non-ASCII string', async () => {
  const u = await b.page.evaluate(() => window.unicode);
  assert.equal(u.slice, '1. Decides to act on 🌍 matters;');
  assert.notDeepEqual(u.span, u.span16);
});

test('Chromium: an input over the limit throws a ClausemarkError', async () => {
  const r = await b.page.evaluate(() => window.tooLarge);
  assert.equal(r, 'ClausemarkError input-too-large true');
});

test('the server gave the .wasm as application/wasm from the prefixed path', () => {
  const w = server.log.find((l) => l.path.endsWith('/pkg/clausemark_bg.wasm'));
  assert.ok(w, 'the page fetched pkg/clausemark_bg.wasm');
  assert.equal(w.code, 200);
  assert.equal(w.type, 'application/wasm');
  assert.equal(server.log.filter((l) => l.code !== 200 && !l.path.endsWith('/favicon.ico')).map((l) => l.path).join(' '), '');
});
