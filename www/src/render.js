// Model -> light-DOM document. Class names and ids follow the HTML output
// (`akn-<element>` classes, the model's ids), so styles and links written
// for one work with the other. Text is only ever inserted as Text nodes.
import { appendInline, byteMapper, plainInline, safeHref, sliceSpan, textDirection } from './text.js';
import { classOf } from './classes.js';
import { indexReferences, referencesOf } from './refs.js';

const RESOLUTION_WORD = { en: 'Resolution', fr: 'Résolution', es: 'Resolución', ru: 'Резолюция', ar: 'القرار', zh: '决议' };

function el(doc, tag, cls, attrs) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (attrs) for (const k in attrs) if (attrs[k] != null) e.setAttribute(k, attrs[k]);
  return e;
}

/** `1` -> `1.`, `a` -> `(a)`, anything else as printed. */
export function numLabel(num, isItem) {
  if (num == null || num === '') return '';
  if (/[.)]$/.test(num) || /^\(/.test(num)) return num;
  if (!isItem && /^\d+$/.test(num)) return `${num}.`;
  return `(${num})`;
}

/** Markdown source of a short line (the adoption line) as display text. */
function unmarkdown(s) {
  return s
    .replace(/ {2,}\n|\\\n/g, '\n')
    .replace(/\\([\\`*_{}\[\]()#+\-.!])/g, '$1')
    .replace(/(^|\s)[*_]{1,3}|[*_]{1,3}(?=\s|$)/g, '$1')
    .trim();
}

/**
 * Render `model` (parsed from `input`, when known) into an <article>.
 *
 * The header and the section skeleton are built at once; paragraphs,
 * annexes and footnotes are queued and built by `flush(budgetMs)` (the
 * element runs the first slice synchronously and the rest in later tasks,
 * so a large document is readable and interactive at once). `index.top`
 * describes every top-level paragraph from the start; `el` is set when it
 * is built.
 */
export function render(model, { input = null, doc = document, headingLevel = 2 } = {}) {
  indexReferences(model);
  const lang = model.meta?.language || 'en';
  const hl = (d) => `h${Math.min(6, headingLevel + d)}`;
  const ids = new Set();
  let nItems = 0;
  let chars = 0; // characters of text in the whole document
  const size = (t) => (typeof t === 'string' ? t.length : 0);
  const walkIds = (ps, top) => ps?.forEach((p) => { ids.add(p.id); chars += size(p.text); if (!top) nItems++; walkIds(p.items, false); });
  ids.add('resolution');
  walkIds(model.preamble, true);
  walkIds(model.operative, true);
  (model.footnotes || []).forEach((f) => { ids.add(f.id); chars += size(f.text); });
  (model.annexes || []).forEach((a) => { ids.add(a.id); chars += size(a.text); });

  const noteIdByMarker = new Map();
  for (const f of model.footnotes || []) if (!noteIdByMarker.has(f.marker)) noteIdByMarker.set(f.marker, f.id);

  const index = {
    chars, // characters of text in the document
    top: [], // every top-level paragraph: {id, el|null, part, lead, cls, num, level: 0, label}
    paras: [], // built paragraphs and items, document order: {id, el, part, lead, cls, num, level}
    byId: new Map(),
    parts: [], // {id, el, label}
    noteRefs: new Map(), // footnote id -> [{id, label}]
    refs: [], // rendered reference anchors
    sections: [], // {id, el, title, first}
    track: [], // built reading-position candidates in document order: {id, el}
    counts: {
      preamble: model.preamble?.length || 0,
      operative: model.operative?.length || 0,
      items: nItems,
      footnotes: model.footnotes?.length || 0,
      annexes: model.annexes?.length || 0,
      references: 0,
      diagnostics: (model.diagnostics || []).length,
    },
  };
  const queue = [];
  let qi = 0;

  const article = el(doc, 'article', 'akn-statement cv-document', { id: 'resolution', lang, dir: 'auto', 'aria-labelledby': 'cv-doc-title' });
  let inputMap = null;

  // ---- header ----
  const meta = model.meta || {};
  // The parts that receive paragraphs get the direction dir="auto" would
  // give the document's text, computed once: Chromium re-resolves a
  // dir="auto" element whenever a node is inserted anywhere below it (an
  // inserted paragraph cost time in proportion to the document built so far).
  // The article keeps dir="auto"; every paragraph and heading has its own.
  const sample = (t) => (typeof t === 'string' ? plainInline(t.slice(0, 400)) : null);
  const partDir = textDirection(sample(model.preamble?.[0]?.text), sample(model.operative?.[0]?.text), sample(meta.title), sample(model.formula));
  const header = el(doc, 'header', 'akn-preface', { id: 'preface', tabindex: '-1' });
  if (meta.body) header.append(Object.assign(el(doc, 'p', 'akn-docProponent'), { textContent: meta.body }));
  if (meta.number) {
    const n = el(doc, 'p', 'akn-docNumber');
    n.append(`${RESOLUTION_WORD[lang] || RESOLUTION_WORD.en} ${meta.number}`);
    header.append(n);
  }
  if (meta.symbol) header.append(Object.assign(el(doc, 'p', 'akn-docNumber akn-symbol'), { textContent: meta.symbol }));
  const title = el(doc, hl(0), 'akn-docTitle', { id: 'cv-doc-title', dir: 'auto' });
  appendInline(title, meta.title || (meta.number ? `${RESOLUTION_WORD[lang] || 'Resolution'} ${meta.number}` : 'Untitled document'));
  header.append(title);
  article.append(header);
  index.parts.push({ id: 'preface', el: header, label: 'Header' });
  index.track.push({ id: 'preface', el: header });

  // ---- formula ----
  let formula = null;
  if (model.formula) {
    formula = el(doc, 'p', 'akn-formula', { id: 'formula', dir: 'auto' });
    appendInline(formula, model.formula);
  }

  // ---- paragraphs ----
  const counter = { built: 0 }; // characters of text built so far
  const ctx = { model, ids, noteIdByMarker, index, counter };
  const renderPara = (p, part, level, parentNum, entry) => {
    const isItem = level > 0;
    const cls = entry ? entry.cls : null;
    const kindClass = part === 'preamble' && !isItem ? 'akn-container' : isItem ? 'akn-point' : 'akn-paragraph';
    const node = doc.createElement(isItem ? 'li' : 'div');
    node.className = `${kindClass} cv-para cv-${part}${isItem ? ` cv-level-${Math.min(level, 4)}` : ''}`;
    node.id = p.id;
    node.tabIndex = -1;
    if (cls) node.dataset.class = cls;
    if (p.lead) node.dataset.lead = p.lead;
    const numText = numLabel(p.num, isItem);
    if (numText) {
      const n = doc.createElement('span');
      n.className = 'akn-num';
      n.textContent = numText;
      node.append(n);
    }
    const content = doc.createElement('p');
    content.className = p.items?.length ? 'akn-content akn-intro' : 'akn-content';
    fillText(doc, content, p, { lead: p.lead, cls, ...ctx });
    content.dir = 'auto'; // after its text: a dir="auto" element re-resolves on every insertion
    node.append(content);
    const label = entry ? entry.label : `Paragraph ${parentNum ? `${parentNum} ` : ''}${numText}`;
    const btn = doc.createElement('button');
    btn.className = 'cv-menu-button';
    btn.type = 'button';
    btn.setAttribute('aria-haspopup', 'menu');
    btn.setAttribute('aria-label', `${label}: options`);
    btn.dataset.for = p.id;
    node.append(btn);
    const e = entry || { id: p.id, part, lead: p.lead || null, cls: null, num: p.num || null, level, label, parentNum: parentNum || null };
    e.el = node;
    index.paras.push(e);
    index.byId.set(p.id, e);
    if (!isItem) index.track.push(e);
    if (p.items?.length) {
      const list = doc.createElement('ol');
      list.className = 'akn-list';
      for (const it of p.items) list.append(renderPara(it, part, level + 1, isItem ? `${parentNum} ${numText}` : p.num, null));
      node.append(list);
    }
    return node;
  };
  const describe = (p, part, k) => ({
    id: p.id,
    el: null,
    part,
    lead: p.lead || null,
    cls: part === 'operative' ? p.class || classOf(p.lead, lang) : null,
    num: p.num || null,
    level: 0,
    label: part === 'preamble' ? `Preambular paragraph ${k + 1}` : `Paragraph ${p.num || p.id}`,
    parentNum: null,
  });

  if (model.preamble?.length) {
    const sec = el(doc, 'section', 'akn-preamble', { id: 'preamble', tabindex: '-1', dir: partDir, 'aria-labelledby': 'cv-h-preamble' });
    sec.append(Object.assign(el(doc, hl(1), 'cv-sr-only', { id: 'cv-h-preamble' }), { textContent: 'Preamble' }));
    if (formula) sec.append(formula);
    formula = null;
    model.preamble.forEach((p, k) => {
      const entry = describe(p, 'preamble', k);
      index.top.push(entry);
      queue.push(() => sec.append(renderPara(p, 'preamble', 0, null, entry)));
    });
    article.append(sec);
    index.parts.push({ id: 'preamble', el: sec, label: 'Preamble' });
  }
  if (formula) article.append(formula);
  if (model.operative?.length) {
    const sec = el(doc, 'section', 'akn-mainBody', { id: 'mainBody', tabindex: '-1', dir: partDir, 'aria-labelledby': 'cv-h-operative' });
    sec.append(Object.assign(el(doc, hl(1), 'cv-sr-only', { id: 'cv-h-operative' }), { textContent: 'Operative paragraphs' }));
    let current;
    model.operative.forEach((p, k) => {
      let heading = null;
      if (p.section !== undefined && p.section !== current) {
        current = p.section;
        if (current) {
          const id = `cv-section-${index.sections.length + 1}`;
          heading = { id, el: null, title: plainInline(current), first: p.id, text: current };
          index.sections.push(heading);
        }
      }
      const entry = describe(p, 'operative', k);
      index.top.push(entry);
      queue.push(() => {
        if (heading) {
          const h = el(doc, hl(2), 'akn-subheading cv-section', { id: heading.id, tabindex: '-1', dir: 'auto' });
          appendInline(h, heading.text);
          heading.el = h;
          sec.append(h);
          index.track.push(heading);
        }
        sec.append(renderPara(p, 'operative', 0, null, entry));
      });
    });
    article.append(sec);
    index.parts.push({ id: 'mainBody', el: sec, label: 'Operative part' });
  }

  // ---- adoption ----
  const ad = meta.adoption;
  if (ad && (ad.meeting || ad.date || ad.vote || model.spans?.adoption)) {
    const foot = el(doc, 'footer', 'akn-conclusions', { id: 'conclusions' });
    // a line that is only a vote (`Adopted unanimously.`) is shown once, as the vote
    if (ad.meeting || ad.date || !ad.vote) {
      const c = el(doc, 'p', 'akn-adoption cv-adoption', { dir: 'auto' });
      let line = '';
      if (input != null && (model.spans16?.adoption || model.spans?.adoption)) {
        if (!model.spans16?.adoption) inputMap = byteMapper(input);
        line = unmarkdown(sliceSpan(input, model.spans?.adoption, model.spans16?.adoption, inputMap));
      }
      if (!line) line = [ad.meeting, ad.date].filter(Boolean).join('\n');
      line.split('\n').forEach((part, i) => {
        if (i) c.append(el(doc, 'br'));
        appendInline(c, part.trim());
      });
      if (ad.date) c.dataset.date = ad.date;
      foot.append(c);
    }
    if (ad.vote) {
      const v = el(doc, 'p', 'akn-vote cv-vote', { dir: 'auto' });
      appendInline(v, ad.vote);
      foot.append(v);
    }
    article.append(foot);
  }

  // ---- annexes ----
  const annexWrap = model.annexes?.length ? el(doc, 'section', 'akn-attachments', { dir: partDir, 'aria-label': 'Annexes' }) : null;
  if (annexWrap) article.append(annexWrap);
  for (const a of model.annexes || []) {
    const sec = el(doc, 'section', 'akn-attachment', { id: a.id, tabindex: '-1', 'aria-labelledby': `${a.id}-title` });
    const h = el(doc, hl(1), 'akn-heading', { id: `${a.id}-title`, dir: 'auto' });
    // the label as printed (`Annex II`) over the annex's own title
    if (a.label) {
      const num = el(doc, 'span', 'akn-num');
      num.textContent = a.label;
      h.append(num, a.title ? ' ' : '');
    }
    if (a.title) appendInline(h.appendChild(el(doc, 'span', 'akn-docTitle')), a.title);
    if (!a.label && !a.title) h.textContent = 'Annex';
    sec.append(h);
    annexWrap.append(sec);
    index.parts.push({ id: a.id, el: sec, label: a.title || a.label || 'Annex' });
    // One block per line (the model keeps the annex's paragraph breaks). The
    // lines are found as they are built: one queue entry walks the annex,
    // a block per call, so a long annex costs nothing up front.
    const text = String(a.text || '');
    queue.push(() => index.track.push({ id: a.id, el: sec }));
    const refsOf = annexReferences(model, a.id, text, ids);
    const re = /\n\s*/g;
    let from = 0;
    queue.push(() => {
      while (from <= text.length) {
        re.lastIndex = from;
        const m = re.exec(text);
        const start = from;
        const to = m ? m.index : text.length;
        from = m ? m.index + m[0].length : text.length + 1;
        if (!/\S/.test(text.slice(start, to))) continue;
        const body = el(doc, 'p', 'akn-p cv-annex-block');
        fillText(doc, body, { id: a.id, text: text.slice(start, to), notes: [] }, { lead: null, cls: null, refs: refsOf(start, to), ...ctx });
        body.dir = 'auto';
        sec.append(body);
        break;
      }
      return from <= text.length; // true: call again for the next block
    });
  }

  // ---- footnotes (last: their back-links need every marker) ----
  if (model.footnotes?.length) {
    const sec = el(doc, 'section', 'akn-authorialNotes', { id: 'footnotes', tabindex: '-1', dir: partDir, 'aria-labelledby': 'cv-h-footnotes' });
    sec.append(Object.assign(el(doc, hl(1), 'cv-notes-heading', { id: 'cv-h-footnotes' }), { textContent: 'Footnotes' }));
    const ol = el(doc, 'ol', 'cv-notes');
    sec.append(ol);
    // The footnotes are laid out only once they come near the screen
    // (content-visibility: auto, in the stylesheet); until then they count
    // as this estimate of their height, in rem (read with attr()): a
    // heading, and lines of about 100 characters
    let rem = 4;
    for (const f of model.footnotes) rem += 0.75 + 1.5 * Math.max(1, Math.ceil(size(f.text) / 100));
    sec.dataset.estimate = String(rem);
    article.append(sec);
    index.parts.push({ id: 'footnotes', el: sec, label: 'Footnotes' });
    for (const f of model.footnotes) {
      queue.push(() => {
        const li = el(doc, 'li', 'akn-authorialNote', { id: f.id, tabindex: '-1' });
        li.append(Object.assign(el(doc, 'span', 'akn-marker'), { textContent: f.marker }));
        const t = el(doc, 'span', 'akn-p');
        fillText(doc, t, { id: f.id, text: f.text, notes: [] }, { lead: null, cls: null, ...ctx });
        li.append(t);
        const back = index.noteRefs.get(f.id) || [];
        if (back.length) {
          const bl = el(doc, 'span', 'cv-backlinks');
          back.forEach((r, i) => {
            const a = el(doc, 'a', 'akn-noteBack cv-backlink', { href: `#${r.id}`, 'aria-label': `Back to reference ${i + 1} of footnote ${f.marker}, in ${r.label}` });
            a.textContent = back.length > 1 ? `↩${String.fromCharCode(97 + (i % 26))}` : '↩';
            bl.append(a);
          });
          li.append(bl);
        }
        li.dir = 'auto';
        ol.append(li);
      });
    }
    queue.push(() => index.track.push({ id: 'footnotes', el: sec }));
  }

  /**
   * Build queued parts for about `budgetMs`, or until about `chars`
   * characters of text are built; true when everything is built.
   */
  const flush = (budgetMs = Infinity, chars = Infinity) => {
    const end = performance.now() + budgetMs;
    const upTo = counter.built + chars;
    let n = 0;
    while (qi < queue.length) {
      if (queue[qi]() !== true) qi++; // an entry returns true while it has more to build
      if (counter.built >= upTo || ((++n & 3) === 0 && performance.now() > end)) break;
    }
    return qi >= queue.length;
  };
  return { article, index, flush, get done() { return qi >= queue.length; } };
}

/**
 * The references of an annex, block by block: `refsOf(start, to)` gives
 * those inside [start, to) of the annex text, relative to `start`. Blocks
 * are asked for in order. Model references with UTF-16 spans are resolved
 * per block (a long annex has thousands); otherwise all at once, on the
 * first call.
 */
function annexReferences(model, id, text, ids) {
  let raw = null;
  let all = null;
  let i = 0;
  return (start, to) => {
    if (!raw && !all) {
      const list = model._refsBy?.get(id) || [];
      if (list.every((r) => Array.isArray(r.span16) && r.span16.length === 2 && Number.isInteger(r.span16[0]))) {
        raw = [...list].sort((x, y) => x.span16[0] - y.span16[0]);
      } else {
        all = referencesOf(model, { id, text }, ids);
      }
    }
    let found;
    if (raw) {
      while (i < raw.length && raw[i].span16[0] < start) i++;
      let j = i;
      while (j < raw.length && raw[j].span16[0] < to) j++;
      found = j > i ? referencesOf(model, { id, text, references: raw.slice(i, j) }, ids) : [];
      i = j;
    } else {
      while (i < all.length && all[i].start < start) i++;
      found = [];
      for (let j = i; j < all.length && all[j].start < to; j++) found.push(all[j]);
    }
    const mine = [];
    for (const r of found) if (r.start >= start && r.end <= to) mine.push({ ...r, start: r.start - start, end: r.end - start });
    return mine;
  };
}

/** Paragraph text with its lead, footnote markers and references. */
function fillText(doc, parent, p, ctx) {
  const { lead, cls, model, ids, noteIdByMarker, index, refs = null } = ctx;
  const text = p.text || '';
  ctx.counter.built += text.length;
  let map = null;
  const notes = (p.notes || [])
    .map((n) => {
      let at = Number.isInteger(n.offset16) ? n.offset16 : null;
      if (at == null) {
        map = map || byteMapper(text);
        at = map(n.offset);
      }
      return { at: Math.min(at, text.length), marker: n.marker };
    })
    .sort((a, b) => a.at - b.at);
  const ranges = [];
  if (lead) {
    let at = text.startsWith(lead) ? 0 : text.slice(0, lead.length + 40).indexOf(lead);
    if (at >= 0) ranges.push({ start: at, end: at + lead.length, kind: 'lead' });
  }
  for (const r of refs || referencesOf(model, p, ids)) {
    if (ranges.some((x) => r.start < x.end && x.start < r.end)) continue;
    ranges.push({ ...r, kind: 'ref', ref: r });
  }
  ranges.sort((a, b) => a.start - b.start);
  let ni = 0;
  const label = p.num ? `para. ${p.num}` : p.id;
  const emit = (target, a, b) => {
    let pos = a;
    while (ni < notes.length && notes[ni].at < b) {
      const n = notes[ni++];
      if (n.at > pos) appendInline(target, text.slice(pos, n.at));
      pos = Math.max(pos, n.at);
      target.append(noteMarker(doc, n.marker, p.id, noteIdByMarker, index, label));
    }
    if (b > pos) appendInline(target, text.slice(pos, b));
  };
  let pos = 0;
  for (const r of ranges) {
    emit(parent, pos, r.start);
    let target;
    if (r.kind === 'lead') {
      target = el(doc, 'em', `akn-lead cv-lead${cls ? ` cv-class-${cls}` : ''}`, { 'data-class': cls });
    } else {
      const href = r.ref.href && safeHref(r.ref.href);
      if (href) {
        target = el(doc, 'a', `akn-ref cv-ref cv-ref-${r.ref.targetId ? 'internal' : 'external'}`, {
          href,
          'data-target': r.ref.targetId,
          'data-kind': r.ref.kind,
          'data-source': r.ref.source,
          rel: r.ref.targetId ? null : 'noopener noreferrer',
        });
      } else {
        target = el(doc, 'span', 'akn-ref cv-ref cv-ref-unlinked', { 'data-kind': r.ref.kind });
      }
      index.counts.references++;
      index.refs.push({ el: target, ...r.ref, from: p.id });
    }
    emit(target, r.start, r.end);
    parent.append(target);
    pos = r.end;
  }
  emit(parent, pos, text.length);
  while (ni < notes.length) parent.append(noteMarker(doc, notes[ni++].marker, p.id, noteIdByMarker, index, label));
}

function noteMarker(doc, marker, pid, noteIdByMarker, index, label) {
  const sup = el(doc, 'sup', 'akn-noteRef cv-noteref-wrap');
  const fid = noteIdByMarker.get(marker);
  if (!fid) {
    sup.className += ' cv-noteref-missing';
    sup.textContent = marker;
    return sup;
  }
  const list = index.noteRefs.get(fid) || [];
  const id = list.length ? `ref_${fid}_${list.length + 1}` : `ref_${fid}`;
  list.push({ id, label });
  index.noteRefs.set(fid, list);
  const a = el(doc, 'a', 'akn-noteRef', { href: `#${fid}`, id, 'data-note': fid, role: 'doc-noteref', 'aria-label': `Footnote ${marker}`, 'aria-haspopup': 'dialog' });
  a.textContent = marker;
  sup.append(a);
  return sup;
}
