// The JavaScript API: init() is lazy and idempotent, parse() needs it,
// version() is the crate's, and the seed parses as the spec says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED } from './util.mjs';

// A fresh instance of the wrapper module, not shared with other test files.
const api = await import(`../../js/clausemark.js?api-test`);
const seed = readFileSync(SEED, 'utf8');

test('parse() before init() throws a ClausemarkError saying so', () => {
  assert.throws(() => api.parse(seed), (e) => e.name === 'ClausemarkError' && e.code === 'not-initialized' && /init\(\)/.test(e.message));
});

test('init() returns one promise however often it is called', async () => {
  const a = api.init();
  const b = api.init();
  assert.equal(a, b);
  await a;
  assert.equal(api.init(), a);
});

test('version() is the crate version from Cargo.toml', async () => {
  await api.init();
  const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const v = /^version\s*=\s*"([^"]+)"/m.exec(cargo)[1];
  assert.equal(api.version(), v);
});

test('MAX_INPUT_BYTES equals the limit compiled into the module', async () => {
  await api.init();
  const glue = await import('../../pkg/clausemark.js');
  assert.equal(api.MAX_INPUT_BYTES, glue.maxInputBytes());
  assert.equal(api.MAX_INPUT_BYTES, 16 * 1024 * 1024);
});

test('the seed: counts, ids, header, nulls as null', async () => {
  await api.init();
  const d = api.parse(seed);
  assert.equal(d.schema, 'clausemark/1');
  assert.equal(d.preamble.length, 11);
  assert.equal(d.operative.length, 9);
  assert.equal(d.footnotes.length, 10);
  assert.equal(d.meta.number, '53/8');
  assert.equal(d.meta.language, 'en');
  assert.ok(d.operative.some((p) => p.id === 'para_4'));
  assert.ok(d.preamble.some((p) => p.id === 'preamble__container_2'));
  assert.equal(d.preamble[0].num, null, 'absent values are null, not undefined');
  assert.equal(Object.getPrototypeOf(d), Object.prototype, 'a plain object');
});

test('UTF-16 spans slice the input string; byte spans slice its UTF-8', async () => {
  await api.init();
  const text = 'The General Assembly,\n\nRecalling «Ω» its résolutions \u{1F30D},\n\n1. Decides to act on 🌍 matters;\n\n2. Requests a report.\n';
  const d = api.parse(text);
  assert.equal(d.operative.length, 2);
  const p = d.operative[0];
  assert.equal(text.slice(...p.span16), '1. Decides to act on 🌍 matters;');
  assert.equal(Buffer.from(text).subarray(...p.span).toString(), '1. Decides to act on 🌍 matters;');
  assert.notDeepEqual(p.span, p.span16, 'bytes and UTF-16 units differ after non-ASCII text');
  assert.equal(text.slice(...p.lead_span16), 'Decides');
  assert.equal(text.slice(...d.spans16.formula), 'The General Assembly,');
});

test('toHtml() and toAkomaNtoso() equal the CLI output for the same text', async () => {
  await api.init();
  const { execFileSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const seedPath = root + 'tests/fixtures/parser/cnd-53-8.md';
  const model = api.parse(seed);
  const html = api.toHtml(model);
  const cliHtml = execFileSync(root + 'target/release/clausemark', ['parse', '--format', 'html', seedPath], { encoding: 'utf8' });
  assert.equal(html.trim(), cliHtml.trim());
  assert.match(html, /id="para_4"/);
  assert.match(api.toHtml(model, { standalone: true }), /^<!DOCTYPE html>/i);
  const akn = api.toAkomaNtoso(model);
  const cliAkn = execFileSync(root + 'target/release/clausemark', ['parse', '--format', 'akn', seedPath], { encoding: 'utf8' });
  assert.equal(akn.trim(), cliAkn.trim());
  assert.match(akn, /<akomaNtoso/);
  assert.throws(() => api.toHtml({ meta: {} }), (e) => e.name === 'ClausemarkError' && e.code === 'invalid-argument');
});
