// Styles as constructable stylesheets (adoptedStyleSheets), so the element
// works under `style-src 'self'` without inline <style> or style attributes.
//  - documentCss styles the light-DOM document (adopted into the element's
//    root: the page, or the shadow root the element lives in);
//  - shadowCss styles the chrome (toolbar, outline, popovers, menu).
// Theme through the --cv-* custom properties and the ::part() names.

const palette = `
:where(clause-viewer) {
  --cv-bg: #ffffff; --cv-fg: #1f2328; --cv-muted: #57606a; --cv-surface: #f6f8fa;
  --cv-border: #d0d7de; --cv-accent: #0b5cad; --cv-focus: #0b5cad;
  --cv-preamble-lead: #5b3e84; --cv-formula: #1f2328;
  --cv-class-decides: #a4161a; --cv-class-requests: #1d4f91; --cv-class-urges: #8a4500;
  --cv-class-welcomes: #1a6b34; --cv-class-reaffirms: #6f3596;
  --cv-target-bg: #fff3bf; --cv-mark-bg: #ffe58f; --cv-mark-current-bg: #f7b733;
  --cv-font: Georgia, "Times New Roman", "Noto Serif", serif;
  --cv-ui-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  --cv-measure: 46rem; --cv-toolbar-height: 3.25rem;
  color-scheme: light;
}
:where(clause-viewer[theme="dark"]) {
  --cv-bg: #0d1117; --cv-fg: #e6edf3; --cv-muted: #9da7b3; --cv-surface: #161b22;
  --cv-border: #3d444d; --cv-accent: #6cb6ff; --cv-focus: #6cb6ff;
  --cv-preamble-lead: #d2b7ff; --cv-formula: #e6edf3;
  --cv-class-decides: #ff9492; --cv-class-requests: #85c2ff; --cv-class-urges: #ffb870;
  --cv-class-welcomes: #7ee787; --cv-class-reaffirms: #dcb8ff;
  --cv-target-bg: #3b3000; --cv-mark-bg: #6b5200; --cv-mark-current-bg: #9e6a03;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :where(clause-viewer:not([theme="light"])) {
    --cv-bg: #0d1117; --cv-fg: #e6edf3; --cv-muted: #9da7b3; --cv-surface: #161b22;
    --cv-border: #3d444d; --cv-accent: #6cb6ff; --cv-focus: #6cb6ff;
    --cv-preamble-lead: #d2b7ff; --cv-formula: #e6edf3;
    --cv-class-decides: #ff9492; --cv-class-requests: #85c2ff; --cv-class-urges: #ffb870;
    --cv-class-welcomes: #7ee787; --cv-class-reaffirms: #dcb8ff;
    --cv-target-bg: #3b3000; --cv-mark-bg: #6b5200; --cv-mark-current-bg: #9e6a03;
    color-scheme: dark;
  }
}`;

export const documentCss = `${palette}
clause-viewer { display: block; background: var(--cv-bg); color: var(--cv-fg); }
clause-viewer > script { display: none; }
clause-viewer .cv-document { font-family: var(--cv-font); font-size: 1.0625rem; line-height: 1.6;
  max-width: var(--cv-measure); margin: 0 auto; padding: 0 1rem 4rem; }
clause-viewer .cv-document :is(.cv-para, .akn-heading, .akn-subheading, section, .akn-authorialNote, .akn-formula, header) {
  scroll-margin-top: calc(var(--cv-toolbar-height) + 1rem); }
clause-viewer .cv-sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
clause-viewer .akn-preface { text-align: center; padding: 1.5rem 0 1rem; border-bottom: 1px solid var(--cv-border); margin-bottom: 1.25rem; }
clause-viewer .akn-docProponent { font-family: var(--cv-ui-font); text-transform: uppercase; letter-spacing: .08em;
  font-size: .8125rem; color: var(--cv-muted); margin: 0 0 .25rem; }
clause-viewer .akn-docNumber { font-family: var(--cv-ui-font); font-weight: 600; margin: 0 0 .5rem; }
clause-viewer .akn-docTitle { font-size: 1.5rem; line-height: 1.3; margin: .25rem 0 0; font-weight: 700; }
clause-viewer .akn-formula { font-style: italic; color: var(--cv-formula); margin: 1.25rem 0; }
clause-viewer .cv-para { position: relative; border-radius: 4px; padding-block: .125rem; padding-inline: .5rem 2.25rem; margin: 0 -.5rem .75rem; }
/* a long document (.cv-lazy) lays out only what is near the screen; a short one is laid out at once
   (one layout pass instead of two, and no per-element visibility tracking while scrolling), but for
   its footnotes section (.akn-authorialNotes, below) */
clause-viewer .cv-lazy .cv-para { content-visibility: auto; contain-intrinsic-size: auto 5rem; }
clause-viewer .cv-lazy .cv-annex-block { content-visibility: auto; contain-intrinsic-size: auto 6rem; }
clause-viewer .cv-lazy .akn-authorialNote { content-visibility: auto; contain-intrinsic-size: auto 2.5rem; }
clause-viewer .akn-p, clause-viewer .akn-content { margin: 0; }
clause-viewer .cv-document sup { line-height: 0; }
clause-viewer .akn-container > .akn-content { text-indent: 2em; }
clause-viewer .akn-container .cv-lead { font-style: italic; color: var(--cv-preamble-lead); }
/* the number sits in the start padding (block layout: a grid per paragraph cost more layout time) */
clause-viewer .akn-paragraph { padding-inline-start: 3.25rem; }
clause-viewer .akn-paragraph > .akn-num { position: absolute; inset-inline-start: .5rem; top: .125rem; width: 2.25rem; box-sizing: border-box;
  font-weight: 600; font-family: var(--cv-ui-font); text-align: end;
  padding-inline-end: .4rem; border-inline-end: 3px solid transparent; }
clause-viewer .cv-lead { font-style: italic; }
clause-viewer .akn-paragraph .cv-lead { font-weight: 700; }
clause-viewer .akn-paragraph[data-class="decides"] > .akn-num { border-color: var(--cv-class-decides); }
clause-viewer .akn-paragraph[data-class="requests"] > .akn-num { border-color: var(--cv-class-requests); }
clause-viewer .akn-paragraph[data-class="urges"] > .akn-num { border-color: var(--cv-class-urges); }
clause-viewer .akn-paragraph[data-class="welcomes"] > .akn-num { border-color: var(--cv-class-welcomes); }
clause-viewer .akn-paragraph[data-class="reaffirms"] > .akn-num { border-color: var(--cv-class-reaffirms); }
clause-viewer .cv-class-decides { color: var(--cv-class-decides); }
clause-viewer .cv-class-requests { color: var(--cv-class-requests); }
clause-viewer .cv-class-urges { color: var(--cv-class-urges); }
clause-viewer .cv-class-welcomes { color: var(--cv-class-welcomes); }
clause-viewer .cv-class-reaffirms { color: var(--cv-class-reaffirms); }
clause-viewer .akn-list { margin: .5rem 0 0; padding: 0; list-style: none; }
clause-viewer .akn-point { margin: 0 0 .5rem; padding-inline-start: 3rem; }
clause-viewer .akn-point > .akn-num { position: absolute; inset-inline-start: .5rem; top: .125rem; width: 2.5rem; color: var(--cv-muted); }
clause-viewer .cv-level-2, clause-viewer .cv-level-3, clause-viewer .cv-level-4 { margin-inline-start: .5rem; }
clause-viewer .akn-subheading.cv-section { font-size: 1.125rem; margin: 1.75rem 0 .75rem; font-family: var(--cv-ui-font); }
clause-viewer .cv-adoption, clause-viewer .cv-vote { font-style: italic; margin: 2rem 0 .5rem; color: var(--cv-fg); }
clause-viewer .cv-vote { margin-top: 0; }
clause-viewer .akn-attachment { border-top: 1px solid var(--cv-border); margin-top: 2rem; padding-top: 1rem; }
clause-viewer .akn-attachment > .akn-p { white-space: pre-line; margin: 0 0 .75rem; }
clause-viewer .akn-attachment > .akn-heading { font-size: 1.25rem; text-align: center; }
clause-viewer .akn-attachment > .akn-heading > .akn-num { display: block; font-size: 1rem; font-family: var(--cv-ui-font); }
clause-viewer .akn-authorialNotes { border-top: 1px solid var(--cv-border); margin-top: 2.5rem; padding-top: .5rem; font-size: .9375rem; }
/* The footnotes, at the end, are off screen when a document opens: they are laid out when they come
   near it (about an eighth of the seed's first frame), at the height render() estimates until then
   (data-estimate, in rem; 30rem where attr() cannot read it). Their paint containment clips nothing:
   the notes' negative margins and focus rings are inside the clip margin */
clause-viewer .akn-authorialNotes { content-visibility: auto; overflow-clip-margin: 1rem; contain-intrinsic-size: auto 30rem;
  contain-intrinsic-size: auto calc(attr(data-estimate type(<number>), 30) * 1rem); }
clause-viewer .cv-notes-heading { font-size: 1rem; font-family: var(--cv-ui-font); }
clause-viewer .cv-notes { list-style: none; padding: 0; margin: 0; }
clause-viewer .akn-authorialNote { position: relative; padding: .25rem .5rem .25rem 2.5rem; margin: 0 -.5rem .25rem; border-radius: 4px; }
clause-viewer .akn-marker { position: absolute; inset-inline-start: .5rem; font-weight: 600; font-family: var(--cv-ui-font); }
clause-viewer :is(.cv-document a) { color: var(--cv-accent); text-underline-offset: 2px; }
clause-viewer .akn-noteRef { text-decoration: none; font-family: var(--cv-ui-font); font-weight: 600; padding: 0 .15em; border-radius: 3px; }
clause-viewer .akn-noteRef:hover { text-decoration: underline; }
clause-viewer .cv-backlink { text-decoration: none; margin-inline-start: .35rem; font-family: var(--cv-ui-font); }
clause-viewer .cv-ref-internal { text-decoration-style: dotted; }
clause-viewer .cv-document :focus-visible, clause-viewer .cv-para:focus { outline: 3px solid var(--cv-focus); outline-offset: 2px; }
clause-viewer .cv-target { background: var(--cv-target-bg); transition: background-color 1.5s ease-out; }
clause-viewer .cv-menu-button { position: absolute; inset-inline-end: 0; top: 0; width: 2rem; height: 2rem; border: 1px solid transparent;
  border-radius: 4px; background: transparent; color: var(--cv-muted); cursor: pointer; font: 700 1.1rem/1 var(--cv-ui-font); }
clause-viewer .cv-menu-button::before { content: "\\22EF"; }
clause-viewer .cv-para:not(:hover, :focus-within, .cv-target) > .cv-menu-button:not(:focus-visible, [aria-expanded="true"]) { opacity: .35; }
clause-viewer .cv-menu-button:hover { border-color: var(--cv-border); background: var(--cv-surface); }
/* on the article only: its descendants inherit highlight styles (every property, by highlight inheritance).
   \`clause-viewer ::highlight()\` matched every element, and Chromium then resolved two highlight styles
   per element of the document in every style recalc (408 of them for the seed: about half its style time) */
clause-viewer .cv-document::highlight(cv-search) { background-color: var(--cv-mark-bg); color: var(--cv-fg); }
clause-viewer .cv-document::highlight(cv-search-current) { background-color: var(--cv-mark-current-bg); color: var(--cv-fg); }
clause-viewer[dir="rtl"] .cv-document, clause-viewer .cv-document[dir="rtl"] { text-align: right; }
@media (prefers-reduced-motion: reduce) { clause-viewer .cv-target { transition: none; } }
@media (max-width: 52rem) {
  clause-viewer .cv-document { padding: 0 .75rem 3rem; font-size: 1rem; }
  clause-viewer .cv-document :is(.cv-para, .akn-heading, .akn-subheading, section, .akn-authorialNote, .akn-formula, header) { scroll-margin-top: 6.5rem; }
  clause-viewer .akn-container > .akn-content { text-indent: 1.25em; }
}
@media print {
  clause-viewer { background: #fff; color: #000; }
  clause-viewer .cv-document { max-width: none; font-size: 11pt; padding: 0; }
  clause-viewer .cv-para { break-inside: avoid-page; }
  clause-viewer :is(.cv-lazy :is(.cv-para, .cv-annex-block, .akn-authorialNote), .akn-authorialNotes) { content-visibility: visible; }
  clause-viewer .cv-menu-button { display: none; }
  clause-viewer .cv-target { background: none; }
  clause-viewer .cv-document a { color: inherit; text-decoration: none; }
  clause-viewer .cv-ref-external::after { content: " <" attr(href) ">"; font-size: 80%; }
  clause-viewer .cv-lead { color: #000 !important; }
  clause-viewer [hidden] { display: none; }
}
`;

export const shadowCss = `
:host { display: block; container-type: inline-size; font-family: var(--cv-ui-font); color: var(--cv-fg); background: var(--cv-bg); }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.frame { display: grid; grid-template-columns: minmax(13rem, 17rem) minmax(0, 1fr); grid-template-areas: "toolbar toolbar" "outline doc"; }
.toolbar { grid-area: toolbar; position: sticky; top: 0; z-index: 3; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center;
  min-height: var(--cv-toolbar-height); padding: .5rem .75rem; background: var(--cv-surface); border-bottom: 1px solid var(--cv-border); }
.search { display: flex; align-items: center; gap: .25rem; flex: 1 1 18rem; }
.search input { flex: 1 1 auto; min-width: 6rem; }
input, select, button { font: inherit; font-size: .875rem; color: var(--cv-fg); background: var(--cv-bg); border: 1px solid var(--cv-border);
  border-radius: 6px; padding: .3rem .5rem; min-height: 2rem; }
button { cursor: pointer; }
button:hover { background: var(--cv-surface); }
button[disabled] { cursor: default; opacity: .6; }
:focus-visible { outline: 3px solid var(--cv-focus); outline-offset: 1px; }
.count { font-size: .8125rem; color: var(--cv-muted); min-width: 5.5rem; font-variant-numeric: tabular-nums; }
.filter { display: flex; align-items: center; gap: .35rem; font-size: .875rem; }
.outline-toggle { display: none; }
.outline { grid-area: outline; position: sticky; top: var(--cv-toolbar-height); align-self: start; max-height: calc(100vh - var(--cv-toolbar-height));
  overflow: auto; padding: .75rem .5rem 2rem .75rem; border-inline-end: 1px solid var(--cv-border); font-size: .8125rem; }
.outline h2 { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; color: var(--cv-muted); margin: .25rem 0 .5rem; }
.outline ul { list-style: none; margin: 0; padding: 0; }
.outline ul ul { padding-inline-start: .75rem; margin-bottom: .25rem; }
.outline a { display: block; padding: .15rem .4rem; border-radius: 4px; color: var(--cv-fg); text-decoration: none; border-inline-start: 3px solid transparent;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.outline a:hover { background: var(--cv-bg); text-decoration: underline; }
.outline summary { cursor: pointer; padding: .15rem .4rem; border-radius: 4px; border-inline-start: 3px solid transparent; }
.outline summary[aria-current] { border-inline-start-color: var(--cv-accent); font-weight: 600; }
.outline a[aria-current] { border-inline-start-color: var(--cv-accent); background: var(--cv-bg); font-weight: 600; }
.outline a { font-variant-numeric: tabular-nums; }
.outline [data-class="decides"] :is(a, .verb) { color: var(--cv-class-decides); }
.outline [data-class="requests"] :is(a, .verb) { color: var(--cv-class-requests); }
.outline [data-class="urges"] :is(a, .verb) { color: var(--cv-class-urges); }
.outline [data-class="welcomes"] :is(a, .verb) { color: var(--cv-class-welcomes); }
.outline [data-class="reaffirms"] :is(a, .verb) { color: var(--cv-class-reaffirms); }
.outline li[hidden] { display: none; }
.outline.long li[data-for] { content-visibility: auto; contain-intrinsic-size: auto 1.6rem; }
.doc { grid-area: doc; min-width: 0; }
.state { max-width: 46rem; margin: 1.5rem auto; padding: 1rem 1.25rem; border: 1px solid var(--cv-border); border-radius: 8px; background: var(--cv-surface); }
.state[hidden], .diagnostics[hidden] { display: none; }
.state.error { border-color: var(--cv-class-decides); }
.state h2 { margin: 0 0 .5rem; font-size: 1.125rem; }
.state p { margin: .25rem 0; }
.spinner { display: inline-block; width: 1rem; height: 1rem; border: 2px solid var(--cv-border); border-top-color: var(--cv-accent);
  border-radius: 50%; animation: spin 1s linear infinite; vertical-align: -2px; margin-inline-end: .5rem; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.diagnostics { max-width: 46rem; margin: 1rem auto 0; padding: 0 1rem; font-size: .875rem; }
.diagnostics summary { cursor: pointer; color: var(--cv-muted); }
.diagnostics li { margin: .25rem 0; }
.sev-error { color: var(--cv-class-decides); font-weight: 600; }
.sev-warning { color: var(--cv-class-urges); font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .75rem; font-size: .75rem; margin: 1rem 0 0; padding: 0; list-style: none; color: var(--cv-muted); }
.legend span { font-weight: 700; }
.pop { position: fixed; inset: auto; margin: 0; max-width: min(28rem, calc(100vw - 1rem)); padding: .75rem 1rem; border: 1px solid var(--cv-border);
  border-radius: 8px; background: var(--cv-bg); color: var(--cv-fg); box-shadow: 0 8px 24px rgb(0 0 0 / .25); font-size: .9375rem; line-height: 1.5; }
.pop h2 { font-size: .8125rem; margin: 0 0 .35rem; color: var(--cv-muted); text-transform: uppercase; letter-spacing: .05em; }
.pop p { margin: 0 0 .5rem; font-family: var(--cv-font); }
.pop a { color: var(--cv-accent); }
.pop .close { position: absolute; top: .35rem; inset-inline-end: .35rem; min-height: 1.75rem; padding: 0 .45rem; }
.menu { padding: .25rem; min-width: 12rem; }
.menu [role="menuitem"] { display: block; width: 100%; text-align: start; border: 0; background: transparent; padding: .45rem .6rem; }
.menu [role="menuitem"]:hover, .menu [role="menuitem"]:focus { background: var(--cv-surface); }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.toast { position: fixed; bottom: 1rem; inset-inline-start: 50%; transform: translateX(-50%); background: var(--cv-fg); color: var(--cv-bg);
  padding: .5rem .9rem; border-radius: 6px; font-size: .875rem; z-index: 5; }
.toast[hidden] { display: none; }
@container (max-width: 52rem) {
  .frame { grid-template-columns: minmax(0, 1fr); grid-template-areas: "toolbar" "outline" "doc"; }
  .outline-toggle { display: inline-block; order: 1; }
  .filter { order: 2; flex: 1 1 8rem; }
  .filter select { width: 100%; }
  .search { order: 3; flex-basis: 100%; }
  .toolbar { padding: .4rem .5rem; gap: .4rem; }
  .outline { position: static; max-height: 60vh; border-inline-end: 0; border-bottom: 1px solid var(--cv-border); }
  .outline:not(.open) { display: none; }
  .filter label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
}
@media print {
  .toolbar, .outline, .pop, .toast, .diagnostics { display: none !important; }
  .frame { display: block; }
  :host { background: #fff; color: #000; }
}
`;

let docSheet = null;
let shadowSheet = null;

function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

/** Adopt the document stylesheet into `root` (a Document or ShadowRoot), once. */
export function adoptDocumentStyles(root) {
  docSheet = docSheet || sheet(documentCss);
  if (!root.adoptedStyleSheets.includes(docSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, docSheet];
}

export function adoptShadowStyles(shadow) {
  shadowSheet = shadowSheet || sheet(shadowCss);
  shadow.adoptedStyleSheets = [shadowSheet];
}
