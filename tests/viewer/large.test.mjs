// A large document (the seed's operative paragraphs repeated to ~600
// paragraphs, parsed by the WASM package in the page): the view is shown
// after a first slice and completed in later tasks; deep links, search and
// filter work whatever is built, and the finished DOM matches the model.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openViewer, seedText } from './harness.mjs';

function synthetic(n) {
  const seed = seedText();
  const at = seed.indexOf('\n1. *Reaffirms*');
  const head = seed.slice(0, at + 1);
  const rest = seed.slice(at + 1);
  const end = rest.indexOf('\n*10');
  const ops = rest.slice(0, end).split(/\n\n(?=\d+\. )/).map((p) => p.replace(/^\d+\. /, '').trim());
  let s = head;
  for (let k = 1; k <= n; k++) s += `${k}. ${ops[(k - 1) % ops.length]}\n\n`;
  return s + rest.slice(end + 1);
}

let h;
before(async () => {
  h = await setup();
  await openViewer(h.page, h.url);
});
after(async () => {
  await h?.close();
});

test('a 600-paragraph document: deep link before completion, then a complete DOM', async () => {
  const { page } = h;
  const text = synthetic(600);
  const r = await page.evaluate(async (t) => {
    const v = document.querySelector('clause-viewer');
    const ready = await new Promise((ok) => {
      v.addEventListener('clause-viewer:ready', (e) => ok(e.detail), { once: true });
      v.text = t;
    });
    // straight away, whatever is built: a deep link far down
    location.hash = '#para_590';
    await new Promise((ok) => window.addEventListener('hashchange', ok, { once: true }));
    const focused = document.activeElement?.id;
    const stats = await v.rendered;
    const a = v.querySelector('article');
    return {
      ready: ready.counts,
      focused,
      stats,
      dom: a.querySelectorAll('.akn-mainBody > .akn-paragraph').length,
      groups: [...v.shadowRoot.querySelectorAll('nav details.group > summary')].map((s) => s.textContent),
      currentGroup: v.shadowRoot.querySelector('nav summary[aria-current]')?.textContent,
      model: v.model.operative.length,
      noteRefs: a.querySelectorAll('a.akn-noteRef').length,
      backlinks: a.querySelectorAll('a.akn-noteBack').length,
      cited: [...v.model.preamble, ...v.model.operative].reduce((n, p) => n + p.notes.filter((x) => v.model.footnotes.some((f) => f.marker === x.marker)).length, 0),
    };
  }, text);
  assert.equal(r.model, 600);
  assert.equal(r.ready.operative, 600);
  assert.equal(r.focused, 'para_590');
  assert.equal(r.stats.complete, true);
  assert.equal(r.dom, 600);
  // the outline groups long lists by 100, built when opened
  assert.deepEqual(r.groups, ['Paragraphs 1–100', 'Paragraphs 101–200', 'Paragraphs 201–300', 'Paragraphs 301–400', 'Paragraphs 401–500', 'Paragraphs 501–600']);
  assert.equal(r.currentGroup, 'Paragraphs 501–600');
  const opened = await page.evaluate(async () => {
    const root = document.querySelector('clause-viewer').shadowRoot;
    const det = [...root.querySelectorAll('nav details.group')][5];
    det.open = true;
    await new Promise((ok) => det.addEventListener('toggle', ok, { once: true }));
    return { entries: det.querySelectorAll('li[data-for]').length, current: root.querySelector('nav a[aria-current]')?.dataset.id };
  });
  assert.equal(opened.entries, 100);
  assert.equal(opened.current, 'para_590');
  assert.equal(r.noteRefs, r.cited);
  assert.equal(r.backlinks, r.noteRefs);
});

test('search and filter cover the whole large document', async () => {
  const { page } = h;
  const expected = await page.evaluate(() => (document.querySelector('clause-viewer article').textContent.match(/Urges/g) || []).length);
  assert.ok(expected >= 600 / 9);
  const n = await page.evaluate(() => document.querySelector('clause-viewer').search('Urges'));
  assert.equal(n, expected);
  const shown = await page.evaluate(() => document.querySelector('clause-viewer').setFilter('class:urges'));
  const ops = await page.evaluate(() => [...document.querySelectorAll('clause-viewer .akn-paragraph')].filter((p) => !p.hidden).every((p) => p.dataset.class === 'urges'));
  assert.ok(ops);
  assert.ok(shown >= 600 / 9 * 2 - 2, `shown ${shown}`);
});
