// Must NOT compile (types.test.mjs checks that tsc rejects it).
import { parse } from 'clausemark';
export const n: number = parse('').meta.language;
