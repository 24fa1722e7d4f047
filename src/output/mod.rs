//! Outputs beyond JSON: Akoma Ntoso 3.0 (the UN's AKN4UN profile) and HTML.

pub mod akn;
pub mod html;

pub use akn::to_akoma_ntoso;
pub use html::to_html;

use crate::model::{Document, NoteRef, Paragraph};

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

/// A paragraph's text cut at its lead and footnote markers, in order.
pub(crate) enum Piece<'a> {
    Lead(&'a str),
    Text(&'a str),
    Note(&'a NoteRef),
}

/// Split `p.text` into the lead (when the text starts with it), plain runs
/// and footnote markers at their offsets.
pub(crate) fn pieces(p: &Paragraph) -> Vec<Piece<'_>> {
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
    for n in notes {
        let o = floor(n.offset).max(at);
        if o > at {
            out.push(Piece::Text(&text[at..o]));
        }
        out.push(Piece::Note(n));
        at = o;
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
