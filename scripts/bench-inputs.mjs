// Inputs shared by the benchmarks (scripts/bench.mjs, scripts/bench-viewer.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** English Markdown renditions of CORPUS/akn concatenated up to `target` bytes. */
export function englishConcat(corpus, target = 1_000_000) {
  const dir = join(corpus, 'akn');
  let text = '';
  let used = 0;
  for (const n of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const expected = join(dir, n.replace(/\.md$/, '.expected.json'));
    if (!existsSync(expected) || JSON.parse(readFileSync(expected, 'utf8')).meta?.language !== 'en') continue;
    text += readFileSync(join(dir, n), 'utf8') + '\n\n';
    used++;
    if (Buffer.byteLength(text) >= target) break;
  }
  return { text, used };
}
