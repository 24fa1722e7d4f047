//! Diagnostics with line and column: where the parser had to guess or could
//! not place something.

use crate::model::{Diagnostic, Severity, Span};

/// Maps byte offsets to 1-based lines and columns (columns in characters).
/// The line starts are found when the first position is asked for (most
/// inputs get few diagnostics, many none).
pub struct LineIndex<'a> {
    input: &'a str,
    starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> LineIndex<'a> {
    pub fn new(input: &'a str) -> LineIndex<'a> {
        LineIndex { input, starts: std::cell::OnceCell::new() }
    }

    fn starts(&self) -> &[usize] {
        self.starts.get_or_init(|| std::iter::once(0).chain(memchr::memchr_iter(b'\n', self.input.as_bytes()).map(|i| i + 1)).collect())
    }

    /// (line, column), both from 1.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.input.len());
        let starts = self.starts();
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts[line - 1];
        let col = self.input.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        (line, col)
    }
}

/// Collects diagnostics for one input.
pub struct Sink<'a> {
    index: LineIndex<'a>,
    pub items: Vec<Diagnostic>,
}

impl<'a> Sink<'a> {
    pub fn new(input: &'a str) -> Sink<'a> {
        Sink { index: LineIndex::new(input), items: Vec::new() }
    }

    pub fn warn(&mut self, code: &'static str, span: Span, message: String) {
        self.push(Severity::Warning, code, span, message)
    }

    pub fn error(&mut self, code: &'static str, span: Span, message: String) {
        self.push(Severity::Error, code, span, message)
    }

    fn push(&mut self, severity: Severity, code: &'static str, span: Span, message: String) {
        let (line, column) = self.index.position(span.start);
        self.items.push(Diagnostic { severity, code, message, line, column, span });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let ix = LineIndex::new("ab\ncdé\nf");
        assert_eq!(ix.position(0), (1, 1));
        assert_eq!(ix.position(4), (2, 2));
        assert_eq!(ix.position(7), (2, 4));
        assert_eq!(ix.position(8), (3, 1));
    }
}
