//! Outputs beyond JSON: Akoma Ntoso 3.0 (the UN's AKN4UN profile) and HTML.

pub mod akn;
pub mod html;

pub use akn::to_akoma_ntoso;
pub use html::to_html;

use crate::model::{Document, NoteRef, Paragraph, Reference};

/// Escape text for XML/HTML element content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            // characters XML 1.0 does not allow
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => o.push(' '),
            '\u{FFFE}' | '\u{FFFF}' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// A paragraph's text cut at its lead, references and footnote markers, in order.
pub(crate) enum Piece<'a> {
    Lead(&'a str),
    Text(&'a str),
    Note(&'a NoteRef),
    /// A citation (the references stage) with where it links to.
    Ref(&'a str, String),
}

/// Where a reference links: the UN document, or a node of this document.
pub(crate) fn ref_href(r: &Reference) -> Option<String> {
    if let Some(u) = &r.target.url {
        if u.starts_with("https://") {
            return Some(u.clone());
        }
    }
    r.target.id.as_ref().map(|id| format!("#{id}"))
}

/// The references standing in the node `id`.
pub(crate) fn refs_of<'a>(doc: &'a Document, id: &str) -> Vec<&'a Reference> {
    doc.references.iter().filter(|r| r.paragraph == id).collect()
}

/// Split `p.text` into the lead (when the text starts with it), plain runs
/// and footnote markers at their offsets.
pub(crate) fn pieces<'a>(p: &'a Paragraph, refs: &[&Reference]) -> Vec<Piece<'a>> {
    let text = p.text.as_str();
    let mut out = Vec::new();
    let mut notes: Vec<&NoteRef> = p.notes.iter().collect();
    notes.sort_by_key(|n| n.offset);
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut at = 0;
    if let Some(l) = p.lead.as_deref() {
        if !l.is_empty() && text.starts_with(l) {
            // a note inside the lead ends it early
            let end = notes.iter().map(|n| floor(n.offset)).filter(|&o| o > 0 && o < l.len()).min().unwrap_or(l.len());
            out.push(Piece::Lead(&text[..end]));
            at = end;
        }
    }
    // references: inside the text, after the lead, not around a marker, not overlapping
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut sorted: Vec<&&Reference> = refs.iter().collect();
    sorted.sort_by_key(|r| r.span.start);
    for r in sorted {
        let (a, b) = (r.span.start, r.span.end);
        let ok = a >= at
            && a < b
            && b <= text.len()
            && text.is_char_boundary(a)
            && text.is_char_boundary(b)
            && !notes.iter().any(|n| n.offset > a && n.offset < b)
            && spans.last().is_none_or(|l| l.1 <= a);
        if let (true, Some(h)) = (ok, ref_href(r)) {
            spans.push((a, b, h));
        }
    }
    // events in text order; a marker at a reference's start comes first
    let mut events: Vec<(usize, u8, usize)> = Vec::new();
    for (i, n) in notes.iter().enumerate() {
        events.push((floor(n.offset), 0, i));
    }
    for (i, s) in spans.iter().enumerate() {
        events.push((s.0, 1, i));
    }
    events.sort();
    for (pos, kind, i) in events {
        let o = pos.max(at);
        if o > at {
            out.push(Piece::Text(&text[at..o]));
            at = o;
        }
        if kind == 0 {
            out.push(Piece::Note(notes[i]));
        } else {
            let (a, b, h) = &spans[i];
            if *a >= at {
                out.push(Piece::Ref(&text[*a..*b], h.clone()));
                at = *b;
            }
        }
    }
    if at < text.len() {
        out.push(Piece::Text(&text[at..]));
    }
    out
}

/// Footnotes that no paragraph cites (cited in the title or an annex).
pub(crate) fn uncited(doc: &Document) -> Vec<&crate::model::Footnote> {
    let cited: std::collections::HashSet<&str> = doc.paragraphs().iter().flat_map(|p| p.notes.iter().map(|n| n.marker.as_str())).collect();
    doc.footnotes.iter().filter(|f| !cited.contains(f.marker.as_str())).collect()
}
