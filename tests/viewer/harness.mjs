// Test harness of the viewer: the demo server (scripts/serve.mjs, on a free
// port) and Debian's Chromium through playwright-core, with a fresh profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = process.env.CLAUSEMARK_CORPUS || join(ROOT, '..', 'shared', 'corpus');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Fails loudly when the viewer has not been prepared (npm run build:www),
 *  or was prepared from another package than the one in pkg/ and js/ (a
 *  benchmark would measure the old parser). */
export function requireBuilt() {
  for (const f of ['js/clausemark.js', 'pkg/clausemark_bg.wasm', 'pkg/clausemark.js']) {
    const copy = join(ROOT, 'www', f);
    if (!existsSync(copy)) throw new Error(`www/${f} is missing: run \`npm run build && npm run build:www\` first`);
    if (existsSync(join(ROOT, f)) && !readFileSync(join(ROOT, f)).equals(readFileSync(copy))) {
      throw new Error(`www/${f} is not the current ${f}: run \`npm run build:www\``);
    }
  }
}

/** Demo server + browser. `close()` stops both. */
export async function setup({ viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  requireBuilt();
  const { server, url } = await startServer({ port: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'clause-viewer-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
    colorScheme,
  });
  const errors = [];
  const page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    url,
    context,
    page,
    errors,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Open `path` and wait for the viewer's ready event (returns its detail). */
export async function openViewer(page, url, path = '') {
  await page.addInitScript(() => {
    window.__ready = null;
    document.addEventListener('clause-viewer:ready', (e) => (window.__ready = e.detail));
  });
  await page.goto(url + path);
  await page.waitForFunction(() => window.__ready !== null && window.__ready.counts, null, { timeout: 20000 });
  return page.evaluate(() => window.__ready);
}

/** Set `text` on the viewer and wait for the next ready event. */
export async function showText(page, text, attrs = {}) {
  return page.evaluate(
    ([t, a]) =>
      new Promise((ok) => {
        const v = document.querySelector('clause-viewer');
        v.addEventListener('clause-viewer:ready', (e) => ok(e.detail), { once: true });
        for (const [k, val] of Object.entries(a)) v.setAttribute(k, val);
        v.text = t;
      }),
    [text, attrs],
  );
}

export const seedText = () => readFileSync(join(CORPUS, 'seed', 'cnd-53-8.md'), 'utf8');
export const axeSource = () => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
