// npm run bench: the WASM package in Node and in headless Chromium next to
// the native build, on the same inputs: the seed and a ~1 MB concatenation
// of English corpus files.
//
// Reports medians in milliseconds:
//   init   : await init() in a fresh Node process / a fresh page load
//   first  : the first parse() of the seed after init() (baseline tier)
//   parse  : parse(text) (parse + building the JavaScript objects), after
//            a warm-up of WARM_MS
//   native : the native library in a timing loop (examples/native_timing.rs),
//            parse alone and parse + serde_json (the closest match to the
//            WASM's parse + JS objects), and the CLI process end to end.
// Needs: npm run build; cargo (builds the native example); /usr/bin/chromium.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, CORPUS, SEED, CLI } from '../tests/wasm/util.mjs';
import { serve, browser } from '../tests/wasm/harness.mjs';
import { englishConcat } from './bench-inputs.mjs';

const OUT = join(ROOT, 'target/bench');
mkdirSync(OUT, { recursive: true });

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

// --- inputs ---------------------------------------------------------------
const seedText = readFileSync(SEED, 'utf8');
const big = englishConcat(CORPUS);
const inputs = [
  { name: 'seed', file: SEED, text: seedText },
  { name: '1MB', file: join(OUT, 'english-1mb.md'), text: big.text },
];
writeFileSync(inputs[1].file, big.text);
console.log(`inputs: seed ${Buffer.byteLength(seedText)} bytes; 1MB = ${big.used} English akn/*.md files, ${Buffer.byteLength(big.text)} bytes`);

// WebAssembly starts in V8's baseline tier and is recompiled with the
// optimizing tier in the background once hot: on 2 busy cores the seed took
// 20-40 ms a call for the first second and ~1 ms after 2 s. Warm up for
// WARM_MS (and at least 3 calls) so that the medians are of the steady state;
// the first call is reported apart.
const WARM_MS = 2000;

function timeLoop(f, minMs = 1000, minRuns = 5, maxRuns = 500) {
  const w = performance.now();
  for (let i = 0; i < 3 || performance.now() - w < WARM_MS; i++) f();
  const runs = [];
  const start = performance.now();
  while (runs.length < minRuns || (performance.now() - start < minMs && runs.length < maxRuns)) {
    const t = performance.now();
    f();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

// --- native -----------------------------------------------------------------
console.log('native: cargo build --release --example native_timing');
sh('cargo', ['build', '--release', '--quiet', '--example', 'native_timing'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
const nativeLines = sh(join(ROOT, 'target/release/examples/native_timing'), inputs.map((i) => i.file)).trim().split('\n').map((l) => JSON.parse(l));
const native = Object.fromEntries(inputs.map((inp, k) => [inp.name, nativeLines[k]]));
const cli = {};
if (existsSync(CLI)) {
  for (const inp of inputs) {
    const runs = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      spawnSync(CLI, ['parse', '--format', 'json', inp.file], { stdio: ['ignore', 'ignore', 'ignore'] });
      runs.push(performance.now() - t);
    }
    cli[inp.name] = median(runs);
  }
}

// --- Node -----------------------------------------------------------------
const initRuns = [];
for (let i = 0; i < 7; i++) {
  const out = sh(process.execPath, ['--input-type=module', '-e', `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(join(ROOT, 'js/clausemark.js'))});
    const t1 = performance.now();
    await m.init();
    console.log(JSON.stringify({ import: t1 - t0, init: performance.now() - t1 }));`]);
  initRuns.push(JSON.parse(out).init);
}
const { init, parse } = await import('../js/clausemark.js');
await init();
const node = { init: median(initRuns) };
{
  const t = performance.now();
  parse(seedText);
  node.first = performance.now() - t;
}
for (const inp of inputs) node[inp.name] = timeLoop(() => parse(inp.text));

// --- Chromium ---------------------------------------------------------------
const PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module">
  const t0 = performance.now();
  const m = await import('./js/clausemark.js');
  const t1 = performance.now();
  await m.init();
  window.initMs = performance.now() - t1;
  window.m = m;
</script>`;
const server = await serve({ 'bench.html': PAGE });
const b = await browser();
const chromium = {};
try {
  const inits = [];
  for (let i = 0; i < 5; i++) {
    await b.page.goto(server.base + 'bench.html');
    await b.page.waitForFunction(() => window.initMs !== undefined, null, { timeout: 60000 });
    inits.push(await b.page.evaluate(() => window.initMs));
  }
  chromium.init = median(inits);
  for (const inp of inputs) {
    const rel = inp.file.startsWith(ROOT) ? inp.file.slice(ROOT.length).replace(/^\//, '') : null;
    chromium[inp.name] = await b.page.evaluate(async ({ url, warmMs }) => {
      const text = await (await fetch(url)).text();
      const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
      const w = performance.now();
      for (let i = 0; i < 3 || performance.now() - w < warmMs; i++) window.m.parse(text);
      const runs = [];
      const start = performance.now();
      while (runs.length < 5 || (performance.now() - start < 1000 && runs.length < 500)) {
        const t = performance.now();
        window.m.parse(text);
        runs.push(performance.now() - t);
      }
      return median(runs);
    }, { url: server.base + rel, warmMs: WARM_MS });
  }
} finally {
  await b.close();
  await server.close();
}

// --- report -----------------------------------------------------------------
const f = (x) => (x === undefined ? '-' : x < 10 ? x.toFixed(3) : x.toFixed(1));
const r = (a, n) => (a / n).toFixed(2);
console.log('\nmedian ms          seed       1MB');
console.log(`Node init()       ${f(node.init).padStart(8)}  (once per process)`);
console.log(`Chromium init()   ${f(chromium.init).padStart(8)}  (once per page)`);
console.log(`Node first parse()${f(node.first).padStart(8)}  (the seed, first call after init())`);
console.log(`Node parse()      ${f(node.seed).padStart(8)}  ${f(node['1MB']).padStart(8)}`);
console.log(`Chromium parse()  ${f(chromium.seed).padStart(8)}  ${f(chromium['1MB']).padStart(8)}`);
console.log(`native parse      ${f(native.seed.parse_ms).padStart(8)}  ${f(native['1MB'].parse_ms).padStart(8)}`);
console.log(`native parse+json ${f(native.seed.parse_json_ms).padStart(8)}  ${f(native['1MB'].parse_json_ms).padStart(8)}`);
console.log(`native CLI process${f(cli.seed).padStart(8)}  ${f(cli['1MB']).padStart(8)}  (process start, read, parse, print)`);
console.log('\nWASM/native ratio (WASM parse() vs native parse+json; in brackets vs native parse alone)');
for (const [env, t] of [['Node', node], ['Chromium', chromium]]) {
  console.log(`${env.padEnd(9)} seed ${r(t.seed, native.seed.parse_json_ms)} (${r(t.seed, native.seed.parse_ms)})   1MB ${r(t['1MB'], native['1MB'].parse_json_ms)} (${r(t['1MB'], native['1MB'].parse_ms)})`);
}
writeFileSync(join(OUT, 'bench.json'), JSON.stringify({ node, chromium, native, cli }, null, 2));
console.log(`\nraw figures: ${join(OUT, 'bench.json')}`);
