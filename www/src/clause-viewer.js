// <clause-viewer>: an embeddable viewer for UN resolutions.
//
//   <script type="module" src="src/clause-viewer.js"></script>
//   <clause-viewer src="samples/cnd-53-8.md"></clause-viewer>
//
// The document is rendered into the light DOM (page search, print, selection
// and anchors work); the chrome (toolbar, outline, popovers) lives in a
// shadow root. Styles are constructable stylesheets, so the element runs
// under a strict Content-Security-Policy.
import { h } from './dom.js';
import { render, numLabel } from './render.js';
import { Outline } from './outline.js';
import { Popover } from './popover.js';
import { Search } from './search.js';
import { adoptDocumentStyles, adoptShadowStyles } from './styles.js';
import { CLASS_LABELS, classLabel } from './classes.js';
import { parse as wasmParse, loadParser, config as parserConfig } from './parser.js';
import { appendInline, utf8Length } from './text.js';

/**
 * A document of up to BUILD_AT_ONCE_CHARS characters of text (every
 * resolution of the development corpus: the largest has 49 KB of Markdown)
 * is built at once. A larger one shows a first slice of about three tall
 * screens of text (at most FIRST_SLICE_MS of building); the rest is built in
 * background tasks of SLICE_MS, after the first frame is painted.
 */
const BUILD_AT_ONCE_CHARS = 50000;
/**
 * Beyond this many characters of text, paragraphs, footnotes and annex lines
 * get `content-visibility: auto` (class cv-lazy): only those near the screen
 * are laid out. Below it one layout pass of everything is cheaper than the
 * two that content-visibility needs for what is on screen, and scrolling does
 * not track the visibility of every paragraph. (The footnotes section, at the
 * end of every document, has content-visibility: auto as a whole, whatever
 * the length: see styles.js.)
 */
const LAZY_LAYOUT_CHARS = 30000;
const FIRST_SLICE_CHARS = 12000;
const FIRST_SLICE_MS = 25;
const SLICE_MS = 40;

/**
 * Run `fn` in a later task of background priority (scheduler.postTask where
 * there is one): building the rest of a document yields to input, rendering
 * and the page's own tasks. A page that never idles still gets it within
 * 250 ms (an ordinary timer then runs it).
 */
function later(fn) {
  if (!globalThis.scheduler?.postTask) {
    setTimeout(fn, 0);
    return;
  }
  const once = onceWithin(fn, 250);
  globalThis.scheduler.postTask(once, { priority: 'background' }).catch((e) => setTimeout(() => { throw e; }));
}

/**
 * `fn` to be run once: by whoever calls the returned function first, or by
 * a timer after `ms` if nobody has.
 */
function onceWithin(fn, ms) {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    clearTimeout(timer);
    fn();
  };
  const timer = setTimeout(once, ms);
  return once;
}

/** Run `fn` in a task right after the next frame (layout and paint done). */
const paintChannel = new MessageChannel();
const afterPaintQueue = [];
paintChannel.port1.onmessage = () => {
  const fns = afterPaintQueue.splice(0);
  for (const fn of fns) fn();
};
function afterPaint(fn) {
  afterPaintQueue.push(fn);
  if (afterPaintQueue.length === 1) requestAnimationFrame(() => paintChannel.port2.postMessage(0));
}

/**
 * The filter's <select>, with its first option selected. Built in a document
 * without a window and adopted when the chrome is attached: a select built
 * in the page changes its selection when the option is inserted, and
 * Chromium's autofill then forces a style and layout of the whole page in a
 * task of its own before the first frame (FormTracker, on any selection
 * change, by script too). The element keeps that option (see #buildFilter).
 */
function filterSelect() {
  const inert = document.implementation.createHTMLDocument('');
  const sel = inert.createElement('select');
  sel.id = 'cv-filter';
  sel.setAttribute('part', 'filter');
  const all = inert.createElement('option');
  all.value = '';
  all.textContent = 'All paragraphs';
  sel.append(all);
  return sel;
}

const BODY_SHORT = {
  'Commission on Narcotic Drugs': 'CND',
  'Commission on Crime Prevention and Criminal Justice': 'CCPCJ',
};

function dedent(s) {
  const lines = s.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length));
  return lines.map((l) => l.slice(Number.isFinite(ind) ? ind : 0)).join('\n') + '\n';
}

/**
 * The parser's verdict (`not-a-resolution`), or, as a second opinion: no
 * enacting formula and not one lead phrase from the lexicon.
 */
export function notAResolution(model) {
  const ds = model.diagnostics || [];
  if (ds.some((d) => d.code === 'not-a-resolution')) return true;
  if (model.formula) return false;
  const leads = [...(model.preamble || []), ...(model.operative || [])].filter((p) => p.lead).length;
  const unknown = ds.filter((d) => d.code === 'unknown-lead').length;
  return leads === 0 || unknown >= leads;
}

export class ClauseViewer extends HTMLElement {
  static observedAttributes = ['src', 'input', 'language'];

  #text = null;
  #model = null;
  #input = null;
  #seq = 0;
  #started = false;
  #index = null;
  #article = null;
  #search = null;
  #track = [];
  #trackCache = null;
  #navToken = 0;
  #target = null;
  #raf = 0;
  #stats = null;
  #previewTimer = 0;
  #flush = null;
  #renderSeq = 0;
  #rendered = Promise.resolve(null);
  #t0 = 0;
  #busy = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptShadowStyles(root);
    this.ui = {};
    const ui = this.ui;
    ui.searchInput = h('input', { type: 'search', part: 'search-input', 'aria-label': 'Search in document', placeholder: 'Search  ( / )', 'aria-describedby': 'cv-count', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search' });
    ui.count = h('span', { class: 'count', id: 'cv-count', part: 'search-count' });
    ui.prev = h('button', { type: 'button', part: 'button', 'aria-label': 'Previous match', disabled: true }, '↑');
    ui.next = h('button', { type: 'button', part: 'button', 'aria-label': 'Next match', disabled: true }, '↓');
    ui.form = h('form', { class: 'search', role: 'search', 'aria-label': 'Search in document' }, ui.searchInput, ui.count, ui.prev, ui.next);
    ui.filter = filterSelect();
    ui.outlineToggle = h('button', { type: 'button', class: 'outline-toggle', part: 'button', 'aria-expanded': 'false', 'aria-controls': 'cv-outline' }, 'Contents');
    ui.toolbar = h('div', { class: 'toolbar', part: 'toolbar' }, ui.outlineToggle, ui.form,
      h('div', { class: 'filter' }, h('label', { for: 'cv-filter' }, 'Show'), ui.filter));
    ui.nav = h('nav', { class: 'outline', id: 'cv-outline', part: 'outline', 'aria-label': 'Contents' });
    ui.state = h('div', { class: 'state', part: 'state', hidden: true });
    ui.diagnostics = h('details', { class: 'diagnostics', part: 'diagnostics', hidden: true });
    ui.slot = h('slot');
    ui.status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    ui.toast = h('div', { class: 'toast', part: 'toast', hidden: true, 'aria-hidden': 'true' });
    ui.frame = h('div', { class: 'frame', part: 'frame' }, ui.toolbar, ui.nav,
      h('div', { class: 'doc', part: 'document' }, ui.state, ui.diagnostics, ui.slot), ui.status, ui.toast);
    root.append(ui.frame);
    this.outline = new Outline(ui.nav, this.#headingLevel());
    this.notePop = new Popover(root, { part: 'popover footnote-popover', role: 'dialog', label: 'Footnote' });
    this.previewPop = new Popover(root, { part: 'popover preview-popover', role: 'tooltip', mode: 'manual' });
    this.menuPop = new Popover(root, { part: 'popover menu', role: 'menu', label: 'Paragraph options', className: 'menu' });

    ui.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#step(1);
    });
    ui.searchInput.addEventListener('input', () => this.search(ui.searchInput.value));
    ui.searchInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.shiftKey) {
        e.preventDefault();
        this.#step(-1);
      }
    });
    ui.prev.addEventListener('click', () => this.#step(-1));
    ui.next.addEventListener('click', () => this.#step(1));
    ui.filter.addEventListener('change', () => this.setFilter(ui.filter.value));
    ui.outlineToggle.addEventListener('click', () => {
      const open = ui.nav.classList.toggle('open');
      ui.outlineToggle.setAttribute('aria-expanded', String(open));
    });
    ui.nav.addEventListener('click', (e) => this.#onLinkClick(e, 'outline'));
    this.notePop.el.addEventListener('click', (e) => this.#onLinkClick(e, 'popover'));
    this.menuPop.el.addEventListener('keydown', (e) => this.#menuKeys(e));
    this.addEventListener('click', (e) => this.#onDocClick(e));
    this.addEventListener('keydown', (e) => this.#onKey(e));
    this.addEventListener('mouseover', (e) => this.#previewFrom(e));
    this.addEventListener('focusin', (e) => this.#previewFrom(e));
    this.addEventListener('mouseout', (e) => this.#previewEnd(e));
    this.addEventListener('focusout', (e) => this.#previewEnd(e));
    this._onHash = () => this.#fromHash('hash');
    // The reading position is read after the frame is laid out and painted,
    // not in its animation-frame callback: reading positions there forced a
    // layout before the frame's own (two passes over every paragraph of a
    // long document per scrolled frame).
    this._onScroll = () => {
      if (this.#raf) return;
      this.#raf = 1;
      afterPaint(() => {
        this.#raf = 0;
        this.#trackPosition();
      });
    };
    this._onDocKey = (e) => {
      if (e.defaultPrevented || e.composedPath().includes(this)) return;
      const a = document.activeElement;
      if (a && a !== document.body && a !== document.documentElement) return;
      this.#onKey(e);
    };
  }

  // ---------- public API ----------

  /** The text to show (Markdown or plain text); parsed in the browser. */
  get text() {
    return this.#text;
  }
  set text(v) {
    this.#text = v == null ? null : String(v);
    this.#started = true;
    this.#load();
  }
  get src() {
    return this.getAttribute('src');
  }
  set src(v) {
    this.setAttribute('src', v);
  }
  /** The model being shown; setting it renders a model without parsing. */
  get model() {
    return this.#model;
  }
  set model(m) {
    this.#started = true;
    this.#seq++;
    this.#show(m, null, 0);
  }
  /** Counts and timings of the last render. */
  get stats() {
    return this.#stats;
  }
  /** Resolves (with the stats) once every part of the document is built. */
  get rendered() {
    return this.#rendered;
  }
  /** True once every part of the document is built. */
  get complete() {
    return !this.#flush;
  }
  /** Where the parser module is loaded from (defaults to ../js/clausemark.js). */
  static get parserConfig() {
    return parserConfig;
  }
  static loadParser() {
    return loadParser();
  }

  connectedCallback() {
    adoptDocumentStyles(this.getRootNode());
    window.addEventListener('hashchange', this._onHash);
    window.addEventListener('scroll', this._onScroll, { passive: true });
    if (this.getAttribute('keyboard') === 'page') document.addEventListener('keydown', this._onDocKey);
    if (!this.#started) {
      this.#started = true;
      queueMicrotask(() => this.#load());
    }
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this._onHash);
    window.removeEventListener('scroll', this._onScroll);
    document.removeEventListener('keydown', this._onDocKey);
  }

  attributeChangedCallback(name, old, val) {
    if (old === val || !this.#started) return;
    if (name === 'src') this.#text = null;
    this.#load();
  }

  /** Reload from `text`, `src` or the inline script. */
  reload() {
    return this.#load();
  }

  // ---------- loading and states ----------

  #headingLevel() {
    const n = parseInt(this.getAttribute('heading-level') || '2', 10);
    return n >= 1 && n <= 5 ? n : 2;
  }

  #setState(kind, ...content) {
    const s = this.ui.state;
    if (!kind) {
      s.hidden = true;
      s.replaceChildren();
      this.removeAttribute('aria-busy');
      return;
    }
    s.hidden = false;
    s.className = `state ${kind}`;
    s.setAttribute('role', kind === 'error' || kind === 'invalid' ? 'alert' : 'status');
    s.replaceChildren(...content);
    this.dataset.state = kind;
    if (kind === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  #clearDocument() {
    this.#article?.remove();
    this.#article = null;
    this.#index = null;
    this.#search?.clear();
    this.ui.nav.replaceChildren();
    this.ui.diagnostics.hidden = true;
  }

  async #load() {
    const seq = ++this.#seq;
    let text = this.#text;
    let input = this.getAttribute('input') || undefined;
    const src = this.getAttribute('src');
    if (text == null && src) {
      this.#setState('loading', h('p', null, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading ', h('code', null, src), '…'));
      try {
        const res = await fetch(new URL(src, document.baseURI));
        if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
        text = await res.text();
        if (!input && /\.txt$/i.test(new URL(src, document.baseURI).pathname)) input = 'text';
      } catch (e) {
        if (seq !== this.#seq) return;
        this.#clearDocument();
        this.#fail('The document could not be loaded', `${src}: ${e.message || e}`);
        return;
      }
    }
    if (text == null) {
      const s = this.querySelector(':scope > script[type="text/markdown"], :scope > script[type="text/plain"]');
      if (s) {
        text = dedent(s.textContent);
        if (!input && s.type === 'text/plain') input = 'text';
      }
    }
    if (seq !== this.#seq) return;
    if (text == null || !text.trim()) {
      this.#clearDocument();
      this.#setState('empty', h('h2', null, text == null ? 'No document' : 'The document is empty'),
        h('p', null, text == null ? 'Set the src attribute, the text property, or put the resolution in a <script type="text/markdown"> child.' : 'There is no text to show.'));
      this.dataset.state = 'empty';
      this.#emit('clause-viewer:ready', { empty: true, counts: null });
      return;
    }
    this.#setState('loading', h('p', null, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Parsing the resolution…'));
    let model;
    let parseMs;
    try {
      await loadParser();
      if (seq !== this.#seq) return;
      const t0 = performance.now();
      model = await wasmParse(text, { input, language: this.getAttribute('language') || undefined });
      parseMs = performance.now() - t0;
    } catch (e) {
      if (seq !== this.#seq) return;
      this.#clearDocument();
      this.#fail('The document could not be parsed', e.message || String(e));
      return;
    }
    if (seq !== this.#seq) return;
    this.#show(model, text, parseMs);
  }

  #fail(title, message) {
    this.#setState('error', h('h2', null, title), h('p', null, message));
    this.dataset.state = 'error';
    this.#emit('clause-viewer:error', { message });
  }

  #show(model, input, parseMs) {
    const t1 = performance.now();
    this.#clearDocument();
    if (!model || typeof model !== 'object') {
      this.#fail('No model', 'The parser returned nothing.');
      return;
    }
    const tc = performance.now();
    this.#model = model;
    this.#input = input;
    const { article, index, flush } = render(model, { input, headingLevel: this.#headingLevel() });
    if (index.chars > LAZY_LAYOUT_CHARS) article.classList.add('cv-lazy');
    const done = index.chars <= BUILD_AT_ONCE_CHARS ? flush() : flush(FIRST_SLICE_MS, FIRST_SLICE_CHARS);
    index.counts.references = index.refs.length;
    const t2 = performance.now();
    this.#article = article;
    this.#index = index;
    this.outline = new Outline(this.ui.nav, this.#headingLevel());
    const flushOutline = this.outline.build(model, index);
    const outlineDone = flushOutline(FIRST_SLICE_MS / 2);
    this.ui.nav.append(this.#legend(index));
    this.#buildFilter(index);
    const t3 = performance.now();
    this.append(article);
    this.#search = new Search(article);
    this.ui.searchInput.value = '';
    this.#updateCount();
    this.#track = index.track;
    this.dataset.filter = '';
    this.#diagnostics(model);
    const invalid = notAResolution(model);
    if (invalid) {
      const c = index.counts;
      this.#setState('invalid', h('h2', null, 'This does not read as a resolution'),
        h('p', null, `Found ${model.formula ? 'an enacting formula' : 'no enacting formula'}, ${c.preamble} preambular and ${c.operative} operative paragraphs, ${c.footnotes} footnotes. What was found is shown below; the diagnostics say why.`));
      this.ui.diagnostics.open = true;
    } else {
      this.#setState(null);
    }
    this.dataset.state = invalid ? 'invalid' : 'ready';
    // No forced layout here: style, layout and paint happen once, in the
    // next frame (forcing them here laid out the document twice: paragraphs
    // with content-visibility: auto are laid out when the frame finds them
    // on screen). The benchmark measures that frame too.
    const t4 = performance.now();
    const renderMs = t4 - t1;
    this.#stats = {
      counts: { ...index.counts },
      parseMs,
      renderMs,
      phases: { clear: tc - t1, document: t2 - tc, chrome: t3 - t2, attach: t4 - t3 },
      bytes: input != null ? utf8Length(input) : null,
      complete: done && outlineDone,
    };
    const seq = ++this.#renderSeq;
    this.#t0 = t1;
    this.#busy = renderMs;
    let resolve;
    this.#rendered = new Promise((ok) => (resolve = ok));
    const both = (budget) => {
      const a = flush(budget);
      return flushOutline(a ? budget : 2) && a;
    };
    const allDone = done && outlineDone;
    this.#flush = allDone ? null : both;
    this._resolveRendered = resolve;
    this.#emit('clause-viewer:ready', { ...this.#stats, valid: !invalid });
    if (allDone) this.#completed();
    else this.#afterFrame(() => this.#continue(seq));
    if (location.hash.length > 1 && this.#fromHash('load')) return;
    // the reading position needs layout: read it once the frame has done it
    afterPaint(() => {
      if (seq === this.#renderSeq) this.#trackPosition();
    });
  }

  /**
   * Run `fn` in a task after the next frame is painted (or after 100 ms when
   * no frame comes, as in a background tab).
   */
  #afterFrame(fn) {
    const once = onceWithin(fn, 100);
    requestAnimationFrame(() => later(once));
  }

  /** Build the rest of a large document in slices, between frames and user input. */
  #continue(seq) {
    if (seq !== this.#renderSeq || !this.#flush) return;
    const t = performance.now();
    const done = this.#flush(SLICE_MS);
    this.#busy += performance.now() - t;
    if (done) this.#completed();
    else later(() => this.#continue(seq));
  }

  /** Build everything still queued, now (navigation, search, filter need it). */
  #flushAll() {
    if (!this.#flush) return;
    const t = performance.now();
    this.#flush(Infinity);
    this.#busy += performance.now() - t;
    this.#completed();
  }

  #completed() {
    this.#flush = null;
    const index = this.#index;
    index.counts.references = index.refs.length;
    this.#stats.counts = { ...index.counts };
    this.#stats.complete = true;
    this.#stats.completeMs = performance.now() - this.#t0;
    this.#stats.buildMs = this.#busy;
    if (this.dataset.filter) this.setFilter(this.dataset.filter);
    this.#emit('clause-viewer:rendered', { ...this.#stats });
    this._resolveRendered?.(this.#stats);
  }

  #legend(index) {
    const present = new Set(index.top.map((p) => p.cls).filter(Boolean));
    if (!present.size) return '';
    return h('div', null, h('h2', null, 'Verb classes'),
      h('ul', { class: 'legend' }, Object.keys(CLASS_LABELS).filter((c) => present.has(c))
        .map((c) => h('li', { 'data-class': c }, h('span', { class: 'verb', 'aria-hidden': 'true' }, '■ '), classLabel(c)))));
  }

  #diagnostics(model) {
    const ds = model.diagnostics || [];
    const d = this.ui.diagnostics;
    if (!ds.length) {
      d.hidden = true;
      return;
    }
    const errors = ds.filter((x) => x.severity === 'error').length;
    d.replaceChildren(
      h('summary', null, `${ds.length} diagnostic${ds.length > 1 ? 's' : ''}${errors ? ` (${errors} error${errors > 1 ? 's' : ''})` : ''}`),
      h('ul', null, ds.map((x) => h('li', null, h('span', { class: `sev-${x.severity}` }, x.severity), ` line ${x.line}, column ${x.column}: ${x.message} `, h('code', null, `(${x.code})`)))),
    );
    d.open = false;
    d.hidden = false;
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #announce(msg) {
    this.ui.status.textContent = '';
    // a fresh text node so that repeated messages are read again
    requestAnimationFrame(() => (this.ui.status.textContent = msg));
  }

  #toast(msg) {
    const t = this.ui.toast;
    t.textContent = msg;
    t.hidden = false;
    clearTimeout(this._toastTimer);
    this._toastTimer = setTimeout(() => (t.hidden = true), 2500);
    this.#announce(msg);
  }

  // ---------- navigation ----------

  #entryOf(id) {
    return this.#index?.byId.get(id) || this.#index?.top.find((p) => p.id === id) || null;
  }

  /** Scroll to, highlight and focus the element with `id`. */
  navigate(id, source = 'api') {
    if (!this.#article || !id) return false;
    const find = () => {
      try {
        return this.#article.querySelector(`#${CSS.escape(id)}`);
      } catch {
        return null;
      }
    };
    let el = find();
    if (!el && this.#flush) {
      this.#flushAll();
      el = find();
    }
    if (!el && id === this.#article.id) el = this.#article;
    if (!el) return false;
    if (el.closest('[hidden]')) this.setFilter('');
    this.notePop.close({ restoreFocus: false });
    this.previewPop.close({ restoreFocus: false });
    this.#target?.classList.remove('cv-target');
    const box = el.closest('.cv-para, .akn-authorialNote, .akn-heading, .akn-subheading, section, header') || el;
    box.classList.add('cv-target');
    this.#target = box;
    el.scrollIntoView({ block: 'start', behavior: 'instant' });
    this.#keepInView(el);
    if (!el.hasAttribute('tabindex') && !el.matches('a[href], button, input, select')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    const outlined = this.#outlineIdFor(el);
    if (outlined) this.outline.setCurrent(outlined);
    const entry = this.#entryOf(el.id);
    this.#emit('clause-viewer:navigate', { id: el.id, source, part: entry?.part || null, num: entry?.num || null });
    return true;
  }

  /**
   * Keep a navigation target where scrollIntoView put it. In a long document
   * the paragraphs around it are laid out only in the next frame
   * (content-visibility: auto); their real heights replace the estimates and
   * can move the target (by hundreds of pixels near the end of a document).
   * A ResizeObserver on the article runs after that layout and before paint,
   * and scrolls again while the target moved: at most four times, for three
   * frames, and not after the user scrolls, clicks or types.
   */
  #keepInView(el) {
    const token = ++this.#navToken;
    const want = el.getBoundingClientRect().top;
    const events = ['wheel', 'touchstart', 'pointerdown', 'keydown'];
    const opts = { passive: true, capture: true };
    const stop = () => {
      if (token === this.#navToken) this.#navToken++;
    };
    let tries = 0;
    // the page's scroll position as this navigation left it: when it is no
    // longer there, something else scrolled (the user, the page's script),
    // and the target is let go
    let scrolledTo = window.scrollY;
    const fix = () => {
      if (token !== this.#navToken || !el.isConnected) return false;
      if (Math.abs(window.scrollY - scrolledTo) > 1) {
        stop();
        return false;
      }
      if (Math.abs(el.getBoundingClientRect().top - want) > 1 && tries++ < 4) {
        el.scrollIntoView({ block: 'start', behavior: 'instant' });
        scrolledTo = window.scrollY;
      }
      return true;
    };
    const ro = new ResizeObserver(fix);
    ro.observe(this.#article);
    for (const t of events) window.addEventListener(t, stop, opts);
    let frames = 0;
    const check = () => {
      if (fix() && ++frames < 3) {
        afterPaint(check);
        return;
      }
      ro.disconnect();
      for (const t of events) window.removeEventListener(t, stop, opts);
    };
    afterPaint(check);
  }

  #outlineIdFor(el) {
    for (let n = el; n && n !== this.#article; n = n.parentElement) {
      if (n.id && (this.outline.links.has(n.id) || this.outline.groupOf.has(n.id))) return n.id;
    }
    return null;
  }

  #fromHash(source) {
    const raw = location.hash.slice(1);
    if (!raw) return false;
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {}
    return this.navigate(id, source);
  }

  #trackPosition() {
    if (!this.#track.length) return;
    // the candidates not hidden by the filter, found again only when the
    // filter or the number of built candidates changes (not on every scroll)
    const filter = this.dataset.filter || '';
    let c = this.#trackCache;
    if (!c || c.track !== this.#track || c.n !== this.#track.length || c.filter !== filter) {
      const list = filter ? this.#track.filter((t) => !t.el.hidden && !t.el.closest('[hidden]')) : this.#track;
      c = this.#trackCache = { track: this.#track, n: this.#track.length, filter, list };
    }
    const visible = c.list;
    const bar = this.ui.toolbar.getBoundingClientRect();
    const line = Math.max(bar.bottom, 0) + 48;
    let found = null;
    let lo = 0;
    let hi = visible.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (visible[mid].el.getBoundingClientRect().top <= line) {
        found = visible[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    found = found || visible[0];
    if (found) this.outline.setCurrent(found.id);
  }

  #visibleTop() {
    return (this.#index?.top || []).filter((p) => !p.el || !p.el.hidden);
  }

  #currentPara() {
    const a = document.activeElement;
    const el = a && this.contains(a) ? a.closest('.cv-para') : null;
    if (el) {
      let top = el;
      while (top.parentElement?.closest('.cv-para')) top = top.parentElement.closest('.cv-para');
      return top.id;
    }
    return this.outline.current?.dataset.id || null;
  }

  /** Move to the next (+1) or previous (-1) visible paragraph. */
  step(dir) {
    const list = this.#visibleTop();
    if (!list.length) return null;
    const cur = this.#currentPara();
    let i = list.findIndex((p) => p.id === cur);
    if (i < 0) {
      // from a non-paragraph position: the first paragraph after (or before) it
      const ref = cur && this.#article.querySelector(`#${CSS.escape(cur)}`);
      if (ref) {
        this.#flushAll();
        const after = list.findIndex((p) => ref.compareDocumentPosition(p.el) & Node.DOCUMENT_POSITION_FOLLOWING);
        i = dir > 0 ? (after < 0 ? list.length : after) - 1 : after < 0 ? list.length : after;
      } else i = dir > 0 ? -1 : list.length;
    }
    const next = list[Math.max(0, Math.min(list.length - 1, i + dir))];
    this.navigate(next.id, 'keyboard');
    return next.id;
  }

  /** Move to the next (+1) or previous (-1) part (header, preamble, operative, annexes, footnotes). */
  stepPart(dir) {
    const parts = (this.#index?.parts || []).filter((p) => !p.el.hidden);
    if (!parts.length) return null;
    const a = document.activeElement && this.contains(document.activeElement) ? document.activeElement : this.#target;
    let i = a ? parts.findIndex((p) => p.el === a || p.el.contains(a)) : -1;
    if (i < 0) {
      const curId = this.outline.current?.dataset.id;
      const cur = curId && this.#article.querySelector(`#${CSS.escape(curId)}`);
      i = cur ? parts.findIndex((p) => p.el === cur || p.el.contains(cur)) : -1;
    }
    const next = parts[Math.max(0, Math.min(parts.length - 1, i < 0 ? (dir > 0 ? 0 : parts.length - 1) : i + dir))];
    this.navigate(next.id, 'keyboard');
    return next.id;
  }

  // ---------- events ----------

  #onKey(e) {
    const t = e.composedPath()[0];
    const inField = t instanceof Element && t.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
    const mods = e.ctrlKey || e.metaKey || e.altKey;
    if ((e.key === 'f' || e.key === 'F') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      this.focusSearch();
      return;
    }
    if (e.key === 'Escape') {
      const had = this.notePop.isOpen || this.menuPop.isOpen || this.previewPop.isOpen;
      this.notePop.close();
      this.menuPop.close();
      this.previewPop.close({ restoreFocus: false });
      if (!had && t === this.ui.searchInput) {
        this.search('');
        this.ui.searchInput.value = '';
        (this.#target && this.#article?.contains(this.#target) ? this.#target : this.#article)?.focus?.({ preventScroll: true });
      }
      return;
    }
    if (inField || mods) return;
    if (e.key === '/') {
      e.preventDefault();
      this.focusSearch();
    } else if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      this.step(e.key === 'j' ? 1 : -1);
    } else if (e.key === ']' || e.key === '[') {
      e.preventDefault();
      this.stepPart(e.key === ']' ? 1 : -1);
    }
  }

  focusSearch() {
    this.ui.searchInput.focus();
    this.ui.searchInput.select();
  }

  #sameDocLink(a) {
    const href = a.getAttribute('href');
    if (!href || !href.startsWith('#') || href.length < 2) return null;
    const id = decodeURIComponent(href.slice(1));
    return this.#article?.querySelector(`#${CSS.escape(id)}`) ? id : null;
  }

  #follow(id, source) {
    if (location.hash !== `#${id}`) history.pushState(null, '', `#${encodeURIComponent(id)}`);
    this.navigate(id, source);
  }

  #onLinkClick(e, source) {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const a = e.composedPath().find((n) => n instanceof HTMLAnchorElement);
    if (!a) return;
    const id = this.#sameDocLink(a);
    if (!id) return;
    e.preventDefault();
    if (source === 'popover') this.notePop.close({ restoreFocus: false });
    this.#follow(id, source);
  }

  #onDocClick(e) {
    if (!this.#article || e.defaultPrevented) return;
    const path = e.composedPath();
    if (!path.includes(this.#article)) return;
    const t = e.target instanceof Element ? e.target : null;
    const menuBtn = t?.closest('.cv-menu-button');
    if (menuBtn) {
      e.preventDefault();
      this.openMenu(menuBtn);
      return;
    }
    const noteRef = t?.closest('a.akn-noteRef');
    if (noteRef && e.button === 0 && !(e.ctrlKey || e.metaKey || e.shiftKey)) {
      e.preventDefault();
      this.openFootnote(noteRef);
      return;
    }
    this.#onLinkClick(e, t?.closest('.cv-ref') ? 'reference' : 'link');
  }

  /** Open the popover of footnote marker `a`. */
  openFootnote(a) {
    const fid = a.dataset.note;
    const f = (this.#model?.footnotes || []).find((x) => x.id === fid);
    if (!f) return;
    const text = h('p', { dir: 'auto' });
    appendInline(text, f.text);
    const headId = 'cv-note-title';
    this.notePop.open(a, [
      h('h2', { id: headId }, `Footnote ${f.marker}`),
      text,
      h('a', { href: `#${fid}`, class: 'goto' }, `Go to footnote ${f.marker}`),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close footnote', onclick: () => this.notePop.close() }, '×'),
    ], { labelledBy: headId });
    this.#emit('clause-viewer:footnote', { id: fid, marker: f.marker });
  }

  #previewFrom(e) {
    const t = e.target instanceof Element ? e.target.closest('a.cv-ref-internal') : null;
    if (!t || !this.#article?.contains(t)) return;
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => this.previewReference(t), e.type === 'focusin' ? 0 : 250);
  }

  #previewEnd(e) {
    const t = e.target instanceof Element ? e.target.closest('a.cv-ref-internal') : null;
    if (!t) return;
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => this.previewPop.close({ restoreFocus: false }), 150);
  }

  /** Show a preview of the paragraph an internal reference points to. */
  previewReference(a) {
    const id = a.dataset.target;
    const target = id && this.#article.querySelector(`#${CSS.escape(id)}`);
    if (!target) return;
    const entry = this.#entryOf(id);
    const body = h('p', { dir: 'auto' });
    const text = target.querySelector(':scope > .akn-content')?.textContent || target.textContent;
    body.textContent = text.length > 420 ? `${text.slice(0, 400).trimEnd()}…` : text;
    const tipId = `cv-preview-${id}`;
    this.previewPop.el.id = tipId;
    a.setAttribute('aria-describedby', tipId);
    this.previewPop.open(a, [h('h2', null, entry ? entry.label : id), body], { focus: false });
  }

  // ---------- menu ----------

  /** The citation of a paragraph: `CND resolution 53/8, para. 3`. */
  citation(id) {
    const m = this.#model;
    const entry = this.#entryOf(id);
    if (!m || !entry) return '';
    const meta = m.meta || {};
    const body = meta.body ? BODY_SHORT[meta.body] || meta.body : null;
    let res = meta.number ? `${body ? `${body} ` : ''}resolution ${meta.number}` : meta.symbol || 'Resolution';
    if (!meta.number && meta.symbol && body) res = `${body} resolution ${meta.symbol}`;
    let where;
    if (entry.part === 'preamble' && entry.level === 0) {
      const k = this.#index.top.filter((p) => p.part === 'preamble').indexOf(entry) + 1;
      where = `preambular para. ${k}`;
    } else if (entry.level > 0) {
      where = `para. ${entry.parentNum ? `${entry.parentNum} ` : ''}${numLabel(entry.num, true)}`;
    } else where = `para. ${entry.num ?? id}`;
    return `${res}, ${where}`;
  }

  /** The link to a paragraph (this page's URL with the id as fragment). */
  linkTo(id) {
    return `${location.href.split('#')[0]}#${encodeURIComponent(id)}`;
  }

  openMenu(button) {
    const id = button.dataset.for;
    const item = (label, fn) => h('button', { type: 'button', role: 'menuitem', tabindex: '-1', onclick: () => { this.menuPop.close(); fn(); } }, label);
    this.menuPop.open(button, [
      item('Copy link', () => this.#copy(this.linkTo(id), 'link', id)),
      item('Copy citation', () => this.#copy(this.citation(id), 'citation', id)),
      item('Go to paragraph', () => this.#follow(id, 'menu')),
    ]);
  }

  #menuKeys(e) {
    const items = [...this.menuPop.el.querySelectorAll('[role="menuitem"]')];
    const i = items.indexOf(this.shadowRoot.activeElement);
    let n = null;
    if (e.key === 'ArrowDown') n = (i + 1) % items.length;
    else if (e.key === 'ArrowUp') n = (i - 1 + items.length) % items.length;
    else if (e.key === 'Home') n = 0;
    else if (e.key === 'End') n = items.length - 1;
    else if (e.key === 'Tab') this.menuPop.close();
    if (n != null) {
      e.preventDefault();
      items[n].focus();
    }
  }

  async #copy(text, kind, id) {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    this.#toast(ok ? `Copied ${kind}: ${text}` : `Copy this ${kind}: ${text}`);
    this.#emit('clause-viewer:copy', { kind, text, id, copied: ok });
  }

  // ---------- search ----------

  /** Search the document; returns the number of matches. */
  search(query) {
    if (!this.#search) return 0;
    if (query.trim()) this.#flushAll();
    if (this.ui.searchInput.value !== query) this.ui.searchInput.value = query;
    const n = this.#search.find(query.trim() ? query : '');
    this.#updateCount();
    if (n) this.#step(1, false);
    return n;
  }

  #step(dir) {
    if (!this.#search) return;
    if (this.#search.query !== this.ui.searchInput.value) {
      this.search(this.ui.searchInput.value);
      return;
    }
    const host = this.#search.step(dir);
    if (host) {
      const top = host.closest('.cv-para');
      if (top) this.outline.setCurrent(this.#outlineIdFor(top) || top.id);
    }
    this.#updateCount();
  }

  /** { total, current } of the search (current is 1-based, 0 when none). */
  get searchState() {
    return { total: this.#search?.matches.length || 0, current: (this.#search?.index ?? -1) + 1, query: this.#search?.query || '' };
  }

  #updateCount() {
    const s = this.searchState;
    const c = this.ui.count;
    c.textContent = !s.query ? '' : s.total ? `${s.current} of ${s.total}` : 'No matches';
    this.ui.prev.disabled = this.ui.next.disabled = s.total < 1;
  }

  // ---------- filter ----------

  #buildFilter(index) {
    const sel = this.ui.filter;
    const top = index.top;
    const classes = new Map();
    const leads = new Map();
    for (const p of top) {
      if (p.cls) classes.set(p.cls, (classes.get(p.cls) || 0) + 1);
      if (p.lead) leads.set(p.lead, (leads.get(p.lead) || 0) + 1);
    }
    // The first option stays selected (its label is updated): a change of the selection makes
    // Chromium's autofill force a style and layout in a task before the first frame (filterSelect)
    const all = sel.options[0]?.value === '' ? sel.options[0] : h('option', { value: '' });
    all.textContent = `All paragraphs (${top.length})`;
    const opts = [all];
    if (classes.size) {
      opts.push(h('optgroup', { label: 'Verb class' }, Object.keys(CLASS_LABELS).filter((c) => classes.has(c))
        .map((c) => h('option', { value: `class:${c}` }, `${classLabel(c)} (${classes.get(c)})`))));
    }
    if (leads.size) {
      opts.push(h('optgroup', { label: 'Lead phrase' }, [...leads.keys()].sort((a, b) => a.localeCompare(b))
        .map((l) => h('option', { value: `lead:${l}` }, `${l} (${leads.get(l)})`))));
    }
    while (sel.lastElementChild && sel.lastElementChild !== all) sel.lastElementChild.remove();
    if (all.parentNode !== sel) sel.prepend(all);
    sel.append(...opts.slice(1));
    if (sel.selectedIndex !== 0) sel.selectedIndex = 0;
  }

  /** Show only paragraphs whose class (`class:urges`) or lead (`lead:Recalling`) match; '' shows all. */
  setFilter(value) {
    if (!this.#index) return 0;
    if (value) this.#flushAll();
    const [kind, ...rest] = (value || '').split(':');
    const want = rest.join(':');
    const top = this.#index.top.filter((p) => p.el);
    const visible = new Set();
    for (const p of top) {
      const show = !value || (kind === 'class' ? p.cls === want : kind === 'lead' ? p.lead === want : true);
      p.el.hidden = !show;
      if (show) visible.add(p.id);
    }
    for (const s of this.#index.sections) {
      if (!s.el) continue;
      let any = false;
      for (let n = s.el.nextElementSibling; n && !n.classList.contains('cv-section'); n = n.nextElementSibling) if (!n.hidden) any = true;
      s.el.hidden = !any;
    }
    this.outline.applyFilter(visible, !!value);
    if (this.ui.filter.value !== (value || '')) this.ui.filter.value = value || '';
    this.dataset.filter = value || '';
    if (this.#search?.query) this.search(this.#search.query);
    this.#announce(value ? `Showing ${visible.size} of ${top.length} paragraphs` : `Showing all ${top.length} paragraphs`);
    this.#emit('clause-viewer:filter', { value: value || '', visible: visible.size, total: top.length });
    return visible.size;
  }
}

if (!customElements.get('clause-viewer')) customElements.define('clause-viewer', ClauseViewer);
