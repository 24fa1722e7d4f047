// Shared by the WASM tests: paths, and the fields the WASM layer adds.
import { fileURLToPath } from 'node:url';
import { resolve, join, extname } from 'node:path';
import { readdirSync, statSync } from 'node:fs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS = process.env.CLAUSEMARK_CORPUS
  ? resolve(process.env.CLAUSEMARK_CORPUS)
  : resolve(ROOT, '../shared/corpus');
export const CLI = join(ROOT, 'target/release/clausemark');
export const SEED = join(ROOT, 'tests/fixtures/cnd-53-8.md');

/** The keys only the WASM layer adds (UTF-16 offsets). */
export const UTF16_KEYS = new Set(['span16', 'lead_span16', 'spans16', 'offset16', 'input_span16']);

/** A deep copy without the UTF-16 extras. */
export function withoutUtf16(v) {
  if (Array.isArray(v)) return v.map(withoutUtf16);
  if (v !== null && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) if (!UTF16_KEYS.has(k)) o[k] = withoutUtf16(x);
    return o;
  }
  return v;
}

/** Every .md and .txt file under dir, sorted as the CLI's batch mode does. */
export function corpusFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (['.md', '.txt'].includes(extname(name))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every [span, span16] pair in a model, with where it was found. */
export function spanPairs(doc) {
  const pairs = [];
  const para = (p) => {
    pairs.push([p.id, p.span, p.span16]);
    if (p.lead_span !== null || p.lead_span16 !== null) pairs.push([`${p.id}.lead`, p.lead_span, p.lead_span16]);
    p.items.forEach(para);
  };
  doc.preamble.forEach(para);
  doc.operative.forEach(para);
  for (const f of doc.footnotes) pairs.push([f.id, f.span, f.span16]);
  for (const a of doc.annexes) pairs.push([a.id, a.span, a.span16]);
  doc.diagnostics.forEach((d, i) => pairs.push([`diagnostic ${i} ${d.code}`, d.span, d.span16]));
  for (const k of Object.keys(doc.spans)) pairs.push([`spans.${k}`, doc.spans[k], doc.spans16[k]]);
  (doc.references || []).forEach((r, i) => pairs.push([`reference ${i} ${r.text}`, r.input_span, r.input_span16]));
  return pairs;
}

/** Every paragraph and item, depth first. */
export function allParagraphs(doc) {
  const out = [];
  const walk = (p) => { out.push(p); p.items.forEach(walk); };
  doc.preamble.forEach(walk);
  doc.operative.forEach(walk);
  return out;
}
