//! The structured model of a resolution: what every stage after
//! classification produces and every output consumes.
//!
//! Field names and meanings follow `shared/spec/resolution-json.md`
//! (`schema: "clausemark/1"`). Fields beyond the contract (spans, ids,
//! sections, diagnostics) are additions, never replacements.

use serde::Serialize;

/// The schema tag written into every model.
pub const SCHEMA: &str = "clausemark/1";

/// A byte range `[start, end)` into the original input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(into = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

/// One resolution.
#[derive(Clone, Debug, Serialize)]
pub struct Document {
    pub schema: &'static str,
    pub meta: Meta,
    /// The enacting formula as printed (`The General Assembly,`).
    pub formula: Option<String>,
    pub preamble: Vec<Paragraph>,
    pub operative: Vec<Paragraph>,
    pub footnotes: Vec<Footnote>,
    pub annexes: Vec<Annex>,
    /// Which reader produced the model: `markdown`, `text` or `akn`.
    pub input: InputKind,
    /// Byte spans of the header fields and the formula.
    pub spans: HeaderSpans,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Meta {
    pub symbol: Option<String>,
    pub number: Option<String>,
    pub body: Option<String>,
    pub title: Option<String>,
    pub language: String,
    pub adoption: Option<Adoption>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Adoption {
    /// The meeting as printed (`10th plenary meeting`), `null` when the text
    /// names none (written procedure).
    pub meeting: Option<String>,
    /// ISO 8601 date.
    pub date: Option<String>,
    /// The vote line that follows the adoption line (`[Adopted without a vote.]`).
    pub vote: Option<String>,
}

/// Where each header field was found in the input.
#[derive(Clone, Debug, Default, Serialize)]
pub struct HeaderSpans {
    pub symbol: Option<Span>,
    pub number: Option<Span>,
    pub title: Option<Span>,
    pub formula: Option<Span>,
    pub adoption: Option<Span>,
}

/// A preambular or operative paragraph, or an item of one.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Paragraph {
    /// Stable id in the Akoma Ntoso naming style (`para_4`,
    /// `preamble__container_2`, `para_8__list_1__point_a`).
    pub id: String,
    /// The number or label as printed; `null` for preambular paragraphs.
    pub num: Option<String>,
    /// The leading phrase or verb.
    pub lead: Option<String>,
    /// Plain text of the paragraph's own words (lead included).
    pub text: String,
    /// Footnote markers cited in `text`, in order.
    pub footnotes: Vec<String>,
    pub items: Vec<Paragraph>,
    /// Where each footnote marker stands in `text` (byte offset into `text`).
    pub notes: Vec<NoteRef>,
    /// The operative section heading in force (`Arms embargo`), when the
    /// operative part has headings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<Option<String>>,
    /// The paragraph's bytes in the input, from its number to its last word
    /// (a paragraph cut by a page break spans the break).
    pub span: Span,
    /// The lead phrase's bytes in the input.
    pub lead_span: Option<Span>,
}

/// A footnote marker inside a paragraph's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NoteRef {
    pub marker: String,
    /// Byte offset in the paragraph's `text` where the marker stood.
    pub offset: usize,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Footnote {
    /// `authorialNote_N`.
    pub id: String,
    pub marker: String,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Annex {
    /// `att_N`.
    pub id: String,
    pub title: String,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    #[default]
    Markdown,
    Text,
    /// Akoma Ntoso XML (`--input akn`).
    Akn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// Something the parser noticed and could not, or would not, silently fix.
#[derive(Clone, Debug, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code (`numbering-gap`, `footnote-missing`, ...).
    pub code: &'static str,
    pub message: String,
    /// 1-based line and column (in characters) of `span.start`.
    pub line: usize,
    pub column: usize,
    pub span: Span,
}

impl Document {
    /// Every paragraph and item, depth first, in document order.
    pub fn paragraphs(&self) -> Vec<&Paragraph> {
        fn walk<'a>(ps: &'a [Paragraph], out: &mut Vec<&'a Paragraph>) {
            for p in ps {
                out.push(p);
                walk(&p.items, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.preamble, &mut out);
        walk(&self.operative, &mut out);
        out
    }

    /// True when the input had the shape of a resolution: a formula, or at
    /// least one preambular or operative paragraph.
    pub fn looks_like_resolution(&self) -> bool {
        self.formula.is_some() || !self.operative.is_empty()
    }
}
