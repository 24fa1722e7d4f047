// A static HTTP server for the repository (under a deep path prefix, to show
// the package works from any path) and headless Chromium through
// playwright-core. Used by browser.test.mjs and scripts/bench.mjs.
import http from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize, extname, sep } from 'node:path';
import { ROOT } from './util.mjs';

export const PREFIX = '/served/from/any/path/';
const TYPES = {
  '.wasm': 'application/wasm', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8', '.md': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json', '.ts': 'text/plain; charset=utf-8',
};

/** Serve ROOT under PREFIX; `pages` maps extra paths (after PREFIX) to HTML. */
export async function serve(pages = {}) {
  const log = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const send = (code, type, body) => {
      log.push({ path, code, type });
      res.writeHead(code, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (!path.startsWith(PREFIX)) return send(404, 'text/plain', 'not found');
    const rel = path.slice(PREFIX.length);
    if (rel in pages) return send(200, TYPES['.html'], pages[rel]);
    const file = normalize(join(ROOT, rel));
    if (!file.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, TYPES[extname(file)] || 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}${PREFIX}`;
  return { base, log, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// ../shared/TOOLCHAIN.md §6: without the networking flags Chromium keeps
// trying to reach the internet and stalls.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Headless Chromium with a fresh profile directory. */
export async function browser() {
  const { chromium } = await import('playwright-core');
  const dir = await mkdtemp(join(tmpdir(), 'clausemark-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: FLAGS,
  });
  const page = context.pages()[0] || await context.newPage();
  const console = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  return {
    page, console,
    close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); },
  };
}
