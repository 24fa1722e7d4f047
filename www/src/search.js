// In-document search over the light-DOM text: matches are painted with the
// CSS Custom Highlight API (the DOM is not modified), counted, and cycled
// with next/previous.

const registry = { all: null, current: null, users: new Map() };

function highlights() {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return null;
  if (!registry.all) {
    registry.all = new Highlight();
    registry.current = new Highlight();
    registry.current.priority = 1;
    CSS.highlights.set('cv-search', registry.all);
    CSS.highlights.set('cv-search-current', registry.current);
  }
  return registry;
}

export class Search {
  constructor(root) {
    this.root = root; // the <article>
    this.matches = [];
    this.index = -1;
    this.query = '';
  }

  /** Find every occurrence of `query` (case-insensitive) in visible text. */
  find(query) {
    this.clear();
    this.query = query;
    if (!query) return 0;
    const nodes = [];
    let flat = '';
    const starts = [];
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest('[hidden], .cv-sr-only') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n; (n = walker.nextNode()); ) {
      nodes.push(n);
      starts.push(flat.length);
      flat += n.data;
    }
    const lower = flat.toLowerCase();
    const hay = lower.length === flat.length ? lower : flat;
    const q = lower.length === flat.length ? query.toLowerCase() : query;
    const locate = (pos) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    for (let at = hay.indexOf(q); at >= 0; at = hay.indexOf(q, at + q.length)) {
      const a = locate(at);
      const b = locate(at + q.length - 1);
      const range = document.createRange();
      range.setStart(nodes[a], at - starts[a]);
      range.setEnd(nodes[b], at + q.length - starts[b]);
      this.matches.push(range);
      if (this.matches.length >= 10000) break;
    }
    const reg = highlights();
    if (reg) {
      registry.users.set(this, this.matches);
      for (const r of this.matches) reg.all.add(r);
    }
    return this.matches.length;
  }

  /** Move to the next (+1) or previous (-1) match; returns the element holding it. */
  step(dir) {
    if (!this.matches.length) return null;
    this.index = (this.index + dir + this.matches.length) % this.matches.length;
    const r = this.matches[this.index];
    const reg = highlights();
    if (reg) {
      reg.current.clear();
      reg.current.add(r);
    }
    const host = r.startContainer.parentElement;
    host.scrollIntoView({ block: 'center', behavior: 'instant' });
    return host;
  }

  clear() {
    const reg = highlights();
    if (reg) {
      for (const r of this.matches) reg.all.delete(r);
      if (this.index >= 0 && this.matches[this.index]) reg.current.delete(this.matches[this.index]);
      registry.users.delete(this);
    }
    this.matches = [];
    this.index = -1;
  }
}
