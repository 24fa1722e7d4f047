// Text utilities: byte offsets to UTF-16, safe inline rendering, safe URLs.
// Nothing here ever assigns innerHTML: document text is only turned into
// Text nodes, plus the few inline elements listed in INLINE_TAGS.

const ASCII = /^[\x00-\x7f]*$/;
const encoder = new TextEncoder();

/**
 * A function mapping a UTF-8 byte offset into `str` to a UTF-16 index.
 * ASCII strings map to themselves; otherwise a table is built once.
 */
export function byteMapper(str) {
  if (ASCII.test(str)) return (b) => Math.max(0, Math.min(b, str.length));
  const nbytes = encoder.encode(str).length;
  const table = new Uint32Array(nbytes + 1);
  let b = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    let len;
    if (c < 0x80) len = 1;
    else if (c < 0x800) len = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      // surrogate pair: 4 bytes for 2 code units
      table[b] = i; table[b + 1] = i; table[b + 2] = i; table[b + 3] = i;
      b += 4; i++;
      continue;
    } else len = 3;
    for (let k = 0; k < len; k++) table[b + k] = i;
    b += len;
  }
  table[nbytes] = str.length;
  return (off) => table[Math.max(0, Math.min(off, nbytes))];
}

/** Bytes of `str` in UTF-8, counted without encoding it (no 1 MB allocation for a 1 MB text). */
export function utf8Length(str) {
  if (ASCII.test(str)) return str.length;
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Slice `str` by a byte span `[start, end)` (or a UTF-16 span when `span16`). */
export function sliceSpan(str, span, span16, mapper) {
  if (Array.isArray(span16)) return str.slice(span16[0], span16[1]);
  if (!Array.isArray(span)) return '';
  const m = mapper || byteMapper(str);
  return str.slice(m(span[0]), m(span[1]));
}

/** Inline elements that document text may contain; everything else is text. */
export const INLINE_TAGS = new Set(['sup', 'sub', 'br', 'em', 'strong', 'i', 'b']);
const TAG = /<(\/?)([a-zA-Z]+)\s*(\/?)>/g;

/**
 * Append `text` to `parent` as Text nodes. The exact tags <sup>, <sub>,
 * <br>, <em>, <strong>, <i>, <b> (no attributes, properly nested) become
 * elements; any other markup, attributes included, stays visible text.
 */
export function appendInline(parent, text) {
  if (text.indexOf('<') < 0) {
    parent.append(text);
    return;
  }
  const doc = parent.ownerDocument;
  const stack = [parent];
  let last = 0;
  let buf = '';
  const flush = () => {
    if (buf) stack[stack.length - 1].append(buf);
    buf = '';
  };
  TAG.lastIndex = 0;
  for (let m; (m = TAG.exec(text)); ) {
    const [raw, close, nameRaw, selfClose] = m;
    const name = nameRaw.toLowerCase();
    buf += text.slice(last, m.index);
    last = m.index + raw.length;
    if (!INLINE_TAGS.has(name)) {
      buf += raw;
      continue;
    }
    if (name === 'br') {
      if (close) { buf += raw; continue; }
      flush();
      stack[stack.length - 1].append(doc.createElement('br'));
      continue;
    }
    if (selfClose) { buf += raw; continue; }
    if (!close) {
      // open only if a matching close tag follows
      if (text.toLowerCase().indexOf(`</${name}>`, last) < 0) { buf += raw; continue; }
      flush();
      const el = doc.createElement(name);
      stack[stack.length - 1].append(el);
      stack.push(el);
    } else {
      const top = stack[stack.length - 1];
      if (stack.length > 1 && top.localName === name) {
        flush();
        stack.pop();
      } else {
        buf += raw;
      }
    }
  }
  buf += text.slice(last);
  flush();
}

/** Plain text of `text` with the allowed inline tags removed (for labels). */
export function plainInline(text) {
  return text.replace(TAG, (raw, close, name) => (INLINE_TAGS.has(name.toLowerCase()) ? '' : raw));
}

/**
 * A link target that may be used as an href: http(s) URLs and in-document
 * anchors (`#id`). Everything else (javascript:, data:, vbscript:, relative
 * paths, protocol-relative URLs) gives `null`.
 */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  const u = url.trim();
  if (/^#[A-Za-z0-9_\-:.]+$/.test(u)) return u;
  if (!/^https?:\/\//i.test(u)) return null;
  try {
    const parsed = new URL(u);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href;
  } catch {
    return null;
  }
}

const FIRST_LETTER = /\p{L}/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

/**
 * `rtl` or `ltr`: the direction `dir="auto"` gives `texts` (the first letter
 * decides; `ltr` when there is none). Searches the texts in order.
 */
export function textDirection(...texts) {
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const m = FIRST_LETTER.exec(t);
    if (m) return RTL_SCRIPT.test(m[0]) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/** `https://undocs.org/en/SYMBOL` for a UN document symbol. */
export function undocsUrl(symbol, lang = 'en') {
  const l = /^(ar|zh|en|fr|ru|es)$/.test(lang) ? lang : 'en';
  return `https://undocs.org/${l}/${encodeURI(symbol.trim())}`;
}
