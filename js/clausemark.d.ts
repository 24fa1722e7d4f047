// Types of the clausemark package: the model of
// shared/spec/resolution-json.md (schema "clausemark/1") as parse() returns it.
//
// Offsets: every `span` is a byte range [start, end) into the UTF-8 encoding
// of the input; every `span16` is the same range in UTF-16 code units, so
// `text.slice(span16[0], span16[1])` gives the words of the input string.

/** `[start, end)`: bytes of UTF-8 (`span`) or UTF-16 code units (`span16`). */
export type Span = [number, number];

export type InputKind = 'markdown' | 'text' | 'akn';
export type InputOption = 'auto' | 'markdown' | 'text' | 'akn';
export type Severity = 'warning' | 'error';

export interface ParseOptions {
  /** Which reader: decided from the markup when 'auto' (the default); 'akn' reads Akoma Ntoso XML. */
  input?: InputOption;
  /** ISO 639-1 code ('en', 'fr', 'es', 'ru', 'ar', 'zh', ...); detected when absent. */
  language?: string;
}

export interface Adoption {
  /** The meeting as printed ("42nd plenary meeting"); null for written procedure. */
  meeting: string | null;
  /** ISO 8601 date. */
  date: string | null;
  /** The vote line ("[Adopted without a vote.]"). */
  vote: string | null;
}

export interface Meta {
  /** Full UN symbol ("A/RES/78/64") when the text gives it. */
  symbol: string | null;
  /** As printed: "53/8", "2673 (2023)", "ES-11/1". */
  number: string | null;
  /** The adopting body ("General Assembly"). */
  body: string | null;
  title: string | null;
  /** ISO 639-1 code of the text. */
  language: string;
  adoption: Adoption | null;
}

/** Where each header field was found. */
export interface HeaderSpans {
  symbol: Span | null;
  number: Span | null;
  title: Span | null;
  formula: Span | null;
  adoption: Span | null;
}

/** A footnote marker inside a paragraph's text. */
export interface NoteRef {
  marker: string;
  /** Byte offset into the paragraph's `text` (UTF-8). */
  offset: number;
  /** The same offset in UTF-16 code units: `paragraph.text.slice(0, offset16)`. */
  offset16: number;
}

/** A preambular or operative paragraph, or an item of one. */
export interface Paragraph {
  /** Stable id: "para_4", "preamble__container_2", "para_8__list_1__point_a". */
  id: string;
  /** Number or label as printed ("1", "(a)"); null for preambular paragraphs. */
  num: string | null;
  /** The leading phrase ("Recalling", "Decides"). */
  lead: string | null;
  /** Plain text of the paragraph's own words, lead included. */
  text: string;
  /** Footnote markers cited in `text`, in order. */
  footnotes: string[];
  items: Paragraph[];
  notes: NoteRef[];
  /**
   * The operative section heading in force; present only on operative
   * paragraphs of resolutions whose operative part has headings (null before
   * the first heading).
   */
  section?: string | null;
  span: Span;
  span16: Span;
  lead_span: Span | null;
  lead_span16: Span | null;
}

export interface Footnote {
  /** "authorialNote_N". */
  id: string;
  marker: string;
  text: string;
  span: Span;
  span16: Span;
}

export interface Annex {
  /** "att_N". */
  id: string;
  /** The heading that opens the annex as printed ("Annex", "Annex II"); null when there is none. */
  label: string | null;
  /** The annex's own title (the heading under the label); "" when the annex opens with running text. */
  title: string;
  text: string;
  span: Span;
  span16: Span;
}

export interface Diagnostic {
  severity: Severity;
  /** Short stable code: "no-formula", "numbering-gap", "footnote-missing", ... */
  code: string;
  message: string;
  /** 1-based line and column (in characters) of the span's start. */
  line: number;
  column: number;
  span: Span;
  span16: Span;
}

export type RefKind = 'resolution' | 'decision' | 'document' | 'treaty' | 'date' | 'internal';

/** What a reference points to; only the fields that apply are present. */
export interface Target {
  /** UN document symbol ("A/RES/64/182"). */
  symbol?: string;
  /** "https://undocs.org/en/SYMBOL". */
  url?: string;
  /** The body that adopted a cited resolution or decision. */
  body?: string;
  /** Resolution/decision number as printed, or a treaty's registration number. */
  number?: string;
  /** Treaty Series volume (the first, when several are cited). */
  volume?: string;
  volumes?: string[];
  series?: string;
  /** Canonical name of a named instrument. */
  name?: string;
  year?: number;
  /** ISO 8601 date (the first day of a range). */
  date?: string;
  /** Last day of a date range. */
  end?: string;
  /** Node id in this document (internal references). */
  id?: string;
}

/** A citation found in a paragraph, footnote or annex text. */
export interface Reference {
  kind: RefKind;
  /** The cited words exactly as they stand in the node's text. */
  text: string;
  /** Byte range of `text` in the node's text (UTF-8). */
  span: Span;
  /** The same range in UTF-16 code units of the node's text. */
  span16: Span;
  /** Byte range in the input, when the words could be found there. */
  input_span: Span | null;
  /** The same in UTF-16 code units of the input string. */
  input_span16: Span | null;
  /** Id of the node the citation stands in (paragraph, item, footnote or annex id). */
  paragraph: string;
  target: Target;
  /** Further targets of a joint symbol. */
  also?: Target[];
}

/** One resolution. */
export interface Document {
  schema: 'clausemark/1';
  meta: Meta;
  /** The enacting formula as printed ("The General Assembly,"). */
  formula: string | null;
  preamble: Paragraph[];
  operative: Paragraph[];
  footnotes: Footnote[];
  annexes: Annex[];
  /** Which reader produced the model. */
  input: InputKind;
  /** Byte spans of the header fields and the formula. */
  spans: HeaderSpans;
  /** The same in UTF-16 code units. */
  spans16: HeaderSpans;
  diagnostics: Diagnostic[];
  /** Every citation in the paragraph, footnote and annex texts. */
  references: Reference[];
}

/** What parse() and init() throw. */
export interface ClausemarkError extends Error {
  name: 'ClausemarkError';
  code: 'input-too-large' | 'invalid-argument' | 'not-initialized' | 'internal';
}

/** What init() accepts to override where the module comes from. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Load and instantiate the WebAssembly module. Idempotent and lazy: every
 * call returns the same promise, and nothing is loaded before the first call.
 */
export function init(source?: WasmSource): Promise<void>;

/**
 * Parse a resolution. Never throws for what the text contains (problems are
 * `diagnostics`); throws a ClausemarkError for a non-string text, bad options,
 * an input over MAX_INPUT_BYTES, or when init() has not completed.
 */
export function parse(text: string, options?: ParseOptions): Document;

/** The HTML of a model returned by parse() (the CLI's `--format html`); `standalone` gives a whole page. */
export function toHtml(model: Document, options?: { standalone?: boolean }): string;

/** Akoma Ntoso 3.0 (AKN4UN) XML of a model returned by parse() (the CLI's `--format akn`). */
export function toAkomaNtoso(model: Document): string;

/** The parser's version ("0.1.0"). */
export function version(): string;

/** The largest input parse() accepts: 16 MiB of UTF-8. */
export const MAX_INPUT_BYTES: number;
