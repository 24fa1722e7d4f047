// The demo page: examples, ?src=URL, open/paste/drop a file.
import './src/clause-viewer.js';

const viewer = document.getElementById('viewer');
const sample = document.getElementById('sample');
const params = new URLSearchParams(location.search);
// set at once, so the viewer's first load is the document (not an empty state)
viewer.src = params.get('src') || 'samples/cnd-53-8.md';

function inputFor(name) {
  return /\.txt$/i.test(name) ? 'text' : /\.(md|markdown)$/i.test(name) ? 'markdown' : null;
}

function openText(text, name) {
  const input = inputFor(name || '');
  if (input) viewer.setAttribute('input', input);
  else viewer.removeAttribute('input');
  viewer.text = text;
  document.title = `${name || 'Pasted text'} · clausemark`;
}

async function loadSamples() {
  const current = params.get('src') || 'samples/cnd-53-8.md';
  try {
    const list = await (await fetch('samples/index.json')).json();
    for (const s of list) {
      const o = document.createElement('option');
      o.value = `samples/${s.file}`;
      o.textContent = s.label;
      sample.append(o);
    }
  } catch {}
  if (![...sample.options].some((o) => o.value === current)) {
    const o = document.createElement('option');
    o.value = current;
    o.textContent = current;
    sample.append(o);
  }
  sample.value = current;
}

sample.addEventListener('change', () => {
  const u = new URL(location.href);
  u.searchParams.set('src', sample.value);
  u.hash = '';
  history.pushState(null, '', u);
  viewer.removeAttribute('input');
  viewer.src = sample.value;
});

document.getElementById('file').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  if (f) openText(await f.text(), f.name);
});

const pasteToggle = document.getElementById('paste-toggle');
const pasteBox = document.getElementById('paste-box');
pasteToggle.addEventListener('click', () => {
  pasteBox.hidden = !pasteBox.hidden;
  pasteToggle.setAttribute('aria-expanded', String(!pasteBox.hidden));
  if (!pasteBox.hidden) document.getElementById('paste').focus();
});
document.getElementById('paste-open').addEventListener('click', () => {
  const t = document.getElementById('paste').value;
  openText(t, null);
});

const hint = document.getElementById('drop-hint');
document.addEventListener('dragover', (e) => {
  if ([...(e.dataTransfer?.types || [])].includes('Files')) {
    e.preventDefault();
    hint.hidden = false;
  }
});
document.addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) hint.hidden = true;
});
document.addEventListener('drop', async (e) => {
  hint.hidden = true;
  const f = e.dataTransfer?.files?.[0];
  if (!f) return;
  e.preventDefault();
  openText(await f.text(), f.name);
});
window.addEventListener('popstate', () => {
  const src = new URLSearchParams(location.search).get('src') || 'samples/cnd-53-8.md';
  if (viewer.getAttribute('src') !== src) {
    sample.value = src;
    viewer.src = src;
  }
});
viewer.addEventListener('clause-viewer:ready', (e) => {
  window.__viewerReady = e.detail;
});

loadSamples();
