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
    /// Every citation in the paragraph, footnote and annex texts
    /// (`references.rs`).
    pub references: Vec<Reference>,
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
    /// The heading that opens the annex, as printed (`Annex`, `Annex II`,
    /// `Appendix`); `None` for text after the resolution proper with no
    /// such heading.
    pub label: Option<String>,
    /// The annex's own title, the heading under the label (`Political
    /// declaration of …`), as the UN's Akoma Ntoso files give it; empty when
    /// the annex opens with running text.
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

    /// True when the input had the shape of a resolution: an enacting
    /// formula, a numbered operative paragraph, or a paragraph opening with
    /// a known lead phrase. (The parser reports the opposite as the error
    /// diagnostic `not-a-resolution`.)
    pub fn looks_like_resolution(&self) -> bool {
        !self.diagnostics.iter().any(|d| d.code == "not-a-resolution")
    }
}

/// A citation found in a paragraph, footnote or annex text (the references
/// stage, `references.rs`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reference {
    pub kind: RefKind,
    /// The cited words exactly as they stand in the node's text: the
    /// number of a resolution or decision (`64/182`, `1373 (2001)`, `217 A
    /// (III)`), as the UN itself links it, and the number or label of a
    /// paragraph (`3`, `(a)`, `3 (b)`); a whole document symbol, treaty
    /// citation, instrument name, date or phrase (`the present resolution`)
    /// otherwise.
    pub text: String,
    /// Byte range of `text` in the node's `text`.
    pub span: Span,
    /// Byte range in the input, when the words could be found there.
    pub input_span: Option<Span>,
    /// Id of the node the citation stands in: a paragraph or item id, a
    /// footnote id (`authorialNote_3`) or an annex id (`att_1`).
    pub paragraph: String,
    pub target: Target,
    /// The further targets of a joint symbol (`A/64/92-E/2009/98`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Target>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RefKind {
    Resolution,
    Decision,
    Document,
    Treaty,
    Date,
    Internal,
}

/// What a reference points to. Only the fields that apply are set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Target {
    /// UN document symbol (`A/RES/64/182`, `S/RES/1373(2001)`, `A/78/412`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// `https://undocs.org/en/SYMBOL`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The body that adopted a cited resolution or decision (English name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Resolution/decision number as printed, or a treaty's registration
    /// number (`14152`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Treaty Series volume (the first, when several are cited).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
    /// All volumes, when several are cited (`vols. 2225, 2237 ...`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub volumes: Vec<String>,
    /// `United Nations, Treaty Series`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// Canonical name of a named instrument.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u32>,
    /// ISO 8601 date (the first day of a range).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Last day of a date range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Node id in this document (internal references).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
