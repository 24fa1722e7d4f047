//! clausemark: a parser for resolutions of intergovernmental bodies.
//!
//! The data flows one way:
//! input -> [`read`] (normalized [`block::Block`]s) -> [`structure`]
//! (classified parts) -> [`model::Document`] (ids, spans, diagnostics) ->
//! outputs (JSON via serde; the WASM shell in `wasm.rs`).
//!
//! ```
//! let doc = clausemark::parse("The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act.\n", &Default::default());
//! assert_eq!(doc.preamble.len(), 1);
//! assert_eq!(doc.operative[0].lead.as_deref(), Some("Decides"));
//! ```

// The WASM build on the Debian path (scripts/build-wasm.sh, nightly features
// through RUSTC_BOOTSTRAP) sets `--cfg clausemark_size`: the largest
// functions off the parse() path (the Akoma Ntoso reader, the Akoma Ntoso and
// HTML writers) are then optimized for size; the rest stays at opt-level 3.
#![cfg_attr(clausemark_size, feature(optimize_attribute))]

pub mod adoption;
pub mod block;
pub mod diagnostics;
mod fnv;
pub mod ids;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod read;
pub mod references;
pub mod structure;
pub mod textbuf;

#[cfg(target_arch = "wasm32")]
mod wasm;

use model::{Document, InputKind, Paragraph, SCHEMA};
use structure::{Label, Node};

/// Which reader to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// Decide from the markup the input carries.
    #[default]
    Auto,
    Markdown,
    Text,
    /// Akoma Ntoso XML (the UN's AKN4UN files).
    Akn,
}

impl std::str::FromStr for InputFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(InputFormat::Auto),
            "markdown" | "md" => Ok(InputFormat::Markdown),
            "text" | "txt" => Ok(InputFormat::Text),
            "akn" | "xml" => Ok(InputFormat::Akn),
            _ => Err(format!("unknown input format '{s}' (expected auto, markdown, text or akn)")),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct ParseOptions {
    pub input: InputFormat,
    /// ISO 639-1 code; detected from the text when `None`.
    pub language: Option<String>,
}

/// Parse a resolution. Never fails: what could not be read is reported in
/// `diagnostics`; [`Document::looks_like_resolution`] tells whether
/// anything resolution-shaped was found.
pub fn parse(input: &str, options: &ParseOptions) -> Document {
    let kind = match options.input {
        InputFormat::Auto if read::akn::looks_like(input) => InputKind::Akn,
        InputFormat::Auto => read::detect(input),
        InputFormat::Markdown => InputKind::Markdown,
        InputFormat::Text => InputKind::Text,
        InputFormat::Akn => InputKind::Akn,
    };
    let blocks = match kind {
        InputKind::Markdown => read::markdown::read(input),
        InputKind::Text => read::plain::read(input),
        InputKind::Akn => return read::akn::read(input),
    };
    let lang: &str = match &options.language {
        Some(l) => lexicon::get(l).map_or("en", |x| x.language),
        None => structure::detect_language(&blocks),
    };
    let st = structure::classify(blocks, lang, kind == InputKind::Markdown);
    build(input, st, kind)
}

fn node_to_paragraph(n: &Node, id: String) -> Paragraph {
    // trimmed, then its line breaks as spaces (one copy)
    let s = n.block.str();
    let trimmed_start = s.len() - s.trim_start().len();
    let text = s.trim().replace('\n', " ");
    let num = match &n.label {
        Some(Label::Number(s)) | Some(Label::Item(s)) => Some(s.clone()),
        None => None,
    };
    let notes: Vec<model::NoteRef> = n
        .block
        .notes
        .iter()
        .map(|(p, m)| model::NoteRef { marker: m.clone(), offset: p.saturating_sub(trimmed_start).min(text.len()) })
        .collect();
    let items = n
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let label = match &it.label {
                Some(Label::Item(l)) | Some(Label::Number(l)) => l.clone(),
                None => String::new(),
            };
            node_to_paragraph(it, ids::item(&id, &label, i))
        })
        .collect();
    Paragraph {
        id,
        num,
        lead: n.lead.as_ref().map(|l| l.0.clone()),
        lead_span: n.lead.as_ref().map(|l| l.1),
        footnotes: notes.iter().map(|x| x.marker.clone()).collect(),
        notes,
        text,
        items,
        section: None,
        span: n.block.span,
    }
}

fn build(input: &str, st: structure::Structure, kind: InputKind) -> Document {
    let mut sink = diagnostics::Sink::new(input);
    let preamble: Vec<Paragraph> = st
        .preamble
        .iter()
        .enumerate()
        .map(|(i, n)| node_to_paragraph(n, ids::preamble(i)))
        .collect();
    let mut taken = ids::Taken::with_capacity(st.operative.len());
    let operative: Vec<Paragraph> = st
        .operative
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let num = match &n.label {
                Some(Label::Number(s)) => Some(s.as_str()),
                _ => None,
            };
            let mut p = node_to_paragraph(n, ids::operative(num, i, &mut taken));
            if st.has_sections {
                p.section = Some(n.section.clone());
            }
            p
        })
        .collect();
    let mut footnotes = st.footnotes;
    let mut used = ids::Taken::with_capacity(footnotes.len());
    for (i, f) in footnotes.iter_mut().enumerate() {
        f.id = ids::footnote(&f.marker, i, &mut used);
    }
    let mut annexes = st.annexes;
    for (i, a) in annexes.iter_mut().enumerate() {
        a.id = format!("att_{}", i + 1);
    }
    let mut doc = Document {
        schema: SCHEMA,
        meta: st.meta,
        formula: st.formula,
        preamble,
        operative,
        footnotes,
        annexes,
        input: kind,
        spans: st.spans,
        diagnostics: Vec::new(),
        references: Vec::new(),
    };
    check(&doc, &st.preamble, &st.operative, &st.title_notes, &st.annex_notes, &st.unplaced, &mut sink);
    doc.diagnostics = sink.items;
    doc.references = references::find_with_input(&doc, input);
    doc
}

/// Warnings about the finished model.
fn check(doc: &Document, pre: &[Node], op: &[Node], title_notes: &[String], annex_notes: &[String], unplaced: &[model::Span], sink: &mut diagnostics::Sink) {
    if doc.formula.is_none() {
        sink.warn("no-formula", model::Span::new(0, 0), "no enacting formula (such as \"The General Assembly,\") was found".into());
    }
    fn known_lead(ns: &[Node]) -> bool {
        ns.iter().any(|n| n.lead.is_some() && !n.unknown_lead || known_lead(&n.items))
    }
    let shaped = doc.formula.is_some() || doc.operative.iter().any(|p| p.num.is_some()) || known_lead(pre) || known_lead(op);
    if !shaped {
        sink.error("not-a-resolution", model::Span::new(0, 0), "the input has no enacting formula and no operative paragraphs: it does not read as a resolution".into());
    }
    // numbering
    let mut prev: Option<u32> = None;
    for p in &doc.operative {
        if let Some(n) = p.num.as_deref().and_then(|n| n.parse::<u32>().ok()) {
            if let Some(q) = prev {
                if n != q + 1 {
                    sink.warn("numbering-gap", p.span, format!("operative paragraph {n} follows {q}"));
                }
            }
            prev = Some(n);
        }
    }
    // footnotes
    let mut cited: Vec<(&str, model::Span)> = Vec::new();
    for p in doc.paragraphs() {
        for m in &p.footnotes {
            cited.push((m, p.span));
        }
    }
    let defined: std::collections::HashSet<&str> = doc.footnotes.iter().map(|f| f.marker.as_str()).collect();
    let cited_set: std::collections::HashSet<&str> = cited.iter().map(|c| c.0).collect();
    let annex_notes: std::collections::HashSet<&String> = annex_notes.iter().collect();
    for (m, span) in &cited {
        if !defined.contains(m) {
            sink.warn("footnote-missing", *span, format!("footnote marker {m} has no footnote text"));
        }
    }
    // a note whose text is missing between two others (lost to OCR or to a
    // page): its marker stays in the text
    let mut numbered: Vec<(u32, model::Span)> = doc.footnotes.iter().filter_map(|f| f.marker.parse().ok().map(|n| (n, f.span))).collect();
    numbered.sort_by_key(|x| x.0);
    for w in numbered.windows(2) {
        if w[1].0 > w[0].0 + 1 {
            sink.warn("footnote-gap", w[1].1, format!("footnote {} follows {}: the text of the notes between is missing", w[1].0, w[0].0));
        }
    }
    for f in &doc.footnotes {
        if !cited_set.contains(f.marker.as_str()) && !title_notes.contains(&f.marker) && !annex_notes.contains(&f.marker) {
            sink.warn("footnote-unreferenced", f.span, format!("footnote {} is never referenced in the text", f.marker));
        }
    }
    // leads
    fn leads(ns: &[Node], sink: &mut diagnostics::Sink) {
        for n in ns {
            if n.unknown_lead {
                if let Some((l, s)) = &n.lead {
                    sink.warn("unknown-lead", *s, format!("lead phrase \"{l}\" is not in the lexicon"));
                }
            }
            leads(&n.items, sink);
        }
    }
    leads(pre, sink);
    leads(op, sink);
    for s in unplaced {
        sink.warn("unplaced-text", *s, "running text before the enacting formula was not read as a paragraph (a paragraph number or the formula may be garbled)".into());
    }
    for a in &doc.annexes {
        if a.label.is_none() {
            sink.warn("unplaced-text", a.span, "text after the adoption line without an annex heading was kept as an annex".into());
        }
    }
}
