//! Plain-text reader: PDF text layers, OCR and web copies into blocks.
//!
//! It removes page furniture (running headers, page numbers, job numbers,
//! bar codes, form feeds), collects the footnotes printed under a rule of
//! underscores (or as `74/ text` blocks), unwraps hard-wrapped lines into
//! paragraphs, and takes out footnote markers glued to words (`Effects1`,
//! `article 1,2`, `1961,74/`), telling them from real numbers by the
//! footnote texts present and the order in which notes are first cited.

use crate::block::{Block, BlockKind};
use crate::model::Span;
use crate::textbuf::TextBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Blank,
    Text,
    /// Page furniture: dropped, marks a page break.
    Furniture,
    /// A rule of underscores: footnotes follow.
    Rule,
    /// A line of footnote text (under a rule).
    Note,
}

#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    text: &'a str,
    start: usize,
    class: Class,
    /// A form feed came before this line.
    feed: bool,
}

fn lines(input: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut feed = false;
    let bytes = input.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\x0c' {
            let mut text = &input[start..i];
            if text.ends_with('\r') {
                text = &text[..text.len() - 1];
            }
            if i < bytes.len() || !text.is_empty() {
                out.push(Line { text, start, class: Class::Text, feed });
            }
            feed = i < bytes.len() && bytes[i] == b'\x0c';
            start = i + 1;
        }
        i += 1;
    }
    out
}

/// `12/15`: a page number.
fn is_page_number(t: &str) -> bool {
    let Some((a, b)) = t.split_once('/') else { return false };
    !a.is_empty() && !b.is_empty() && a.len() <= 3 && b.len() <= 3
        && a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit())
        && a.parse::<u32>().ok() <= b.parse::<u32>().ok()
}

/// `20-16938 (E)`, `25-15106`: a job number (optionally with a date stamp).
fn is_job_number(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else { return false };
    let b = first.as_bytes();
    let shape = b.len() == 8 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit());
    shape && words.all(|w| {
        (w.starts_with('(') && w.ends_with(')') && w.len() <= 5)
            || w.chars().all(|c| c.is_ascii_digit() || c == '/')
    })
}

/// `*2016938*`: the bar-code line.
fn is_barcode(t: &str) -> bool {
    t.len() >= 7 && t.starts_with('*') && t.ends_with('*') && t[1..t.len() - 1].chars().all(|c| c.is_ascii_digit())
}

fn is_rule(t: &str) -> bool {
    t.len() >= 5 && t.chars().all(|c| c == '_')
}

/// A UN resolution symbol such as `A/RES/75/103`, `S/RES/2673 (2023)`.
pub fn is_symbol(t: &str) -> bool {
    let t = t.trim();
    t.contains("/RES/") && !t.contains(' ') || t.contains("/RES/") && t.ends_with(')') && t.len() < 40
}

/// The marker that opens a footnote line (`1 text`, `74/ text`, `*/ text`,
/// `* text`), and where the text starts.
pub fn note_start(t: &str) -> Option<(String, usize)> {
    let lead = t.len() - t.trim_start().len();
    let s = &t[lead..];
    let m: String = s.chars().take_while(|c| c.is_ascii_digit() || *c == '*').collect();
    if m.is_empty() || m.len() > 4 || m.contains('*') && m.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut rest = &s[m.len()..];
    let mut marker = m;
    if let Some(r) = rest.strip_prefix('/') {
        marker.push('/');
        rest = r;
    }
    let ws = rest.len() - rest.trim_start().len();
    if ws == 0 || rest.trim().is_empty() {
        return None;
    }
    Some((marker, lead + (s.len() - rest.len()) + ws))
}

/// Read a plain-text resolution into blocks. `title_hint` is not needed: the
/// reader finds the cover's symbol and title itself.
pub fn read(input: &str) -> Vec<Block> {
    let mut ls = lines(input);
    let symbol = cover_symbol(&ls);
    let title_words = cover_title(&ls);

    // 1. Page furniture.
    let mut first_symbol_seen = false;
    for l in ls.iter_mut() {
        let t = l.text.trim();
        if t.is_empty() {
            l.class = Class::Blank;
        } else if is_rule(t) {
            l.class = Class::Rule;
        } else if is_page_number(t) || is_job_number(t) || is_barcode(t) {
            l.class = Class::Furniture;
        } else if symbol.is_some_and(|s| t == s || t.starts_with(s) && t[s.len()..].trim_start().starts_with('(') && t.len() < s.len() + 10) {
            if first_symbol_seen {
                l.class = Class::Furniture;
            }
            first_symbol_seen = true;
        }
    }
    // Running titles: the lines right after (or right before) a running
    // header's symbol whose words are the title's.
    if !title_words.is_empty() {
        let n = ls.len();
        let headers: Vec<usize> = (0..n)
            .filter(|&i| ls[i].class == Class::Furniture && symbol.is_some_and(|s| ls[i].text.trim().starts_with(s)))
            .collect();
        for h in headers {
            for dir in [1isize, -1] {
                let mut i = h as isize + dir;
                while i >= 0 && (i as usize) < n {
                    let l = ls[i as usize];
                    let t = l.text.trim();
                    let only_marks = !t.is_empty() && !t.chars().any(char::is_alphanumeric);
                    if l.class != Class::Text || !(only_marks || contains_words(&title_words, t)) || t.ends_with([',', ';', ':']) {
                        break;
                    }
                    ls[i as usize].class = Class::Furniture;
                    i += dir;
                }
            }
        }
    }
    // 2. Footnote zones: from a rule to the next furniture.
    let mut in_notes = false;
    for i in 0..ls.len() {
        match ls[i].class {
            Class::Rule => in_notes = true,
            Class::Furniture => in_notes = false,
            Class::Text if in_notes => ls[i].class = Class::Note,
            _ => {}
        }
        if ls[i].feed {
            in_notes = false;
        }
    }

    // 3. Blocks.
    let mut blocks: Vec<Block> = Vec::new();
    let mut notes: Vec<Block> = Vec::new();
    let mut cur: Vec<Line> = Vec::new();
    let mut broke = false;
    let mut pending_break = false;
    let flush = |cur: &mut Vec<Line>, blocks: &mut Vec<Block>, pending: &mut bool| {
        if cur.is_empty() {
            return;
        }
        for mut b in paragraph_blocks(cur) {
            b.after_break = std::mem::take(pending);
            blocks.push(b);
        }
        cur.clear();
    };
    let mut i = 0;
    while i < ls.len() {
        let l = ls[i];
        if l.feed {
            flush(&mut cur, &mut blocks, &mut pending_break);
            pending_break = true;
        }
        match l.class {
            Class::Blank => {
                flush(&mut cur, &mut blocks, &mut pending_break);
                if broke {
                    pending_break = true;
                }
            }
            Class::Furniture | Class::Rule => {
                flush(&mut cur, &mut blocks, &mut pending_break);
                broke = true;
                pending_break = true;
            }
            Class::Note => {
                flush(&mut cur, &mut blocks, &mut pending_break);
                // Gather the zone's note lines into one footnote per marker.
                let mut j = i;
                while j < ls.len() && matches!(ls[j].class, Class::Note | Class::Blank) && !(j > i && ls[j].feed) {
                    j += 1;
                }
                notes.extend(note_blocks(&ls[i..j]));
                pending_break = true;
                i = j;
                continue;
            }
            Class::Text => {
                broke = false;
                cur.push(l);
            }
        }
        i += 1;
    }
    flush(&mut cur, &mut blocks, &mut pending_break);

    // Web copies put notes as `74/ text` paragraphs at the end.
    for b in blocks.iter_mut() {
        if let Some((m, at)) = note_start(b.str()) {
            if m.ends_with('/') {
                b.drop_prefix(at);
                b.kind = BlockKind::FootnoteDef(m);
            }
        }
    }
    let mut defined: Vec<String> = notes.iter().chain(blocks.iter()).filter_map(|b| match &b.kind {
        BlockKind::FootnoteDef(m) => Some(m.clone()),
        _ => None,
    }).collect();
    // Notes at the very end of a text that has no rule (`1 text` after the
    // adoption line) are found by the structure stage; here only markers of
    // defined notes are taken out of the text.
    defined.dedup();
    take_markers(&mut blocks, &defined);
    blocks.extend(notes);
    blocks
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// All of `line`'s words occur, in order, as a run in `title`.
fn contains_words(title: &[String], line: &str) -> bool {
    let w = words(line);
    !w.is_empty() && title.windows(w.len()).any(|win| win == w.as_slice())
}

fn cover_symbol<'a>(ls: &[Line<'a>]) -> Option<&'a str> {
    ls.iter().take(40).map(|l| l.text.trim()).find(|t| is_symbol(t))
}

/// The words of the title on the cover (`75/103. Title ...` up to a blank).
fn cover_title(ls: &[Line]) -> Vec<String> {
    for (i, l) in ls.iter().enumerate().take(120) {
        let t = l.text.trim();
        if let Some((_, title)) = crate::structure::split_number_title(t) {
            let mut s = title.to_string();
            for m in &ls[i + 1..] {
                if m.text.trim().is_empty() {
                    break;
                }
                s.push(' ');
                s.push_str(m.text.trim());
            }
            return words(&s);
        }
    }
    Vec::new()
}

/// A run of text lines into paragraph blocks: a new paragraph starts at a
/// line that opens with a number or item label after a line that ended a
/// sentence or clause.
fn paragraph_blocks(lines: &[Line]) -> Vec<Block> {
    let mut groups: Vec<Vec<Line>> = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        let starts_new = k > 0 && {
            let prev = lines[k - 1].text.trim_end();
            let t = l.text.trim_start();
            // Blank lines separate paragraphs in most layouts; without them a
            // label opens a paragraph when it stands alone or before a
            // capital ("(c) The", "3. Decides"), not in running text
            // ("..., c) se dérouleront").
            let after_label = crate::structure::label_len(t).map(|(_, n)| &t[n.min(t.len())..]);
            let opens = after_label.is_some_and(|r| r.is_empty() || r.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()));
            prev.ends_with([';', ':', '.', ','])
                && opens
                && !crate::structure::is_lone_label(prev)
        };
        if starts_new || groups.is_empty() {
            groups.push(Vec::new());
        }
        groups.last_mut().unwrap().push(*l);
    }
    groups.into_iter().map(|g| join_lines(&g, BlockKind::Para)).collect()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

fn join_lines(lines: &[Line], kind: BlockKind) -> Block {
    let mut t = TextBuf::new();
    // CJK text is wrapped at any character, inside numbers too ("的20" +
    // "20年"): its lines join without a space, except where the line break
    // stands for one (white space at the break, or between two Latin words).
    let (cjk, latin) = lines.iter().flat_map(|l| l.text.chars()).fold((0, 0), |(c, a), ch| (c + is_cjk(ch) as usize, a + ch.is_ascii_alphabetic() as usize));
    let cjk_block = cjk > latin;
    let mut spaced = false;
    for l in lines {
        let s = l.text.trim_end();
        let lead = s.len() - s.trim_start().len();
        let s = &s[lead..];
        let prev = t.text.chars().next_back();
        let next = s.chars().next();
        let glue = if cjk_block {
            !spaced && lead == 0 && !crate::structure::is_lone_label(&t.text) && !(prev.is_some_and(|c| c.is_ascii_alphabetic()) && next.is_some_and(|c| c.is_ascii_alphabetic()))
        } else {
            prev.is_some_and(is_cjk) && next.is_some_and(is_cjk)
        };
        spaced = l.text.len() > l.text.trim_end().len();
        if !glue {
            t.push_space(l.start);
        }
        t.push(s, l.start + lead);
    }
    let start = lines.first().map_or(0, |l| l.start + (l.text.len() - l.text.trim_start().len()));
    let end = lines.last().map_or(start, |l| l.start + l.text.trim_end().len());
    Block::new(kind, t, Span::new(start, end.max(start)))
}

/// Note lines of one zone into one block per footnote.
fn note_blocks(lines: &[Line]) -> Vec<Block> {
    let mut out: Vec<(String, Vec<Line>)> = Vec::new();
    for l in lines {
        if l.class == Class::Blank {
            continue;
        }
        // A wrapped note line may start with a number ("26 August 2002"):
        // a new note starts only with the number after the previous one.
        let expected = |m: &str| match out.last().and_then(|(p, _)| p.parse::<u32>().ok()) {
            Some(prev) => m.parse::<u32>().map_or(true, |n| n == prev + 1),
            None => true,
        };
        match note_start(l.text) {
            Some((m, at)) if expected(&m) => {
                let rest = Line { text: &l.text[at..], start: l.start + at, ..*l };
                out.push((m, vec![rest]));
            }
            _ => {
                if let Some(last) = out.last_mut() {
                    last.1.push(*l);
                } else {
                    out.push((String::new(), vec![*l]));
                }
            }
        }
    }
    out.into_iter()
        .map(|(m, ls)| {
            let kind = if m.is_empty() { BlockKind::Para } else { BlockKind::FootnoteDef(m) };
            let mut b = join_lines(&ls, kind);
            b.after_break = true;
            b
        })
        .collect()
}

/// `text` ends with an abbreviation that numbers follow (`Add.`, `para.`).
fn after_abbreviation(text: &str) -> bool {
    let word: String = text.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
    matches!(
        word.as_str(),
        "Add" | "Rev" | "Corr" | "Amend" | "No" | "Nos" | "para" | "paras" | "vol" | "vols" | "p" | "pp" | "art" | "arts"
            | "sect" | "chap" | "Suppl" | "Sess" | "Ser" | "annex" | "op" | "cit" | "al" | "núm" | "n" | "párr"
    )
}

/// Take footnote markers glued to words out of the text of every paragraph.
fn take_markers(blocks: &mut [Block], defined: &[String]) {
    if defined.is_empty() {
        return;
    }
    let mut next = 0; // index in `defined` of the next note not yet cited
    let mut cited = vec![false; defined.len()];
    // Where each note was first found: (block, text offset).
    let mut found: Vec<Option<(usize, usize)>> = vec![None; defined.len()];
    let mut all_cuts: Vec<Vec<(usize, usize, String)>> = vec![Vec::new(); blocks.len()];
    for (bi, b) in blocks.iter().enumerate() {
        if b.kind != BlockKind::Para {
            continue;
        }
        let text = b.str().to_string();
        let cuts = &mut all_cuts[bi];
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut k = 0;
        while k < chars.len() {
            let (i, c) = chars[k];
            let starts_marker = c.is_ascii_digit() || c == '*';
            if !starts_marker || k == 0 {
                k += 1;
                continue;
            }
            let prev = chars[k - 1].1;
            if prev.is_ascii_digit() || prev == '*' {
                // Not the start of a run; a year with a note glued to it is
                // handled below.
                k += 1;
                continue;
            }
            let mut e = k;
            while e < chars.len() && (chars[e].1.is_ascii_digit() || chars[e].1 == '*' && c == '*') {
                e += 1;
            }
            let mut j = chars.get(e).map_or(text.len(), |x| x.0);
            if text[j..].starts_with('/') && defined.iter().any(|d| d.ends_with('/')) {
                j += 1;
                e += 1;
            }
            let run = &text[i..j];
            let after = text[j..].chars().next();
            let end_ok = after.is_none_or(|a| {
                !a.is_alphanumeric() && !matches!(a, '/' | '-' | '%' | '\u{2011}' | ',' | '.' | '(')
                    || matches!(a, ',' | '.' | ';' | ':') && !text[j + 1..].starts_with(|x: char| x.is_ascii_digit())
            });
            // "U4", "G20": a short acronym with a number is a name.
            let acronym = prev.is_uppercase() && {
                let word: Vec<char> = text[..i].chars().rev().take_while(|c| c.is_alphabetic()).collect();
                word.len() <= 2 && word.iter().all(|c| c.is_uppercase())
            };
            // "1.1 billion", "32.5 per cent": a decimal, unless the sentence
            // ends there.
            let decimal = prev == '.'
                && k >= 2
                && chars[k - 2].1.is_ascii_digit()
                && !text[j..].is_empty()
                && !text[j..].trim_start().starts_with(|c: char| c.is_uppercase());
            // "GC(69)/RES/9 A.2", "II.A.1": a lettered section number.
            let lettered = prev == '.'
                && k >= 3
                && chars[k - 2].1.is_uppercase()
                && !chars[k - 3].1.is_alphabetic();
            let abbrev = decimal || lettered || prev == '.' && after_abbreviation(&text[..i - 1]);
            let glued = !abbrev && !acronym && (prev.is_alphabetic() || matches!(prev, ',' | '.' | ';' | ':' | ')' | ']' | '”' | '’' | '"' | '\'' | '»'));
            // "Board”; 3 and": a note set off by a space. Not a date ("18 juin,
            // 16 mai") nor a list of numbers.
            let next_word: String = text[j..].trim_start().chars().take_while(|c| c.is_alphanumeric()).collect();
            let spaced = prev == ' '
                && k >= 2
                && matches!(chars[k - 2].1, ';' | ',' | '”' | '.' | ':' | ')')
                && !next_word.starts_with(|c: char| c.is_ascii_digit())
                && !crate::lexicon::all().iter().any(|l| l.month(&next_word).is_some());
            let mut take = None;
            if end_ok && (glued || spaced) {
                if let Some(pos) = defined.iter().position(|d| d == run) {
                    // Glued to a word, a note may come a few ahead of the
                    // next expected one (the ones between are glued to
                    // numbers and found in pass 2).
                    let reach = if prev.is_alphabetic() || matches!(prev, ')' | '”') { 4 } else { 0 };
                    let is_next = pos == next
                        || (pos > next && (pos - next <= reach || defined[next..pos].iter().all(|d| d.contains('*'))));
                    let repeat = cited[pos] && glued && prev.is_alphabetic();
                    if is_next || repeat || glued && run.contains(['*', '/']) {
                        take = Some(pos);
                    }
                }
            }
            if take.is_none() && next < defined.len() && end_ok && !prev.is_alphanumeric() {
                // `20152` = year 2015 + note 2.
                let d = &defined[next];
                if run.len() == 4 + d.len() && run.ends_with(d.as_str()) && (run.starts_with("19") || run.starts_with("20")) {
                    let at = i + 4;
                    cuts.push((at, j, d.clone()));
                    cited[next] = true;
                    while next < defined.len() && cited[next] {
                        next += 1;
                    }
                    k = e;
                    continue;
                }
            }
            // A marker set inside a word by the text layer: "t6he".
            if take.is_none()
                && prev.is_lowercase()
                && after.is_some_and(|a| a.is_lowercase())
                && defined.get(next).is_some_and(|d| d == run)
            {
                take = Some(next);
            }
            if let Some(pos) = take {
                let from = if spaced { i - 1 } else { i };
                cuts.push((from, j, defined[pos].clone()));
                cited[pos] = true;
                while next < defined.len() && cited[next] {
                    next += 1;
                }
            }
            k = e.max(k + 1);
        }
    }
    for (bi, cuts) in all_cuts.iter().enumerate() {
        for (a, _, m) in cuts {
            if let Some(p) = defined.iter().position(|d| d == m) {
                if found[p].is_none() {
                    found[p] = Some((bi, *a));
                }
            }
        }
    }
    // Pass 2: a note never found glued to a word is glued to a number
    // ("resolution 74/542" = 74/54 + note 2, "Agenda 217"). Look for it only
    // between the notes before and after it.
    for idx in 0..defined.len() {
        if found[idx].is_some() || !defined[idx].chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let lo = (0..idx).rev().find_map(|p| found[p]).unwrap_or((0, 0));
        let hi = (idx + 1..defined.len()).find_map(|p| found[p]).unwrap_or((usize::MAX, 0));
        let m = &defined[idx];
        let mut hit = None;
        'blocks: for bi in lo.0..blocks.len().min(hi.0.saturating_add(1)) {
            if blocks[bi].kind != BlockKind::Para {
                continue;
            }
            let text = blocks[bi].str();
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if !bytes[i].is_ascii_digit() || i > 0 && bytes[i - 1].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j < bytes.len() && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                let after_ok = j == bytes.len() || matches!(bytes[j], b' ' | b',' | b';' | b':' | b')' | b'.');
                let inside = (bi, i) >= lo && (bi, j) <= hi;
                let prefix_ok = i > 0 && !bytes[i - 1].is_ascii_alphabetic() && bytes[i - 1] != b'.';
                let year = j - i == 4 && (text[i..j].starts_with("19") || text[i..j].starts_with("20"));
                if j - i > m.len() && text[i..j].ends_with(m.as_str()) && after_ok && inside && prefix_ok && !year {
                    let at = j - m.len();
                    if !all_cuts[bi].iter().any(|c| c.0 < j && at < c.1) {
                        hit = Some((bi, at, j));
                        break 'blocks;
                    }
                }
                i = j;
            }
        }
        if let Some((bi, a, j)) = hit {
            all_cuts[bi].push((a, j, m.clone()));
            all_cuts[bi].sort_by_key(|c| c.0);
            found[idx] = Some((bi, a));
        }
    }
    for (b, cuts) in blocks.iter_mut().zip(all_cuts) {
        if cuts.is_empty() {
            continue;
        }
        let ranges: Vec<(usize, usize)> = cuts.iter().map(|c| (c.0, c.1)).collect();
        let mut removed = 0;
        let mut notes = Vec::new();
        for (a, bb, m) in &cuts {
            notes.push((a - removed, m.clone()));
            removed += bb - a;
        }
        b.text = b.text.remove(&ranges);
        b.notes = notes;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_notes_and_glued_markers() {
        let src = "A/RES/75/1\n\n75/1. A title\n\nThe General Assembly,\n\nRecalling the Effects1 of it,\n\nNoting that the\n____________\n1 A note\ncontinued.\n\n20-16938 (E)\n1/5\n\nA/RES/75/1\n\nrest of it,\n";
        let b = read(src);
        let texts: Vec<&str> = b.iter().map(|b| b.str()).collect();
        assert!(texts.contains(&"Recalling the Effects of it,"), "{texts:?}");
        let r = b.iter().find(|b| b.str().starts_with("Recalling")).unwrap();
        assert_eq!(r.notes, vec![(21, "1".to_string())]);
        let note = b.iter().find(|b| b.kind == BlockKind::FootnoteDef("1".into())).unwrap();
        assert_eq!(note.str(), "A note continued.");
        let rest = b.iter().find(|b| b.str() == "rest of it,").unwrap();
        assert!(rest.after_break);
        assert!(!texts.iter().any(|t| t.contains("16938") || *t == "A/RES/75/1" && false));
    }

    #[test]
    fn numbers_that_are_not_markers_stay() {
        let src = "Recalling resolution 1514 (XV) of 14 December 1960,1 and article 1,2\n\n____\n_____\n1 One.\n2 Two.\n";
        let b = read(src);
        assert_eq!(b[0].str(), "Recalling resolution 1514 (XV) of 14 December 1960, and article 1,");
        assert_eq!(b[0].notes.len(), 2);
    }

    #[test]
    fn cjk_lines_join_without_a_space_even_inside_numbers() {
        let b = read("又回顾理事会2020年7月17日第20\n20/12号决议以及以往的各项决议、\n2015年的决议，\n\n1.\n请秘书长提交报告。\n");
        assert_eq!(b[0].str(), "又回顾理事会2020年7月17日第2020/12号决议以及以往的各项决议、2015年的决议，");
        // a label alone on its line keeps its space
        assert_eq!(b[1].str(), "1. 请秘书长提交报告。");
    }

    #[test]
    fn hard_wrapped_lines_split_at_labels() {
        let b = read("1. Decides that:\n(a) First;\n(b) Second;\n");
        assert_eq!(b.len(), 3);
        assert_eq!(b[1].str(), "(a) First;");
    }
}
