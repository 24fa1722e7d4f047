#!/usr/bin/env node
// Prepares www/ to be served: regenerates the verb classes from the lexicon
// and copies the WASM package (js/ and pkg/, built by `npm run build`) into
// www/js/ and www/pkg/, so the viewer imports ../js/clausemark.js from any
// static host.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-classes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'www/src/classes.generated.js'), generate());
console.log('[build-www] verb classes: www/src/classes.generated.js');
for (const [dir, must] of [['js', 'clausemark.js'], ['pkg', 'clausemark_bg.wasm']]) {
  const from = join(root, dir);
  if (!existsSync(join(from, must))) {
    console.error(`[build-www] FAILED: ${dir}/${must} is missing: run \`npm run build\` first (it builds the WASM package)`);
    process.exit(1);
  }
  const to = join(root, 'www', dir);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true, filter: (p) => !/\.gitignore$|package\.json$/.test(p) });
  console.log(`[build-www] copied ${dir}/ -> www/${dir}/`);
}
