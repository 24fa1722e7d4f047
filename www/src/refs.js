// References inside paragraph text, normalised for rendering.
//
// When the model carries `references` (top level, or per paragraph), they are
// used as given: UN symbols link to undocs.org, internal references to the
// paragraph they name. Without them, a minimal fallback recognises internal
// cross-references (`paragraph 3 above`, `paragraphs 2 and 5 below`,
// `paragraphe 3 ci-dessus`, `párrafo 3 supra`) so in-document links work with
// any model.
import { byteMapper, safeHref, undocsUrl } from './text.js';

/**
 * @typedef {{start:number,end:number,kind:string,text:string,href:string|null,
 *   targetId:string|null,symbol:string|null,source:'model'|'viewer'}} Ref
 */

function spanOf(r, text, map) {
  const pick = (...names) => {
    for (const n of names) if (Array.isArray(r[n]) && r[n].length === 2) return r[n];
    return null;
  };
  let s16 = pick('offsets16', 'span16', 'range16');
  if (!s16 && Number.isInteger(r.start16) && Number.isInteger(r.end16)) s16 = [r.start16, r.end16];
  if (s16) return s16;
  let s = pick('offsets', 'span', 'range');
  if (!s && Number.isInteger(r.start) && Number.isInteger(r.end)) s = [r.start, r.end];
  if (s) return [map(s[0]), map(s[1])];
  return null;
}

function fromModel(list, p, ids) {
  const out = [];
  let map = null;
  for (const r of list) {
    if (!r || typeof r !== 'object') continue;
    if (r.paragraph && r.paragraph !== p.id) continue;
    let sp = spanOf(r, p.text, (b) => (map = map || byteMapper(p.text))(b));
    const t = typeof r.text === 'string' ? r.text : null;
    if (t && (!sp || p.text.slice(sp[0], sp[1]) !== t)) {
      const at = p.text.indexOf(t);
      sp = at >= 0 ? [at, at + t.length] : null;
    }
    if (!sp || sp[1] <= sp[0]) continue;
    const target = r.target || {};
    const targetId = typeof target.id === 'string' && ids.has(target.id) ? target.id : null;
    const symbol = typeof target.symbol === 'string' ? target.symbol : typeof r.symbol === 'string' ? r.symbol : null;
    let href = null;
    if (targetId) href = `#${targetId}`;
    else if (typeof target.url === 'string') href = safeHref(target.url);
    else if (symbol) href = safeHref(undocsUrl(symbol));
    if (targetId) sp = widen(p.text, sp);
    out.push({ start: sp[0], end: sp[1], kind: String(r.kind || 'reference'), text: p.text.slice(sp[0], sp[1]), href, targetId, symbol, source: 'model' });
  }
  return out;
}

/** An internal reference to one number (`3`) links its whole phrase (`paragraph 3 above`). */
function widen(text, sp) {
  // look only around the reference: the phrase is short
  const from = Math.max(0, sp[0] - 48);
  const near = text.slice(from, Math.min(text.length, sp[1] + 48));
  INTERNAL.lastIndex = 0;
  for (let m; (m = INTERNAL.exec(near)); ) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start <= sp[0] && sp[1] <= end) return /\d+\D+\d+/.test(m[2]) ? sp : [start, end];
    if (start > sp[1]) break;
  }
  return sp;
}

const INTERNAL = new RegExp(
  String.raw`\b(paragraphs?|paragraphes?|párrafos?)\s+(\d+(?:\s*(?:,|and|et|y|to|à|a)\s*\d+)*)\s+(above|below|ci-dessus|ci-après|supra|infra|más arriba|más adelante)`,
  'giu',
);

function fallback(p, ids) {
  const out = [];
  INTERNAL.lastIndex = 0;
  for (let m; (m = INTERNAL.exec(p.text)); ) {
    const numsAt = m.index + m[0].indexOf(m[2], m[1].length);
    for (const n of m[2].matchAll(/\d+/g)) {
      const id = `para_${n[0]}`;
      if (!ids.has(id) || id === p.id) continue;
      const single = !/\d+\D+\d+/.test(m[2]);
      // a single number links the whole phrase; a list links each number
      const start = single ? m.index : numsAt + n.index;
      const end = single ? m.index + m[0].length : start + n[0].length;
      out.push({ start, end, kind: 'internal', text: p.text.slice(start, end), href: `#${id}`, targetId: id, symbol: null, source: 'viewer' });
    }
  }
  return out;
}

/**
 * References of paragraph `p`, sorted and non-overlapping. `ids` is the set
 * of ids present in the document.
 */
export function referencesOf(model, p, ids) {
  let refs = [];
  if (Array.isArray(p.references)) refs = fromModel(p.references, { ...p, id: p.id }, ids);
  else if (Array.isArray(model.references)) refs = fromModel(model._refsBy?.get(p.id) || [], p, ids);
  // the viewer's own scan only when the model has no references at all
  if (!Array.isArray(p.references) && !Array.isArray(model.references) && /^(para_|preamble__)/.test(p.id)) refs = fallback(p, ids);
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const clean = [];
  let end = -1;
  for (const r of refs) {
    if (r.start >= end) {
      clean.push(r);
      end = r.end;
    }
  }
  return clean;
}

/** Group top-level model references by paragraph id (once per model). */
export function indexReferences(model) {
  if (!Array.isArray(model.references) || model._refsBy) return;
  const by = new Map();
  for (const r of model.references) {
    const id = r && (r.paragraph || r.paragraph_id || r.para);
    if (!id) continue;
    if (!by.has(id)) by.set(id, []);
    by.get(id).push({ ...r, paragraph: id });
  }
  Object.defineProperty(model, '_refsBy', { value: by, enumerable: false });
}
