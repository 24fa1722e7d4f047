// Screenshots of the seed in light and dark, desktop and narrow, kept as
// artifacts in docs/screenshots/ (referenced from the README). Also checks
// the responsive layout: the outline is a side column on desktop and
// collapses behind a "Contents" button on a narrow screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openViewer, ROOT } from './harness.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });
const SIZES = { desktop: { width: 1280, height: 900 }, narrow: { width: 390, height: 844 } };

for (const colorScheme of ['light', 'dark']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`screenshot: seed, ${colorScheme}, ${size}`, async () => {
      const h = await setup({ viewport, colorScheme });
      try {
        await openViewer(h.page, h.url, '?src=samples/cnd-53-8.md');
        const layout = await h.page.evaluate(() => {
          const root = document.querySelector('clause-viewer').shadowRoot;
          const nav = root.querySelector('nav');
          return { outline: getComputedStyle(nav).display, toggle: getComputedStyle(root.querySelector('.outline-toggle')).display };
        });
        if (size === 'desktop') {
          assert.notEqual(layout.outline, 'none');
          assert.equal(layout.toggle, 'none');
        } else {
          assert.equal(layout.outline, 'none');
          assert.notEqual(layout.toggle, 'none');
          // no horizontal scrolling on a phone
          assert.ok(await h.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1));
        }
        // scroll a little into the document so the shot shows both parts
        await h.page.evaluate(() => document.getElementById('preamble__container_9')?.scrollIntoView({ block: 'start', behavior: 'instant' }));
        const file = join(OUT, `seed-${colorScheme}-${size}.png`);
        await h.page.screenshot({ path: file });
        if (size === 'narrow') {
          // the Contents button opens the outline
          const toggle = h.page.locator('clause-viewer .outline-toggle');
          await toggle.click();
          assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
          assert.notEqual(await h.page.evaluate(() => getComputedStyle(document.querySelector('clause-viewer').shadowRoot.querySelector('nav')).display), 'none');
        }
        const png = readFileSync(file);
        assert.equal(png.subarray(1, 4).toString(), 'PNG');
        assert.ok(statSync(file).size > 20000);
      } finally {
        await h.close();
      }
    });
  }
}
