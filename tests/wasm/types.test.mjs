// js/clausemark.d.ts type-checks, describes the model without `any`, and a
// typed usage file (tests/wasm/types/usage.ts) compiles against it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './util.mjs';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

test('tsc --noEmit accepts the .d.ts and the typed usage file', () => {
  const r = spawnSync(process.execPath, [TSC, '--noEmit', '-p', join(ROOT, 'tests/wasm/types/tsconfig.json')], { encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc failed:\n${r.stdout}${r.stderr}`);
});

test('the .d.ts names no `any`', () => {
  const dts = readFileSync(join(ROOT, 'js/clausemark.d.ts'), 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  assert.doesNotMatch(dts, /\bany\b/);
});

test('tsc rejects a misuse (the check is real)', () => {
  const r = spawnSync(process.execPath, [TSC, '--noEmit', '-p', join(ROOT, 'tests/wasm/types/tsconfig.misuse.json')], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /misuse\.ts.*error TS2322/);
});
