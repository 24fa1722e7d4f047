// Two builds of the WASM package in one Node process, parse() calls
// interleaved (A, B, A, B, ...), so that the load of a shared machine falls
// on both alike. Reports the minimum and the median of each, in ms, on the
// seed and the ~1 MB English concatenation of scripts/bench.mjs.
//
//   node scripts/bench-ab.mjs PKG_A PKG_B [ROUNDS]
//
// PKG_A, PKG_B: copies of pkg/ from two `npm run build`s (e.g. `cp -r pkg
// /tmp/pkg.a`). Each is loaded through its own copy of js/clausemark.js.
// ROUNDS (default 60): calls of each build on the 1 MB input; the seed gets
// 20 times as many. Each build is warmed up for 2 s first (V8 tiers up
// WebAssembly in the background).
import { readFileSync, mkdtempSync, cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CORPUS, SEED, ROOT } from '../tests/wasm/util.mjs';
import { englishConcat } from './bench-inputs.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/bench-ab.mjs PKG_A PKG_B [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg || 60);

async function load(pkg) {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-ab-'));
  mkdirSync(join(dir, 'js'));
  cpSync(join(ROOT, 'js/clausemark.js'), join(dir, 'js/clausemark.js'));
  cpSync(resolve(pkg), join(dir, 'pkg'), { recursive: true });
  const m = await import(join(dir, 'js/clausemark.js'));
  await m.init();
  return m;
}
const builds = [
  { name: a, m: await load(a) },
  { name: b, m: await load(b) },
];
const inputs = [
  { name: 'seed', text: readFileSync(SEED, 'utf8'), n: rounds * 20 },
  { name: '1MB', text: englishConcat(CORPUS).text, n: rounds },
];

for (const { m } of builds) {
  const w = performance.now();
  while (performance.now() - w < 2000) for (const inp of inputs) m.parse(inp.text);
}
const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
const f = (x) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
for (const inp of inputs) {
  const t = builds.map(() => []);
  for (let i = 0; i < inp.n; i++) {
    for (let k = 0; k < builds.length; k++) {
      const s = performance.now();
      builds[k].m.parse(inp.text);
      t[k].push(performance.now() - s);
    }
  }
  for (let k = 0; k < builds.length; k++) {
    console.log(`${inp.name.padEnd(5)} ${builds[k].name.padEnd(24)} min ${f(Math.min(...t[k])).padStart(7)}  median ${f(median(t[k])).padStart(7)}  (${inp.n} calls)`);
  }
  console.log(`${inp.name.padEnd(5)} B/A: min ${(Math.min(...t[1]) / Math.min(...t[0])).toFixed(3)}, median ${(median(t[1]) / median(t[0])).toFixed(3)}`);
}
