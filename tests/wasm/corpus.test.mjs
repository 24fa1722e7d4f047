// The WASM package gives the same model as the native CLI on every corpus
// file, and its UTF-16 spans slice the same text as its byte spans.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative, basename } from 'node:path';
import { init, parse } from '../../js/clausemark.js';
import { CORPUS, CLI, corpusFiles, withoutUtf16, spanPairs, allParagraphs } from './util.mjs';

const files = existsSync(CORPUS) ? corpusFiles(CORPUS) : [];
let out;

before(async () => {
  assert.ok(existsSync(CORPUS), `no corpus at ${CORPUS} (set CLAUSEMARK_CORPUS)`);
  assert.ok(existsSync(CLI), `no native CLI at ${CLI} (cargo build --release)`);
  out = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
  const r = spawnSync(CLI, ['parse', '--format', 'json', '--out-dir', out, CORPUS], { encoding: 'utf8' });
  // 0: all parsed; 1: some did not read as resolutions (their JSON is still written).
  assert.ok(r.status === 0 || r.status === 1, `CLI batch run failed (${r.status}): ${r.stderr}`);
  await init();
});

after(() => { if (out) rmSync(out, { recursive: true, force: true }); });

test('the corpus has files', () => {
  assert.ok(files.length >= 600, `only ${files.length} .md/.txt files under ${CORPUS}`);
});

/** The input as the CLI reads it: UTF-8, without a byte order mark. */
function readInput(f) {
  const t = readFileSync(f, 'utf8');
  return t.startsWith('\uFEFF') ? t.slice(1) : t;
}

for (const f of files) {
  const name = relative(CORPUS, f);
  test(`${name}: WASM JSON equals the CLI's`, () => {
    const cliJson = join(out, `${basename(f)}.json`);
    assert.ok(existsSync(cliJson), `the CLI wrote no ${cliJson}`);
    const expected = JSON.parse(readFileSync(cliJson, 'utf8'));
    const got = parse(readInput(f));
    assert.deepStrictEqual(withoutUtf16(got), expected);
  });
  test(`${name}: UTF-16 spans slice the same text as byte spans`, () => {
    const text = readInput(f);
    const bytes = Buffer.from(text, 'utf8');
    const doc = parse(text);
    const pairs = spanPairs(doc);
    assert.ok(pairs.length > 0);
    for (const [where, span, span16] of pairs) {
      if (span === null) { assert.equal(span16, null, where); continue; }
      assert.ok(Array.isArray(span16) && span16.length === 2, `${where}: span16 ${span16}`);
      assert.equal(text.slice(span16[0], span16[1]), bytes.subarray(span[0], span[1]).toString('utf8'), where);
    }
    const utf8Slice = (s, a, b) => Buffer.from(s, 'utf8').subarray(a, b).toString('utf8');
    const nodeText = new Map();
    for (const p of allParagraphs(doc)) {
      nodeText.set(p.id, p.text);
      for (const n of p.notes) {
        assert.equal(p.text.slice(0, n.offset16), utf8Slice(p.text, 0, n.offset), `${p.id} note ${n.marker}`);
      }
    }
    for (const x of [...doc.footnotes, ...doc.annexes]) nodeText.set(x.id, x.text);
    for (const r of doc.references || []) {
      const t = nodeText.get(r.paragraph);
      assert.equal(typeof t, 'string', `reference ${r.text} names node ${r.paragraph}`);
      assert.equal(t.slice(r.span16[0], r.span16[1]), utf8Slice(t, r.span[0], r.span[1]), `reference ${r.text} in ${r.paragraph}`);
    }
  });
}

test('js/clausemark.d.ts declares every field the models carry', () => {
  const dts = readFileSync(new URL('../../js/clausemark.d.ts', import.meta.url), 'utf8');
  const declared = new Set([...dts.matchAll(/^\s*(\w+)\??\s*:/gm)].map((m) => m[1]));
  const seen = new Map();
  const walk = (v, path) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, path + '[]'));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (!seen.has(k)) seen.set(k, `${path}.${k}`);
        walk(x, `${path}.${k}`);
      }
    }
  };
  for (const f of files) walk(parse(readInput(f)), basename(f));
  const missing = [...seen].filter(([k]) => !declared.has(k)).map(([, where]) => where);
  assert.deepEqual(missing, [], 'fields missing from the .d.ts');
  assert.ok(seen.size > 30);
});
