// The outline: header, preamble (one group with its phrases), operative
// paragraphs with number and verb (grouped by section when there are
// sections), annexes and footnotes. Tracks the reading position with
// aria-current="location".
import { h } from './dom.js';
import { classLabel } from './classes.js';

const LAZY_OVER = 150;
const CHUNK = 100;
/**
 * An outline of more entries than this gets `content-visibility: auto` on
 * its entries (class `long`): only those near its visible part are laid out.
 * A shorter one is laid out in one pass: content-visibility costs a second
 * layout pass in the first frame (entries are found on screen after the
 * first) and a task per entry (about 1 ms and 20 tasks for the seed's 20).
 */
const LAZY_LAYOUT_ENTRIES = 100;

export class Outline {
  constructor(nav, headingLevel = 2) {
    this.nav = nav;
    this.headingLevel = headingLevel;
    this.links = new Map(); // id -> <a>
    this.groupOf = new Map(); // id -> lazy group {summary, build}
    this.current = null;
    this.visible = null;
  }

  /**
   * Build the outline. Group headings are built at once; the entries of
   * large parts are queued: call `flush(budgetMs)` until it returns true.
   */
  build(model, index) {
    const list = h('ul');
    const queue = [];
    this.links.clear();
    const link = (id, ...label) => {
      const a = h('a', { href: `#${id}`, 'data-id': id }, ...label);
      this.links.set(id, a);
      return a;
    };
    const entry = (p, label) => {
      const li = document.createElement('li');
      li.dataset.for = p.id;
      if (this.visible && !this.visible.has(p.id)) li.hidden = true;
      if (p.cls) li.dataset.class = p.cls;
      const a = document.createElement('a');
      a.href = `#${p.id}`;
      a.dataset.id = p.id;
      a.textContent = label;
      if (p.cls) a.title = classLabel(p.cls);
      this.links.set(p.id, a);
      li.append(a);
      return li;
    };
    this.groupOf.clear();
    // Long lists are grouped by 100 in closed <details>, built when opened.
    const addAll = (ul, entries, label, rangeLabel) => {
      if (entries.length <= LAZY_OVER) {
        for (const p of entries) queue.push(() => ul.append(entry(p, label(p))));
        return;
      }
      for (let i = 0; i < entries.length; i += CHUNK) {
        const slice = entries.slice(i, i + CHUNK);
        const inner = h('ul');
        const summary = h('summary', null, rangeLabel(slice, i));
        const det = h('details', { class: 'group' }, summary, inner);
        let built = false;
        const group = {
          summary,
          build: () => {
            if (built) return;
            built = true;
            for (const p of slice) inner.append(entry(p, label(p)));
          },
        };
        det.addEventListener('toggle', () => {
          if (!det.open) return;
          group.build();
          if (this.pendingCurrent) this.setCurrent(this.pendingCurrent);
        });
        for (const p of slice) this.groupOf.set(p.id, group);
        ul.append(h('li', null, det));
      }
    };
    const top = index.top;
    this.nav.classList.toggle('long', top.length > LAZY_LAYOUT_ENTRIES);
    list.append(h('li', null, link('preface', 'Header')));
    const pre = top.filter((p) => p.part === 'preamble');
    if (pre.length) {
      const ul = h('ul');
      list.append(h('li', null, link('preamble', `Preamble (${pre.length})`), ul));
      addAll(ul, pre, (p) => p.lead || '(untitled)', (sl, i) => `Preambular paragraphs ${i + 1}–${i + sl.length}`);
    }
    const op = top.filter((p) => p.part === 'operative');
    if (op.length) {
      const ul = h('ul');
      const firstOf = new Map(index.sections.map((s) => [s.first, s]));
      const label = (p) => `${p.num ? `${p.num}.` : '–'} ${p.lead || 'Paragraph'}`;
      const range = (sl, i) => `Paragraphs ${sl[0].num || i + 1}–${sl[sl.length - 1].num || i + sl.length}`;
      if (index.sections.length) {
        let group = null;
        let members = [];
        const close = () => group && addAll(group, members, label, range);
        for (const p of op) {
          const s = firstOf.get(p.id);
          if (s || !group) {
            close();
            group = h('ul');
            members = [];
            if (s) ul.append(h('li', { 'data-section': s.id }, link(s.id, s.title), group));
            else ul.append(h('li', null, group));
          }
          members.push(p);
        }
        close();
      } else {
        addAll(ul, op, label, range);
      }
      list.append(h('li', null, link('mainBody', `Operative part (${op.length})`), ul));
    }
    for (const part of index.parts) {
      if (part.id.startsWith('att_')) list.append(h('li', null, link(part.id, part.label)));
    }
    if (model.footnotes?.length) list.append(h('li', null, link('footnotes', `Footnotes (${model.footnotes.length})`)));
    const hTag = `h${Math.min(6, this.headingLevel)}`;
    this.nav.replaceChildren(h(hTag, { id: 'cv-outline-heading' }, 'Contents'), list);
    this.nav.setAttribute('aria-labelledby', 'cv-outline-heading');
    let qi = 0;
    return (budgetMs = Infinity) => {
      const end = performance.now() + budgetMs;
      while (qi < queue.length) {
        queue[qi++]();
        if ((qi & 15) === 0 && performance.now() > end) break;
      }
      if (qi >= queue.length && this.pendingCurrent) this.setCurrent(this.pendingCurrent);
      return qi >= queue.length;
    };
  }

  /** Mark `id` (or its nearest outlined ancestor) as the reading position. */
  setCurrent(id) {
    let a = this.links.get(id);
    this.pendingCurrent = a ? null : id;
    if (!a && this.groupOf.has(id)) a = this.groupOf.get(id).summary;
    if (!a || a === this.current) return;
    // keep it visible inside the outline's own scroll box, without moving the
    // page (positions read before the attribute changes: no second layout)
    const box = this.nav;
    let scrollTo = null;
    if (box.scrollHeight > box.clientHeight) {
      const top = a.offsetTop - box.offsetTop;
      if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 24) scrollTo = Math.max(0, top - box.clientHeight / 3);
    }
    if (this.current) this.current.removeAttribute('aria-current');
    a.setAttribute('aria-current', 'location');
    this.current = a;
    if (scrollTo != null) box.scrollTop = scrollTo;
  }

  /** Hide the entries of filtered-out paragraphs. */
  applyFilter(visible, active = true) {
    // entries built later (lazy groups) follow `visible` when they are built
    this.visible = active ? visible : null;
    for (const li of this.nav.querySelectorAll('li[data-for]')) li.hidden = active && !visible.has(li.dataset.for);
  }
}

/**
 * Which element is at the reading position: the last of `entries` (in
 * document order, visible) whose top is above 30% of the viewport.
 */
export function readingPosition(entries) {
  const line = window.innerHeight * 0.3;
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const top = entries[mid].el.getBoundingClientRect().top;
    if (top <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? entries[found] : entries[0] || null;
}
