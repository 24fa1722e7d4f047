//! Markdown reader: pulldown-cmark events (with source offsets) into blocks.
//!
//! Besides CommonMark it understands what PDF-to-Markdown converters leave:
//! `---` page breaks, `<sup>N</sup>` footnote markers and footnote texts,
//! superscript ordinals (`10<sup>th</sup>`), GFM `[^1]` footnotes, and ordered
//! lists that restart at any number (the printed number is read from the
//! source, not from the list's counter).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::block::{Block, BlockKind};
use crate::model::Span;
use crate::textbuf::TextBuf;

struct Open {
    kind: BlockKind,
    text: TextBuf,
    emph: Vec<(usize, usize)>,
    notes: Vec<(usize, String)>,
    /// Text offsets where a new source line began (soft or hard break).
    line_starts: Vec<usize>,
    list_num: Option<String>,
    /// Text offsets of emphasis delimiters that matched nothing
    /// (`* Demands*`): paired up as emphasis when the block closes.
    stray: Vec<usize>,
    start: usize,
    end: usize,
}

impl Open {
    /// Remove the text ranges `cut` (sorted, disjoint) and move every offset
    /// of the block with the text: back by what was removed before it, to
    /// the range's start when it stood inside one.
    fn cut(&mut self, cut: &[(usize, usize)]) {
        if cut.is_empty() {
            return;
        }
        let moved = |x: usize| x - cut.iter().map(|&(a, b)| if x >= b { b - a } else { x.saturating_sub(a) }).sum::<usize>();
        self.text = self.text.remove(cut);
        self.emph.iter_mut().for_each(|e| *e = (moved(e.0), moved(e.1)));
        self.notes.iter_mut().for_each(|n| n.0 = moved(n.0));
        self.line_starts.iter_mut().for_each(|x| *x = moved(*x));
        self.stray.iter_mut().for_each(|x| *x = moved(*x));
    }
}

#[derive(Default)]
struct Reader<'a> {
    input: &'a str,
    blocks: Vec<Block>,
    open: Option<Open>,
    emph_stack: Vec<usize>,
    /// Inside `<sup>`: the text so far and where it started.
    sup: Option<(String, usize)>,
    item_num: Option<String>,
    /// A bullet list opened right after a list number, before any text
    /// (`2. * Demands* that`): see `Tag::List` below.
    bullet_after_number: bool,
    /// Footnote numbers cited as `[1]` (see [`bracket_markers`]).
    bracket_cited: Vec<String>,
    footnote_label: Option<String>,
    pending_break: bool,
}

/// Read Markdown into blocks.
pub fn read(input: &str) -> Vec<Block> {
    let mut r = Reader { input, ..Default::default() };
    let opts = Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    for (ev, range) in Parser::new_ext(input, opts).into_offset_iter() {
        r.event(ev, range);
    }
    r.close();
    r.blocks
}

/// The printed number of an ordered-list item whose source starts at `s`.
fn item_number(s: &str) -> Option<String> {
    let s = s.trim_start();
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return None;
    }
    Some(digits)
}

/// `[1]` glued to what precedes it (`2020,[1]`, `Agenda[12]`): the byte
/// range of each and its number. A bracketed number after a space is text
/// (`[1]` in a quotation, an agenda list).
fn bracket_markers(t: &str) -> Vec<(usize, usize, String)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 1;
    while let Some(k) = memchr::memchr(b'[', &b[i.min(b.len())..]) {
        let at = i + k;
        let digits = b[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let close = at + 1 + digits;
        if (1..=3).contains(&digits) && b.get(close) == Some(&b']') && !b[at - 1].is_ascii_whitespace() && b[at - 1] != b'[' {
            out.push((at, close + 1, t[at + 1..close].to_string()));
        }
        i = at + 1;
    }
    out
}

/// Superscript text that continues the word before it (`10<sup>th</sup>`).
fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th" | "e" | "er" | "re" | "ère" | "a" | "o" | "ª" | "º" | "ᵉ" | "bis" | "ter")
}

/// Superscript text that is a footnote marker.
pub fn is_marker(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.len() <= 6
        && (s.chars().all(|c| c.is_ascii_digit())
            || s.chars().all(|c| c == '*')
            || s.trim_end_matches('/').chars().all(|c| c.is_ascii_digit() || c == '*') && s.ends_with('/')
)
}

impl<'a> Reader<'a> {
    fn ensure_open(&mut self, at: usize) -> &mut Open {
        if self.open.is_none() {
            let kind = match &self.footnote_label {
                Some(l) => BlockKind::FootnoteDef(l.clone()),
                None => BlockKind::Para,
            };
            self.open = Some(Open {
                kind,
                text: TextBuf::new(),
                emph: Vec::new(),
                notes: Vec::new(),
                line_starts: Vec::new(),
                list_num: self.item_num.take(),
                stray: Vec::new(),
                start: at,
                end: at,
            });
        }
        self.open.as_mut().unwrap()
    }

    fn start_block(&mut self, kind: BlockKind, at: usize) {
        self.close();
        self.ensure_open(at).kind = kind;
    }

    fn push_text(&mut self, s: &str, at: usize) {
        if let Some((buf, _)) = &mut self.sup {
            buf.push_str(s);
            return;
        }
        let o = self.ensure_open(at);
        o.text.push(s, at);
        o.end = o.end.max(at + s.len());
    }

    fn event(&mut self, ev: Event<'a>, range: std::ops::Range<usize>) {
        match ev {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    let reuse = self.open.as_ref().is_some_and(|o| o.text.is_empty() && o.list_num.is_some());
                    if !reuse {
                        self.close();
                    }
                    // the text is at most about as long as its source
                    self.ensure_open(range.start).text.reserve(range.len());
                }
                Tag::Heading { level, .. } => {
                    self.start_block(BlockKind::Heading(level as u8), range.start);
                    self.ensure_open(range.start).text.reserve(range.len());
                }
                Tag::Item if self.bullet_after_number => {
                    // the numbered paragraph goes on; a `*` marker was the
                    // opening delimiter of its lead's emphasis
                    self.bullet_after_number = false;
                    let star = self.input[range.start..].starts_with('*');
                    let o = self.ensure_open(range.start);
                    if star {
                        o.stray.push(0);
                    }
                }
                Tag::Item => {
                    self.close();
                    self.item_num = item_number(&self.input[range.start..range.end]);
                    self.ensure_open(range.start);
                }
                // `2. * Demands* that`: a converter's emphasis with a space
                // inside opens a bullet list in CommonMark, which would take
                // the text away from its number.
                Tag::List(None) if self.open.as_ref().is_some_and(|o| o.text.is_empty() && o.list_num.is_some()) => {
                    self.bullet_after_number = true;
                }
                Tag::List(_) | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Table(_) => {
                    self.close()
                }
                Tag::TableRow | Tag::TableHead => self.close(),
                Tag::FootnoteDefinition(label) => {
                    self.close();
                    self.footnote_label = Some(label.to_string());
                }
                Tag::Emphasis | Tag::Strong => {
                    let at = self.ensure_open(range.start).text.len();
                    self.emph_stack.push(at);
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                    if let Some(o) = &mut self.open {
                        o.end = o.end.max(range.end);
                    }
                    self.close()
                }
                TagEnd::TableRow | TagEnd::TableHead | TagEnd::BlockQuote(_) => self.close(),
                TagEnd::FootnoteDefinition => {
                    self.close();
                    self.footnote_label = None;
                }
                TagEnd::Emphasis | TagEnd::Strong => {
                    if let (Some(a), Some(o)) = (self.emph_stack.pop(), &mut self.open) {
                        let b = o.text.len();
                        if b > a {
                            o.emph.push((a, b));
                        }
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                // An emphasis delimiter that matched nothing ("Nations*, Treaty
                // Series*,") is converter noise; an escaped `\*` is text.
                let src = &self.input[range.clone()];
                if t.contains('*') && src == &*t {
                    let mut at = 0;
                    for (n, piece) in t.split('*').enumerate() {
                        if n > 0 && self.sup.is_none() {
                            let o = self.ensure_open(range.start + at);
                            let l = o.text.len();
                            o.stray.push(l);
                        }
                        if !piece.is_empty() {
                            self.push_text(piece, range.start + at);
                        }
                        at += piece.len() + 1;
                    }
                } else {
                    self.push_text(&t, range.start)
                }
            }
            Event::Code(t) => self.push_text(&t, range.start),
            Event::InlineHtml(h) | Event::Html(h) => self.html(&h, range.start),
            Event::FootnoteReference(label) => {
                let o = self.ensure_open(range.start);
                o.notes.push((o.text.len(), label.to_string()));
            }
            Event::SoftBreak => {
                let o = self.ensure_open(range.start);
                o.text.push_space(range.start);
                let l = o.text.len();
                o.line_starts.push(l);
            }
            Event::HardBreak => {
                let o = self.ensure_open(range.start);
                while o.text.text.ends_with(' ') {
                    o.text = o.text.slice(0, o.text.len() - 1);
                }
                o.text.push_raw("\n", range.start);
                let l = o.text.len();
                o.line_starts.push(l);
            }
            Event::Rule => {
                self.close();
                self.pending_break = true;
            }
            _ => {}
        }
    }

    /// Inline or block HTML: `<sup>` markers and ordinals, `<br>`, emphasis
    /// tags; any other markup is kept as text (never silently dropped).
    fn html(&mut self, h: &str, at: usize) {
        let mut rest = h;
        let mut pos = at;
        while !rest.is_empty() {
            if let Some(lt) = rest.find('<') {
                if lt > 0 {
                    self.push_text(&rest[..lt], pos);
                }
                let tail = &rest[lt..];
                let Some(gt) = tail.find('>') else {
                    self.push_text(tail, pos + lt);
                    break;
                };
                let tag = &tail[..=gt];
                self.tag(tag, pos + lt);
                let used = lt + gt + 1;
                rest = &rest[used..];
                pos += used;
            } else {
                self.push_text(rest, pos);
                break;
            }
        }
    }

    fn tag(&mut self, tag: &str, at: usize) {
        let name: String = tag
            .trim_start_matches('<')
            .trim_end_matches('>')
            .trim_end_matches('/')
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match name.as_str() {
            "sup" => self.sup = Some((String::new(), at)),
            "/sup" => {
                if let Some((content, start)) = self.sup.take() {
                    self.superscript(content.trim(), start);
                    if content.ends_with(char::is_whitespace) && !content.trim().is_empty() {
                        let o = self.ensure_open(start);
                        o.text.push_space(start);
                    }
                }
            }
            "br" => {
                let o = self.ensure_open(at);
                o.text.push_raw("\n", at);
            }
            "em" | "i" | "strong" | "b" => {
                let at = self.ensure_open(at).text.len();
                self.emph_stack.push(at);
            }
            "/em" | "/i" | "/strong" | "/b" => {
                if let (Some(a), Some(o)) = (self.emph_stack.pop(), &mut self.open) {
                    let b = o.text.len();
                    if b > a {
                        o.emph.push((a, b));
                    }
                }
            }
            "sub" | "/sub" | "span" | "/span" => {}
            _ => {
                if let Some((buf, _)) = &mut self.sup {
                    buf.push_str(tag);
                } else {
                    self.push_text(tag, at)
                }
            }
        }
    }

    fn superscript(&mut self, content: &str, start: usize) {
        let o = self.ensure_open(start);
        let after_digit = o.text.text.ends_with(|c: char| c.is_ascii_digit());
        let after_letter = o.text.text.ends_with(|c: char| c.is_alphabetic());
        if after_digit && is_ordinal_suffix(content) || after_letter && !content.is_empty() && content.chars().all(char::is_alphabetic) {
            // "10<sup>th</sup>", "n<sup>o</sup>", "M<sup>me</sup>"
            let src = start + "<sup>".len();
            let mut t = TextBuf::new();
            t.push(content, src);
            o.text.append(&t);
        } else if is_marker(content) {
            o.notes.push((o.text.len(), content.to_string()));
        } else {
            o.text.push(content, start);
        }
    }

    fn close(&mut self) {
        let Some(mut o) = self.open.take() else { return };
        self.emph_stack.clear();
        // White space that ends or opens a block is not text (at the start:
        // `*\u{202f}Demands*`, a narrow no-break space after the asterisk,
        // which CommonMark does not take as emphasis).
        let t = &o.text.text;
        let (lead_ws, end) = (t.len() - t.trim_start().len(), t.trim_end().len());
        let trim: Vec<(usize, usize)> = [(0, lead_ws.min(end)), (end, t.len())].into_iter().filter(|r| r.1 > r.0).collect();
        o.cut(&trim);
        if o.text.is_empty() && o.notes.is_empty() {
            return;
        }
        let mut end = o.end.max(o.start).min(self.input.len());
        while end > o.start && self.input.as_bytes()[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        let span = Span::new(o.start, end);
        for pair in o.stray.chunks(2) {
            if let &[a, b] = pair {
                // "* Demands*": the space the converter left inside is not
                // part of the emphasis.
                let Some(after) = o.text.text.get(a..) else { continue };
                let a = a + after.len() - after.trim_start().len();
                if b > a {
                    o.emph.push((a, b));
                }
            }
        }
        self.bracket_notes(&mut o);
        // `<sup>1</sup> United Nations, ...`: the text of footnote 1.
        if o.kind == BlockKind::Para && o.notes.first().is_some_and(|n| n.0 == 0) && o.list_num.is_none() {
            self.footnote_texts(o, span);
            return;
        }
        let mut b = Block::new(o.kind, o.text, span);
        b.emph = o.emph;
        b.notes = o.notes;
        b.list_num = o.list_num;
        if matches!(b.kind, BlockKind::Para | BlockKind::Heading(_)) {
            b.after_break = std::mem::take(&mut self.pending_break);
        }
        self.blocks.push(b);
    }

    /// Footnotes as some PDF converters write them: the marker `[1]` glued
    /// to the text it follows (`for 2020,[1]`) and the note a paragraph of
    /// its own, `1 Official Records ...`, its number cited that way before.
    /// The markers become notes of the block, and such a paragraph is read
    /// as the footnote texts it holds (one per line that opens with a cited
    /// number).
    fn bracket_notes(&mut self, o: &mut Open) {
        let mut cut: Vec<(usize, usize)> = Vec::new();
        let mut notes: Vec<(usize, String)> = Vec::new();
        for (a, b, n) in bracket_markers(&o.text.text) {
            cut.push((a, b));
            notes.push((a, n));
        }
        let defining = !self.bracket_cited.is_empty() && o.kind == BlockKind::Para && o.list_num.is_none() && o.notes.is_empty() && cut.is_empty();
        if defining {
            // the lines that open with a cited number (`1 Official Records`)
            let mut starts: Vec<usize> = std::iter::once(0).chain(o.line_starts.iter().copied()).collect();
            starts.dedup();
            for l in starts {
                let Some(line) = o.text.text.get(l..) else { continue };
                let digits = line.bytes().take_while(u8::is_ascii_digit).count();
                if digits > 0 && digits <= 3 && line[digits..].starts_with(' ') && self.bracket_cited.iter().any(|c| *c == line[..digits]) {
                    cut.push((l, l + digits + 1));
                    notes.push((l, line[..digits].to_string()));
                }
            }
            if notes.first().is_none_or(|n| n.0 != 0) {
                return;
            }
        }
        if cut.is_empty() {
            return;
        }
        if !defining {
            self.bracket_cited.extend(notes.iter().map(|n| n.1.clone()));
        }
        o.notes.extend(notes);
        o.cut(&cut);
        o.notes.sort_by_key(|n| n.0);
    }

    /// A paragraph of footnote texts: one footnote per marker that starts a
    /// line.
    fn footnote_texts(&mut self, o: Open, span: Span) {
        let mut starts: Vec<(usize, String)> = Vec::new();
        let mut inline: Vec<(usize, String)> = Vec::new();
        for (p, m) in &o.notes {
            if *p == 0 || o.line_starts.contains(p) {
                starts.push((*p, m.clone()));
            } else {
                inline.push((*p, m.clone()));
            }
        }
        for (k, (p, marker)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(o.text.len(), |n| n.0);
            // the note's text, trimmed; offsets count from its first byte
            // (sliced once where the trimmed text is not empty: the same
            // buffer as the slice of the slice)
            let (from, text) = match o.text.text.get(*p..end).map(|raw| (raw.len() - raw.trim_start().len(), raw.trim().len())) {
                Some((lead, len)) if len > 0 => (p + lead, o.text.slice(p + lead, p + lead + len)),
                _ => {
                    let raw = o.text.slice(*p, end);
                    (p + raw.text.len() - raw.text.trim_start().len(), raw.trim())
                }
            };
            let to = from + text.len();
            let sp = if text.is_empty() { span } else { text.span(0, text.len()) };
            let start = if k == 0 { span.start } else { sp.start };
            let mut b = Block::new(BlockKind::FootnoteDef(marker.clone()), text, Span::new(start, sp.end.max(start)));
            b.emph = o.emph.iter().filter(|e| e.0 >= from && e.1 <= to && e.1 > e.0).map(|&(a, c)| (a - from, c - from)).collect();
            b.notes = inline.iter().filter(|n| n.0 > *p && n.0 <= end).map(|(q, m)| (q.saturating_sub(from).min(to - from), m.clone())).collect();
            self.blocks.push(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_keep_the_printed_number() {
        let src = "4. *Recalls* that\n\n6. *Urges* States\n";
        let b = read(src);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].list_num.as_deref(), Some("4"));
        assert_eq!(b[1].list_num.as_deref(), Some("6"));
        assert_eq!(b[1].str(), "Urges States");
        assert_eq!(b[1].emph, vec![(0, 5)]);
    }

    #[test]
    fn sup_markers_ordinals_and_footnote_texts() {
        let src = "Convention,<sup>1</sup> and\n\n*10<sup>th</sup> Plenary Meeting*\n\n---\n\n<sup>1</sup> United Nations, *Treaty Series*.\n";
        let b = read(src);
        assert_eq!(b[0].str(), "Convention, and");
        assert_eq!(b[0].notes, vec![(11, "1".to_string())]);
        assert_eq!(b[1].str(), "10th Plenary Meeting");
        assert_eq!(b[2].kind, BlockKind::FootnoteDef("1".into()));
        assert_eq!(b[2].str(), "United Nations, Treaty Series.");
        let s = b[2].text.span(0, 6);
        assert_eq!(&src[s.start..s.end], "United");
    }

    #[test]
    fn page_break_marks_the_next_paragraph() {
        let b = read("one\n\n---\n\n<sup>2</sup> note\n\ntwo\n");
        assert!(!b[0].after_break);
        assert!(b[2].after_break);
        assert_eq!(b[2].str(), "two");
    }

    #[test]
    fn gfm_footnotes() {
        let b = read("Text[^1] here.\n\n[^1]: The note.\n");
        assert_eq!(b[0].notes, vec![(4, "1".to_string())]);
        assert!(b.iter().any(|x| x.kind == BlockKind::FootnoteDef("1".into()) && x.str() == "The note."));
    }

    #[test]
    fn unknown_html_is_kept_as_text() {
        let b = read("a <script>x</script> b\n");
        assert!(b[0].str().contains("<script>"));
    }
}
