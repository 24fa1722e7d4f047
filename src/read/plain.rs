//! Plain-text reader: PDF text layers, OCR and web copies into blocks.
//!
//! It removes page furniture (running headers, page numbers, job numbers,
//! bar codes, form feeds), collects the footnotes printed under a rule of
//! underscores (or as `74/ text` blocks), unwraps hard-wrapped lines into
//! paragraphs, and takes out footnote markers glued to words (`Effects1`,
//! `article 1,2`, `1961,74/`), telling them from real numbers by the
//! footnote texts present and the order in which notes are first cited.

use crate::block::{Block, BlockKind};
use crate::lexicon::Lexicon;
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
            // a web page's table borders (`| 1974/1848(LVI). | Title |`)
            // are no text
            let mut t = text.trim_end();
            while t == "|" || t.ends_with(" |") {
                t = t[..t.len() - 1].trim_end();
                text = t;
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

/// White space a text layer puts around every line (an indent they all
/// share, a space at the end of each) is layout, not text: taken off, so
/// that where a CJK text's line ends with a space it stands for one.
fn trim_margins(ls: &mut [Line]) {
    let nonblank = ls.iter().filter(|l| !l.text.trim().is_empty()).count();
    if nonblank < 8 {
        return;
    }
    let trailing = ls.iter().filter(|l| !l.text.trim().is_empty() && l.text.ends_with(char::is_whitespace)).count();
    if trailing * 10 >= nonblank * 9 {
        for l in ls.iter_mut() {
            l.text = l.text.trim_end();
        }
    }
    let indent = ls.iter().filter(|l| !l.text.trim().is_empty()).map(|l| l.text.bytes().take_while(|b| *b == b' ' || *b == b'\t').count()).min().unwrap_or(0);
    if indent > 0 {
        for l in ls.iter_mut().filter(|l| l.text.len() >= indent) {
            l.text = &l.text[indent..];
            l.start += indent;
        }
    }
}

/// `12/15`: a page number.
pub(crate) fn is_page_number(t: &str) -> bool {
    let Some((a, b)) = t.split_once('/') else { return false };
    !a.is_empty() && !b.is_empty() && a.len() <= 3 && b.len() <= 3
        && a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit())
        && a.parse::<u32>().ok() <= b.parse::<u32>().ok()
}

/// A line of page furniture: page numbers (`2/6`, `- 2 -`, `Page 2 of 6`,
/// `Página 2 de 6`: the lexicons' page words), job numbers and bar codes,
/// alone or several on one line as a PDF's text layer may put a footer
/// (`20-16938 (E)      1/5`, `2/6   20-16938`). A bare number counts only
/// beside one of these (alone, it is a paragraph's number). `extra` accepts
/// other words as furniture (a running header's symbol). (One copy, not
/// inlined in its three callers: 1.6 KB less WebAssembly, with `&dyn`.)
#[inline(never)]
pub(crate) fn is_furniture(t: &str, extra: &dyn Fn(&str) -> bool) -> bool {
    let num = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    let dashes: &[char] = &['-', '\u{2013}', '\u{2014}'];
    let dash = |w: &str| !w.is_empty() && w.trim_start_matches(dashes).is_empty() && w.chars().count() == 1;
    let listed = |w: &str, words: fn(&Lexicon) -> &'static [&'static str]| {
        crate::lexicon::all().iter().any(|l| words(l).iter().any(|p| p.len() == w.len() && (p.eq_ignore_ascii_case(w) || p.to_lowercase() == w.to_lowercase())))
    };
    // (most lines are text: their first word is none of these)
    let Some(first) = t.split_whitespace().next() else { return false };
    if t.len() > 160 || !(first.starts_with(|c: char| c.is_ascii_digit() || c == '*' || c == '(' || dashes.contains(&c)) || listed(first, |l| l.page) || extra(first)) {
        return false;
    }
    let ws: Vec<&str> = t.split_whitespace().take(13).collect();
    if ws.len() > 12 {
        return false;
    }
    let mut strong = false;
    let mut after_job = false;
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        let job_part = after_job && (w.starts_with('(') && w.ends_with(')') && w.len() <= 5 || w.bytes().all(|b| b.is_ascii_digit() || b == b'/'));
        after_job = false;
        // `-2-`
        let inner = w.trim_start_matches(dashes);
        let dashed = inner.len() < w.len() && num(inner.trim_end_matches(dashes)) && inner.trim_end_matches(dashes).len() < inner.len();
        if job_part {
            i += 1;
        } else if is_page_number(w) || is_barcode(w) || dashed {
            strong = true;
            i += 1;
        } else if is_job_number(w) {
            strong = true;
            after_job = true;
            i += 1;
        } else if dash(w) && i + 2 < ws.len() && num(ws[i + 1]) && dash(ws[i + 2]) {
            strong = true;
            i += 3;
        } else if i + 1 < ws.len() && num(ws[i + 1]) && listed(w, |l| l.page) {
            strong = true;
            i += 2;
            if i + 1 < ws.len() && num(ws[i + 1]) && listed(ws[i], |l| l.page_of) {
                i += 2;
            }
        } else if num(w) {
            i += 1;
        } else if extra(w) {
            strong = true;
            i += 1;
        } else {
            return false;
        }
    }
    strong
}

/// `20-16938 (E)`, `25-15106`: a job number (optionally with a date stamp);
/// Geneva's and Vienna's with their prefix, the language glued or not
/// (`GE.24-06052(E)`, `V.20-01652 (E)`).
pub(crate) fn is_job_number(t: &str) -> bool {
    let t = t.strip_prefix("GE.").or_else(|| t.strip_prefix("V.")).unwrap_or(t);
    let b = t.as_bytes();
    let shape = b.len() >= 8 && b[..8].iter().enumerate().all(|(i, c)| if i == 2 { *c == b'-' } else { c.is_ascii_digit() });
    if !shape || !(b.len() == 8 || b[8] == b'(' || b[8].is_ascii_whitespace()) {
        return false;
    }
    t[8..].split_whitespace().all(|w| {
        (w.starts_with('(') && w.ends_with(')') && w.len() <= 5)
            || w.chars().all(|c| c.is_ascii_digit() || c == '/')
    })
}

/// `*2016938*`: the bar-code line.
pub(crate) fn is_barcode(t: &str) -> bool {
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
    trim_margins(&mut ls);
    // A double-spaced text layer (a blank line after every line): its blank
    // lines separate nothing, and it reads as a text without them.
    if double_spaced(&ls) {
        let mut feed = false;
        let mut kept = Vec::with_capacity(ls.len());
        for mut l in ls {
            if l.text.trim().is_empty() {
                feed |= l.feed;
                continue;
            }
            l.feed |= std::mem::take(&mut feed);
            kept.push(l);
        }
        ls = kept;
    }
    // A CJK text's notes are wrapped at any character, in their Latin
    // stretches too ("E/2012" + "/48" in a note that is mostly document
    // symbols). (Not its cover page, whose lines are separate fields.)
    let (cjk, latin) = input.chars().fold((0usize, 0usize), |(c, a), ch| (c + is_cjk(ch) as usize, a + ch.is_ascii_alphabetic() as usize));
    let cjk_doc = cjk > latin;
    let symbol = cover_symbol(&ls);
    let width = unspaced_width(&ls);
    let title_words = cover_title(&ls, width);

    // 1. Page furniture.
    let mut first_symbol_seen = false;
    for l in ls.iter_mut() {
        let t = l.text.trim();
        if t.is_empty() {
            l.class = Class::Blank;
        } else if is_rule(t) {
            l.class = Class::Rule;
        } else if is_job_number(t) || is_furniture(t, &|_| false) {
            l.class = Class::Furniture;
        } else if let Some(s) = symbol.filter(|s| t.contains(s)) {
            // (the first line that holds the symbol is the cover's)
            if first_symbol_seen && is_running_header(t, s, &title_words) {
                l.class = Class::Furniture;
            }
            first_symbol_seen = true;
        }
    }
    // Running headers of another symbol (a report's `E/CN.7/2010/18`) and
    // lines that come back page after page: at the top of a page (after a
    // form feed or a footer), a document symbol, or a line found at the top
    // of two pages or more; again for the lines under such a header (a
    // title on a few lines).
    let mut tops_headers = Vec::new();
    for _ in 0..4 {
        let tops = page_tops(&ls);
        let mut changed = false;
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for &i in &tops {
            *seen.entry(ls[i].text.trim()).or_default() += 1;
        }
        for &i in &tops {
            let t = ls[i].text.trim();
            let header = !t.contains(' ') && t.len() <= 40 && is_doc_symbol(t) && !t.ends_with(['.', ',', ';', ':'])
                || seen[t] >= 2 && t.chars().count() <= 100 && !t.ends_with([',', ';', ':']) && crate::structure::label_len(t).is_none();
            if header {
                ls[i].class = Class::Furniture;
                tops_headers.push(i);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Running titles: the lines right after (or right before) a running
    // header's symbol whose words are the title's.
    if !title_words.is_empty() {
        let n = ls.len();
        let headers: Vec<usize> = (0..n)
            .filter(|&i| ls[i].class == Class::Furniture && symbol.is_some_and(|s| ls[i].text.trim().starts_with(s)) || tops_headers.contains(&i))
            .collect();
        for h in headers {
            for dir in [1isize, -1] {
                let mut i = h as isize + dir;
                while i >= 0 && (i as usize) < n {
                    let l = ls[i as usize];
                    let t = l.text.trim();
                    // (lines already found to come back at each page's top)
                    if tops_headers.contains(&(i as usize)) {
                        i += dir;
                        continue;
                    }
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
    for l in &mut ls {
        match l.class {
            Class::Rule => in_notes = true,
            Class::Furniture => in_notes = false,
            Class::Text if in_notes => l.class = Class::Note,
            _ => {}
        }
        if l.feed {
            in_notes = false;
        }
    }

    // Footnote zones with no rule (an extractor that drops the drawn
    // rule): at a page's foot, after a blank line and up to the page's
    // furniture or form feed, two or more lines that open with markers (`*`,
    // then numbers in sequence), the first number glued as a marker to the
    // text above on that page (`problem,3`).
    let mut page_start = 0;
    let mut i = 0;
    while i < ls.len() {
        if ls[i].feed || ls[i].class == Class::Furniture {
            page_start = i;
        }
        if ls[i].class != Class::Text || i == 0 || ls[i - 1].class != Class::Blank || note_start(ls[i].text).is_none() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < ls.len() && matches!(ls[j].class, Class::Text | Class::Blank) && !(j > i && ls[j].feed) {
            j += 1;
        }
        let at_foot = j < ls.len() && (ls[j].feed || ls[j].class == Class::Furniture);
        let (mut marked, mut first, mut next, mut in_order) = (0, None, 0u32, true);
        for l in ls[i..j].iter().filter(|l| l.class == Class::Text) {
            let Some((m, _)) = note_start(l.text) else { continue };
            marked += 1;
            match m.parse::<u32>() {
                Ok(n) if first.is_none() => (first, next) = (Some(n), n + 1),
                Ok(n) if n == next => next += 1,
                // (`*` before the numbers only)
                Err(_) if first.is_none() => {}
                _ => in_order = false,
            }
        }
        let cited = || first.is_some_and(|n| ls[page_start..i].iter().any(|l| l.class == Class::Text && glued_marker(l.text, n)));
        if at_foot && in_order && marked >= 2 && cited() {
            for l in &mut ls[i..j] {
                if l.class == Class::Text {
                    l.class = Class::Note;
                }
            }
        }
        i = j.max(i + 1);
    }

    // 3. Blocks. (A text whose blank lines are only on its cover: its
    // paragraphs' short last lines are not followed by one.)
    let width = width.or_else(|| unspaced_body(&ls));
    let mut blocks: Vec<Block> = Vec::new();
    let mut notes: Vec<Block> = Vec::new();
    let mut cur: Vec<Line> = Vec::new();
    let mut broke = false;
    let mut pending_break = false;
    let mut last_num = 0;
    let flush = |cur: &mut Vec<Line>, blocks: &mut Vec<Block>, pending: &mut bool, last_num: &mut u32| {
        if cur.is_empty() {
            return;
        }
        for mut b in paragraph_blocks(cur, width, last_num) {
            b.after_break = std::mem::take(pending);
            blocks.push(b);
        }
        cur.clear();
    };
    let mut i = 0;
    while i < ls.len() {
        let l = ls[i];
        if l.feed {
            flush(&mut cur, &mut blocks, &mut pending_break, &mut last_num);
            pending_break = true;
        }
        match l.class {
            Class::Blank => {
                flush(&mut cur, &mut blocks, &mut pending_break, &mut last_num);
                if broke {
                    pending_break = true;
                }
            }
            Class::Furniture | Class::Rule => {
                flush(&mut cur, &mut blocks, &mut pending_break, &mut last_num);
                broke = true;
                pending_break = true;
            }
            Class::Note => {
                flush(&mut cur, &mut blocks, &mut pending_break, &mut last_num);
                // Gather the zone's note lines into one footnote per marker.
                let mut j = i;
                while j < ls.len() && matches!(ls[j].class, Class::Note | Class::Blank) && !(j > i && ls[j].feed) {
                    j += 1;
                }
                notes.extend(note_blocks(&ls[i..j], cjk_doc));
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
    flush(&mut cur, &mut blocks, &mut pending_break, &mut last_num);

    let mut blocks = split_run_together(blocks, input);
    // A draft quoted in a report or a press release: each paragraph opens
    // with a quotation mark (`“The General Assembly,` / `“Recalling …` /
    // `“1. Welcomes …`), which is no part of its text.
    let quoted = |b: &Block| b.kind == BlockKind::Para && b.str().starts_with('“');
    if blocks.iter().filter(|b| quoted(b)).count() >= 3 && blocks.iter().any(|b| quoted(b) && formula_or_adoption(&b.str()['“'.len_utf8()..])) {
        for b in blocks.iter_mut().filter(|b| quoted(b)) {
            b.drop_prefix('“'.len_utf8());
        }
    }
    // Web copies put notes as `74/ text` paragraphs at the end.
    for b in blocks.iter_mut() {
        if let Some((m, at)) = note_start(b.str()) {
            if m.ends_with('/') {
                b.drop_prefix(at);
                b.kind = BlockKind::FootnoteDef(m);
            }
        }
    }
    notes_after_adoption(&mut blocks);
    let (mut blocks, bracket_at) = bracket_notes(blocks);
    let is_bracket = |b: &Block| bracket_at.contains(&b.span.start);
    let bracketed: Vec<String> = blocks.iter().filter(|b| is_bracket(b)).filter_map(|b| match &b.kind {
        BlockKind::FootnoteDef(m) => Some(m.clone()),
        _ => None,
    }).collect();
    let mut defs: Vec<(String, usize)> = notes.iter().chain(blocks.iter()).filter(|b| !is_bracket(b)).filter_map(|b| match &b.kind {
        BlockKind::FootnoteDef(m) => Some((m.clone(), b.span.start)),
        _ => None,
    }).collect();
    // Notes at the very end of a text that has no rule (`1 text` after the
    // adoption line) are found by the structure stage; here only markers of
    // defined notes are taken out of the text.
    defs.dedup_by(|a, b| a.0 == b.0);
    let (defined, def_at): (Vec<String>, Vec<usize>) = defs.into_iter().unzip();
    take_markers(&mut blocks, &defined, &def_at);
    take_bracket_markers(&mut blocks, &bracketed);
    blocks.extend(notes);
    blocks
}

/// Where `[n]` stands glued to the text before it (`activities[1]`,
/// `Convention,[2]`) in `t`: (start, end, n), in order.
fn bracket_markers(t: &str) -> Vec<(usize, usize, u32)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    for (i, _) in t.match_indices('[') {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if i > 0 && !b[i - 1].is_ascii_whitespace() && (1..=3).contains(&digits) && b.get(i + 1 + digits) == Some(&b']') {
            if let Ok(n) = t[i + 1..i + 1 + digits].parse() {
                out.push((i, i + digits + 2, n));
            }
        }
    }
    out
}

/// A web copy's notes (refworld's): `[1] Official Records ...` paragraphs
/// (several may share a line: `[1] ... [2] Ibid. ...`), each number cited
/// as a bracketed marker glued to the text before them. Their blocks become
/// notes, cut where the next number opens; with the span starts of these.
fn bracket_notes(blocks: Vec<Block>) -> (Vec<Block>, Vec<usize>) {
    let mut cited = std::collections::HashSet::new();
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Para) {
        cited.extend(bracket_markers(b.str()).into_iter().map(|m| m.2));
    }
    if cited.is_empty() {
        return (blocks, Vec::new());
    }
    let mut starts = Vec::new();
    let opens = |t: &str, n: u32| t.strip_prefix(&format!("[{n}] ")).is_some();
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let t = b.str();
        let first = t.strip_prefix('[').and_then(|r| r.split_once("] ")).and_then(|(n, _)| n.parse::<u32>().ok()).filter(|n| cited.contains(n));
        let Some(first) = first.filter(|_| b.kind == BlockKind::Para) else {
            out.push(b);
            continue;
        };
        // the next numbers where they open a note inside the block
        let (mut cuts, mut next) = (Vec::new(), first + 1);
        for (i, _) in t.match_indices(" [") {
            if opens(&t[i + 1..], next) {
                cuts.push(i + 1);
                next += 1;
            }
        }
        let pieces = if cuts.is_empty() { vec![b] } else { b.split_at(&cuts) };
        for (k, mut p) in pieces.into_iter().enumerate() {
            let n = first + k as u32;
            let tag = format!("[{n}] ");
            if p.str().starts_with(&tag) {
                p.drop_prefix(tag.len());
                p.kind = BlockKind::FootnoteDef(n.to_string());
                starts.push(p.span.start);
            }
            out.push(p);
        }
    }
    (out, starts)
}

/// The markers of [`bracket_notes`]' notes out of the paragraphs' text
/// (a paragraph whose markers of other notes were taken keeps these).
fn take_bracket_markers(blocks: &mut [Block], defined: &[String]) {
    if defined.is_empty() {
        return;
    }
    for b in blocks.iter_mut().filter(|b| b.kind == BlockKind::Para && b.notes.is_empty()) {
        let found: Vec<(usize, usize, u32)> = bracket_markers(b.str()).into_iter().filter(|m| defined.iter().any(|d| d.parse() == Ok(m.2))).collect();
        if found.is_empty() {
            continue;
        }
        let ranges: Vec<(usize, usize)> = found.iter().map(|m| (m.0, m.1)).collect();
        let mut removed = 0;
        for &(a, e, n) in &found {
            b.notes.push((a - removed, n.to_string()));
            removed += e - a;
        }
        b.text = b.text.remove(&ranges);
    }
}

/// Paragraphs that a copy ran together into one block (a web page's text
/// flattened onto one line: `The Economic and Social Council, Noting with
/// concern that …, Recognizing that …, 1. Decides …; 2. Further decides
/// …; 3. Suggests … 1896th plenary meeting, 15 May 1974. */ Adopted as
/// …`), cut where a paragraph starts:
/// - around an enacting formula (`The Economic and Social Council,` before
///   a capital);
/// - before a listed lead with a capital, after a clause's comma, semicolon,
///   colon or full stop (and a marker glued to it: `1961,74/`);
/// - before the next paragraph number (`1.`, `2.`) before a capital, after
///   such punctuation;
/// - before the next item label (`(a)`, `(b)`) after a colon or semicolon;
/// - before an adoption line (`1896th plenary meeting`), and after it before
///   each note (`*/ `, `74/ `).
///
/// Only a block with a formula and another cut, or with two cuts of a lead
/// or a number, is cut: a paragraph's own inline list (`…: (a) to …; (b) to
/// …`) and a lead word inside a sentence stay as they are.
fn split_run_together(blocks: Vec<Block>, input: &str) -> Vec<Block> {
    // Only a block with a line of its own or a long line is looked at: a
    // hard-wrapped paragraph is no run of several (a text without blank lines
    // is cut by its lines: `paragraph_blocks`).
    let one_line = |b: &Block| {
        let src = input.get(b.span.start..b.span.end).unwrap_or("");
        !src.contains('\n') || src.split('\n').any(|l| l.len() > 200)
    };
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let cuts = if b.kind == BlockKind::Para && b.str().len() > 40 && one_line(&b) { run_together_cuts(b.str()) } else { Vec::new() };
        if cuts.is_empty() {
            out.push(b);
            continue;
        }
        out.extend(b.split_at(&cuts).into_iter().filter(|p| !is_rule(p.str())));
    }
    out
}

/// The cuts of [`split_run_together`] in `t` (byte offsets where a piece
/// starts, in order), or none when `t` is one paragraph.
fn run_together_cuts(t: &str) -> Vec<usize> {
    // (the lexicons whose leads open with a capital, and the formula's
    // articles in every language: found once)
    static CAPITAL_LEADS: std::sync::OnceLock<Vec<&'static crate::lexicon::Lexicon>> = std::sync::OnceLock::new();
    static ARTICLES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let capital_leads = CAPITAL_LEADS.get_or_init(|| crate::lexicon::all().iter().filter(|lx| crate::structure::leads_capitalized(lx)).collect());
    let articles = ARTICLES.get_or_init(|| crate::lexicon::all().iter().flat_map(|lx| lx.formula_articles.iter().copied()).collect());
    // the text before `i` ends a clause: punctuation, perhaps with a marker
    // glued to it (`1961,74/`, `consider,**/`)
    let clause_end = |i: usize, marks: &[char]| {
        let before = t[..i].trim_end();
        let before = before.trim_end_matches('/').trim_end_matches(|c: char| c.is_ascii_digit() || c == '*');
        // (a web copy's bracketed marker: `Convention,[2]`)
        let before = before.strip_suffix(']').and_then(|b| b.trim_end_matches(|c: char| c.is_ascii_digit()).strip_suffix('[')).unwrap_or(before);
        before.ends_with(marks)
    };
    let (mut cuts, mut strong, mut formula) = (Vec::new(), 0, false);
    let mut formula_last = false;
    let (mut next_num, mut next_item, mut adopted) = (1u32, b'a', false);
    let (mut ruled, mut next_note) = (false, 1u32);
    let mut title_cut = None;
    // (word starts only: in a run of spaces the scans back over it below
    // would be quadratic)
    let starts = std::iter::once(0).chain(t.match_indices(' ').map(|(i, _)| i + 1)).filter(|&i| i < t.len() && t.as_bytes()[i] != b' ');
    for i in starts {
        let rest = &t[i..];
        let first = rest.chars().next().unwrap_or(' ');
        // Most words stand inside a sentence: only a word after a clause's
        // punctuation (or a marker or a bracket), a number, a formula's
        // article and what follows the adoption line are looked at further.
        let before = if i >= 2 { t.as_bytes()[i - 2] } else { b',' };
        let opens_formula = first.is_uppercase() && articles.iter().any(|a| rest.starts_with(a));
        if !(adopted || opens_formula || first.is_ascii_digit() || matches!(before, b',' | b';' | b':' | b'.' | b'/' | b']' | b'0'..=b'9')) {
            continue;
        }
        // the formula: `The General Assembly,` and a capital after it
        if let Some(comma) = opens_formula.then(|| rest.get(..rest.len().min(80)).and_then(|r| r.find(", "))).flatten() {
            // (a body the references stage knows by name: not `The FGS,`
            // in an item)
            let known = || articles.iter().any(|a| rest[..comma].strip_prefix(a).map(str::trim_start).is_some_and(crate::references::known_body));
            if formula_or_adoption(&rest[..=comma]) && rest[comma + 2..].starts_with(|c: char| c.is_uppercase()) && known() {
                if i > 0 {
                    cuts.push(i);
                }
                cuts.push(i + comma + 2);
                formula = true;
                continue;
            }
        }
        // the formula that ends the block after other words (`... adopted
        // this resolution unanimously on October 31.] The General
        // Assembly,`)
        if opens_formula && i > 0 && rest.len() <= 80 && rest.trim_end().ends_with(',') && formula_or_adoption(rest) {
            let name = articles.iter().find_map(|a| rest.strip_prefix(a)).map(|r| r.trim().trim_end_matches(','));
            if name.is_some_and(crate::references::known_body) && clause_end(i, &['.', ']', ';', ':']) {
                cuts.push(i);
                formula_last = true;
                continue;
            }
        }
        if i == 0 {
            continue;
        }
        if adopted {
            // a note (`*/ Adopted as …`, not the `**/ and ***/` a note's text
            // mentions), a rule of underscores and the numbered notes under
            // it (`__________ 1 Official Records …`)
            let (marker, after) = rest.split_once(' ').unwrap_or((rest, ""));
            let capital = after.starts_with(|c: char| c.is_uppercase());
            let slash = marker.len() > 1 && marker.ends_with('/') && marker[..marker.len() - 1].chars().all(|c| c.is_ascii_digit() || c == '*');
            if slash && capital || marker.len() >= 5 && marker.bytes().all(|c| c == b'_') {
                cuts.push(i);
                ruled |= !slash;
            } else if ruled && capital && marker.parse::<u32>() == Ok(next_note) {
                cuts.push(i);
                next_note += 1;
            }
            continue;
        }
        // the number and title (`74/132. Report of …`) after the cover's
        // lines
        if !formula && title_cut.is_none() && crate::structure::split_number_title(rest).is_some_and(|(n, _)| n.contains('/')) && cuts.last() != Some(&i) {
            title_cut = Some(i);
        }
        if first.is_ascii_digit() {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            // the next paragraph number
            // (`1.Requests`: a flattened web page's number glued to its verb)
            let after_dot = rest[digits..].strip_prefix(". ").or_else(|| rest[digits..].strip_prefix('.'));
            if after_dot.is_some_and(|r| r.starts_with(|c: char| c.is_uppercase())) && rest[..digits].parse::<u32>() == Ok(next_num) && clause_end(i, &[',', ';', ':', '.']) {
                cuts.push(i);
                strong += 1;
                next_num += 1;
                next_item = b'a';
                continue;
            }
            // an adoption line (`1896th plenary meeting,`, `50th plenary
            // meeting 18 December 2019`)
            // (what follows is looked at up to 120 bytes: no scan to the end
            // of a long run of text at every number in it)
            let mut end = rest.len().min(120);
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            // (an ordinal: `1896th`, `102a`, `49e`)
            let ordinal = rest[digits..].starts_with(char::is_alphabetic);
            let line = || rest[..end].split([',', ';', '_', '[']).next().unwrap_or(rest).split(' ').take(6).collect::<Vec<_>>().join(" ");
            if ordinal && clause_end(i, &['.', ';', ',']) && crate::lexicon::all().iter().any(|lx| crate::adoption::is_adoption_line(&line(), lx)) {
                cuts.push(i);
                adopted = true;
            }
            continue;
        }
        // the next item label after a colon or semicolon
        if rest.len() > 4 && rest.as_bytes()[0] == b'(' && rest.as_bytes()[1] == next_item && rest[2..].starts_with(") ") && clause_end(i, &[':', ';']) {
            cuts.push(i);
            next_item += 1;
            continue;
        }
        // a listed lead with a capital after a clause's end (not after the
        // paragraph's own number: `1. Decides`)
        // (nor after a resolution's number: `75/278. Declaring the Aral Sea
        // region ...` is a title)
        let after_label = || {
            let before = t[..i].trim_end();
            let w = before.rsplit(' ').next().unwrap_or("");
            crate::structure::is_lone_label(w) || crate::structure::split_number_title(&t[before.len() - w.len()..]).is_some()
        };
        if first.is_uppercase() && clause_end(i, &[',', ';', ':', '.']) && !after_label() && capital_leads.iter().any(|lx| lx.opens_paragraph(rest)) {
            cuts.push(i);
            strong += 1;
        }
    }
    // (one lead to cut before: only in a block that itself opens with a
    // listed lead, not in a numbered paragraph's words: `1. Decides, ...,
    // Recognizing being the name of its report`)
    let opens_with_lead = || capital_leads.iter().any(|lx| lx.opens_with_lead(t));
    if formula && cuts.len() > 1 || formula_last || strong >= 2 || strong == 1 && opens_with_lead() {
        cuts.extend(title_cut.filter(|_| formula));
        cuts.sort_unstable();
        cuts.dedup();
        cuts
    } else {
        Vec::new()
    }
}

/// Notes after the adoption line with no rule before them, as the Security
/// Council's yearly volumes print them (`Adopted at the 1747th meeting by 14
/// votes to none.27` / `27 One member (China) did not participate in the
/// voting.`): a paragraph after the adoption line that opens with a number
/// and a capital, where that number stands as a marker in the text before
/// it (glued to a word or a full stop, or after one and a space).
fn notes_after_adoption(blocks: &mut [Block]) {
    let adopted = |t: &str| crate::lexicon::all().iter().any(|lx| crate::adoption::is_adoption_line(t, lx));
    let Some(at) = blocks.iter().position(|b| b.kind == BlockKind::Para && adopted(b.str())) else { return };
    // (the numbers cited as markers up to the adoption line, gathered once)
    let mut cited = vec![false; 10_000];
    for b in blocks[..=at].iter().filter(|b| b.kind == BlockKind::Para) {
        cited_numbers(b.str(), &mut cited);
    }
    for k in at + 1..blocks.len() {
        // (a web copy may lose the space: `27One member`)
        let t = blocks[k].str();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let glued = (1..=3).contains(&digits) && t[digits..].starts_with(|c: char| c.is_uppercase());
        let Some((m, text_at)) = note_start(t).filter(|(m, _)| m.bytes().all(|c| c.is_ascii_digit())).or_else(|| glued.then(|| (t[..digits].to_string(), digits))) else { continue };
        // (not the adoption's date under it: `3 April 2024`)
        let opens = t[text_at..].starts_with(|c: char| c.is_uppercase()) && !starts_with_month(&t[text_at..]);
        if blocks[k].kind == BlockKind::Para && opens && m.len() <= 4 && m.parse::<usize>().is_ok_and(|n| cited[n]) {
            blocks[k].drop_prefix(text_at);
            blocks[k].kind = BlockKind::FootnoteDef(m);
        }
    }
}

/// Whether `text` holds the number `n` glued as a note marker to a word or
/// to punctuation (`problem,3`, `Effects1`), not inside a number.
fn glued_marker(text: &str, n: u32) -> bool {
    note_numbers(text).any(|(m, glued)| glued && m == n as usize)
}

/// The numbers of up to four digits that `text` holds as footnote markers
/// (set in `out`, indexed by the number): see [`note_numbers`].
fn cited_numbers(text: &str, out: &mut [bool]) {
    for (n, _) in note_numbers(text) {
        if let Some(slot) = out.get_mut(n) {
            *slot = true;
        }
    }
}

/// The numbers of up to four digits in `text` that stand as footnote
/// markers, not inside a number or a word: glued to a word or to closing
/// punctuation (`none.27`, `Effects1`, `problem,3`: `true`), or after a full
/// stop, semicolon or comma and a space (`meeting. 22`: `false`).
fn note_numbers(text: &str) -> impl Iterator<Item = (usize, bool)> + '_ {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let after = text[i..].chars().next();
            let mut before = text[..start].chars().rev();
            let glued = match before.next() {
                Some(' ') if matches!(before.next(), Some('.' | ';' | ',')) => Some(false),
                Some(c) if c.is_alphabetic() || matches!(c, '.' | ';' | ',' | ':' | ')' | '”' | '’' | '"') => Some(true),
                _ => None,
            };
            if let Some(glued) = glued.filter(|_| after.is_none_or(|c| !c.is_alphabetic()) && i - start <= 4) {
                if let Ok(n) = text[start..i].parse::<usize>() {
                    return Some((n, glued));
                }
            }
        }
        None
    })
}

/// The text lines at the top of a page: after a form feed, or after the
/// footer of the page before (its furniture).
fn page_tops(ls: &[Line]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut edge = false;
    for (i, l) in ls.iter().enumerate() {
        edge |= l.feed;
        match l.class {
            Class::Blank => {}
            Class::Furniture => edge = true,
            Class::Text if edge => {
                out.push(i);
                edge = false;
            }
            _ => edge = false,
        }
    }
    out
}

/// A running header: the document's symbol (`A/RES/75/120`, `S/RES/2673
/// (2023)`), alone or on one line with the title's words or a page number
/// (`A/RES/75/120      Question of the United States Virgin Islands`).
fn is_running_header(t: &str, symbol: &str, title_words: &[String]) -> bool {
    let Some(at) = t.find(symbol) else { return false };
    let mut rest = format!("{} {}", &t[..at], &t[at + symbol.len()..]);
    // (the year of a Council symbol the cover wrote without it)
    if let Some(r) = rest.trim().strip_prefix('(').and_then(|r| r.split_once(')')).filter(|(y, _)| y.len() <= 6).map(|(_, r)| r.to_string()) {
        rest = r;
    }
    let rest = rest.trim();
    rest.is_empty() || (at == 0 || t.len() < 200) && (contains_words(title_words, rest) || is_furniture(rest, &|_| false))
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// All of `line`'s words occur, in order, as a run in `title`.
fn contains_words(title: &[String], line: &str) -> bool {
    let w = words(line);
    !w.is_empty() && title.windows(w.len()).any(|win| win == w.as_slice())
}

/// The symbol on the cover: a line of its own, or a word of a line the
/// text layer shares with another field (`A/RES/75/120      General Assembly`).
fn cover_symbol<'a>(ls: &[Line<'a>]) -> Option<&'a str> {
    let head = || ls.iter().take(40).map(|l| l.text.trim());
    head().find(|t| is_symbol(t)).or_else(|| head().flat_map(str::split_whitespace).find(|w| is_symbol(w)))
}

/// The words of the title on the cover (`75/103. Title ...` up to a blank
/// line, or in a text without blank lines (`width`) up to a short line).
fn cover_title(ls: &[Line], width: Option<usize>) -> Vec<String> {
    for (i, l) in ls.iter().enumerate().take(120) {
        let t = l.text.trim();
        if let Some((_, title)) = crate::structure::split_number_title(t) {
            let mut s = title.to_string();
            let mut last = t;
            for m in &ls[i + 1..] {
                if m.text.trim().is_empty() || width.is_some_and(|w| last.chars().count() * 4 < w * 3) {
                    break;
                }
                last = m.text.trim();
                s.push(' ');
                s.push_str(m.text.trim());
            }
            return words(&s);
        }
    }
    Vec::new()
}

/// A line that opens a field of the cover page: `[on the report of …]`,
/// `75/12. Title`, `Resolution adopted by the General Assembly on …`.
fn cover_field(t: &str) -> bool {
    let mut w = t.split_whitespace();
    let (first, second) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
    let second = second.to_lowercase();
    t.starts_with('[')
        || crate::structure::split_number_title(t).is_some()
        || crate::lexicon::all().iter().any(|lx| lx.resolution_word.contains(&first) && lx.adopted.iter().any(|a| a.to_lowercase() == second))
}

/// A line that is the enacting formula (`The General Assembly,`) or an
/// adoption line (`41st plenary meeting`), in any language.
fn formula_or_adoption(t: &str) -> bool {
    let t = t.trim();
    let words = t.split_whitespace().count();
    // (`The General Assembly` without its comma, as in some texts)
    let formula = (words <= 5 && t.ends_with(',') || words <= 4 && !t.ends_with(['.', ';', ':']))
        && crate::lexicon::all().iter().any(|lx| lx.formula_articles.iter().any(|a| t.strip_prefix(a).is_some_and(|r| a.ends_with(['’', '\'']) || r.starts_with(' '))));
    formula || t.len() < 100 && crate::lexicon::all().iter().any(|lx| crate::adoption::is_adoption_line(t, lx))
}

/// The width (in characters) a text without blank lines between its
/// paragraphs wraps its lines at: most lines are that long, bar the last
/// of each paragraph. `None` where blank lines part the paragraphs.
fn unspaced_width(ls: &[Line]) -> Option<usize> {
    let mut lengths: Vec<usize> = ls.iter().map(|l| l.text.trim().chars().count()).filter(|&n| n > 0).collect();
    // (blank lines before the first line of text or after the last do not
    // part paragraphs)
    let text = |l: &Line| !l.text.trim().is_empty();
    let inner = ls.iter().position(text).map_or(0, |a| ls.iter().rposition(text).map_or(0, |b| b + 1 - a));
    let blanks = inner - lengths.len();
    // (a short text read as one without blank lines only when it has none:
    // `The General Assembly,` / `Recalling …,` / `1. Decides …`)
    if lengths.len() < 2 || blanks * 12 >= lengths.len() || lengths.len() < 8 && blanks > 0 {
        return None;
    }
    lengths.sort_unstable();
    Some(lengths[lengths.len() * 9 / 10])
}

/// Whether the text sets a blank line after every line: (nearly) all its
/// blocks are single lines, and some of them break a sentence (the next
/// block opens with a small letter, or a long line ends with no
/// punctuation).
fn double_spaced(ls: &[Line]) -> bool {
    // blocks, single-line blocks, sentences broken between blocks; the
    // lines of the current block (0 between blocks), and the block before
    // (its last line, when it was a single line)
    let (mut blocks, mut single, mut breaks, mut lines) = (0, 0, 0, 0);
    let mut last: Option<&str> = None;
    let mut single_before: Option<&str> = None;
    for l in ls {
        let t = l.text.trim();
        if t.is_empty() {
            if lines > 0 {
                single_before = (lines == 1).then_some(last).flatten();
                single += (lines == 1) as usize;
            }
            lines = 0;
            continue;
        }
        if lines == 0 {
            // (a single-line block before this one that broke a sentence)
            if let Some(prev) = single_before.take() {
                let end = prev.trim_end_matches(|c: char| c.is_ascii_digit() || c == '/' || c == '*');
                let mid = prev.chars().count() >= 40 && !end.ends_with(['.', ',', ';', ':', '!', '?', ')', ']', '”', '"']);
                if t.starts_with(|c: char| c.is_lowercase()) || mid {
                    breaks += 1;
                }
            }
            blocks += 1;
        }
        lines += 1;
        last = Some(t);
    }
    single += (lines == 1) as usize;
    blocks >= 5 && single * 20 >= blocks * 17 && breaks >= 2 && breaks * 5 >= single
}

/// The wrap width of a text with blank lines, but not between its
/// paragraphs (only on its cover page): most lines that end a clause well
/// short of the width (a paragraph's last line) have no blank line after
/// them. Notes are left out (their lines follow each other).
fn unspaced_body(ls: &[Line]) -> Option<usize> {
    let mut lengths: Vec<usize> = ls.iter().filter(|l| l.class == Class::Text).map(|l| l.text.trim().chars().count()).collect();
    if lengths.len() < 8 {
        return None;
    }
    lengths.sort_unstable();
    let width = lengths[lengths.len() * 9 / 10];
    let (mut ends, mut spaced) = (0, 0);
    for (i, l) in ls.iter().enumerate() {
        let t = l.text.trim();
        if l.class != Class::Text || t.chars().count() * 4 >= width * 3 || !t.trim_end_matches(|c: char| c.is_ascii_digit()).ends_with([',', ';', '.', ':', '，', '；', '。', '：', '،', '؛']) {
            continue;
        }
        ends += 1;
        if ls.get(i + 1).is_none_or(|n| n.class != Class::Text || n.feed) {
            spaced += 1;
        }
    }
    // (a short text has few such lines: two, neither with a blank line
    // after it, tell as much)
    (ends >= 3 && spaced * 3 < ends || ends == 2 && spaced == 0).then_some(width)
}

/// A run of text lines into paragraph blocks: a new paragraph starts at a
/// line that opens with a number or item label after a line that ended a
/// sentence or clause.
///
/// `width`: the text sets no blank line between paragraphs (a text layer
/// that drops them) and wraps its lines at about `width` characters. Then a
/// line that ends well short of the width ends its paragraph (a cover
/// field, a paragraph's last line), and a line that opens with a listed
/// lead (`Recalling`, `Decides`) after a sentence or clause starts one.
/// `last_num`: the number of the last numbered paragraph so far (`12.`
/// after `11.` starts a paragraph in such a text, after a heading too).
// (not inlined into the reader's flush closure: its code once)
#[inline(never)]
fn paragraph_blocks(lines: &[Line], width: Option<usize>, last_num: &mut u32) -> Vec<Block> {
    let mut groups: Vec<Vec<Line>> = Vec::new();
    // (in a text with blank lines, the block's own width: a page of a PDF
    // text layer may lose the blank lines between some of its paragraphs)
    let block_width = if width.is_none() && lines.len() > 2 { lines.iter().map(|l| l.text.trim().chars().count()).max().unwrap_or(0) } else { 0 };
    for (k, l) in lines.iter().enumerate() {
        let number = width
            .and_then(|_| crate::structure::label_len(l.text.trim_start()))
            .and_then(|_| {
                let t = l.text.trim_start();
                t.get(..t.bytes().take_while(u8::is_ascii_digit).count())
            })
            .filter(|n| (1..=3).contains(&n.len()))
            .and_then(|n| n.parse::<u32>().ok());
        let starts_new = k > 0 && {
            let prev = lines[k - 1].text.trim_end();
            let t = l.text.trim_start();
            let lone = crate::structure::is_lone_label(prev.trim_start());
            let unspaced = width.is_some_and(|w| {
                !lone && (prev.trim_start().chars().count() * 4 < w * 3
                    || prev.ends_with(']')
                    || cover_field(t)
                    || formula_or_adoption(t)
                    // (a heading after a paragraph's full last line: `I`,
                    // `Child rights mainstreaming`)
                    || prev.ends_with([';', '.', ':', '；', '。', '：', '؛']) && t.chars().count() * 4 < w * 3 && !t.trim_end().ends_with(['.', ',', ';', ':', '，', '；', '。', '：', '،', '؛'])
                    || number == Some(*last_num + 1) && crate::structure::label_len(t).is_some_and(|(_, n)| t[n.min(t.len())..].starts_with(|c: char| !c.is_lowercase()))
                    // (a web copy's note: `**/ The Commission's …`)
                    || prev.ends_with(['.', ';']) && note_start(t).is_some_and(|(m, _)| m.ends_with('/'))
                    || prev.trim_end_matches(|c: char| c.is_ascii_digit()).ends_with([',', ';', '.', ':', '，', '；', '。', '：', '،', '؛']) && crate::lexicon::all().iter().any(|lx| lx.opens_paragraph(t)))
            });
            // Blank lines separate paragraphs in most layouts; without them a
            // label opens a paragraph when it stands alone or before a
            // capital ("(c) The", "3. Decides"), not in running text
            // ("..., c) se dérouleront").
            let after_label = crate::structure::label_len(t).map(|(_, n)| &t[n.min(t.len())..]);
            // (a number before a small letter where leads are in small
            // letters, as in Russian: `2. принимает`, after a clause's end)
            let clause_end = prev.trim_end_matches(|c: char| c.is_ascii_digit()).ends_with([';', ':', '.', '；', '：', '。', '؛']);
            let opens = after_label.is_some_and(|r| r.is_empty() || r.starts_with(|c: char| !c.is_lowercase()) || clause_end && t.starts_with(|c: char| c.is_ascii_digit()));
            // A block of a text with blank lines that holds several
            // paragraphs: a line that opens with a capitalized listed lead
            // after a line that ends a clause well short of the block's
            // width (with its note marker, glued or after a space:
            // `problem,3`, `2018, 1`) starts one.
            let capital_lead = |s: &str| crate::lexicon::all().iter().any(|lx| crate::structure::leads_capitalized(lx) && lx.opens_paragraph(s));
            let run_in = block_width >= 20 && !lone && t.starts_with(char::is_uppercase) && {
                let end = prev.trim_end_matches(|c: char| c.is_ascii_digit());
                let marker = end.len() < prev.len();
                let end = if marker { end.trim_end() } else { end };
                // (a marker there tells a paragraph's end without the width;
                // so does the enacting formula, or a line of its own that
                // opens with a lead and ends a clause: a compact layout's
                // paragraph, whatever its length)
                end.ends_with([',', ';', '.', ':'])
                    && (marker
                        || prev.chars().count() * 4 < block_width * 3
                        || formula_or_adoption(prev) && prev.ends_with(',')
                        || prev.ends_with([',', ';']) && capital_lead(prev.trim_start()))
                    && capital_lead(t)
            };
            // (an item's clause may end on its list's conjunction: `(b) ...;
            // and` / `(c) ...`)
            let listed_end = || {
                t.starts_with('(')
                    && ["and", "or", "et", "ou", "y", "o", "e", "u"]
                        .iter()
                        .find_map(|c| prev.strip_suffix(c).filter(|r| r.ends_with(' ')))
                        .is_some_and(|r| r.trim_end().ends_with([';', ',']))
            };
            unspaced || run_in || (prev.trim_end_matches(|c: char| c.is_ascii_digit()).ends_with([';', ':', '.', ',', '，', '；', '。', '：', '،', '؛']) || listed_end()) && opens && !crate::structure::is_lone_label(prev)
        };
        if starts_new || groups.is_empty() {
            groups.push(Vec::new());
            if let Some(n) = number {
                *last_num = n;
            }
        }
        groups.last_mut().unwrap().push(*l);
    }
    groups.into_iter().map(|g| join_lines(&g, BlockKind::Para, false)).collect()
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

/// `cjk`: join as CJK text whatever the block's own script.
fn join_lines(lines: &[Line], kind: BlockKind, cjk: bool) -> Block {
    let mut t = TextBuf::new();
    // CJK text is wrapped at any character, inside numbers and Latin words
    // too ("的20" + "20年", "认识到C" + "OVID-19"): its lines join without a
    // space, except where white space at the break stands for one.
    let (n_cjk, latin) = lines.iter().flat_map(|l| l.text.chars()).fold((0, 0), |(c, a), ch| (c + is_cjk(ch) as usize, a + ch.is_ascii_alphabetic() as usize));
    let cjk_block = cjk || n_cjk > latin;
    let mut spaced = false;
    for l in lines {
        let s = l.text.trim_end();
        let lead = s.len() - s.trim_start().len();
        let s = &s[lead..];
        let prev = t.text.chars().next_back();
        let next = s.chars().next();
        let glue = if cjk_block {
            !spaced && lead == 0 && !crate::structure::is_lone_label(&t.text)
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
fn note_blocks(lines: &[Line], cjk_doc: bool) -> Vec<Block> {
    let mut out: Vec<(String, Vec<Line>)> = Vec::new();
    let mut after_blank = false;
    for l in lines {
        if l.class == Class::Blank {
            after_blank = true;
            continue;
        }
        let blank_before = std::mem::take(&mut after_blank);
        // A wrapped note line may start with a number ("26 August 2002"):
        // a new note starts with the number after the previous one. One or
        // two numbers on (a note lost to OCR or to the page, which would
        // otherwise take every later note into the one before it) when the
        // line is set off by a blank line, or the note before ends a
        // sentence and this one opens with a capital or a document symbol.
        let expected = |m: &str, rest: &str| match out.last().and_then(|(p, _)| p.parse::<u32>().ok()) {
            Some(prev) => m.parse::<u32>().map_or(true, |n| {
                n == prev + 1
                    || (prev + 2..=prev + 3).contains(&n) && {
                        let ended = out.last().and_then(|(_, ls)| ls.last()).is_some_and(|x| x.text.trim_end().ends_with('.'));
                        let capital = rest.starts_with(|c: char| c.is_uppercase())
                            && !crate::lexicon::all().iter().any(|lx| lx.month(rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("")).is_some());
                        blank_before || ended && capital
                    }
            }),
            None => true,
        };
        match note_start(l.text) {
            Some((m, at)) if expected(&m, &l.text[at..]) => {
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
            let mut b = join_lines(&ls, kind, cjk_doc);
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

/// Punctuation a note marker follows directly in CJK text (`报告，1`,
/// `《公约》2`): as telling as a letter, since no number is written there.
fn is_cjk_closing(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '、' | '》' | '〉' | '」' | '』' | '）' | '】' | '〕')
}

/// The text starts with a month name of any language (`22 juin`, `22 de
/// junio`, `22 حزيران/يونيه`): the number before it is a day.
fn starts_with_month(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let rest = rest.strip_prefix("de ").or_else(|| rest.strip_prefix("de\u{a0}")).unwrap_or(rest);
    crate::lexicon::all().iter().any(|lx| {
        lx.months.iter().any(|m| {
            rest.len() >= m.len()
                && rest.is_char_boundary(m.len())
                && rest[..m.len()].chars().flat_map(char::to_lowercase).eq(m.chars().flat_map(char::to_lowercase))
        })
    })
}

/// The token of symbol characters around `text[a..b]` (`59/3009`,
/// `A/RES/75/202`, `1/CP.2126`), as a byte range.
fn token_around(text: &str, a: usize, b: usize) -> (usize, usize) {
    let sym = |c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-');
    let start = text[..a].char_indices().rev().take_while(|&(_, c)| sym(c)).last().map_or(a, |(i, _)| i);
    let end = b + text[b..].chars().take_while(|&c| sym(c)).map(char::len_utf8).sum::<usize>();
    (start, start + text[start..end].trim_end_matches(['.', '-']).len())
}

/// A document symbol (`A/RES/75/202`, `S/2015/446`, `ST/SGB/2017/2`): its
/// digits are never cut into a number and a marker.
fn is_doc_symbol(token: &str) -> bool {
    let head = token.split('/').next().unwrap_or("");
    token.contains('/') && !head.is_empty() && head.chars().all(|c| c.is_ascii_uppercase())
}

/// One reading of a run of digits in the text as a footnote marker.
#[derive(Clone, Copy, Debug)]
struct Cand {
    block: usize,
    /// Where the run starts: readings of one run never both hold.
    run: usize,
    /// The bytes cut out of the text (the marker, with a space before a
    /// spaced one).
    cut: (usize, usize),
    /// The note: an index in `defined`.
    note: usize,
    weight: i32,
    /// Valid only right after the note before it (a marker set off by a
    /// space, or after a comma, is too weak a sign to skip notes for).
    exact: bool,
    /// Taken again after the note's first citation (glued to a word).
    repeat: bool,
}

/// Prefix maxima over note indices (a Fenwick tree): the best chain of first
/// citations that ends at a note before a given one.
struct PrefixMax {
    tree: Vec<(i32, usize)>,
}

impl PrefixMax {
    const NONE: (i32, usize) = (0, usize::MAX);
    fn new(n: usize) -> Self {
        PrefixMax { tree: vec![Self::NONE; n + 1] }
    }
    fn update(&mut self, note: usize, v: (i32, usize)) {
        let mut i = note + 1;
        while i < self.tree.len() {
            if v.0 > self.tree[i].0 {
                self.tree[i] = v;
            }
            i += i & i.wrapping_neg();
        }
    }
    /// Best over notes `< note`.
    fn query(&self, note: usize) -> (i32, usize) {
        let mut best = Self::NONE;
        let mut i = note;
        while i > 0 {
            if self.tree[i].0 > best.0 {
                best = self.tree[i];
            }
            i &= i - 1;
        }
        best
    }
}

/// Every reading of the runs of digits in one block's text as a marker of
/// a defined note.
fn marker_candidates(bi: usize, block: &Block, by_marker: &std::collections::HashMap<&str, Vec<usize>>, def_at: &[usize], arabic: bool, slash_tokens: &std::collections::HashMap<&str, usize>, out: &mut Vec<Cand>) {
    let text = block.str();
    let star_slash = by_marker.keys().any(|d| d.ends_with('/'));
    // The notes a marker at text offset `at` may be: the only one, or of
    // several with that marker the first printed after it and the one
    // before (so that the readings stay few however many notes share it).
    let notes_at = |m: &str, at: usize| -> Vec<usize> {
        let Some(v) = by_marker.get(m) else { return Vec::new() };
        if v.len() == 1 {
            return v.clone();
        }
        let src = block.text.src(at);
        let k = v.partition_point(|&n| def_at[n] < src);
        v[k.saturating_sub(1)..(k + 1).min(v.len())].to_vec()
    };
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
            k += 1;
            continue;
        }
        let mut e = k;
        while e < chars.len() && (chars[e].1.is_ascii_digit() || chars[e].1 == '*' && c == '*') {
            e += 1;
        }
        let mut j = chars.get(e).map_or(text.len(), |x| x.0);
        if text[j..].starts_with('/') && star_slash {
            j += 1;
            e += 1;
        }
        let run = &text[i..j];
        let after = text[j..].chars().next();
        // After a comma or a full stop comes a number ("1,000", "1.5") or
        // the next word.
        let digits_after = |skip: usize| text[j + skip..].chars().take_while(|c| c.is_ascii_digit()).count();
        let end_ok = after.is_none_or(|a| {
            !a.is_alphanumeric() && !matches!(a, '/' | '-' | '%' | '\u{2011}' | ',' | '.' | '(')
                || matches!(a, ',' | '.' | ';' | ':') && digits_after(1) == 0
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
        let lettered = prev == '.' && k >= 3 && chars[k - 2].1.is_uppercase() && !chars[k - 3].1.is_alphabetic();
        let abbrev = decimal || lettered || prev == '.' && after_abbreviation(&text[..i - 1]);
        let closing = matches!(prev, ')' | ']' | '”' | '’' | '"' | '\'' | '»') || is_cjk_closing(prev);
        let strong = !abbrev && !acronym && (prev.is_alphabetic() || closing);
        let weak_punct = !abbrev && matches!(prev, ',' | '.' | ';' | ':');
        // "Board”; 3 and": a note set off by a space. Not a date ("18 juin,
        // 16 mai") nor a list of numbers.
        let next_word: String = text[j..].trim_start().chars().take_while(|c| c.is_alphanumeric()).collect();
        let spaced = prev == ' '
            && k >= 2
            && matches!(chars[k - 2].1, ';' | ',' | '”' | '.' | ':' | ')')
            && !next_word.starts_with(|c: char| c.is_ascii_digit())
            && !crate::lexicon::all().iter().any(|l| l.month(&next_word).is_some());
        let mut push = |cut: (usize, usize), note: usize, weight: i32, exact: bool, repeat: bool| {
            out.push(Cand { block: bi, run: i, cut, note, weight, exact, repeat });
        };
        if end_ok && (strong || weak_punct || spaced) {
            for n in notes_at(run, i) {
                if (strong || weak_punct) && run.contains(['*', '/']) {
                    push((i, j), n, 10, false, true);
                } else if strong {
                    push((i, j), n, 10, false, prev.is_alphabetic() || closing);
                } else if weak_punct {
                    push((i, j), n, 8, true, false);
                } else {
                    push((i - 1, j), n, 4, true, false);
                }
            }
        }
        // Arabic sets its markers in brackets: "الإقليمي(1)".
        if arabic && prev == '(' && after == Some(')') && k >= 2 && !chars[k - 2].1.is_whitespace() {
            for n in notes_at(run, i) {
                push((i, j), n, 10, false, true);
            }
        }
        // A marker set inside a word by the text layer: "t6he".
        if prev.is_lowercase() && after.is_some_and(|a| a.is_lowercase()) {
            for n in notes_at(run, i) {
                push((i, j), n, 3, true, false);
            }
        }
        // A marker glued to a number: a year ("20152" = 2015 + note 2), a
        // resolution ("74/542" = 74/54 + note 2), "Agenda 217".
        let numeric = run.bytes().all(|b| b.is_ascii_digit());
        let year_ok = end_ok || after == Some(',') && digits_after(1) >= 4;
        let after_ok = after.is_none_or(|a| matches!(a, ' ' | ',' | ';' | ':' | ')' | '.'));
        let is_year = |s: &str| s.len() == 4 && (s.starts_with("19") || s.starts_with("20"));
        // ("1/CP.2126" = decision 1/CP.21 + note 26, not "15.42")
        let designator = prev == '.' && k >= 2 && chars[k - 2].1.is_ascii_uppercase();
        if numeric && run.len() >= 2 && !prev.is_ascii_alphabetic() && (prev != '.' || designator) && (year_ok || after_ok) {
            // The notes whose marker ends the run, shortest first.
            let suffixes = (1..run.len().min(5)).map(|n| (n, notes_at(&run[run.len() - n..], i))).filter(|(_, v)| !v.is_empty());
            let mut context = None;
            for (len, notes) in suffixes {
                let at = j - len;
                for n in notes {
                    if is_year(&text[i..at]) && !is_year(run) {
                        if year_ok && !prev.is_alphanumeric() {
                            push((at, j), n, 6, false, false);
                        }
                        continue;
                    }
                    if !after_ok || is_year(run) {
                        continue;
                    }
                    let (day, grouped, ts, te) = *context.get_or_insert_with(|| {
                        // "400 647 43": digits grouped by spaces.
                        let grouped = prev == ' ' && k >= 2 && chars[k - 2].1.is_ascii_digit()
                            || after == Some(' ') && text[j + 1..].starts_with(|c: char| c.is_ascii_digit());
                        let (ts, te) = token_around(text, i, j);
                        (starts_with_month(&text[j..]), grouped, ts, te)
                    });
                    let token = &text[ts..te];
                    // (nor the number that opens the block: `55/84. Third
                    // Decade …` is the resolution's)
                    if day || grouped || is_doc_symbol(token) || ts == 0 && text[te..].starts_with('.') {
                        continue;
                    }
                    let mut weight = 2;
                    if token.contains('/') {
                        // A number written elsewhere in the text is a number;
                        // what is left once the marker is cut may be written
                        // elsewhere ("59/300" beside "59/3009").
                        if slash_tokens.get(token).copied().unwrap_or(0) > 1 {
                            continue;
                        }
                        if te == j && slash_tokens.contains_key(&text[ts..at]) {
                            weight += 2;
                        }
                    }
                    push((at, j), n, weight, false, false);
                }
            }
        }
        k = e.max(k + 1);
    }
}

/// Take footnote markers glued to words out of the text of every paragraph.
///
/// Each run of digits that could be a marker of a defined note is a
/// candidate, weighed by how it sits (glued to a word, to a comma, set off by
/// a space, glued to a year or another number). Notes are numbered in the
/// order of their first citation, so the first citations are the chain of
/// candidates, in text order and rising note order, of the greatest weight:
/// a note glued to a number that is missed, or a number mistaken for a
/// note, then does not push the notes after it out of place.
///
/// `def_at` is where each note's text stands in the input: a marker that
/// several notes share (texts put together, notes numbered anew) is read as
/// the note printed after it, or the one before.
fn take_markers(blocks: &mut [Block], defined: &[String], def_at: &[usize]) {
    use std::collections::HashMap;
    if defined.is_empty() {
        return;
    }
    let (mut arabic, mut latin) = (0usize, 0usize);
    let mut slash_tokens: HashMap<&str, usize> = HashMap::new();
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Para) {
        let t = b.str();
        for c in t.chars() {
            arabic += ('\u{600}'..='\u{6ff}').contains(&c) as usize;
            latin += c.is_ascii_alphabetic() as usize;
        }
        for w in t.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-'))) {
            let w = w.trim_end_matches(['.', '-']);
            if w.contains('/') && w.bytes().any(|b| b.is_ascii_digit()) {
                *slash_tokens.entry(w).or_default() += 1;
            }
        }
    }
    let mut by_marker: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, d) in defined.iter().enumerate() {
        by_marker.entry(d.as_str()).or_default().push(i);
    }
    let mut cands: Vec<Cand> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::Para {
            marker_candidates(bi, b, &by_marker, def_at, arabic > latin, &slash_tokens, &mut cands);
        }
    }
    // The chain of first citations of greatest weight.
    let n = defined.len();
    let mut tree = PrefixMax::new(n);
    let mut end_at: Vec<(i32, usize)> = vec![PrefixMax::NONE; n];
    let mut back: Vec<(i32, usize)> = vec![PrefixMax::NONE; cands.len()];
    let mut findable = vec![false; n];
    for c in &cands {
        findable[c.note] = true;
    }
    // For each note, the last note before it that some candidate reads.
    let mut last_findable: Vec<Option<usize>> = vec![None; n];
    for d in 1..n {
        last_findable[d] = if findable[d - 1] { Some(d - 1) } else { last_findable[d - 1] };
    }
    let mut g = 0;
    while g < cands.len() {
        let mut h = g;
        while h < cands.len() && (cands[h].block, cands[h].run) == (cands[g].block, cands[g].run) {
            h += 1;
        }
        for ci in g..h {
            let c = cands[ci];
            // An exact candidate follows the last note before it that has
            // any candidate (one that no reading can find is no gap).
            let before = match (c.exact, last_findable[c.note]) {
                (false, _) | (true, None) => tree.query(c.note),
                (true, Some(p)) if end_at[p].1 != usize::MAX => end_at[p],
                _ => continue,
            };
            back[ci] = (before.0 + c.weight, before.1);
        }
        for ci in g..h {
            let v = (back[ci].0, ci);
            if v.0 > 0 {
                tree.update(cands[ci].note, v);
                if v.0 > end_at[cands[ci].note].0 {
                    end_at[cands[ci].note] = v;
                }
            }
        }
        g = h;
    }
    let mut taken = vec![false; cands.len()];
    let mut first: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut at = tree.query(n).1;
    while at != usize::MAX {
        taken[at] = true;
        first[cands[at].note] = Some((cands[at].block, cands[at].run));
        at = back[at].1;
    }
    // Later citations of a note glued to a word.
    let mut used: std::collections::HashSet<(usize, usize)> = cands.iter().zip(&taken).filter(|x| *x.1).map(|(c, _)| (c.block, c.run)).collect();
    for (ci, c) in cands.iter().enumerate() {
        let star = defined[c.note].contains(['*', '/']);
        let later = first[c.note].is_some_and(|f| f < (c.block, c.run));
        if !taken[ci] && c.repeat && (later || star) && used.insert((c.block, c.run)) {
            taken[ci] = true;
        }
    }
    let mut all_cuts: Vec<Vec<(usize, usize, String)>> = vec![Vec::new(); blocks.len()];
    for (c, _) in cands.iter().zip(&taken).filter(|x| *x.1) {
        all_cuts[c.block].push((c.cut.0, c.cut.1, defined[c.note].clone()));
    }
    for (b, mut cuts) in blocks.iter_mut().zip(all_cuts) {
        if cuts.is_empty() {
            continue;
        }
        cuts.sort_by_key(|c| c.0);
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
    fn footers_in_the_forms_text_layers_give_them() {
        for t in ["1/6", "- 2 -", "\u{2013} 3 \u{2013}", "-4-", "Page 2", "Page 2 of 6", "page 2 of 6", "Página 3 de 8", "Page 2 sur 6", "20-16938 (E)        1/5", "2/6   20-16938", "2   20-16938 (E)", "*2016938*  20-16938 (E)"] {
            assert!(is_furniture(t, &|_| false), "{t}");
        }
        // (a paragraph's number alone on its line, and running text)
        for t in ["12", "12.", "2 of 6", "Page", "Decides to act", "- 2", "Page two", "(a) 1/6 of the budget"] {
            assert!(!is_furniture(t, &|_| false), "{t}");
        }
        assert!(is_furniture("A/RES/75/1 3/6", &|w| w == "A/RES/75/1"));
    }

    #[test]
    fn running_headers_with_the_title_on_their_line() {
        let title = words("Question of the United States Virgin Islands");
        for t in ["A/RES/75/120", "A/RES/75/120        Question of the United States Virgin Islands", "Question of the United States Virgin Islands      A/RES/75/120", "A/RES/75/120   2/6"] {
            assert!(is_running_header(t, "A/RES/75/120", &title), "{t}");
        }
        assert!(is_running_header("S/RES/2673 (2023)", "S/RES/2673", &[]));
        for t in ["Recalling its resolution A/RES/75/120 and the report,", "A/RES/75/120 was adopted"] {
            assert!(!is_running_header(t, "A/RES/75/120", &title), "{t}");
        }
    }

    #[test]
    fn job_numbers_of_new_york_geneva_and_vienna() {
        for t in ["20-16938 (E)", "25-15106", "25-15106 (E)  120425  150425", "GE.24-06052(E)", "GE.24-06052 (E)", "V.20-01652 (E)"] {
            assert!(is_job_number(t), "{t}");
        }
        for t in ["20-169381", "2020-2030", "GE.24", "20-16938 of", "V.20-0165 (E)", "1. Decides"] {
            assert!(!is_job_number(t), "{t}");
        }
    }

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
        // the page's furniture is not text: the job number, and the symbol
        // as a running header (it stays once, on the cover)
        assert!(!texts.iter().any(|t| t.contains("16938")), "{texts:?}");
        assert_eq!(texts.iter().filter(|t| t.contains("A/RES/75/1")).count(), 1, "{texts:?}");
    }

    #[test]
    fn numbers_that_are_not_markers_stay() {
        let src = "Recalling resolution 1514 (XV) of 14 December 1960,1 and article 1,2\n\n____\n_____\n1 One.\n2 Two.\n";
        let b = read(src);
        assert_eq!(b[0].str(), "Recalling resolution 1514 (XV) of 14 December 1960, and article 1,");
        assert_eq!(b[0].notes.len(), 2);
    }

    #[test]
    fn the_resolution_number_is_no_marker() {
        // Note 4 is cited nowhere else: `55/84.` is not `55/8` and note 4
        // (a text without blank lines, its title on four short lines).
        let src = "55/84. Third Decade to Combat Racism and Racial\nDiscrimination and the convening of the World\n\
                   Conference against Racism, Racial Discrimination,\nXenophobia and Related Intolerance\nThe General Assembly,\n\
                   Reaffirming its objectives, as set forth in the Charter of the United Nations, of\n\
                   achieving international cooperation in solving problems of an economic, social,\n\
                   __________________\n1 One.\n4 Four.\n";
        let b = read(src);
        assert!(b[0].str().starts_with("55/84. Third Decade"), "{}", b[0].str());
        assert!(b[0].notes.is_empty());
    }

    fn notes_of(src: &str) -> Vec<(String, Vec<(usize, String)>)> {
        read(src).into_iter().filter(|b| b.kind == BlockKind::Para).map(|b| (b.str().to_string(), b.notes)).collect()
    }

    #[test]
    fn notes_glued_to_numbers_do_not_hold_back_the_next_ones() {
        // Six notes glued to resolution numbers, then one glued to a word.
        let src = "Recalling resolutions 20/151, 23/162, 27/173, 30/124, 35/45 and 41/46 of the Council,\n\nand the Millennium Declaration7,\n\n_____\n1 A.\n2 B.\n3 C.\n4 D.\n5 E.\n6 F.\n7 G.\n";
        let b = notes_of(src);
        assert_eq!(b[0].0, "Recalling resolutions 20/15, 23/16, 27/17, 30/12, 35/4 and 41/4 of the Council,");
        assert_eq!(b[1].0, "and the Millennium Declaration,");
        assert_eq!(b[1].1, vec![(30, "7".to_string())]);
    }

    #[test]
    fn a_number_written_elsewhere_is_not_cut() {
        // Note 2 is glued to 59/300 (written so elsewhere), not to 61/2.
        let src = "Recalling resolution 59/300 and the Declaration1,\n\nRecalling resolution 61/22 of 4 December,\n\nTaking note of resolution 59/3002 and the reports3,\n\n_____\n1 A.\n2 B.\n3 C.\n";
        let b = notes_of(src);
        assert_eq!(b[1].0, "Recalling resolution 61/22 of 4 December,");
        assert_eq!(b[2].0, "Taking note of resolution 59/300 and the reports,");
    }

    #[test]
    fn a_note_no_reading_finds_does_not_stop_the_next_ones() {
        // Note 2 hides in "1/CP.212" as "1/CP.21" + 2 and is found there;
        // note 3 follows a comma, which needs the note before it found.
        let src = "Recalling the report1 and decision 1/CP.21,\n\nNoting decision 1/CP.212 of the Conference,3 and the Agreement,\n\n_____\n1 A.\n2 B.\n3 C.\n";
        let b = notes_of(src);
        assert_eq!(b[1].0, "Noting decision 1/CP.21 of the Conference, and the Agreement,");
        assert_eq!(b[1].1.len(), 2);
        // Note 2 is nowhere to be read: note 3 after a comma still counts.
        let b = notes_of("Recalling the report1 and more,\n\nNoting the Conference,3 and the Agreement,\n\n_____\n1 A.\n2 B.\n3 C.\n");
        assert_eq!(b[1].0, "Noting the Conference, and the Agreement,");
    }

    #[test]
    fn a_day_before_a_month_is_not_cut() {
        let src = "Recalling the Declaration1 of 22 June 2005,\n\nNoting the report2,\n\n_____\n1 A.\n2 B.\n";
        let b = notes_of(src);
        assert_eq!(b[0].0, "Recalling the Declaration of 22 June 2005,");
        assert_eq!(b[1].0, "Noting the report,");
    }

    #[test]
    fn arabic_markers_in_brackets_and_cjk_markers_after_punctuation() {
        let b = notes_of("وقد نظرت في تقرير الأمين العام(1) وتقرير اللجنة(2)،\n\n_____\n1 A/77/1.\n2 A/77/2.\n");
        assert_eq!(b[0].0, "وقد نظرت في تقرير الأمين العام() وتقرير اللجنة()،");
        assert_eq!(b[0].1.len(), 2);
        let b = notes_of("审议了秘书长的报告，1\n\n回顾《公约》2 以及其他文书，\n\n_____\n1 A/75/1。\n2 第一卷。\n");
        assert_eq!(b[0].0, "审议了秘书长的报告，");
        assert_eq!(b[1].0, "回顾《公约》 以及其他文书，");
    }

    #[test]
    fn cjk_lines_join_without_a_space_even_inside_numbers() {
        let b = read("又回顾理事会2020年7月17日第20\n20/12号决议以及以往的各项决议、\n2015年的决议，认识到C\nOVID-19大流行，\n\n1.\n请秘书长提交报告。\n");
        assert_eq!(b[0].str(), "又回顾理事会2020年7月17日第2020/12号决议以及以往的各项决议、2015年的决议，认识到COVID-19大流行，");
        // a label alone on its line keeps its space
        assert_eq!(b[1].str(), "1. 请秘书长提交报告。");
    }

    #[test]
    fn margins_every_line_has_are_layout() {
        // (a space at the end of a CJK line stands for one, unless every
        // line has it; an indent every line has is no paragraph's indent)
        let body = "又回顾理事会2020年7月17日第20\n20/12号决议以及以往的各项决议、\n2015年的决议，认识到C\nOVID-19大流行，\n";
        let lines: Vec<&str> = body.lines().collect();
        let text = |f: &dyn Fn(&str) -> String| (0..3).map(|_| lines.iter().map(|l| f(l)).collect::<String>() + "\n").collect::<String>();
        for input in [text(&|l| format!("{l}  \n")), text(&|l| format!("    {l}\n"))] {
            let b = read(&input);
            assert_eq!(b.len(), 3, "{input:?}");
            assert_eq!(b[0].str(), "又回顾理事会2020年7月17日第2020/12号决议以及以往的各项决议、2015年的决议，认识到COVID-19大流行，", "{input:?}");
            // (spans still point at the text in the input)
            assert!(input[b[2].span.start..].starts_with("又回顾"), "{input:?}");
        }
    }

    #[test]
    fn hard_wrapped_lines_split_at_labels() {
        let b = read("1. Decides that:\n(a) First;\n(b) Second;\n");
        assert_eq!(b.len(), 3);
        assert_eq!(b[1].str(), "(a) First;");
    }
}
