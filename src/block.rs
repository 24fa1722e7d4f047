//! Normalized blocks: what both readers (Markdown, plain text) produce and
//! the structure stage consumes. A block is one paragraph-like unit of the
//! input with its plain text, emphasis, footnote markers and source map.

use crate::model::Span;
use crate::textbuf::TextBuf;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading (Markdown `#`), with its level.
    Heading(u8),
    /// A paragraph of running text.
    Para,
    /// A footnote's text, with its marker (`1`, `*`, `74/`).
    FootnoteDef(String),
}

#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub text: TextBuf,
    /// Emphasized (italic or bold) ranges of `text`.
    pub emph: Vec<(usize, usize)>,
    /// Footnote markers and where they stood in `text`.
    pub notes: Vec<(usize, String)>,
    /// The paragraph number that markup gave (a Markdown ordered-list item).
    pub list_num: Option<String>,
    /// A page break (rule, page furniture, footnote block) came just before.
    pub after_break: bool,
    /// The block's bytes in the input.
    pub span: Span,
}

impl Block {
    pub fn new(kind: BlockKind, text: TextBuf, span: Span) -> Block {
        Block { kind, text, emph: Vec::new(), notes: Vec::new(), list_num: None, after_break: false, span }
    }

    pub fn str(&self) -> &str {
        &self.text.text
    }

    /// True when all the text's letters lie inside emphasis.
    pub fn all_emphasized(&self) -> bool {
        let t = self.str();
        !self.emph.is_empty()
            && t.char_indices()
                .filter(|(_, c)| c.is_alphanumeric())
                .all(|(i, _)| self.emph.iter().any(|&(a, b)| a <= i && i < b))
    }

    /// Drop the first `n` bytes of text (a number label), shifting emphasis
    /// and markers.
    pub fn drop_prefix(&mut self, n: usize) {
        let n = n.min(self.text.len());
        self.text = self.text.slice(n, self.text.len());
        self.emph = self.emph.iter().filter(|e| e.1 > n).map(|&(a, b)| (a.saturating_sub(n), b - n)).collect();
        self.notes = self.notes.iter().map(|(p, m)| (p.saturating_sub(n), m.clone())).collect();
        let lead_ws = self.text.text.len() - self.text.text.trim_start().len();
        if lead_ws > 0 {
            self.drop_prefix(lead_ws);
        }
    }

    /// Cut at the text offsets `cuts` (increasing, inside the text): the
    /// pieces in order, each trimmed, empty ones left out, in one pass (each
    /// piece's text is sliced once, never the rest of the block).
    pub fn split_at(self, cuts: &[usize]) -> Vec<Block> {
        let len = self.text.len();
        let bounds: Vec<usize> = std::iter::once(0).chain(cuts.iter().map(|&c| c.min(len))).chain(std::iter::once(len)).collect();
        let last = bounds.len() - 2;
        let mut out = Vec::with_capacity(bounds.len() - 1);
        for (k, w) in bounds.windows(2).enumerate() {
            let (a, b) = (w[0], w[1].max(w[0]));
            let raw = &self.text.text[a..b];
            let lead = raw.len() - raw.trim_start().len();
            let (a2, b2) = (a + lead, a + raw.trim_end().len());
            if a2 >= b2 {
                continue;
            }
            let text = self.text.slice(a2, b2);
            let start = if k == 0 { self.span.start } else { text.src(0) };
            let end = if k == last { self.span.end } else { text.span(0, text.len()).end };
            let mut piece = Block::new(self.kind.clone(), text, Span::new(start, end.max(start)));
            piece.emph = self.emph.iter().filter(|e| e.1 > a2 && e.0 < b2).map(|&(x, y)| (x.max(a2) - a2, y.min(b2) - a2)).collect();
            piece.notes = self.notes.iter().filter(|n| n.0 >= a2 && (n.0 < b2 || k == last && n.0 == b2)).map(|(p, m)| (p - a2, m.clone())).collect();
            if k == 0 {
                piece.list_num = self.list_num.clone();
                piece.after_break = self.after_break;
            }
            out.push(piece);
        }
        out
    }

    /// Append `other` (the continuation of this paragraph), joined by `sep`.
    pub fn join(&mut self, other: &Block, sep: &str) {
        let base = self.text.len() + sep.len();
        if !sep.is_empty() {
            let at = self.text.src(self.text.len());
            self.text.push_raw(sep, at);
        }
        self.text.append(&other.text);
        self.emph.extend(other.emph.iter().map(|&(a, b)| (a + base, b + base)));
        self.notes.extend(other.notes.iter().map(|(p, m)| (p + base, m.clone())));
        self.span = self.span.cover(other.span);
    }
}
