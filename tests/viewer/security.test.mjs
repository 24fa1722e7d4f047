// Safety: a hostile document runs no script, and document text never turns
// into markup other than the allowed inline elements. Links other than
// http(s) and in-document anchors are dropped, also from model references.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, openViewer, showText } from './harness.mjs';

const HOSTILE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hostile.md'), 'utf8');
let h;
before(async () => {
  h = await setup();
  h.dialogs = [];
  h.page.on('dialog', (d) => {
    h.dialogs.push(d.message());
    d.dismiss();
  });
  await openViewer(h.page, h.url);
});
after(async () => {
  await h?.close();
});

const ALLOWED = new Set(['article', 'header', 'footer', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'em', 'a', 'sup', 'sub', 'br', 'strong', 'i', 'b', 'ol', 'li', 'button']);

async function inspect(page) {
  return page.evaluate(() => {
    const a = document.querySelector('clause-viewer article');
    const tags = [...new Set([...a.querySelectorAll('*')].map((e) => e.localName))];
    const handlers = [...a.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((x) => /^on/i.test(x.name) || x.name === 'style' || x.name === 'srcdoc').map((x) => `${e.localName}[${x.name}]`));
    const hrefs = [...a.querySelectorAll('[href]')].map((e) => e.getAttribute('href'));
    return { pwned: window.__pwned ?? null, tags, handlers, hrefs, text: a.textContent, bodyVisible: getComputedStyle(document.body).display };
  });
}

test('a hostile Markdown document runs no script and renders markup as text', async () => {
  const { page } = h;
  await page.evaluate(() => (window.__pwned = null));
  const ready = await showText(page, HOSTILE);
  assert.ok(ready.counts.operative >= 3, JSON.stringify(ready.counts));
  // give any injected handler (onerror, onload, ontoggle) the chance to run
  await page.waitForTimeout(300);
  await page.locator('#para_1').click();
  await page.mouse.move(10, 10);
  const r = await inspect(page);
  assert.equal(r.pwned, null, 'a script from the document ran');
  assert.deepEqual(h.dialogs, []);
  for (const t of r.tags) assert.ok(ALLOWED.has(t), `element <${t}> came from the document`);
  assert.deepEqual(r.handlers, []);
  for (const href of r.hrefs) assert.match(href, /^(#[\w:.-]+|https?:\/\/)/, `unsafe href ${href}`);
  // what was markup is visible as text
  assert.ok(r.text.includes('<script>'), 'script tag shown as text');
  assert.ok(r.text.includes('onerror'), 'img tag shown as text');
  assert.equal(r.bodyVisible, 'block', 'a <style> from the document applied');
});

test('the same hostile text as plain text, and a hostile model, run no script', async () => {
  const { page } = h;
  await page.evaluate(() => (window.__pwned = null));
  await showText(page, HOSTILE, { input: 'text' });
  await page.waitForTimeout(200);
  let r = await inspect(page);
  assert.equal(r.pwned, null);
  for (const t of r.tags) assert.ok(ALLOWED.has(t), `element <${t}>`);

  // a model (as a consumer could set it) with hostile references and inline HTML
  await page.evaluate(() => {
    const v = document.querySelector('clause-viewer');
    const p = (id, num, text, extra = {}) => ({ id, num, lead: 'Decides', text, footnotes: [], items: [], notes: [], span: [0, 0], lead_span: null, ...extra });
    v.model = {
      meta: { number: '1/1', body: 'General Assembly', title: '<img src=x onerror="window.__pwned=\'title\'">', language: 'en', adoption: null },
      formula: 'The General Assembly,',
      preamble: [],
      operative: [
        p('para_1', '1', 'Decides H<sub>2</sub>O <em>ok</em> <b onclick="x">no</b> see A/RES/1 and B/2 and C/3 and D/4'),
        p('para_2', '2', 'Decides <svg><script>window.__pwned=1</script></svg> </sup> <sup>unclosed'),
      ],
      footnotes: [],
      annexes: [{ id: 'att_1', label: '<img src=x onerror=window.__pwned="label">', title: '<script>window.__pwned="annex"</script>', text: '<img src=x onerror=window.__pwned="annex">', span: [0, 0] }],
      diagnostics: [],
      references: [
        { kind: 'document', text: 'A/RES/1', span: [32, 39], paragraph: 'para_1', target: { url: 'javascript:window.__pwned="ref"' } },
        { kind: 'document', text: 'B/2', span: [44, 47], paragraph: 'para_1', target: { url: 'data:text/html,<script>alert(1)</script>' } },
        { kind: 'document', text: 'C/3', span: [52, 55], paragraph: 'para_1', target: { url: 'https://undocs.org/en/C/3' } },
        { kind: 'document', text: 'D/4', span: [60, 63], paragraph: 'para_1', target: { symbol: 'D/4' } },
      ],
    };
  });
  await page.waitForTimeout(200);
  r = await inspect(page);
  assert.equal(r.pwned, null);
  for (const t of r.tags) assert.ok(ALLOWED.has(t), `element <${t}>`);
  assert.deepEqual(r.handlers, []);
  const links = await page.evaluate(() => [...document.querySelectorAll('#para_1 a')].map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(links, [['C/3', 'https://undocs.org/en/C/3'], ['D/4', 'https://undocs.org/en/D/4']]);
  // allowed inline elements are elements; the rest stays text
  const inline = await page.evaluate(() => ({
    sub: document.querySelector('#para_1 sub')?.textContent,
    em: document.querySelector('#para_1 .akn-content > em:not(.akn-lead)')?.textContent,
    b: document.querySelector('#para_1 b'),
    text1: document.querySelector('#para_1').textContent,
    text2: document.querySelector('#para_2').textContent,
  }));
  assert.equal(inline.sub, '2');
  assert.equal(inline.em, 'ok');
  assert.equal(inline.b, null);
  assert.ok(inline.text1.includes('<b onclick="x">no</b>'));
  assert.ok(inline.text2.includes('<sup>unclosed'));
  assert.deepEqual(h.dialogs, []);
});
