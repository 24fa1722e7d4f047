// Popovers of the chrome (footnote text, cross-reference preview, paragraph
// menu), in the shadow root, on the top layer through the Popover API and
// placed next to their anchor. Focus returns to the anchor when a popover
// that held focus closes.
import { h } from './dom.js';

export class Popover {
  /**
   * @param {ShadowRoot} root
   * @param {{part: string, role: string, label?: string, mode?: 'auto'|'manual', className?: string}} opts
   */
  constructor(root, { part, role, label, mode = 'auto', className = '' }) {
    this.root = root;
    this.anchor = null;
    this.el = h('div', { class: `pop ${className}`, part, role, popover: mode, 'aria-label': label, tabindex: '-1' });
    this.el.addEventListener('toggle', (e) => {
      if (e.newState === 'closed') this._closed();
    });
    this._onScroll = () => this.place();
    root.append(this.el);
  }

  get isOpen() {
    return this.el.matches(':popover-open');
  }

  /** Show `content` next to `anchor`. `focus`: move focus into the popover. */
  open(anchor, content, { focus = true, labelledBy = null } = {}) {
    if (this.isOpen) this.el.hidePopover();
    this.anchor = anchor;
    this.el.replaceChildren(...content);
    if (labelledBy) this.el.setAttribute('aria-labelledby', labelledBy);
    this.el.showPopover();
    this.place();
    window.addEventListener('scroll', this._onScroll, { passive: true, capture: true });
    window.addEventListener('resize', this._onScroll, { passive: true });
    if (focus) {
      const first = this.el.querySelector('[autofocus], [role="menuitem"]') || this.el;
      first.focus();
    }
    if (anchor?.setAttribute && anchor.hasAttribute('aria-haspopup')) anchor.setAttribute('aria-expanded', 'true');
  }

  close({ restoreFocus = true } = {}) {
    if (!this.isOpen) return;
    this._restore = restoreFocus;
    this.el.hidePopover();
  }

  _closed() {
    window.removeEventListener('scroll', this._onScroll, { capture: true });
    window.removeEventListener('resize', this._onScroll);
    const anchor = this.anchor;
    if (anchor?.setAttribute && anchor.hasAttribute('aria-expanded')) anchor.setAttribute('aria-expanded', 'false');
    const hadFocus = this.el.contains(this.root.activeElement) || this.root.activeElement === this.el;
    if (anchor && this._restore !== false && hadFocus && anchor.isConnected) anchor.focus({ preventScroll: true });
    this._restore = true;
  }

  /** Position below the anchor, or above when there is no room below. */
  place() {
    if (!this.anchor || !this.isOpen) return;
    const r = this.anchor.getBoundingClientRect();
    const w = this.el.offsetWidth;
    const ht = this.el.offsetHeight;
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    let top = r.bottom + 6;
    if (top + ht > vh - 8 && r.top - ht - 6 > 8) top = r.top - ht - 6;
    const left = Math.max(8, Math.min(r.left, vw - w - 8));
    // CSSOM writes: allowed under style-src 'self' (unlike style attributes)
    this.el.style.top = `${Math.round(top)}px`;
    this.el.style.left = `${Math.round(left)}px`;
  }
}
