// Hostile inputs: parse() returns a model or throws a ClausemarkError; no
// Rust panic (a WebAssembly trap) ever reaches JavaScript, and the module
// keeps working afterwards.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { init, parse, MAX_INPUT_BYTES } from '../../js/clausemark.js';
import { SEED } from './util.mjs';

const seed = readFileSync(SEED, 'utf8');

before(async () => { await init(); });

/** Parse must return a model; afterwards the seed must still parse. */
function returnsModel(input, options) {
  let doc;
  try {
    doc = parse(input, options);
  } catch (e) {
    assert.fail(`parse threw ${e && e.name}: ${e && e.message}`);
  }
  assert.equal(doc.schema, 'clausemark/1');
  assert.ok(Array.isArray(doc.preamble) && Array.isArray(doc.operative) && Array.isArray(doc.diagnostics));
  assert.equal(parse(seed).operative.length, 9, 'the module still works after this input');
  return doc;
}

/** Parse must throw a ClausemarkError with this code. */
function throwsCode(code, input, options) {
  assert.throws(() => parse(input, options), (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `not a WebAssembly trap: ${e.message}`);
    assert.equal(e.name, 'ClausemarkError');
    assert.equal(e.code, code, e.message);
    assert.ok(e.message.length > 10);
    return true;
  });
  assert.equal(parse(seed).operative.length, 9, 'the module still works after this input');
}

const rnd = (n) => randomBytes(n);

test('empty input reads as no resolution, with an error diagnostic', () => {
  const d = returnsModel('');
  assert.equal(d.operative.length, 0);
  assert.ok(d.diagnostics.some((x) => x.code === 'not-a-resolution' && x.severity === 'error' && x.line === 1 && x.column === 1));
});
test('whitespace only', () => { returnsModel(' \n\t\r\n \u00a0\u2028\n'); });
test('a byte order mark alone', () => { returnsModel('\uFEFF'); });
test('NUL and control characters', () => { returnsModel('\u0000\u0001\u0002\u001b[31m\u0007\u0000'.repeat(10000)); });
test('random bytes read as Latin-1', () => { returnsModel(rnd(200000).toString('latin1')); });
test('random bytes read as UTF-8 (replacement characters)', () => { returnsModel(rnd(200000).toString('utf8')); });
test('random UTF-16 code units, lone surrogates included', () => {
  const b = rnd(200000);
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
  returnsModel(s);
});
test('lone surrogates around paragraph text keep UTF-16 spans aligned', () => {
  const text = '\uD800The General Assembly,\n\n\uDC00Recalling its resolutions,\n\n1. Decides \uD83D\uDE00 to act.\n';
  const d = returnsModel(text);
  const p = d.operative[0];
  assert.ok(p, 'one operative paragraph');
  assert.match(text.slice(p.span16[0], p.span16[1]), /^1\. Decides \uD83D\uDE00 to act\.$/);
});
test('random bytes in Markdown', () => { returnsModel(('# ' + rnd(3000).toString('latin1') + '\n\n1. *Decides* ').repeat(50), { input: 'markdown' }); });
test('random bytes as plain text', () => { returnsModel(rnd(300000).toString('utf8'), { input: 'text' }); });
test('2 MB of one character, several characters', () => {
  for (const c of ['a', '*', '#', '1', '(', '\n', '>', '-', '|', '_', 'é', '\u3000', '\u{1F600}']) {
    returnsModel(c.repeat(2_000_000 / Buffer.byteLength(c)));
  }
});
test('deeply nested Markdown lists', () => {
  let s = 'The General Assembly,\n\n';
  for (let i = 0; i < 800; i++) s += `${'  '.repeat(i)}- (${i}) Decides item ${i}\n`;
  returnsModel(s);
  let t = '';
  for (let i = 0; i < 3000; i++) t += `${'   '.repeat(i % 60)}${i % 2 ? '1.' : '(a)'} Decides\n`;
  returnsModel(t);
});
test('deeply nested block quotes and emphasis', () => {
  returnsModel('>'.repeat(100000) + ' Decides');
  returnsModel('*'.repeat(50000) + 'x' + '_'.repeat(50000));
  returnsModel('['.repeat(100000) + ']('.repeat(50000));
});
test('deeply nested operative items in plain text', () => {
  const labels = ['(a)', '(i)', 'a.', '1.', '(A)', 'i)'];
  let s = 'The Security Council,\n\nRecalling its resolutions,\n\n';
  for (let i = 0; i < 20000; i++) s += `${labels[i % labels.length]} Requests ${i}\n`;
  returnsModel(s, { input: 'text' });
});
test('unmatched and nested <sup>', () => {
  returnsModel('The General Assembly,\n\n1. Decides<sup>1 to act\n');
  returnsModel('<sup>'.repeat(100000));
  returnsModel('</sup>'.repeat(100000) + '1. Decides');
  returnsModel('The General Assembly,\n\n1. Decides' + '<sup><sup>1</sup>'.repeat(20000) + '\n\n<sup>1</sup> note\n');
});
test('footnote-like markers everywhere', () => {
  returnsModel('1/ '.repeat(300000));
  returnsModel('*/ 74/ '.repeat(100000), { input: 'text' });
});
test('very long single line and many short lines', () => {
  returnsModel('Decides '.repeat(250000));
  returnsModel('1.\n'.repeat(500000));
});
test('a hundred thousand paragraphs run together on one line', () => {
  // (cut into paragraphs by the plain-text reader: one pass, not a copy of
  // the rest of the line at each cut)
  let s = 'The General Assembly, Recalling its work, ';
  for (let i = 1; i <= 100000; i++) s += `${i}. Decides to act; `;
  const d = returnsModel(s, { input: 'text' });
  // (paragraph numbers are read up to three digits: 1000 on are text)
  assert.equal(d.operative[998].num, '999');
  assert.equal(d.operative[998].text, 'Decides to act;');
});
test('input over the size limit is refused before it is copied', () => {
  throwsCode('input-too-large', 'a'.repeat(MAX_INPUT_BYTES + 1));
});
test('input over the size limit in UTF-8 but not in UTF-16 units is refused', () => {
  throwsCode('input-too-large', '\u20ac'.repeat(Math.floor(MAX_INPUT_BYTES / 2)));
});
test('input at the size limit is accepted', () => {
  returnsModel('x'.repeat(MAX_INPUT_BYTES - 1) + '\n');
});
test('a text that is not a string is refused', () => {
  throwsCode('invalid-argument', 42);
  throwsCode('invalid-argument', undefined);
  throwsCode('invalid-argument', null);
  throwsCode('invalid-argument', { toString: () => 'The General Assembly,' });
  throwsCode('invalid-argument', new Uint8Array(10));
});
test('bad options are refused with a message naming the option', () => {
  throwsCode('invalid-argument', seed, { input: 'pdf' });
  throwsCode('invalid-argument', seed, { input: 3 });
  throwsCode('invalid-argument', seed, { language: 'xx' });
  throwsCode('invalid-argument', seed, { language: 7 });
  throwsCode('invalid-argument', seed, 'markdown');
  assert.throws(() => parse(seed, { input: 'pdf' }), /options\.input.*pdf/);
  assert.throws(() => parse(seed, { language: 'xx' }), /unknown language 'xx'/);
});
test('good options are used', () => {
  assert.equal(returnsModel(seed, { input: 'text' }).input, 'text');
  assert.equal(returnsModel(seed, { input: 'markdown', language: 'en' }).input, 'markdown');
  assert.equal(returnsModel(seed, { language: 'fr' }).meta.language, 'fr');
  assert.equal(returnsModel(seed, {}).meta.language, 'en');
  assert.equal(returnsModel(seed, null).operative.length, 9);
});
