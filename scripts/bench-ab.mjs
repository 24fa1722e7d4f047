// Two builds of the WASM package in one process, parse() calls interleaved
// (A, B, A, B, ...), so that the load of a shared machine falls on both
// alike: in Node, then in headless Chromium (one page loading both). Reports
// the minimum and the median of each, in ms a call, on the seed and the ~1 MB
// English concatenation of scripts/bench.mjs.
//
//   node scripts/bench-ab.mjs PKG_A PKG_B [ROUNDS]
//
// PKG_A, PKG_B: copies of pkg/ from two `npm run build`s (e.g. `cp -r pkg
// /tmp/pkg.a`); each is loaded through its own copy of js/clausemark.js
// (copied under target/bench/ab/). ROUNDS (default 60): calls of each build
// on the 1 MB input; the seed is timed in batches of 10 calls (Chromium's
// clock has a 0.1 ms grain), ROUNDS * 2 batches. Each build is warmed up for
// 2 s first (V8 tiers WebAssembly up in the background). CHROMIUM=0 skips
// Chromium.
import { readFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS, SEED, ROOT } from '../tests/wasm/util.mjs';
import { serve, browser } from '../tests/wasm/harness.mjs';
import { englishConcat } from './bench-inputs.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/bench-ab.mjs PKG_A PKG_B [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg || 60);
const AB = join(ROOT, 'target/bench/ab');
rmSync(AB, { recursive: true, force: true });
const names = [a, b];
names.forEach((pkg, k) => {
  mkdirSync(join(AB, `${k}/js`), { recursive: true });
  cpSync(join(ROOT, 'js/clausemark.js'), join(AB, `${k}/js/clausemark.js`));
  cpSync(resolve(pkg), join(AB, `${k}/pkg`), { recursive: true });
});
const inputs = [
  { name: 'seed', text: readFileSync(SEED, 'utf8'), n: rounds * 2, batch: 10 },
  { name: '1MB', text: englishConcat(CORPUS).text, n: rounds, batch: 1 },
];
writeFileSync(join(AB, 'seed.md'), inputs[0].text);
writeFileSync(join(AB, '1mb.md'), inputs[1].text);

// Self-contained: also runs in the page. ms is a function giving the time in ms.
async function run(urls, inputs, ms) {
  const ms0 = ms;
  const builds = [];
  for (const url of urls) {
    const m = await import(url);
    await m.init();
    builds.push(m);
  }
  for (const m of builds) {
    const w = ms0();
    while (ms0() - w < 2000) for (const inp of inputs) m.parse(inp.text);
  }
  const out = {};
  for (const inp of inputs) {
    const t = builds.map(() => []);
    for (let i = 0; i < inp.n; i++) {
      for (let k = 0; k < builds.length; k++) {
        const s = ms0();
        for (let j = 0; j < inp.batch; j++) builds[k].parse(inp.text);
        t[k].push((ms0() - s) / inp.batch);
      }
    }
    out[inp.name] = t;
  }
  return out;
}

const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
const f = (x) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
function report(env, out) {
  for (const inp of inputs) {
    const t = out[inp.name];
    t.forEach((v, k) => console.log(`${env.padEnd(8)} ${inp.name.padEnd(4)} ${names[k].padEnd(24)} min ${f(Math.min(...v)).padStart(7)}  median ${f(median(v)).padStart(7)}  (${v.length} x ${inp.batch} calls)`));
    console.log(`${env.padEnd(8)} ${inp.name.padEnd(4)} B/A: min ${(Math.min(...t[1]) / Math.min(...t[0])).toFixed(3)}, median ${(median(t[1]) / median(t[0])).toFixed(3)}`);
  }
}

const { performance } = await import('node:perf_hooks');
report('Node', await run(names.map((_, k) => join(AB, `${k}/js/clausemark.js`)), inputs, () => performance.now()));

if (process.env.CHROMIUM !== '0') {
  const server = await serve({ 'ab.html': '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">' });
  const br = await browser();
  try {
    await br.page.goto(server.base + 'ab.html');
    const out = await br.page.evaluate(async ({ base, src, meta }) => {
      const run = new Function(`return (${src})`)();
      const inputs = [];
      for (const m of meta) inputs.push({ ...m, text: await (await fetch(base + m.file)).text() });
      return run([0, 1].map((k) => `${base}target/bench/ab/${k}/js/clausemark.js`), inputs, () => performance.now());
    }, { base: server.base, src: run.toString(), meta: inputs.map((i) => ({ name: i.name, n: i.n, batch: i.batch, file: `target/bench/ab/${i.name === 'seed' ? 'seed' : '1mb'}.md` })) });
    report('Chromium', out);
  } finally {
    await br.close();
    await server.close();
  }
}
