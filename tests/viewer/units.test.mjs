// Unit tests (Node, no browser): verb classes from the lexicon, safe links,
// byte-to-UTF-16 offsets, text direction, UTF-8 length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, parseClasses } from '../../scripts/gen-classes.mjs';
import { classOf } from '../../www/src/classes.js';
import { safeHref, undocsUrl, byteMapper, textDirection, utf8Length } from '../../www/src/text.js';
import { ROOT } from './harness.mjs';

test('www/src/classes.generated.js is up to date with lexicon/*.toml', () => {
  assert.equal(readFileSync(join(ROOT, 'www/src/classes.generated.js'), 'utf8'), generate());
});

test('every class table of en, fr and es has the five classes', () => {
  for (const l of ['en', 'fr', 'es']) {
    const c = parseClasses(readFileSync(join(ROOT, 'lexicon', `${l}.toml`), 'utf8'));
    assert.deepEqual(Object.keys(c).sort(), ['decides', 'reaffirms', 'requests', 'urges', 'welcomes'], l);
    for (const v of Object.values(c)) assert.ok(v.length > 0);
  }
});

test('classOf: the earliest listed phrase of the lead decides', () => {
  assert.equal(classOf('Decides', 'en'), 'decides');
  assert.equal(classOf('Also reaffirms', 'en'), 'reaffirms');
  assert.equal(classOf('Calls upon', 'en'), 'urges');
  assert.equal(classOf('Welcomes and urges', 'en'), 'welcomes');
  assert.equal(classOf('Takes note with appreciation', 'en'), 'welcomes');
  assert.equal(classOf('Requests also', 'en'), 'requests');
  assert.equal(classOf('Condemns', 'en'), null);
  assert.equal(classOf('Noted', 'en'), null); // whole words only
  assert.equal(classOf('Prie', 'fr'), 'requests');
  assert.equal(classOf('Se félicite', 'fr'), 'welcomes');
  assert.equal(classOf('Demande instamment', 'fr'), 'urges');
  assert.equal(classOf('Insta encarecidamente', 'es'), 'urges');
  assert.equal(classOf('Acoge con beneplácito', 'es'), 'welcomes');
  assert.equal(classOf('Decide además', 'es'), 'decides');
});

test('safeHref keeps http(s) and in-document anchors only', () => {
  assert.equal(safeHref('https://undocs.org/en/A/RES/64/182'), 'https://undocs.org/en/A/RES/64/182');
  assert.equal(safeHref('#para_3'), '#para_3');
  for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'x.html', '#a"b', 'http//x', '']) {
    assert.equal(safeHref(bad), null, bad);
  }
  assert.equal(undocsUrl('A/RES/64/182'), 'https://undocs.org/en/A/RES/64/182');
});

test('byteMapper maps UTF-8 byte offsets to UTF-16 indexes', () => {
  const s = 'Résolution 𝔸 — fin';
  const m = byteMapper(s);
  const enc = new TextEncoder();
  for (let i = 0; i <= s.length; i++) {
    if (i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) continue;
    assert.equal(m(enc.encode(s.slice(0, i)).length), i);
  }
  assert.equal(byteMapper('ascii')(3), 3);
});

test('textDirection: the first letter of the first text that has one, as dir="auto" does', () => {
  assert.equal(textDirection('1. Decides'), 'ltr');
  assert.equal(textDirection('53/8 القرار'), 'rtl');
  assert.equal(textDirection(null, '  12 ', 'שלום'), 'rtl');
  assert.equal(textDirection('决议'), 'ltr');
  assert.equal(textDirection('', '3.'), 'ltr');
});

test('utf8Length counts UTF-8 bytes without encoding', () => {
  for (const s of ['', 'ascii', 'Résolution 𝔸 — fin', 'القرار 53/8', '决议', 'lone \ud800 surrogate']) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});
