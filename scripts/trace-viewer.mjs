#!/usr/bin/env node
// Where the first view's time goes, from a Chromium trace (a companion of
// scripts/bench-viewer.mjs; it measures nothing the bench reports). Runs the
// bench's loop (`new` or `replace`, on the seed or TRACE_INPUT=FILE) with
// tracing on and prints, for three windows of each run, the medians over the
// runs of the renderer main thread's trace events by name: wall time (total,
// its minimum, self) and thread CPU time (total, its minimum, self), and
// how many there were. The windows:
//  view    start -> ready event (idle time while parsing is awaited included)
//  frame   the first frame's requestAnimationFrame callback -> a task posted
//          from it: the bench's `frame`
//  ready -> end of the frame: also the tasks between the ready event and the
//          frame, which the bench counts in neither (a forced layout there,
//          as Chromium's autofill did, makes `frame` look cheap)
//  start -> end of the frame: all of it (the sum over events of a name)
// Thread CPU time is less sensitive to other processes than wall time (in a
// VM, time the host takes away still counts). Run it as root with
// CHROMIUM=a wrapper doing `exec chrt -r 10 /usr/bin/chromium "$@"` on a
// loaded machine (see BENCH_PRIORITY in scripts/bench-viewer.mjs).
//
//   node scripts/trace-viewer.mjs            # seed, new, 31 runs
//   TRACE_MODE=replace TRACE_RUNS=15 node scripts/trace-viewer.mjs
//   TRACE_NAMES='^(Layout|Paint)$'           # only these event names
//   TRACE_TOP=30                             # how many names to print
//   TRACE_DUMP=1 TRACE_DEPTH=6               # each run's events, as a tree
//   TRACE_SAVE=target/bench/seed.trace.json  # also write the raw trace
//   TRACE_LOAD=target/bench/seed.trace.json  # analyse a saved trace, run nothing
//   TRACE_PARITY=odd                         # only odd (even) runs, for a TRACE_SETUP
//                                            # that alternates two variants
//   TRACE_CATS=disabled-by-default-blink.debug  # more categories
//   TRACE_SETUP='code'                       # run in the page first, with
//     docSheet, shadowSheet (the element's stylesheets) and viewer in scope:
//     to toggle one thing in isolation, e.g.
//     TRACE_SETUP="shadowSheet.cssRules[0].style.removeProperty('container-type')"
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setup, openViewer, seedText } from '../tests/viewer/harness.mjs';

const MODE = process.env.TRACE_MODE || 'new';
const RUNS = Number(process.env.TRACE_RUNS || 31);
const TOP = Number(process.env.TRACE_TOP || 25);
const text = process.env.TRACE_INPUT ? readFileSync(process.env.TRACE_INPUT, 'utf8') : seedText();
const CATEGORIES = ['devtools.timeline', 'blink', 'cc', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'scheduler', 'renderer.scheduler', 'disabled-by-default-devtools.timeline.invalidationTracking', ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : [])].join(',');

let events = [];
let runs;
if (process.env.TRACE_LOAD) {
  events = JSON.parse(readFileSync(process.env.TRACE_LOAD, 'utf8')).traceEvents;
  runs = [...new Set(events.filter((e) => /^cvt-end-/.test(e.name)).map((e) => Number(e.name.slice(8))))].filter((i) => i >= 1);
} else {
const h = await setup();
try {
  await openViewer(h.page, h.url);
  // TRACE_SETUP: code run in the page first, with `docSheet` and `shadowSheet`
  // (the element's adopted stylesheets) in scope, to toggle something in isolation
  if (process.env.TRACE_SETUP) {
    await h.page.evaluate((code) => {
      const v = document.querySelector('clause-viewer');
      const docSheet = document.adoptedStyleSheets.at(-1);
      const shadowSheet = v.shadowRoot.adoptedStyleSheets[0];
      new Function('docSheet', 'shadowSheet', 'viewer', code)(docSheet, shadowSheet, v);
    }, process.env.TRACE_SETUP);
  }
  const cdp = await h.context.newCDPSession(h.page);
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  runs = await h.page.evaluate(
    async ([text, n, mode]) => {
      const afterFrame = (i) =>
        new Promise((ok) =>
          requestAnimationFrame(() => {
            if (i != null) performance.mark(`cvt-frame-${i}`);
            const ch = new MessageChannel();
            ch.port1.onmessage = () => {
              if (i != null) performance.mark(`cvt-end-${i}`);
              ok();
            };
            ch.port2.postMessage(0);
          }),
        );
      const out = [];
      for (let i = 0; i < n + 1; i++) {
        let v = document.querySelector('clause-viewer');
        const parent = v.parentNode;
        if (mode === 'new') v.remove();
        await afterFrame(null);
        performance.mark(`cvt-start-${i}`);
        if (mode === 'new') v = document.createElement('clause-viewer');
        const detail = await new Promise((ok) => {
          v.addEventListener('clause-viewer:ready', (e) => ok(e.detail), { once: true });
          v.text = text + ' '.repeat(i % 2);
          if (mode === 'new') parent.append(v);
        });
        performance.mark(`cvt-ready-${i}`);
        await afterFrame(i);
        await v.rendered;
        if (i >= 1) out.push(i);
        void detail;
      }
      return out;
    },
    [text, RUNS, MODE],
  );
  await new Promise((ok) => setTimeout(ok, 200));
  await cdp.send('Tracing.end');
  await complete;
} finally {
  await h.close();
}
}
// TRACE_PARITY=odd|even: only those runs (a TRACE_SETUP can treat odd and even runs differently)
if (process.env.TRACE_PARITY) runs = runs.filter((i) => i % 2 === (process.env.TRACE_PARITY === 'odd' ? 1 : 0));
if (process.env.TRACE_SAVE) {
  mkdirSync(dirname(process.env.TRACE_SAVE), { recursive: true });
  writeFileSync(process.env.TRACE_SAVE, JSON.stringify({ traceEvents: events }));
}

// the renderer main thread: the one the user-timing marks are on (or named CrRendererMain in their process)
const marks = new Map();
let pid = null;
for (const e of events) {
  if (e.cat === 'blink.user_timing' && typeof e.name === 'string' && e.name.startsWith('cvt-')) {
    marks.set(e.name, e.ts);
    pid = e.pid;
  }
}
let tid = null;
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain') tid = e.tid;
const main = events.filter((e) => e.pid === pid && e.tid === tid && (e.ph === 'X' || e.ph === 'B' || e.ph === 'E'));
main.sort((a, b) => a.ts - b.ts || (a.ph === 'E' ? -1 : 1));
// B/E pairs to complete events
const spans = [];
const open = [];
for (const e of main) {
  if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur || 0), cpu: e.tdur ?? null });
  else if (e.ph === 'B') open.push(e);
  else {
    const b = open.pop();
    if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts, cpu: b.tts != null && e.tts != null ? e.tts - b.tts : null });
  }
}
spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
// self time: duration minus that of direct children
const stack = [];
for (const s of spans) {
  s.self = s.end - s.ts;
  s.cpuSelf = s.cpu;
  while (stack.length && stack[stack.length - 1].end <= s.ts) stack.pop();
  const parent = stack[stack.length - 1];
  if (parent && s.end <= parent.end) {
    parent.self -= s.end - s.ts;
    if (parent.cpuSelf != null && s.cpu != null) parent.cpuSelf -= s.cpu;
  }
  stack.push(s);
}

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
function window(name, from, to) {
  const per = new Map(); // event name -> {total: [], self: [], count: []}
  for (const i of runs) {
    const a = marks.get(`cvt-${from}-${i}`);
    const b = marks.get(`cvt-${to}-${i}`);
    const seen = new Map();
    for (const s of spans) {
      if (s.ts < a || s.end > b) continue;
      const r = seen.get(s.name) || { total: 0, self: 0, count: 0, cpu: 0, cpuSelf: 0 };
      r.total += s.end - s.ts;
      r.self += s.self;
      r.cpu += s.cpu ?? s.end - s.ts;
      r.cpuSelf += s.cpuSelf ?? s.self;
      r.count++;
      seen.set(s.name, r);
    }
    seen.set('(window)', { total: b - a, self: 0, count: 1, cpu: 0, cpuSelf: 0 });
    for (const [k, r] of seen) {
      const p = per.get(k) || { total: [], self: [], count: [], cpu: [], cpuSelf: [] };
      p.total.push(r.total / 1000);
      p.self.push(r.self / 1000);
      p.cpu.push(r.cpu / 1000);
      p.cpuSelf.push(r.cpuSelf / 1000);
      p.count.push(r.count);
      per.set(k, p);
    }
  }
  const n = runs.length;
  const pad = (p) => { for (const v of Object.values(p)) while (v.length < n) v.push(0); return p; };
  const rows = [...per].map(([k, p]) => [k, pad(p)]).map(([k, p]) => ({ k, total: median(p.total), min: Math.min(...p.total), self: median(p.self),
    cpu: median(p.cpu), cpuMin: Math.min(...p.cpu), cpuSelf: median(p.cpuSelf), count: median(p.count) }));
  rows.sort((x, y) => y.cpu - x.cpu);
  console.log(`\n${name}: medians over ${n} runs, ms; wall: total (min) self; thread CPU: total (min) self; count`);
  const f = (x) => x.toFixed(2).padStart(6);
  const only = process.env.TRACE_NAMES ? new RegExp(process.env.TRACE_NAMES) : null;
  for (const r of rows.filter((r) => !only || only.test(r.k)).slice(0, TOP)) {
    console.log(`  ${r.k.slice(0, 52).padEnd(52)} ${f(r.total)} (${f(r.min)}) ${f(r.self)} | ${f(r.cpu)} (${f(r.cpuMin)}) ${f(r.cpuSelf)} ${String(r.count).padStart(4)}`);
  }
}
console.log(`trace of <clause-viewer>, ${MODE}, ${runs.length} runs, ${text.length} characters`);
window('view (start -> ready)', 'start', 'ready');
window('frame (rAF -> posted task)', 'frame', 'end');
window('ready -> end of the frame (tasks between ready and the frame included: the bench counts neither them nor their idle time)', 'ready', 'end');
window('start -> end of the frame (all of the above)', 'start', 'end');

// TRACE_DUMP=1: the frame window of each run, as a tree (events of >= 0.1 ms, depth <= TRACE_DEPTH)
if (process.env.TRACE_DUMP) {
  const depthMax = Number(process.env.TRACE_DEPTH || 4);
  for (const i of runs) {
    const a = marks.get(`cvt-frame-${i}`);
    const b = marks.get(`cvt-end-${i}`);
    const from = marks.get(`cvt-ready-${i}`);
    console.log(`\nrun ${i}: ready -> frame ${((a - from) / 1000).toFixed(2)} ms, frame ${((b - a) / 1000).toFixed(2)} ms`);
    const st = [];
    for (const s of spans) {
      if (s.ts < from || s.end > b) continue;
      while (st.length && st[st.length - 1].end <= s.ts) st.pop();
      const d = st.length;
      st.push(s);
      if (d > depthMax || s.end - s.ts < 100) continue;
      console.log(`  ${((s.ts - a) / 1000).toFixed(2).padStart(7)} ${'  '.repeat(d)}${s.name} ${((s.end - s.ts) / 1000).toFixed(2)} (cpu ${((s.cpu ?? 0) / 1000).toFixed(2)}, self ${(s.cpuSelf ?? s.self) / 1000 | 0})`);
    }
  }
}
