// The outline: header, preamble (one group with its phrases), operative
// paragraphs with number and verb (grouped by section when there are
// sections), annexes and footnotes. Tracks the reading position with
// aria-current="location".
import { h } from './dom.js';
import { classLabel } from './classes.js';

export class Outline {
  constructor(nav, headingLevel = 2) {
    this.nav = nav;
    this.headingLevel = headingLevel;
    this.links = new Map(); // id -> <a>
    this.current = null;
  }

  build(model, index) {
    const list = h('ul');
    const link = (id, ...label) => {
      const a = h('a', { href: `#${id}`, 'data-id': id }, ...label);
      this.links.set(id, a);
      return a;
    };
    this.links.clear();
    const top = index.paras.filter((p) => p.level === 0);
    list.append(h('li', null, link('preface', 'Header')));
    const pre = top.filter((p) => p.part === 'preamble');
    if (pre.length) {
      list.append(
        h('li', null, link('preamble', `Preamble (${pre.length})`),
          h('ul', null, pre.map((p) => h('li', { 'data-for': p.id }, link(p.id, p.lead || '(untitled)'))))),
      );
    }
    const op = top.filter((p) => p.part === 'operative');
    if (op.length) {
      const opItem = (p) =>
        h('li', { 'data-for': p.id, 'data-class': p.cls },
          link(p.id, h('span', { class: 'num' }, p.num ? `${p.num}.` : '–'), ' ',
            h('span', { class: 'verb', title: p.cls ? classLabel(p.cls) : null }, p.lead || 'Paragraph')));
      const ul = h('ul');
      if (index.sections.length) {
        let group = ul;
        const firstOf = new Map(index.sections.map((s) => [s.first, s]));
        for (const p of op) {
          const s = firstOf.get(p.id);
          if (s) {
            group = h('ul');
            ul.append(h('li', { 'data-section': s.id }, link(s.id, s.title), group));
          }
          group.append(opItem(p));
        }
      } else {
        op.forEach((p) => ul.append(opItem(p)));
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
  }

  /** Mark `id` (or its nearest outlined ancestor) as the reading position. */
  setCurrent(id) {
    const a = this.links.get(id);
    if (!a || a === this.current) return;
    if (this.current) this.current.removeAttribute('aria-current');
    a.setAttribute('aria-current', 'location');
    this.current = a;
    // keep it visible inside the outline's own scroll box, without moving the page
    const box = this.nav;
    if (box.scrollHeight > box.clientHeight) {
      const top = a.offsetTop - box.offsetTop;
      if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 24) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  /** Hide the entries of filtered-out paragraphs. */
  applyFilter(visible) {
    for (const li of this.nav.querySelectorAll('li[data-for]')) li.hidden = !visible.has(li.dataset.for);
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
