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
  const model = wasm.parse(text, options);
  sources.set(model, { text, options });
  return model;
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
