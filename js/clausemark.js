// clausemark: the resolution parser compiled to WebAssembly.
//
//   import { init, parse, version } from 'clausemark';
//   await init();                        // once; later calls return the same promise
//   const doc = parse(text, { input: 'auto', language: 'en' });
//
// init() loads pkg/clausemark_bg.wasm relative to this module's URL, so the
// package works served statically from any path, in Node (the file is read
// with fs) and through bundlers that understand `new URL(..., import.meta.url)`.
// The types are in clausemark.d.ts.

import initWasm, * as wasm from '../pkg/clausemark.js';

let ready = null;
let loaded = false;

function isNode() {
  return typeof process !== 'undefined' && process.versions != null && process.versions.node != null
    && typeof window === 'undefined';
}

async function load(source) {
  if (source !== undefined) {
    await initWasm({ module_or_path: source });
  } else {
    const url = new URL('../pkg/clausemark_bg.wasm', import.meta.url);
    if (isNode() && url.protocol === 'file:') {
      const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
      await initWasm({ module_or_path: await fs.readFile(url) });
    } else {
      await initWasm({ module_or_path: url });
    }
  }
  loaded = true;
}

/**
 * Load and instantiate the WebAssembly module. Idempotent: every call returns
 * the same promise; nothing is fetched before the first call. `source` may
 * override where the module comes from (a URL, a Response, bytes or a
 * WebAssembly.Module).
 */
export function init(source) {
  if (ready === null) {
    ready = load(source).catch((e) => {
      ready = null; // a later call may try again
      const err = new Error(`clausemark: could not load the WebAssembly module: ${e && e.message ? e.message : e}`);
      err.cause = e;
      throw err;
    });
  }
  return ready;
}

function need() {
  if (!loaded) {
    const e = new Error('clausemark: call `await init()` before parse()');
    e.name = 'ClausemarkError';
    e.code = 'not-initialized';
    throw e;
  }
}

// The text and options each model was parsed from, so that toHtml(model)
// and toAkomaNtoso(model) can render it (the writers work on the Rust model,
// which is rebuilt from the same text: same input, same model).
const sources = new WeakMap();

/** Parse a resolution into the model of shared/spec/resolution-json.md. */
export function parse(text, options) {
  need();
  // The module returns the CLI's JSON text: one string crosses the boundary.
  const model = JSON.parse(wasm.parseJson(text, options));
  addUtf16(text, model);
  sources.set(model, { text, options });
  return model;
}

// Offsets in UTF-16 code units beside the byte offsets, so that JavaScript
// can slice its own string: `span16` beside every `span` (paragraphs and
// items, footnotes, annexes, diagnostics), `lead_span16` beside `lead_span`,
// `spans16` beside the header `spans`, `offset16` (into the paragraph's
// `text`) beside every note's `offset`, and for every reference `span16`
// (into the text of the node it stands in) and `input_span16` (into the
// input). Lone surrogates of `text` were read as U+FFFD (3 bytes, 1 unit).

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * A function from UTF-8 byte offsets into `s` (every one of `offsets`) to
 * the number of UTF-16 units of the characters that start before them.
 */
function utf16Of(s, offsets) {
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(s)) return (o) => Math.min(o, s.length);
  const out = new Map();
  const sorted = Float64Array.from(offsets).sort();
  let b = 0; // bytes before unit u
  let u = 0;
  let n = NON_ASCII.lastIndex - 1; // the next non-ASCII unit at or after u
  for (let i = 0; i < sorted.length; i++) {
    const o = sorted[i];
    if (i > 0 && o === sorted[i - 1]) continue;
    // Whole ASCII runs at once, then one character at a time.
    while (o > b) {
      if (o - b <= n - u) {
        u += o - b;
        b = o;
        break;
      }
      b += n - u;
      u = n;
      if (u >= s.length) break;
      const c = s.charCodeAt(u);
      if (c < 0x800) { b += 2; u += 1; }
      else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00) { b += 4; u += 2; }
      else { b += 3; u += 1; }
      NON_ASCII.lastIndex = u;
      n = NON_ASCII.test(s) ? NON_ASCII.lastIndex - 1 : s.length;
    }
    out.set(o, u);
  }
  return (o) => out.get(o);
}

function addUtf16(text, doc) {
  const paras = [];
  const walk = (ps) => { for (const p of ps) { paras.push(p); walk(p.items); } };
  walk(doc.preamble);
  walk(doc.operative);
  const HEADER = ['symbol', 'number', 'title', 'formula', 'adoption'];
  const offsets = [];
  const add = (s) => { if (s) offsets.push(s[0], s[1]); };
  for (const p of paras) { add(p.span); add(p.lead_span); }
  for (const x of [...doc.footnotes, ...doc.annexes, ...doc.diagnostics]) add(x.span);
  for (const r of doc.references) add(r.input_span);
  for (const k of HEADER) add(doc.spans[k]);
  const at = utf16Of(text, offsets);
  const span16 = (s) => (s === null || s === undefined ? null : [at(s[0]), at(s[1])]);

  for (const p of paras) {
    p.span16 = span16(p.span);
    p.lead_span16 = span16(p.lead_span);
    if (p.notes.length > 0) {
      const local = utf16Of(p.text, p.notes.map((n) => n.offset));
      for (const n of p.notes) n.offset16 = local(n.offset);
    }
  }
  for (const x of [...doc.footnotes, ...doc.annexes, ...doc.diagnostics]) x.span16 = span16(x.span);
  if (doc.references.length > 0) {
    // A reference's `span` is into the text of the node it stands in: one
    // conversion map per node (a long annex can hold many).
    const texts = new Map();
    for (const x of [...paras, ...doc.footnotes, ...doc.annexes]) texts.set(x.id, x.text);
    const wanted = new Map();
    for (const r of doc.references) {
      if (!wanted.has(r.paragraph)) wanted.set(r.paragraph, []);
      wanted.get(r.paragraph).push(r.span[0], r.span[1]);
    }
    const maps = new Map();
    for (const [id, offs] of wanted) maps.set(id, utf16Of(texts.get(id) ?? '', offs));
    for (const r of doc.references) {
      const local = maps.get(r.paragraph);
      r.span16 = [local(r.span[0]), local(r.span[1])];
      r.input_span16 = span16(r.input_span);
    }
  }
  const h = {};
  for (const k of HEADER) h[k] = span16(doc.spans[k]);
  doc.spans16 = h;
}

function sourceOf(model, what) {
  const src = model && typeof model === 'object' ? sources.get(model) : undefined;
  if (!src) {
    const e = new Error(`clausemark: ${what}() takes a model returned by parse()`);
    e.name = 'ClausemarkError';
    e.code = 'invalid-argument';
    throw e;
  }
  return src;
}

/** The HTML of a parsed resolution (the CLI's `--format html`); `standalone` gives a whole page. */
export function toHtml(model, { standalone = false } = {}) {
  need();
  const { text, options } = sourceOf(model, 'toHtml');
  return wasm.renderHtml(text, options, !!standalone);
}

/** Akoma Ntoso 3.0 (AKN4UN) XML of a parsed resolution (the CLI's `--format akn`). */
export function toAkomaNtoso(model) {
  need();
  const { text, options } = sourceOf(model, 'toAkomaNtoso');
  return wasm.renderAkomaNtoso(text, options);
}

/** The parser's version (the crate's). */
export function version() {
  need();
  return wasm.version();
}

/** The largest input parse() accepts, in bytes of UTF-8. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
