// Loading sources and states: src, text, inline <script type="text/markdown">,
// empty, unreachable URL, a document that is not a resolution, and events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openViewer, showText, seedText } from './harness.mjs';

let h;
before(async () => {
  h = await setup();
  await openViewer(h.page, h.url);
});
after(async () => {
  await h?.close();
});

async function mount(page, html) {
  return page.evaluate(
    (markup) =>
      new Promise((ok) => {
        const host = document.createElement('div');
        host.id = 'mount';
        document.getElementById('mount')?.remove();
        document.querySelector('main').append(host);
        const tpl = document.createElement('template');
        tpl.innerHTML = markup; // test markup, not document text
        const el = tpl.content.querySelector('clause-viewer');
        const done = (e) => ok({ type: e.type, detail: e.detail, state: el.dataset.state, text: el.shadowRoot.querySelector('.state')?.textContent || '', count: el.querySelectorAll('.akn-paragraph').length });
        el.addEventListener('clause-viewer:ready', done, { once: true });
        el.addEventListener('clause-viewer:error', done, { once: true });
        host.append(tpl.content);
      }),
    html,
  );
}

test('an inline <script type="text/markdown"> child is parsed and shown', async () => {
  const r = await mount(h.page, `<clause-viewer id="inline">
    <script type="text/markdown">
      *The Security Council,*

      *Recalling* its previous resolutions,

      1. *Decides* to remain seized of the matter.
    </script></clause-viewer>`);
  assert.equal(r.type, 'clause-viewer:ready');
  assert.equal(r.state, 'ready');
  assert.equal(r.count, 1);
  assert.equal(r.detail.counts.preamble, 1);
});

test('an element with nothing to show says so', async () => {
  const r = await mount(h.page, '<clause-viewer id="nothing"></clause-viewer>');
  assert.equal(r.state, 'empty');
  assert.match(r.text, /No document/);
});

test('an unreachable URL gives a visible error naming it', async () => {
  const r = await mount(h.page, '<clause-viewer src="samples/does-not-exist.md"></clause-viewer>');
  assert.equal(r.type, 'clause-viewer:error');
  assert.equal(r.state, 'error');
  assert.match(r.text, /could not be loaded/);
  assert.match(r.text, /does-not-exist\.md/);
  assert.match(r.text, /404/);
  const role = await h.page.evaluate(() => document.querySelector('#mount clause-viewer').shadowRoot.querySelector('.state').getAttribute('role'));
  assert.equal(role, 'alert');
});

test('a text that is not a resolution shows what was found and the diagnostics', async () => {
  const r = await mount(h.page, `<clause-viewer><script type="text/markdown">
    # Shopping list

    Eggs, milk and bread.
  </script></clause-viewer>`);
  assert.equal(r.state, 'invalid');
  assert.equal(r.detail.valid, false);
  assert.match(r.text, /does not read as a resolution/);
  assert.match(r.text, /no enacting formula/);
  const diag = await h.page.evaluate(() => {
    const d = document.querySelector('#mount clause-viewer').shadowRoot.querySelector('.diagnostics');
    return { hidden: d.hidden, open: d.open, text: d.textContent };
  });
  assert.equal(diag.hidden, false);
  assert.equal(diag.open, true);
  assert.match(diag.text, /no-formula|not-a-resolution/);
});

test('the text property parses in the browser; ready reports counts, navigate reports moves', async () => {
  await h.page.evaluate(() => document.getElementById('mount')?.remove());
  const ready = await showText(h.page, seedText());
  assert.deepEqual(Object.keys(ready.counts).sort(), ['annexes', 'diagnostics', 'footnotes', 'items', 'operative', 'preamble', 'references']);
  assert.equal(ready.counts.operative, 9);
  assert.equal(ready.counts.footnotes, 10);
  assert.equal(typeof ready.parseMs, 'number');
  assert.equal(typeof ready.renderMs, 'number');
  const nav = await h.page.evaluate(
    () =>
      new Promise((ok) => {
        document.addEventListener('clause-viewer:navigate', (e) => ok(e.detail), { once: true });
        document.querySelector('clause-viewer').navigate('para_9');
      }),
  );
  assert.deepEqual(nav, { id: 'para_9', source: 'api', part: 'operative', num: '9' });
});

test('the outline tracks the reading position as the page scrolls', async () => {
  const { page } = h;
  const current = () => page.evaluate(() => document.querySelector('clause-viewer').shadowRoot.querySelector('nav a[aria-current="location"]')?.dataset.id);
  await page.evaluate(() => document.getElementById('para_6').scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.waitForFunction(() => document.querySelector('clause-viewer').shadowRoot.querySelector('nav a[aria-current]')?.dataset.id === 'para_6');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelector('clause-viewer').shadowRoot.querySelector('nav a[aria-current]')?.dataset.id === 'preface');
  assert.equal(await current(), 'preface');
  assert.equal(await page.evaluate(() => document.querySelector('clause-viewer').shadowRoot.querySelectorAll('nav a[aria-current]').length), 1);
});

test('a French document: language, classes from the French lexicon, citation', async () => {
  const { page } = h;
  const ready = await page.evaluate(
    () =>
      new Promise((ok) => {
        const v = document.querySelector('clause-viewer');
        v.addEventListener('clause-viewer:ready', (e) => ok(e.detail), { once: true });
        v.src = 'samples/ga-76-74-fr.md';
      }),
  );
  assert.ok(ready.counts.operative > 5);
  const r = await page.evaluate(() => {
    const v = document.querySelector('clause-viewer');
    const a = v.querySelector('article');
    const classed = [...a.querySelectorAll('.akn-paragraph[data-class]')].map((p) => [p.dataset.lead, p.dataset.class]);
    return { lang: a.lang, dir: a.getAttribute('dir'), classed, number: v.model.meta.number };
  });
  assert.equal(r.lang, 'fr');
  assert.equal(r.dir, 'auto');
  assert.ok(r.classed.length > 5, JSON.stringify(r.classed));
  const byLead = Object.fromEntries(r.classed);
  if (byLead['Prie']) assert.equal(byLead['Prie'], 'requests');
  if (byLead['Décide']) assert.equal(byLead['Décide'], 'decides');
  assert.ok(byLead['Prie'] || byLead['Décide'], 'neither Prie nor Décide in the sample');
});

test('print: the chrome is hidden and the whole document is shown', async () => {
  const { page } = h;
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const v = document.querySelector('clause-viewer');
    const root = v.shadowRoot;
    return {
      toolbar: getComputedStyle(root.querySelector('.toolbar')).display,
      outline: getComputedStyle(root.querySelector('nav')).display,
      menu: getComputedStyle(v.querySelector('.cv-menu-button')).display,
      para: getComputedStyle(v.querySelector('.cv-para')).contentVisibility,
      text: getComputedStyle(v.querySelector('.akn-content')).color,
    };
  });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(r.toolbar, 'none');
  assert.equal(r.outline, 'none');
  assert.equal(r.menu, 'none');
  assert.equal(r.para, 'visible');
  assert.equal(r.text, 'rgb(0, 0, 0)');
});

test('an annex is shown in blocks with its references, and listed in the outline', async () => {
  const { page } = h;
  const text = (await import('node:fs')).readFileSync((await import('node:path')).join((await import('./harness.mjs')).CORPUS, 'akn', 'ga-77-104-en.md'), 'utf8');
  const ready = await showText(page, text);
  assert.ok(ready.counts.annexes >= 1);
  const r = await page.evaluate(async () => {
    const v = document.querySelector('clause-viewer');
    await v.rendered;
    const a = v.model.annexes[0];
    const sec = v.querySelector(`#${a.id}`);
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const blocks = sec.querySelectorAll('.cv-annex-block');
    const shown = norm([...blocks].map((b) => b.textContent).join(' '));
    const refs = (v.model.references || []).filter((x) => x.paragraph === a.id && (x.target?.url || x.target?.symbol)).length;
    const heading = sec.querySelector('.akn-heading');
    return { label: heading.querySelector('.akn-num')?.textContent, title: heading.querySelector('.akn-docTitle')?.textContent,
      blocks: blocks.length, same: shown === norm(a.text), links: sec.querySelectorAll('a.cv-ref-external').length, refs, outline: !!v.shadowRoot.querySelector(`nav a[data-id="${a.id}"]`) };
  });
  assert.equal(r.label, 'Annex');
  assert.equal(r.title, 'Principles on protection of the environment in relation to armed conflicts');
  assert.ok(r.blocks > 1, `${r.blocks} blocks`);
  assert.ok(r.same, 'the annex text is shown whole');
  assert.ok(r.links <= r.refs);
  assert.ok(r.outline);
});

test('an Arabic document: the article is dir="auto", its parts right-to-left, every paragraph dir="auto"', async () => {
  const { page } = h;
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { CORPUS } = await import('./harness.mjs');
  await showText(page, readFileSync(join(CORPUS, 'akn', 'ga-75-295-ar.md'), 'utf8'));
  const r = await page.evaluate(async () => {
    const v = document.querySelector('clause-viewer');
    await v.rendered;
    const a = v.querySelector('article');
    const paras = [...a.querySelectorAll('.akn-content')];
    return {
      lang: a.lang,
      article: a.getAttribute('dir'),
      parts: [...a.querySelectorAll(':scope > section')].map((s) => s.getAttribute('dir')),
      paras: paras.length,
      auto: paras.every((p) => p.getAttribute('dir') === 'auto'),
      direction: getComputedStyle(a.querySelector('#mainBody')).direction,
    };
  });
  assert.equal(r.lang, 'ar');
  assert.equal(r.article, 'auto');
  assert.ok(r.parts.length >= 2 && r.parts.every((d) => d === 'rtl'), JSON.stringify(r.parts));
  assert.ok(r.paras > 5 && r.auto);
  assert.equal(r.direction, 'rtl');
});
