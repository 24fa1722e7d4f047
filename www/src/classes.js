// Verb classes of operative leads, from the lexicon's [classes] tables
// (generated into classes.generated.js by scripts/gen-classes.mjs).
import TABLES from './classes.generated.js';

/** Display order and labels of the classes. */
export const CLASS_LABELS = {
  decides: 'Decides',
  requests: 'Requests',
  urges: 'Urges / calls upon',
  welcomes: 'Welcomes / notes',
  reaffirms: 'Reaffirms / recalls',
};

const cache = new Map();

function compiled(lang) {
  if (cache.has(lang)) return cache.get(lang);
  const table = TABLES[lang] || null;
  let list = null;
  if (table) {
    list = [];
    for (const [cls, phrases] of Object.entries(table)) {
      for (const p of phrases) list.push([p.toLocaleLowerCase(), cls]);
    }
    // longest phrase first so "takes note" beats "takes"
    list.sort((a, b) => b[0].length - a[0].length);
  }
  cache.set(lang, list);
  return list;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The class of a lead (`Also reaffirms` -> `reaffirms`): the listed phrase
 * that occurs earliest in the lead as whole words. Model data wins when the
 * paragraph already carries a `class`.
 */
const memo = new Map();

export function classOf(lead, lang) {
  if (!lead) return null;
  const key = `${lang}\u0000${lead}`;
  if (memo.has(key)) return memo.get(key);
  const cls = compute(lead, lang);
  if (memo.size > 5000) memo.clear();
  memo.set(key, cls);
  return cls;
}

function compute(lead, lang) {
  const list = compiled(lang) || compiled('en');
  if (!list) return null;
  const l = lead.toLocaleLowerCase();
  let best = null;
  let bestAt = Infinity;
  for (const [p, cls] of list) {
    let at = l.indexOf(p);
    while (at >= 0) {
      const before = at === 0 ? '' : l[at - 1];
      const after = l[at + p.length] || '';
      if (!WORD.test(before) && !WORD.test(after)) break;
      at = l.indexOf(p, at + 1);
    }
    if (at >= 0 && at < bestAt) {
      best = cls;
      bestAt = at;
    }
  }
  return best;
}

export function classLabel(cls) {
  return CLASS_LABELS[cls] || cls;
}
