// Typed use of the package: compiled by `tsc --noEmit` (types.test.mjs).
// The @ts-expect-error lines fail the check if the types were `any`.
import { init, parse, version, MAX_INPUT_BYTES } from 'clausemark';
import type { Document, Paragraph, Span, Diagnostic, ClausemarkError, ParseOptions } from 'clausemark';

export async function outline(text: string): Promise<string[]> {
  await init();
  const options: ParseOptions = { input: 'markdown', language: 'en' };
  const doc: Document = parse(text, options);
  const lines: string[] = [`${version()} ${doc.schema} ${doc.meta.number ?? '-'} ${MAX_INPUT_BYTES}`];
  const walk = (p: Paragraph, depth: number): void => {
    const s: Span = p.span16;
    const lead: string = p.lead ?? '';
    lines.push(`${'  '.repeat(depth)}${p.id} ${lead} ${text.slice(s[0], s[1]).length}`);
    for (const n of p.notes) lines.push(`${n.marker}@${n.offset16}`);
    p.items.forEach((i) => walk(i, depth + 1));
  };
  doc.preamble.forEach((p) => walk(p, 0));
  doc.operative.forEach((p) => walk(p, 0));
  const d: Diagnostic | undefined = doc.diagnostics[0];
  if (d) lines.push(`${d.line}:${d.column} ${d.severity} ${d.code}`);
  if (doc.meta.adoption) lines.push(doc.meta.adoption.date ?? '');
  for (const f of doc.footnotes) lines.push(f.id + f.marker + f.text + f.span16[0]);
  for (const a of doc.annexes) lines.push(a.id + (a.label ?? '') + a.title);
  const f: Span | null = doc.spans16.formula;
  if (f) lines.push(text.slice(...f));
  try { parse(text); } catch (e) { lines.push((e as ClausemarkError).code); }

  // @ts-expect-error: input must be 'auto' | 'markdown' | 'text'
  parse(text, { input: 'pdf' });
  // @ts-expect-error: the text must be a string
  parse(42);
  // @ts-expect-error: num may be null
  const n: string = doc.operative[0].num;
  // @ts-expect-error: no such field
  lines.push(doc.paragraphs);
  // @ts-expect-error: severity is 'warning' | 'error'
  const sev: 'info' = doc.diagnostics[0].severity;
  // @ts-expect-error: spans are number pairs
  const bad: string = doc.operative[0].span[0];
  return lines.concat([n, sev, bad]);
}
