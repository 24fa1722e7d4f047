// End-to-end: the demo page with the seed, parsed in Chromium by the WASM
// package and rendered by <clause-viewer>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openViewer, CORPUS } from './harness.mjs';

let h;
before(async () => {
  h = await setup();
});
after(async () => {
  await h?.close();
});

const countItems = (ps) => ps.reduce((n, p) => n + p.items.length + countItems(p.items), 0);

test('the seed renders as many paragraphs, items and footnotes as the model has', async () => {
  const ready = await openViewer(h.page, h.url);
  const { model, dom } = await h.page.evaluate(() => {
    const v = document.querySelector('clause-viewer');
    const a = v.querySelector('article');
    return {
      model: v.model,
      dom: {
        preamble: a.querySelectorAll('.akn-preamble > .akn-container').length,
        operative: a.querySelectorAll('.akn-mainBody > .akn-paragraph').length,
        items: a.querySelectorAll('.akn-point').length,
        footnotes: a.querySelectorAll('.akn-authorialNote').length,
        noteRefs: a.querySelectorAll('a.akn-noteRef').length,
        outlineOps: v.shadowRoot.querySelectorAll('nav li[data-for^="para_"]').length,
      },
    };
  });
  // the model comes from the WASM parser in the page
  assert.ok(model.operative.length > 0);
  assert.equal(dom.preamble, model.preamble.length);
  assert.equal(dom.operative, model.operative.length);
  assert.equal(dom.items, countItems(model.preamble) + countItems(model.operative));
  assert.equal(dom.footnotes, model.footnotes.length);
  const cited = [...model.preamble, ...model.operative].reduce((n, p) => n + p.notes.length, 0);
  assert.equal(dom.noteRefs, cited);
  assert.equal(dom.outlineOps, model.operative.length);
  // and the model agrees with the corpus' expected output for the seed
  const expected = JSON.parse(readFileSync(join(CORPUS, 'seed', 'cnd-53-8.expected.json'), 'utf8'));
  assert.equal(model.preamble.length, expected.preamble.length);
  assert.equal(model.operative.length, expected.operative.length);
  assert.deepEqual(ready.counts.operative, model.operative.length);
  assert.equal(ready.counts.preamble, model.preamble.length);
  assert.equal(ready.counts.footnotes, model.footnotes.length);
  assert.deepEqual(h.errors, []);
});

test('highlighting: formula, header, lead phrases and verb classes from the lexicon', async () => {
  const r = await h.page.evaluate(() => {
    const a = document.querySelector('clause-viewer article');
    return {
      formula: a.querySelector('.akn-formula')?.textContent,
      title: a.querySelector('.akn-docTitle')?.textContent,
      number: a.querySelector('.akn-docNumber')?.textContent,
      lead1: a.querySelector('#para_1 .akn-lead')?.textContent,
      class1: a.querySelector('#para_1').dataset.class,
      class5: a.querySelector('#para_5').dataset.class,
      class9: a.querySelector('#para_9').dataset.class,
      preLead: a.querySelector('#preamble__container_2 .akn-lead')?.textContent,
      adoption: a.querySelector('.akn-adoption')?.textContent,
    };
  });
  assert.equal(r.formula, 'The Commission on Narcotic Drugs,');
  assert.match(r.title, /^Strengthening international cooperation/);
  assert.equal(r.number, 'Resolution 53/8');
  assert.equal(r.lead1, 'Reaffirms');
  assert.equal(r.class1, 'reaffirms');
  assert.equal(r.class5, 'urges');
  assert.equal(r.class9, 'requests');
  assert.equal(r.preLead, 'Recalling');
  assert.match(r.adoption, /10th Plenary Meeting/);
  assert.match(r.adoption, /12 March 2010/);
});

test('clicking a footnote marker opens its text, with a link to the footnote', async () => {
  const { page } = h;
  const expected = await page.evaluate(() => document.querySelector('clause-viewer').model.footnotes.find((f) => f.marker === '8').text);
  await page.locator('#para_2 a.akn-noteRef').first().click();
  const pop = page.locator('clause-viewer .footnote-popover, clause-viewer [part~="footnote-popover"]');
  await pop.waitFor({ state: 'visible' });
  const text = await pop.textContent();
  assert.ok(text.includes(expected), `popover shows "${text}"`);
  assert.equal(await pop.locator('a.goto').getAttribute('href'), '#authorialNote_8');
  // Escape closes it and gives focus back to the marker
  await page.keyboard.press('Escape');
  await pop.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.className), 'akn-noteRef');
  // the footnote links back to its marker
  const back = await page.locator('#authorialNote_8 a.akn-noteBack').getAttribute('href');
  assert.equal(back, '#ref_authorialNote_8');
  assert.equal(await page.locator('#ref_authorialNote_8').count(), 1);
});

test('following "paragraph 3 above" lands on para_3, with a preview on hover', async () => {
  const { page } = h;
  // the link is the model's reference (helper: references stage) or, for a
  // model without references, the viewer's own scan
  const link = page.locator('#para_6 a.cv-ref-internal[href="#para_3"]');
  assert.equal(await link.count(), 1);
  // the model may mark only the number: the viewer links the whole phrase
  assert.equal(await link.textContent(), 'paragraph 3 above');
  assert.match(await page.locator('#para_6').textContent(), /mentioned in paragraph 3 above;/);
  assert.equal(await link.getAttribute('href'), '#para_3');
  await link.hover();
  const preview = page.locator('clause-viewer [part~="preview-popover"]');
  await preview.waitFor({ state: 'visible' });
  assert.match(await preview.textContent(), /Emphasizes, in the preceding context/);
  await link.click();
  await page.waitForFunction(() => document.activeElement?.id === 'para_3');
  assert.equal(await page.evaluate(() => location.hash), '#para_3');
  assert.ok(await page.evaluate(() => document.getElementById('para_3').classList.contains('cv-target')));
});

test('loading #para_4 scrolls to, highlights and focuses operative paragraph 4', async () => {
  const { page } = h;
  const events = [];
  await page.exposeFunction('__nav', (d) => events.push(d));
  await page.addInitScript(() => document.addEventListener('clause-viewer:navigate', (e) => window.__nav(e.detail)));
  await openViewer(page, h.url, '?src=samples/cnd-53-8.md#para_4');
  await page.waitForFunction(() => document.activeElement?.id === 'para_4');
  const r = await page.evaluate(() => {
    const el = document.getElementById('para_4');
    const rect = el.getBoundingClientRect();
    const cur = document.querySelector('clause-viewer').shadowRoot.querySelector('nav a[aria-current]');
    return { target: el.classList.contains('cv-target'), top: rect.top, inView: rect.top >= 0 && rect.top < innerHeight, current: cur?.dataset.id };
  });
  assert.ok(r.target);
  assert.ok(r.inView, `para_4 top at ${r.top}`);
  assert.equal(r.current, 'para_4');
  assert.ok(events.some((e) => e.id === 'para_4' && e.source === 'load'));
  // hashchange moves again
  await page.evaluate(() => (location.hash = '#para_7'));
  await page.waitForFunction(() => document.activeElement?.id === 'para_7');
});

test('search finds matches, counts them and cycles with next/previous', async () => {
  const { page } = h;
  const expected = await page.evaluate(() => {
    const a = document.querySelector('clause-viewer article');
    return (a.textContent.toLowerCase().match(/trafficking/g) || []).length;
  });
  assert.ok(expected > 3);
  await page.locator('clause-viewer').press('/');
  const input = page.locator('clause-viewer input[type="search"]');
  assert.ok(await input.evaluate((el) => el.getRootNode().activeElement === el));
  await input.fill('Trafficking');
  const count = page.locator('clause-viewer #cv-count');
  assert.equal(await count.textContent(), `1 of ${expected}`);
  await input.press('Enter');
  assert.equal(await count.textContent(), `2 of ${expected}`);
  await input.press('Shift+Enter');
  await input.press('Shift+Enter');
  assert.equal(await count.textContent(), `${expected} of ${expected}`);
  await input.press('Enter');
  assert.equal(await count.textContent(), `1 of ${expected}`);
  const highlighted = await page.evaluate(() => CSS.highlights.get('cv-search')?.size);
  assert.equal(highlighted, expected);
  await input.fill('zzzunlikely');
  assert.equal(await count.textContent(), 'No matches');
  await input.press('Escape');
  assert.equal(await page.evaluate(() => CSS.highlights.get('cv-search')?.size), 0);
});

test('j/k move between paragraphs, [ and ] between parts', async () => {
  const { page } = h;
  await page.evaluate(() => document.querySelector('clause-viewer').navigate('para_1'));
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'para_2');
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'para_3');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  // before para_1 comes the last preambular paragraph
  const lastPre = await page.evaluate(() => [...document.querySelectorAll('.akn-preamble > .akn-container')].pop().id);
  assert.equal(await page.evaluate(() => document.activeElement.id), lastPre);
  await page.keyboard.press(']');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'mainBody');
  await page.keyboard.press('[');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'preamble');
});

test('the filter by verb class or lead phrase hides the rest', async () => {
  const { page } = h;
  const select = page.locator('clause-viewer select[part="filter"]');
  await select.selectOption('class:reaffirms');
  let r = await page.evaluate(() => {
    const ps = [...document.querySelectorAll('clause-viewer .akn-mainBody > .akn-paragraph, clause-viewer .akn-preamble > .akn-container')];
    return { shown: ps.filter((p) => !p.hidden).map((p) => p.id), hidden: ps.filter((p) => p.hidden).length };
  });
  // Reaffirms, Also reaffirms, Emphasizes, Recalls, Reaffirms (lexicon [classes] reaffirms)
  assert.deepEqual(r.shown, ['para_1', 'para_2', 'para_3', 'para_4', 'para_8']);
  assert.equal(r.hidden, 11 + 4);
  await select.selectOption('lead:Recognizing');
  r = await page.evaluate(() => [...document.querySelectorAll('clause-viewer .cv-para')].filter((p) => !p.hidden && !p.closest('[hidden]')).map((p) => p.dataset.lead));
  assert.ok(r.length >= 2);
  assert.ok(r.every((l) => l === 'Recognizing'));
  // j skips hidden paragraphs
  await page.evaluate(() => document.querySelector('clause-viewer').navigate(document.querySelector('.cv-para:not([hidden])').id));
  const first = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('j');
  const second = await page.evaluate(() => document.activeElement);
  assert.notEqual(await page.evaluate(() => document.activeElement.id), first);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.lead), 'Recognizing');
  void second;
  await select.selectOption('');
  assert.equal(await page.locator('clause-viewer .cv-para[hidden]').count(), 0);
});

test('the paragraph menu copies a citation and a link', async () => {
  const { page } = h;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
  const copied = page.evaluate(() => new Promise((ok) => document.addEventListener('clause-viewer:copy', (e) => ok(e.detail), { once: true })));
  await page.locator('#para_3 > .cv-menu-button').click();
  const menu = page.locator('clause-viewer [role="menu"]');
  await menu.waitFor({ state: 'visible' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const d = await copied;
  assert.equal(d.kind, 'citation');
  assert.equal(d.text, 'CND resolution 53/8, para. 3');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'CND resolution 53/8, para. 3');
  const link = page.evaluate(() => new Promise((ok) => document.addEventListener('clause-viewer:copy', (e) => ok(e.detail), { once: true })));
  await page.locator('#preamble__container_2 > .cv-menu-button').click();
  await page.keyboard.press('Enter');
  const l = await link;
  assert.equal(l.kind, 'link');
  assert.ok(l.text.endsWith('#preamble__container_2'));
  const cite = await page.evaluate(() => document.querySelector('clause-viewer').citation('preamble__container_2'));
  assert.equal(cite, 'CND resolution 53/8, preambular para. 2');
});

test('references: UN symbols link to undocs.org; without model references the viewer finds "paragraph 3 above" itself', async () => {
  const { page } = h;
  const r = await page.evaluate(() => {
    const v = document.querySelector('clause-viewer');
    const withSymbol = (v.model.references || []).filter((x) => x.target?.symbol && /^para_|^preamble__/.test(x.paragraph));
    const links = [...v.querySelectorAll('article a.cv-ref-external')].map((a) => a.getAttribute('href'));
    return { withSymbol: withSymbol.length, links };
  });
  assert.ok(r.withSymbol > 0, 'the model has symbol references for the seed');
  assert.ok(r.links.length >= r.withSymbol);
  assert.ok(r.links.every((u) => u.startsWith('https://undocs.org/')), JSON.stringify(r.links));
  const fallback = await page.evaluate(async () => {
    const v = document.querySelector('clause-viewer');
    const m = structuredClone(v.model);
    delete m.references;
    v.model = m;
    await v.rendered;
    const a = v.querySelector('#para_6 a.cv-ref-internal');
    return a && { href: a.getAttribute('href'), text: a.textContent, source: a.dataset.source };
  });
  assert.deepEqual(fallback, { href: '#para_3', text: 'paragraph 3 above', source: 'viewer' });
});

test('Ctrl+F inside the element opens its search; outline links navigate and report it', async () => {
  const { page } = h;
  await page.evaluate(() => document.querySelector('clause-viewer').navigate('para_2'));
  await page.keyboard.press('Control+f');
  assert.ok(await page.evaluate(() => {
    const root = document.querySelector('clause-viewer').shadowRoot;
    return root.activeElement === root.querySelector('input[type="search"]');
  }));
  await page.keyboard.press('Escape');
  const nav = page.evaluate(() => new Promise((ok) => document.addEventListener('clause-viewer:navigate', (e) => ok(e.detail), { once: true })));
  await page.locator('clause-viewer nav a[data-id="para_8"]').click();
  const d = await nav;
  assert.equal(d.id, 'para_8');
  assert.equal(d.source, 'outline');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'para_8');
  assert.equal(await page.evaluate(() => location.hash), '#para_8');
  // a footnote id works as a deep link too
  await page.evaluate(() => (location.hash = '#authorialNote_3'));
  await page.waitForFunction(() => document.activeElement?.id === 'authorialNote_3');
});
