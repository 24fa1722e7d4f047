//! Classified structure: normalized blocks into the parts of a resolution.
//!
//! header (symbol, number, title) -> enacting formula -> preambular
//! paragraphs -> operative paragraphs (with sections and nested items) ->
//! adoption line (+ vote) -> annexes; footnote texts are gathered from
//! wherever the reader found them.

use crate::adoption;
use crate::block::{Block, BlockKind};
use crate::lexicon::{self, Lexicon, Part};
use crate::model::{Adoption, Annex, Footnote, HeaderSpans, Meta, Span};
use crate::textbuf::TextBuf;

mod lead;
use lead::{find_lead, guess_lead, leads_case};

/// A paragraph label at the start of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    /// An operative paragraph number (`4.`, `4 -`).
    Number(String),
    /// An item label as printed (`(a)`, `a)`, `(iv)`, `•`).
    Item(String),
}

/// The label at the start of `t` and the byte length it takes (with the
/// white space after it).
pub fn label_len(t: &str) -> Option<(Label, usize)> {
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let after_ws = |i: usize| -> Option<usize> {
        let rest = &t[i..];
        let ws = rest.len() - rest.trim_start().len();
        (ws > 0 || rest.is_empty()).then_some(i + ws)
    };
    if digits > 0 && digits <= 3 {
        let rest = &t[digits..];
        if rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            // (glued to a capital, as a flattened web page sets it: `1.Requests`)
            let glued = rest[1..].starts_with(char::is_uppercase).then_some(digits + 1);
            return after_ws(digits + 1).or(glued).map(|n| (Label::Number(t[..digits].to_string()), n));
        }
        // OCR sets a space before the dot: "1 . Calls upon"
        if rest.starts_with(" .") && rest[2..].starts_with(char::is_whitespace) {
            return after_ws(digits + 2).map(|n| (Label::Number(t[..digits].to_string()), n));
        }
        // Arabic "1 -" (also printed "1-")
        let r = rest.trim_start();
        if (r.starts_with("- ") || r.starts_with("– ")) && rest.len() - r.len() <= 1 {
            let dash = r.chars().next().unwrap().len_utf8();
            return after_ws(digits + (rest.len() - r.len()) + dash).map(|n| (Label::Number(t[..digits].to_string()), n));
        }
        return None;
    }
    // an item word is at most 5 bytes (one letter of another script, 4):
    // its `)` is among the first bytes, not searched for in the whole text
    let close_within = |n: usize| b[..b.len().min(n)].iter().position(|&c| c == b')');
    if t.starts_with('(') {
        let close = close_within(7)?;
        let inner = &t[1..close];
        if is_item_word(inner) {
            return after_ws(close + 1).map(|n| (Label::Item(t[..=close].to_string()), n));
        }
        return None;
    }
    if let Some(close) = close_within(6) {
        let inner = &t[..close];
        if close <= 5 && is_item_word(inner) && inner.chars().all(|c| c.is_lowercase()) {
            return after_ws(close + 1).map(|n| (Label::Item(t[..=close].to_string()), n));
        }
    }
    for bullet in ["•", "–", "-", "·", "▪"] {
        if let Some(rest) = t.strip_prefix(bullet) {
            if rest.starts_with(' ') {
                return after_ws(bullet.len()).map(|n| (Label::Item(bullet.to_string()), n));
            }
        }
    }
    None
}

fn is_item_word(s: &str) -> bool {
    // One letter of a non-Latin script: Arabic "(أ)", Cyrillic "а)".
    let mut cs = s.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        if !c.is_ascii() && c.is_alphabetic() && !c.is_uppercase() && !('\u{4e00}'..='\u{9fff}').contains(&c) {
            return true;
        }
    }
    !s.is_empty()
        && s.len() <= 5
        && (s.chars().all(|c| c.is_ascii_lowercase()) && (s.len() <= 2 || s.chars().all(|c| "ivxlc".contains(c)))
            || s.chars().all(|c| c.is_ascii_digit()) && s.len() <= 2)
}

/// Whether `t` has more than `n` characters, counting them only when its
/// length in bytes leaves it open (a character is 1 to 4 bytes): blocks are
/// measured this way many times.
pub(crate) fn longer_than(t: &str, n: usize) -> bool {
    t.len() > n && (t.len() > 4 * n || t.chars().count() > n)
}

/// The block opens a numbered paragraph (a Markdown list item or a printed
/// number).
fn is_numbered(b: &Block) -> bool {
    b.list_num.is_some() || matches!(label_of(b.str()), Some(Label::Number(_)))
}

pub fn label_of(t: &str) -> Option<Label> {
    label_len(t).map(|x| x.0)
}

/// `t` is only a label (`1.`, `(a)`).
pub fn is_lone_label(t: &str) -> bool {
    label_len(t.trim()).is_some_and(|(_, n)| n >= t.trim().len())
}

/// `75/103. Title`, `1972/1663(LII).Title`, `ES-11/1. Title`: the number and
/// the title.
pub fn split_number_title(t: &str) -> Option<(&str, &str)> {
    let t = t.trim_start();
    let mut end = 0;
    let b = t.as_bytes();
    // optional "ES-" / "S-" prefix
    for p in ["ES-", "S-"] {
        if t.starts_with(p) {
            end = p.len();
        }
    }
    let d1 = b[end..].iter().take_while(|c| c.is_ascii_digit()).count();
    if d1 == 0 {
        return None;
    }
    if b.get(end + d1) == Some(&b'/') {
        end += d1 + 1;
        let d2 = b[end..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d2 == 0 {
            return None;
        }
        end += d2;
    } else {
        // The General Assembly's numbers before 1976: the session in
        // capital roman numerals, a letter between where one number has
        // several parts (`1514 (XV)`, `217 A (III)`, `3379 (XXX)`)
        end += d1;
        let rest = &t[end..];
        let part = rest.strip_prefix(' ').filter(|r| r.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && r.as_bytes().get(1) == Some(&b' '));
        let r = part.map_or(rest, |r| &r[1..]);
        let open = if r.starts_with(" (") { 2 } else { r.starts_with('(').then_some(1)? };
        let close = open + r[open..].find(')')?;
        let roman = &r[open..close];
        if roman.is_empty() || roman.len() > 8 || !roman.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L')) {
            return None;
        }
        end += rest.len() - r.len() + close + 1;
        if d1 > 4 || !t[end..].starts_with('.') {
            return None;
        }
    }
    // "(LII)" or " (LII)"
    let rest = &t[end..];
    let r = rest.trim_start();
    if r.starts_with('(') {
        if let Some(c) = r.find(')') {
            if r[1..c].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
                end += rest.len() - r.len() + c + 1;
            }
        }
    }
    let rest = &t[end..];
    let title = match rest.strip_prefix('.') {
        // Arabic "75/295. - Title"
        Some(r) => r.trim_start().strip_prefix(['-', '–']).filter(|x| x.starts_with(char::is_whitespace)).unwrap_or(r),
        // Arabic prints no dot: "76/110 Title", "77/311 77/311 - Title"
        None if rest.starts_with(char::is_whitespace) && rest.chars().find(|c| c.is_alphabetic()).is_some_and(is_arabic) => rest,
        None => return None,
    };
    // (a web page's table: `1974/1848(LVI). | Title |`)
    let title = title.trim_start();
    let title = title.strip_prefix("| ").unwrap_or(title).trim_start();
    if title.is_empty() || title.starts_with(|c: char| c.is_ascii_digit()) && !title.contains(' ') {
        return None;
    }
    Some((&t[..end], title))
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06ff}' | '\u{0750}'..='\u{077f}' | '\u{08a0}'..='\u{08ff}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

/// Letters of the scripts that tell languages apart, in the first 400
/// characters of each block counted: Cyrillic (U+0400-04FF), Arabic
/// (U+0600-06FF), CJK ideographs (U+4E00-9FFF) and ASCII letters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct ScriptLetters {
    cyr: usize,
    arab: usize,
    cjk: usize,
    latin: usize,
}

impl ScriptLetters {
    /// Counts from the UTF-8 lead bytes, which give each script's range
    /// (`D0`-`D3` Cyrillic, `D8`-`DB` Arabic, `E4 B8`-`E9 BF` the
    /// ideographs): no character is decoded, and an ASCII stretch (English)
    /// is counted a vector at a time.
    fn count(&mut self, text: &str) {
        let b = text.as_bytes();
        let head = &b[..b.len().min(400)];
        if head.is_ascii() {
            // 400 characters are 400 bytes
            self.latin += head.iter().filter(|&&c| (c | 0x20).wrapping_sub(b'a') < 26).count();
            return;
        }
        let mut chars = 0;
        for (i, &c) in b.iter().enumerate() {
            if c & 0xc0 == 0x80 {
                continue; // inside a character
            }
            if chars == 400 {
                break;
            }
            chars += 1;
            match c {
                b'A'..=b'Z' | b'a'..=b'z' => self.latin += 1,
                0xd0..=0xd3 => self.cyr += 1,
                0xd8..=0xdb => self.arab += 1,
                0xe4 if b[i + 1] >= 0xb8 => self.cjk += 1,
                0xe5..=0xe9 => self.cjk += 1,
                _ => {}
            }
        }
    }
}

/// Language of the text: the lexicon whose lead phrases open the most
/// blocks; scripts without a lexicon of phrases by their letters.
pub fn detect_language(blocks: &[Block]) -> &'static str {
    let mut letters = ScriptLetters::default();
    let blocks = &blocks[..blocks.len().min(300)];
    for b in blocks.iter().take(200) {
        letters.count(b.str());
    }
    let ScriptLetters { cyr, arab, cjk, latin } = letters;
    let max = cyr.max(arab).max(cjk).max(latin);
    if max > 0 && max == cjk {
        return "zh";
    }
    if max > 0 && max == arab {
        return "ar";
    }
    if max > 0 && max == cyr {
        return "ru";
    }
    let langs: Vec<&Lexicon> = lexicon::all().iter().filter(|l| matches!(l.language, "en" | "fr" | "es")).collect();
    let mut scores = vec![0usize; langs.len()];
    for (n, b) in blocks.iter().enumerate() {
        let t = strip_label(b.str());
        for (lx, score) in langs.iter().zip(scores.iter_mut()) {
            if lx.opens_with_lead(t) {
                *score += 2;
            }
            if lx.formula_articles.iter().any(|a| t.strip_prefix(a).is_some_and(|r| r.starts_with(' '))) {
                *score += 1;
            }
        }
        // a block scores at most 3: stop once no other language can catch up
        let left = 3 * (blocks.len() - n - 1);
        let top = *scores.iter().max().unwrap_or(&0);
        if scores.iter().filter(|&&s| s + left >= top).count() == 1 {
            break;
        }
    }
    // the first language with the highest score, English when none scored
    let mut best = ("en", 0usize);
    for (lx, &score) in langs.iter().zip(&scores) {
        if score > best.1 {
            best = (lx.language, score);
        }
    }
    best.0
}

fn strip_label(t: &str) -> &str {
    match label_len(t) {
        Some((_, n)) => &t[n.min(t.len())..],
        None => t,
    }
}

/// A paragraph under construction.
#[derive(Clone, Debug)]
pub struct Node {
    pub label: Option<Label>,
    pub block: Block,
    pub lead: Option<(String, Span)>,
    pub items: Vec<Node>,
    pub section: Option<String>,
    /// The lead was not in the lexicon (found from emphasis or guessed).
    pub unknown_lead: bool,
}

impl Node {
    /// The deepest last item (where a continuation belongs).
    fn last_mut(&mut self) -> &mut Node {
        if self.items.is_empty() {
            self
        } else {
            self.items.last_mut().unwrap().last_mut()
        }
    }
}

/// What the structure stage found.
#[derive(Debug, Default)]
pub struct Structure {
    pub meta: Meta,
    pub spans: HeaderSpans,
    pub formula: Option<String>,
    pub preamble: Vec<Node>,
    pub operative: Vec<Node>,
    pub footnotes: Vec<Footnote>,
    pub annexes: Vec<Annex>,
    pub has_sections: bool,
    /// Footnote markers cited in the title.
    pub title_notes: Vec<String>,
    /// Footnote markers cited after the resolution proper (annexes).
    pub annex_notes: Vec<String>,
    /// Running text before the formula (or the first paragraph) that no
    /// header field took: reported, not silently dropped.
    pub unplaced: Vec<Span>,
}

fn text_of(b: &Block) -> String {
    b.str().replace('\n', " ")
}

/// Append `t` with its line breaks as spaces (as [`text_of`]).
fn push_line(out: &mut String, t: &str) {
    for (i, piece) in t.split('\n').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(piece);
    }
}

/// The enacting formula (`The General Assembly,`): the body it names.
fn formula_body(b: &Block, lx: &Lexicon) -> Option<String> {
    let t = b.str().trim();
    // in capitals (`THE GENERAL ASSEMBLY,`): as a name is written
    let folded = lexicon::fold_capitals(t, true, t.len());
    let t = folded.as_deref().unwrap_or(t);
    if longer_than(t, 120) || label_of(t).is_some() || t.contains(". ") {
        return None;
    }
    let core = t.trim_end_matches([',', '，', '،', ':']).trim();
    let ends_ok = t.ends_with([',', '，', '،']) || t == core;
    if !ends_ok {
        return None;
    }
    for l in std::iter::once(lx).chain(lexicon::all()) {
        for a in l.formula_articles {
            let rest = if a.ends_with(['’', '\'']) { core.strip_prefix(a) } else { core.strip_prefix(a).and_then(|r| r.strip_prefix(' ')) };
            if let Some(rest) = rest {
                let first = rest.chars().next()?;
                if first.is_uppercase() && rest.split_whitespace().count() <= 8 {
                    // A body is a name: its words are capitalized or short
                    // joiners ("on", "of", "and", "de", "la").
                    let name_like = l.language != "en"
                        || rest.split_whitespace().all(|w| {
                            w.chars().next().is_some_and(|c| c.is_uppercase()) || w.chars().count() <= 3
                        });
                    if name_like {
                        return Some(rest.to_string());
                    }
                }
            }
        }
    }
    // Scripts without articles: a short, fully emphasized line ending in a
    // comma (Markdown), or a short line ending in a comma before the
    // paragraphs (Russian, Chinese, Arabic).
    if !matches!(lx.language, "en" | "fr" | "es") && t.ends_with([',', '，', '،']) && !longer_than(t, 40) {
        let mut body = core.to_string();
        for a in lx.formula_articles {
            if let Some(r) = body.strip_prefix(a) {
                body = r.trim().to_string();
            }
        }
        return Some(body);
    }
    None
}

/// Item label kinds, for nesting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemKind {
    Letter,
    Roman,
    Digit,
    Bullet,
    Upper,
}

fn label_core(l: &str) -> &str {
    l.trim_matches(|c: char| c == '(' || c == ')' || c == '.' || c == ' ')
}

fn item_kind(label: &str, prev_sibling: Option<&str>) -> ItemKind {
    let core = label_core(label);
    if core.chars().all(|c| c.is_ascii_digit()) && !core.is_empty() {
        return ItemKind::Digit;
    }
    if !core.chars().all(|c| c.is_alphanumeric()) || core.is_empty() {
        return ItemKind::Bullet;
    }
    if core.chars().all(|c| c.is_ascii_uppercase()) {
        return ItemKind::Upper;
    }
    let roman_letters = core.chars().all(|c| "ivxlc".contains(c));
    if roman_letters {
        if core.len() == 1 {
            // "(i)" after "(h)" is a letter; "(v)" after "(u)", ...
            let c = core.chars().next().unwrap();
            if let Some(p) = prev_sibling {
                let pc = label_core(p);
                if pc.len() == 1 && pc.chars().next().map(|x| x as u32 + 1) == Some(c as u32) {
                    return ItemKind::Letter;
                }
            }
            if c == 'i' {
                return ItemKind::Roman;
            }
            return if prev_sibling.is_some_and(|p| label_core(p).chars().all(|c| "ivxlc".contains(c)) && !label_core(p).is_empty() && prev_sibling.map(label_core) != Some("h")) {
                ItemKind::Roman
            } else {
                ItemKind::Letter
            };
        }
        if core.len() >= 2 {
            // "ii", "iv", ...; "cc" style double letters are letters
            let same = core.chars().all(|c| c == core.chars().next().unwrap());
            if !(same && prev_sibling.is_some_and(|p| label_core(p).len() == core.len() && !label_core(p).chars().all(|c| "ivxlc".contains(c)))) {
                return ItemKind::Roman;
            }
        }
    }
    ItemKind::Letter
}

fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| "ivxlc".contains(c)) {
        return None;
    }
    let v = |c| match c {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        _ => 100,
    };
    let cs: Vec<u32> = s.chars().map(v).collect();
    let mut total = 0i64;
    for (k, &x) in cs.iter().enumerate() {
        if cs.get(k + 1).is_some_and(|&n| n > x) {
            total -= x as i64;
        } else {
            total += x as i64;
        }
    }
    u32::try_from(total).ok()
}

fn letter_value(s: &str) -> Option<u32> {
    let mut cs = s.chars();
    let c = cs.next()?;
    if !c.is_ascii_lowercase() || cs.any(|x| x != c) {
        return None;
    }
    Some((c as u32 - 'a' as u32 + 1) + 26 * (s.len() as u32 - 1))
}

/// `label` is the next label after `prev` in some numbering (letters,
/// roman numerals, digits, the same bullet), with the same punctuation.
fn follows(prev: &str, label: &str) -> bool {
    let shape = |l: &str| l.starts_with('(') as u8 + 2 * l.ends_with(')') as u8;
    if shape(prev) != shape(label) {
        return false;
    }
    let (p, l) = (label_core(prev), label_core(label));
    if !p.chars().any(char::is_alphanumeric) || !l.chars().any(char::is_alphanumeric) {
        return prev == label && !prev.is_empty();
    }
    // OCR reads "(i)" as "(1)" or "(l)".
    let p_roman = if matches!(p, "1" | "l") { "i" } else { p };
    if matches!((roman_value(p_roman), roman_value(l)), (Some(x), Some(y)) if y == x + 1) {
        return true;
    }
    let next = |a: Option<u32>, b: Option<u32>| matches!((a, b), (Some(x), Some(y)) if y == x + 1);
    next(letter_value(p), letter_value(l))
        || next(roman_value(p), roman_value(l))
        || next(p.parse().ok(), l.parse().ok())
}

/// The first label of a list: `(a)`, `(i)`, `(1)`, a bullet.
fn starts_list(label: &str) -> bool {
    matches!(label_core(label), "a" | "i" | "1" | "A" | "I") || !label_core(label).chars().any(|c| c.is_alphanumeric())
}

/// Add an item to the paragraph `parent`, nesting by label kind.
fn add_item(parent: &mut Node, item: Node) {
    let label = match &item.label {
        Some(Label::Item(l)) => l.clone(),
        _ => String::new(),
    };
    // Walk down the chain of last items, looking for a list of this kind.
    fn kinds_chain(n: &Node) -> Vec<ItemKind> {
        let mut out = Vec::new();
        let mut cur = n;
        while let Some(last) = cur.items.last() {
            let prev = if cur.items.len() >= 2 {
                match &cur.items[cur.items.len() - 2].label {
                    Some(Label::Item(l)) => Some(l.as_str()),
                    _ => None,
                }
            } else {
                None
            };
            let l = match &last.label {
                Some(Label::Item(l)) => l.as_str(),
                _ => "",
            };
            out.push(item_kind(l, prev));
            cur = last;
        }
        out
    }
    let chain = kinds_chain(parent);
    // The deepest list whose last label this one follows ("v)" after "iv)",
    // not after "b)").
    {
        let mut lasts: Vec<String> = Vec::new();
        let mut cur: &Node = parent;
        while let Some(last) = cur.items.last() {
            lasts.push(match &last.label {
                Some(Label::Item(l)) => l.clone(),
                _ => String::new(),
            });
            cur = last;
        }
        if let Some(d) = (0..lasts.len()).rev().find(|&d| follows(&lasts[d], &label)) {
            let mut cur = parent;
            for _ in 0..d {
                cur = cur.items.last_mut().unwrap();
            }
            cur.items.push(item);
            return;
        }
        if starts_list(&label) && !lasts.is_empty() {
            let mut cur = parent;
            for _ in 0..lasts.len() {
                cur = cur.items.last_mut().unwrap();
            }
            cur.items.push(item);
            return;
        }
    }
    // The sibling this label would follow at each depth.
    let mut depth = chain.len(); // default: a new, deeper list
    {
        let mut cur: &Node = parent;
        for (d, _) in chain.iter().enumerate() {
            let last = cur.items.last().unwrap();
            let prev = match &last.label {
                Some(Label::Item(l)) => Some(l.as_str()),
                _ => None,
            };
            if item_kind(&label, prev) == chain[d] {
                depth = d;
                break;
            }
            cur = last;
        }
    }
    let mut cur = parent;
    for _ in 0..depth {
        cur = cur.items.last_mut().unwrap();
    }
    cur.items.push(item);
}

/// Whether the language's leads start with a capital (`Recalling`,
/// `Rappelant`), so that one can be told inside a run of text.
pub(crate) fn leads_capitalized(lx: &Lexicon) -> bool {
    lead::leads_case(lx) == Some(true)
}

/// A block that is only a heading in the operative part (`A`, `I. General`,
/// `**Arms embargo**`).
fn is_section_heading(b: &Block) -> bool {
    let t = b.str().trim();
    if t.is_empty() || longer_than(t, 200) || label_of(t).is_some() {
        return false;
    }
    if t.ends_with([',', ';', ':', '，', '；', '：', '،', '؛']) {
        return false;
    }
    if matches!(b.kind, BlockKind::Heading(_)) {
        return true;
    }
    if b.all_emphasized() && !t.ends_with('.') {
        return true;
    }
    // "A", "IV", "II. Title", "B. Title"
    let first = t.split_whitespace().next().unwrap_or("");
    let core = first.trim_end_matches('.');
    let numeral = !core.is_empty() && core.len() <= 5 && (core.chars().all(|c| "IVXLC".contains(c)) || core.len() == 1 && core.chars().all(|c| c.is_ascii_uppercase()));
    numeral && (first == t || first.ends_with('.') || t.split_whitespace().count() <= 12) && !t.ends_with('.')
}

/// Heading text as recorded in `section`.
fn section_text(b: &Block) -> String {
    text_of(b).trim().to_string()
}

fn annex_heading(b: &Block, lx: &Lexicon) -> bool {
    annex_label(b.str(), lx)
}

/// Whether `t` is the heading that opens an annex (`Annex`, `Annex II`,
/// `Appendix`, in any language of the lexicons).
pub(crate) fn annex_label(t: &str, lx: &Lexicon) -> bool {
    let t = t.trim();
    if longer_than(t, 60) {
        return false;
    }
    std::iter::once(lx).chain(lexicon::all()).any(|l| {
        l.annex.iter().any(|a| {
            t.strip_prefix(a).is_some_and(|r| {
                r.is_empty() || r.starts_with([' ', '\n']) && r.split_whitespace().count() <= 6 && !r.trim().ends_with([',', ';'])
            })
        })
    })
}

/// The annex's own title, the first block under its label: a heading, a
/// paragraph all in emphasis, or (a plain text has no typography) a short
/// block that is neither numbered nor ended as a sentence or a chapeau
/// (`In accordance with paragraph 3 …, the Team shall:` opens the text).
fn annex_title(b: &Block) -> bool {
    let t = b.str().trim();
    if t.is_empty() || longer_than(t, 400) || b.list_num.is_some() || label_of(t).is_some() {
        return false;
    }
    matches!(b.kind, BlockKind::Heading(_))
        || b.all_emphasized()
        || !t.ends_with(['.', ':', ';', ',', '。', '：', '；', '，', '،', '؛'])
            && t.chars().next().is_some_and(|c| !c.is_lowercase() && !c.is_ascii_digit() && c != '(')
}

/// A running header or footer: the document's symbol, a job number, a page
/// number, a bar code, alone or together (`20-16938 (E) 1/5`).
fn is_page_furniture(t: &str) -> bool {
    use crate::read::plain;
    let t = t.trim();
    !t.is_empty()
        && t.len() <= 60
        && (plain::is_job_number(t) || plain::is_furniture(t, &|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && plain::is_symbol(w)))
}

fn is_vote_start(t: &str) -> bool {
    // (`[Adopted without a vote.]`, not a web copy's note `[1] Official
    // Records ...`)
    t.strip_prefix('[').is_some_and(|r| r.starts_with(char::is_alphabetic))
}

/// Classify blocks. `lang` is the detected language.
pub fn classify(blocks: Vec<Block>, lang: &str, is_markdown: bool) -> Structure {
    let lx = lexicon::get(lang).unwrap_or_else(|| lexicon::get("en").unwrap());
    let mut st = Structure::default();
    st.meta.language = lang.to_string();

    let mut defs: Vec<Block> = Vec::new();
    let mut body: Vec<Block> = Vec::new();
    for b in blocks {
        if matches!(b.kind, BlockKind::FootnoteDef(_)) {
            defs.push(b);
        } else {
            body.push(b);
        }
    }

    // 1. The formula.
    // Without its comma (`The General Assembly`), a line is the formula only
    // when the paragraphs follow it: a cover page's agenda item (`La
    // Stratégie antiterroriste mondiale des Nations Unies`) reads the same.
    // The paragraphs follow when the next block is numbered, opens with a
    // listed lead, or (a lead no list holds: `Adopts`, `Guided by`) reads as
    // running text, a sentence of some length that a cover page's lines
    // (`Resolution adopted by the General Assembly on 30 June 2022`,
    // `[without reference to a Main Committee (A/76/L.70)]`) are not. A
    // body that the references stage knows by name is the formula anyway.
    let opens_body = |b: &Block| {
        let t = b.str().trim();
        is_numbered(b)
            || lx.opens_with_lead(t)
            || t.ends_with(['.', ';', ',', ':']) && !t.starts_with('[') && t.split_whitespace().nth(7).is_some()
    };
    let formula_at = body.iter().enumerate().find_map(|(i, b)| {
        let name = formula_body(b, lx)?;
        let comma = b.str().trim_end().ends_with([',', '，', '،', ':']);
        (comma || crate::references::known_body(&name) || body.get(i + 1).is_none_or(opens_body)).then_some((i, name))
    });
    let head_end = match &formula_at {
        Some((i, _)) => *i,
        None => body
            .iter()
            .position(|b| is_numbered(b) || lx.lead_of(b.str(), Part::Preamble).is_some())
            .unwrap_or(0),
    };
    if let Some((i, name)) = &formula_at {
        st.formula = Some(text_of(&body[*i]).trim().to_string());
        st.spans.formula = Some(body[*i].span);
        st.meta.body = Some(name.clone());
    }

    // 2. Header.
    header(&body[..head_end], lx, &mut st, is_markdown);
    for b in &body[..head_end] {
        let t = b.str().trim();
        // (running text: long, or a sentence's words and a clause's end,
        // `The General Assembly, Recalling ...,` whose formula was not found)
        let running = (longer_than(t, 160) || t.split_whitespace().nth(7).is_some()) && t.ends_with([',', ';', '.', ':']) && !t.starts_with('[');
        // (not a block that gave a header field: the title, the adoption
        // line `Adopted by the Security Council at its 3868th meeting,`)
        let holds = |s: Option<Span>| s.is_some_and(|s| b.span.start <= s.start && s.start < b.span.end);
        if running && !holds(st.spans.title) && !holds(st.spans.adoption) && !adoption::is_adoption_line(t, lx) {
            st.unplaced.push(b.span);
        }
    }

    // 3. Body.
    let start = formula_at.as_ref().map_or(head_end, |(i, _)| i + 1);
    // Page furniture a converter left between the paragraphs (`A/RES/75/103`,
    // `20-16938 (E) 1/5`: Markdown from PDF without page-break rules) is not
    // text; the paragraph it interrupts may go on after it.
    let mut rest: Vec<Block> = Vec::with_capacity(body.len());
    let mut broke = false;
    for mut b in body.drain(start.min(body.len())..) {
        if is_page_furniture(b.str()) {
            broke = true;
            continue;
        }
        b.after_break |= std::mem::take(&mut broke);
        rest.push(b);
    }
    // A Markdown text that emphasizes its leads: a paragraph without
    // emphasis has no lead (as typeset), rather than a guessed one.
    let opening_emph = rest.iter().filter(|b| b.emph.iter().any(|e| e.0 == 0 || b.list_num.is_some() && e.0 <= 1)).count();
    let typeset = is_markdown && opening_emph * 2 >= rest.len().max(1);
    let mut section: Option<String> = None;
    let mut section_open = false; // the last block was a heading
    let mut in_operative = false;
    // closes[i]: block i is an adoption line or an annex heading (each
    // block looked at once), up to `ends`, the first that ends the
    // paragraphs (an annex heading, or an adoption line without a number):
    // the loop below reads no further (in a long annex, no block more).
    let mut closes: Vec<bool> = Vec::with_capacity(rest.len());
    let mut ends = rest.len();
    for (i, b) in rest.iter().enumerate() {
        let adopted = adoption::is_adoption_line(b.str(), lx);
        let annex = annex_heading(b, lx);
        closes.push(adopted || annex);
        if annex || adopted && label_of(b.str()).is_none() {
            ends = i;
            break;
        }
    }
    closes.resize(rest.len(), false);
    // A web page's words after the last numbered paragraph, with no
    // adoption line (`Argomenti correlati: stampa questo documento`, `Share
    // this page`): no paragraph (no number, no listed lead, no clause's
    // end) after a paragraph's full stop. They are kept after the
    // resolution proper, as an annex, not as operative paragraphs.
    if ends == rest.len() {
        let stray = |b: &Block| {
            let t = b.str().trim_end();
            b.kind == BlockKind::Para
                && label_of(t).is_none()
                && !t.ends_with(['.', ',', ';', ':', '，', '；', '。', '：', '،', '؛', ')'])
                && !lx.opens_with_lead(t)
                && !is_section_heading(b)
        };
        let mut j = rest.len();
        while j > 0 && stray(&rest[j - 1]) {
            j -= 1;
        }
        let closed = |b: &Block| b.str().trim_end().trim_end_matches(|c: char| c.is_ascii_digit()).ends_with(['.', '。']);
        if j < rest.len() && j > 0 && closed(&rest[j - 1]) && rest[..j].iter().any(is_numbered) {
            ends = j;
        }
    }
    // ahead[i]: a numbered paragraph comes at or after block i, before the
    // adoption line or an annex heading (one backward pass, not a scan per
    // block).
    let mut ahead = vec![false; rest.len() + 1];
    for i in (0..rest.len()).rev() {
        ahead[i] = !closes[i] && (is_numbered(&rest[i]) || ahead[i + 1]);
    }
    let numbered_ahead = |from: usize| ahead[from.min(ahead.len() - 1)];
    // The next block opens a numbered paragraph (or another heading line).
    // The next block opens a numbered paragraph, perhaps after more heading
    // lines ("AMISOM" / "Priorities and tasks" / "9. Decides").
    let numbered_next = |next: &[Block]| {
        for b in next.iter().take(4) {
            if is_numbered(b) {
                return true;
            }
            let t = b.str().trim_end();
            let heading_like = is_section_heading(b)
                || label_of(t).is_none() && !t.ends_with(['.', ',', ';', ':']) && !longer_than(t, 400);
            if !heading_like {
                return false;
            }
        }
        false
    };
    let body_name = st.meta.body.clone();
    let lower_leads = leads_case(lx) == Some(false);
    let mut k = 0;
    // (the paragraphs end at `ends`)
    while k < ends {
        // the block is taken out (the loop and what follows it read no
        // block before `k` again)
        let mut b = std::mem::replace(&mut rest[k], Block::new(BlockKind::Para, TextBuf::new(), Span::default()));
        // The label: from Markdown list markup or from the text.
        let label = match &b.list_num {
            Some(n) => Some(Label::Number(n.clone())),
            None => label_len(b.str()).map(|(l, n)| {
                b.drop_prefix(n);
                l
            }),
        };
        let part = if in_operative { Part::Operative } else { Part::Preamble };
        let is_item = matches!(label, Some(Label::Item(_)));
        let (lead, unknown) = find_lead(&b, lx, part, body_name.as_deref(), is_item, typeset);

        // A paragraph cut by a page break continues here.
        let last = if in_operative { st.operative.last_mut() } else { st.preamble.last_mut() };
        if label.is_none() && lead.is_none() && !section_open {
            if let Some(last) = last {
                let tail = last.last_mut();
                let prev = tail.block.str().trim_end();
                // (Where leads are in lower case, as in Russian, a lower-case
                // start is no sign of a continuation.)
                let starts_lower = b.str().chars().next().is_some_and(|c| c.is_lowercase() && !lower_leads || !c.is_alphabetic() && c != '[' && c != '“');
                let ends_clause = prev.ends_with([',', ';', '.', ':', '，', '；', '。', '،', '؛']);
                let mid_sentence = !ends_clause || starts_lower;
                // (what a colon announces, with no label and no lead: the
                // list or quotation a paragraph's words end on, `los
                // Gobiernos de:` / `Argentina, Bélgica, ...`, `que dice:` /
                // `“En los territorios ...”,`; a heading has no clause's end)
                let announced = prev.ends_with([':', '：']) && b.str().trim_end().ends_with(['.', ',', ';', '。', '，', '；', '،', '؛']);
                if (b.after_break && mid_sentence) || (!ends_clause && starts_lower) || (b.after_break && !ends_clause) || announced {
                    let sep = if lang == "zh" { "" } else { " " };
                    tail.block.join(&b, sep);
                    k += 1;
                    continue;
                }
            }
        }
        // Section headings inside the operative part.
        // (a heading may end with a colon: `Reports:` before `24.`; a
        // chapeau with its colon opens with a lead, or its items follow)
        let heading_colon = b.str().trim_end().ends_with(':') && b.str().split_whitespace().count() <= 10 && b.str().starts_with(char::is_uppercase);
        let plain_heading = (heading_colon || !b.str().trim_end().ends_with(['.', ',', ';', ':', '。', '，', '；', '：', '،', '؛'])) && !longer_than(b.str(), 400) && numbered_next(&rest[k + 1..]);
        if label.is_none() && lead.is_none() && (is_section_heading(&b) || plain_heading) && (in_operative || numbered_ahead(k + 1)) {
            let h = section_text(&b);
            section = Some(match (section_open, section) {
                (true, Some(prev)) => format!("{prev} {h}"),
                _ => h,
            });
            section_open = true;
            st.has_sections = true;
            k += 1;
            continue;
        }
        section_open = false;
        let mut node = Node { label: label.clone(), block: b, lead, items: Vec::new(), section: None, unknown_lead: unknown };
        // No lead in the lexicon or the typography: guess one (reported as
        // `unknown-lead`), except for items and for Markdown that emphasizes
        // its leads (there, no emphasis means no lead).
        if node.lead.is_none() && !typeset && !is_item {
            let part = if in_operative || matches!(label, Some(Label::Number(_))) { Part::Operative } else { Part::Preamble };
            if let Some(n) = guess_lead(node.block.str(), lx, part, body_name.as_deref()) {
                node.lead = Some((node.block.str()[..n].to_string(), node.block.text.span(0, n)));
                // (an opener before a listed lead is known: `Also recalling`)
                node.unknown_lead = !lx.opens_paragraph(node.block.str());
            }
        }
        match &label {
            Some(Label::Number(_)) => {
                in_operative = true;
                let mut node = node;
                node.section = section.clone();
                st.operative.push(node);
            }
            Some(Label::Item(_)) => {
                let parent = if in_operative { st.operative.last_mut() } else { st.preamble.last_mut() };
                match parent {
                    Some(p) => add_item(p, node),
                    None => st.preamble.push(node),
                }
            }
            None => {
                let op_lead = node.lead.as_ref().is_some_and(|(l, _)| {
                    lx.lead_of(l, Part::Operative).is_some_and(|p| p.len() == l.len()) && lx.lead_of(l, Part::Preamble).is_none_or(|p| p.len() < l.len())
                });
                let last_before_end = rest[k + 1..].iter().all(|x| x.str().trim().is_empty())
                    || closes.get(k + 1) == Some(&true);
                let ends_period = node.block.str().trim_end().ends_with('.');
                if in_operative || op_lead && !numbered_ahead(k + 1) || (ends_period && last_before_end && !numbered_ahead(k + 1)) {
                    in_operative = true;
                    let mut node = node;
                    node.section = section.clone();
                    st.operative.push(node);
                } else {
                    st.preamble.push(node);
                }
            }
        }
        k += 1;
    }

    // 4. Adoption line, vote, annexes.
    let mut k = ends;
    if let Some(found) = rest.get(k).and_then(|b| adoption::adoption_line(b.str(), lx)) {
        let b = &rest[k];
        // a line with neither meeting nor date is a vote (`Adopted
        // unanimously.`): it is the vote too
        let vote_only = found.meeting.is_none() && found.date.is_none();
        let mut ad = Adoption { meeting: found.meeting, date: found.date, vote: None };
        // the vote: on the lines right after the date, in the same block
        // (`46th meeting` / `11 October 2023` / `[Adopted without a vote.]`),
        // or in the blocks after it, up to its closing `]`
        let mut vote = adoption::vote_at(b.str()).map(|at| b.str()[at..].split_whitespace().collect::<Vec<_>>().join(" "));
        let mut span = b.span;
        k += 1;
        // the date on its own line
        if ad.date.is_none() && vote.is_none() {
            if let Some(n) = rest.get(k) {
                if n.str().chars().count() < 40 {
                    if let Some(d) = adoption::find_date(n.str()) {
                        ad.date = Some(d);
                        span = span.cover(n.span);
                        k += 1;
                    }
                }
            }
        }
        if vote.is_none() && k < rest.len() && is_vote_start(rest[k].str()) {
            vote = Some(String::new());
        }
        if let Some(v) = &mut vote {
            while !v.ends_with(']') && k < rest.len() && !annex_heading(&rest[k], lx) {
                let t = text_of(&rest[k]);
                if !v.is_empty() {
                    v.push(' ');
                }
                v.push_str(t.trim());
                k += 1;
            }
        }
        ad.vote = vote.or_else(|| vote_only.then(|| text_of(b).split_whitespace().collect::<Vec<_>>().join(" ")));
        if st.meta.adoption.is_none() || ad.meeting.is_some() {
            let header_date = st.meta.adoption.as_ref().and_then(|a| a.date.clone());
            if ad.date.is_none() {
                ad.date = header_date;
            }
            st.meta.adoption = Some(ad);
            st.spans.adoption = Some(span);
        }
    }
    // Annexes: each annex heading opens one; text without a heading after
    // the resolution proper is one annex too.
    // (an annex and the number of lines of its text so far)
    let mut cur: Option<(Annex, usize)> = None;
    for b in &rest[k.min(rest.len())..] {
        if annex_heading(b, lx) {
            if let Some((a, _)) = cur.take() {
                st.annexes.push(a);
            }
            let label = Some(text_of(b).trim().to_string());
            cur = Some((Annex { label, span: b.span, ..Annex::default() }, 0));
        } else {
            if cur.is_none() {
                if adoption::is_adoption_line(b.str(), lx) {
                    continue;
                }
                cur = Some((Annex { span: b.span, ..Annex::default() }, 0));
            }
            let (a, lines) = cur.as_mut().unwrap();
            a.span = a.span.cover(b.span);
            if a.label.is_some() && a.title.is_empty() && *lines == 0 && annex_title(b) {
                a.title = text_of(b).trim().to_string();
                continue;
            }
            // the block's text as one line, appended in place; a Markdown
            // list item keeps its printed number (`1. We, Heads of State`),
            // as a plain text does
            if *lines > 0 {
                a.text.push('\n');
            }
            *lines += 1;
            if let Some(n) = &b.list_num {
                a.text.push_str(n);
                a.text.push_str(". ");
            }
            push_line(&mut a.text, b.str().trim());
        }
    }
    if let Some((a, _)) = cur.take() {
        st.annexes.push(a);
    }

    // 5. Footnotes: in order of first citation, then the uncited ones.
    let mut cited: Vec<String> = st.title_notes.clone();
    fn walk(ns: &[Node], out: &mut Vec<String>) {
        for n in ns {
            for (_, m) in &n.block.notes {
                out.push(m.clone());
            }
            walk(&n.items, out);
        }
    }
    walk(&st.preamble, &mut cited);
    walk(&st.operative, &mut cited);
    for b in &rest[ends..] {
        for (_, m) in &b.notes {
            cited.push(m.clone());
        }
    }
    for b in &rest[ends..] {
        st.annex_notes.extend(b.notes.iter().map(|n| n.1.clone()));
    }
    let mut first_def: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, d) in defs.iter().enumerate() {
        if let BlockKind::FootnoteDef(m) = &d.kind {
            first_def.entry(m.as_str()).or_insert(i);
        }
    }
    let mut placed = vec![false; defs.len()];
    let mut order: Vec<usize> = Vec::new();
    for m in &cited {
        if let Some(&i) = first_def.get(m.as_str()) {
            if !placed[i] {
                placed[i] = true;
                order.push(i);
            }
        }
    }
    order.extend((0..defs.len()).filter(|&i| !placed[i]));
    for i in order {
        let d = &defs[i];
        if let BlockKind::FootnoteDef(m) = &d.kind {
            // the UN's Arabic XML puts an empty `()` before a note's text;
            // texts converted from it keep it
            let text = text_of(d);
            let text = text.trim();
            let text = text.strip_prefix("()").map_or(text, str::trim_start);
            st.footnotes.push(Footnote { id: String::new(), marker: m.clone(), text: text.to_string(), span: d.span });
        }
    }
    st
}

/// Header fields from the blocks before the formula.
fn header(blocks: &[Block], lx: &Lexicon, st: &mut Structure, is_markdown: bool) {
    let mut number_found = false;
    for (i, b) in blocks.iter().enumerate() {
        let t = text_of(b);
        let t = t.trim();
        // symbol
        if st.meta.symbol.is_none() {
            if let Some(pos) = t.find("/RES/") {
                // (after the last white space before it, which may be wider than a
                // byte: a no-break space)
                let start = t[..pos].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
                let mut end = t[pos..].find(char::is_whitespace).map_or(t.len(), |p| pos + p);
                // "S/RES/2673 (2023)"
                let after = &t[end..];
                if after.trim_start().starts_with('(') {
                    if let Some(c) = after.find(')') {
                        if after[..c].trim_start().len() <= 6 {
                            end += c + 1;
                        }
                    }
                }
                let sym = t[start..end].trim_end_matches(['.', ',']);
                st.meta.symbol = Some(sym.to_string());
                let off = b.str().find(sym).unwrap_or(0);
                st.spans.symbol = Some(b.text.span(off, off + sym.len()));
            }
        }
        // (a number without its year from a site's heading, `Security
        // Council Resolution 2623`, takes it from the document's own
        // `Resolution 2623 (2022)` after it)
        let bare = st.meta.number.clone().filter(|n| number_found && n.bytes().all(|c| c.is_ascii_digit()));
        if !number_found || bare.is_some() {
            // "## Resolution 53/8", "Resolution 2673 (2023)", "Resolution 242 (1967) of 22 November 1967"
            for l in std::iter::once(lx).chain(lexicon::all()) {
                for w in l.resolution_word {
                    // (also after a web page's words on a short line: `United
                    // Nations Security Council Resolution 338 (1973)`)
                    let after_words = || (t.len() <= 100).then(|| t.find(&format!(" {w} ")).map(|p| &t[p + 1 + w.len()..])).flatten();
                    if let Some(rest) = t.strip_prefix(w).or_else(after_words) {
                        let rest = rest.trim_start();
                        let num = number_prefix(rest);
                        let same_with_year = |b: &String| num.strip_prefix(b.as_str()).is_some_and(|y| y.trim_start().starts_with('('));
                        if !num.is_empty() && rest.starts_with(|c: char| c.is_ascii_digit() || c == 'E' || c == 'S') && bare.as_ref().is_none_or(same_with_year) {
                            st.meta.number = Some(num.to_string());
                            let off = b.str().find(num).unwrap_or(0);
                            st.spans.number = Some(b.text.span(off, off + num.len()));
                            if bare.is_some() {
                                // only the year is new
                                continue;
                            }
                            number_found = true;
                            if st.meta.adoption.is_none() {
                                if let Some(d) = adoption::find_date(&rest[num.len()..]) {
                                    st.meta.adoption = Some(Adoption { meeting: None, date: Some(d), vote: None });
                                }
                            }
                            // the title: after the number on its line
                            // (`Resolution 1993/36. Strengthening of ...`),
                            // or the next heading, or in a plain text the
                            // next line when it reads as a title (the
                            // Security Council's resolutions have none)
                            let after = rest[num.len()..].strip_prefix('.').map(str::trim_start).unwrap_or("");
                            let security_council = st.meta.body.as_deref().and_then(crate::references::body_named) == Some("Security Council");
                            if let Some(at) = (!after.is_empty() && !security_council).then(|| b.str().rfind(after.trim_end())).flatten() {
                                set_title(st, b, at);
                            } else if let Some(n) = blocks.get(i + 1) {
                                let heading = matches!(n.kind, BlockKind::Heading(_));
                                let nt = n.str().trim();
                                let title_like = !is_markdown
                                    && !security_council
                                    && !nt.is_empty()
                                    && !longer_than(nt, 300)
                                    && nt.starts_with(|c: char| c.is_uppercase())
                                    && !nt.ends_with([',', ';', ':'])
                                    && !lx.adopted.iter().any(|a| nt.starts_with(a))
                                    && formula_body(n, lx).is_none()
                                    && split_number_title(nt).is_none();
                                if (heading || title_like) && !adoption::is_adoption_line(n.str(), lx) {
                                    set_title(st, n, 0);
                                }
                            }
                        }
                    }
                }
            }
        }
        if !number_found {
            if let Some((num, _title)) = split_number_title(t) {
                st.meta.number = Some(num.trim().to_string());
                let s = b.str();
                let off = s.find(num).unwrap_or(0);
                st.spans.number = Some(b.text.span(off, off + num.len()));
                let title_at = s.len() - split_number_title(s).map_or(0, |x| x.1.len());
                set_title(st, b, title_at);
                number_found = true;
            }
        }
        // "Resolution 2504 (2020) Adopted by the Security Council at its ..."
        let adopted_at = std::iter::once(lx)
            .chain(lexicon::all())
            .flat_map(|l| l.adopted.iter())
            .filter_map(|a| t.find(a))
            .min()
            .unwrap_or(0);
        if let Some(f) = adoption::adoption_line(&t[adopted_at..], lx) {
            if t.starts_with(|c: char| !c.is_ascii_digit()) || st.meta.adoption.is_none() {
                // (the date on a line of its own next to the meeting's: `22 May
                // 1989` / `12th plenary meeting`)
                let date = f.date.or_else(|| {
                    [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter_map(|j| blocks.get(j)).map(|n| n.str().trim()).filter(|n| n.chars().count() < 40).find_map(adoption::find_date)
                });
                st.meta.adoption = Some(Adoption { meeting: f.meeting, date, vote: None });
                st.spans.adoption = Some(b.span);
            }
        }
    }
    // a Council number without its year that the symbol gives whole
    // (`Resolution 2223` / `S/RES/2223 (2015)`)
    if let (Some(n), Some(sym)) = (&st.meta.number, &st.meta.symbol) {
        if n.bytes().all(|c| c.is_ascii_digit()) {
            let whole = sym.strip_prefix("S/RES/").filter(|r| r.strip_prefix(n.as_str()).map(str::trim_start).is_some_and(|y| y.len() == 6 && y.starts_with('(') && y.ends_with(')')));
            if let Some(whole) = whole {
                st.meta.number = Some(whole.to_string());
                // (its span: in the symbol's, where that one is the symbol as printed)
                st.spans.number = st.spans.symbol.filter(|sp| sp.end - sp.start == sym.len()).map(|sp| Span::new(sp.start + "S/RES/".len(), sp.end));
            }
        }
    }
    if st.meta.body.is_none() {
        for b in blocks {
            let t = b.str().trim();
            for name in ["General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council"] {
                if t == name {
                    st.meta.body = Some(name.to_string());
                }
            }
        }
    }
    // The date on the cover's `Resolution adopted by the Human Rights
    // Council on 22 March 2019` (`adoptée par`, `aprobada por`), where
    // nothing else gave one: the adoption line, when there is one, keeps
    // its own.
    if st.meta.adoption.is_none() {
        // (only a short block with a number in it is lowered and searched)
        let date = blocks.iter().map(|b| b.str()).filter(|t| !longer_than(t, 200) && t.bytes().any(|c| c.is_ascii_digit())).find_map(|t| {
            let lower = t.to_lowercase();
            let at = std::iter::once(lx).chain(lexicon::all()).flat_map(|l| l.adopted.iter()).find_map(|a| {
                let a = a.to_lowercase();
                lower.match_indices(a.as_str()).map(|(i, _)| i).find(|&i| lower[..i].ends_with(' ') && lower[i + a.len()..].starts_with(' '))
            })?;
            adoption::find_date(lower.get(at..)?)
        });
        if let Some(d) = date {
            st.meta.adoption = Some(Adoption { meeting: None, date: Some(d), vote: None });
        }
    }
    // A title that lost its number (a text layer that dropped `73/127.`):
    // the line right before the formula, after the Assembly's bracketed
    // line on the cover (`[without reference to a Main Committee (...)]`).
    if st.meta.title.is_none() && !is_markdown && blocks.len() >= 2 {
        let (before, last) = (blocks[blocks.len() - 2].str().trim(), &blocks[blocks.len() - 1]);
        let t = last.str().trim();
        let title_like = !t.is_empty()
            && !longer_than(t, 300)
            && t.starts_with(char::is_uppercase)
            && !t.ends_with([',', ';', ':', '.', ']'])
            && adoption::find_date(t).is_none()
            && split_number_title(t).is_none()
            && !lx.adopted.iter().any(|a| t.starts_with(a));
        if before.starts_with('[') && before.ends_with(']') && title_like {
            set_title(st, last, 0);
        }
    }
}

fn set_title(st: &mut Structure, b: &Block, from: usize) {
    let title = b.text.slice(from, b.text.len());
    let t = title.text.replace('\n', " ");
    let t = t.trim();
    if t.is_empty() {
        return;
    }
    st.meta.title = Some(t.to_string());
    st.spans.title = Some(title.span(0, title.len()));
    st.title_notes = b.notes.iter().filter(|n| n.0 >= from).map(|n| n.1.clone()).collect();
}

/// `53/8`, `2673 (2023)`, `ES-11/1`, `S-20/2`, `1972/1663(LII)` at the
/// start of `s`.
fn number_prefix(s: &str) -> &str {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_alphanumeric() || c == '/' || c == '-' {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let rest = &s[end..];
    let r = rest.trim_start();
    if r.starts_with('(') {
        if let Some(c) = r.find(')') {
            let inner = &r[1..c];
            if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric()) {
                end += rest.len() - r.len() + c + 1;
            }
        }
    }
    s[..end].trim_end_matches('.')
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_than_counts_characters_not_bytes() {
        for t in ["", "abc", "ééé", "日本語", "a\u{1F600}b", &"x".repeat(200), &"é".repeat(150), &"語".repeat(100)] {
            for n in [0, 1, 2, 3, 99, 100, 101, 150, 199, 200, 300, 400] {
                assert_eq!(longer_than(t, n), t.chars().count() > n, "{t:?} {n}");
            }
        }
    }

    #[test]
    fn script_letters_as_decoded_characters() {
        // the definition: the first 400 characters, decoded
        fn by_chars(t: &str) -> ScriptLetters {
            let mut n = ScriptLetters::default();
            for c in t.chars().take(400) {
                match c as u32 {
                    0x0400..=0x04FF => n.cyr += 1,
                    0x0600..=0x06FF => n.arab += 1,
                    0x4E00..=0x9FFF => n.cjk += 1,
                    0x41..=0x5A | 0x61..=0x7A => n.latin += 1,
                    _ => {}
                }
            }
            n
        }
        let edges = "\u{3ff}\u{400}\u{4ff}\u{500}\u{5ff}\u{600}\u{6ff}\u{700}\u{3fff}\u{4000}\u{4dff}\u{4e00}\u{9fff}\u{a000}\u{1F600}@AZ[`az{é";
        let samples = [
            String::new(),
            "Recalling its resolution 75/103".into(),
            "x".repeat(399) + "é" + &"y".repeat(10),
            "é".repeat(300) + &"a".repeat(300),
            "a".repeat(400) + "zz",
            "Преамбула 日本語 الجمعية العامة".repeat(30),
            edges.repeat(40),
        ];
        for t in &samples {
            let mut n = ScriptLetters::default();
            n.count(t);
            assert_eq!(n, by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn labels() {
        assert_eq!(label_len("1. Decides"), Some((Label::Number("1".into()), 3)));
        assert_eq!(label_len("(a) Such"), Some((Label::Item("(a)".into()), 4)));
        assert_eq!(label_len("a) Such"), Some((Label::Item("a)".into()), 3)));
        assert_eq!(label_len("(iv) Such"), Some((Label::Item("(iv)".into()), 5)));
        assert_eq!(label_len("1 - يقرر"), Some((Label::Number("1".into()), 4)));
        assert_eq!(label_len("9- تطلب"), Some((Label::Number("9".into()), 3)));
        assert_eq!(label_len("2030 Agenda"), None);
        assert_eq!(label_len("1.5 degrees"), None);
        assert_eq!(label_len("1 . Calls upon"), Some((Label::Number("1".into()), 4)));
        assert_eq!(label_len("1 .5 degrees"), None);
        assert_eq!(label_len("(XV) of"), None);
        assert_eq!(label_len("(أ) يُستخدم"), Some((Label::Item("(أ)".into()), "(أ) ".len())));
        assert_eq!(label_len("а) текст"), Some((Label::Item("а)".into()), "а) ".len())));
        assert_eq!(label_len("(E) job"), None);
    }

    #[test]
    fn numbers_and_titles() {
        assert_eq!(split_number_title("75/103. Economic activities"), Some(("75/103", "Economic activities")));
        assert_eq!(split_number_title("1972/1663(LII).Enlargement"), Some(("1972/1663(LII)", "Enlargement")));
        assert_eq!(split_number_title("ES-11/1. Aggression"), Some(("ES-11/1", "Aggression")));
        assert_eq!(split_number_title("75/103 is cited"), None);
        assert_eq!(split_number_title("76/110 برنامج الأمم"), Some(("76/110", "برنامج الأمم")));
        assert_eq!(split_number_title("75/295. - تمويل قاعدة"), Some(("75/295", "تمويل قاعدة")));
        assert_eq!(split_number_title("77/311 77/311 - تمويل"), Some(("77/311", "77/311 - تمويل")));
        // before 1976: the session in roman numerals
        assert_eq!(split_number_title("1514 (XV). Declaration on the granting"), Some(("1514 (XV)", "Declaration on the granting")));
        assert_eq!(split_number_title("217 A (III). International Bill"), Some(("217 A (III)", "International Bill")));
        assert_eq!(split_number_title("3379(XXX). Elimination"), Some(("3379(XXX)", "Elimination")));
        assert_eq!(split_number_title("1514 (XV) is cited"), None);
        assert_eq!(split_number_title("2097. Review"), None);
        assert_eq!(split_number_title("3 (c). Decides"), None);
        assert_eq!(split_number_title("2 (2023). Decides"), None);
        assert_eq!(number_prefix("2673 (2023)"), "2673 (2023)");
        assert_eq!(number_prefix("53/8"), "53/8");
    }

    #[test]
    fn a_number_glued_to_its_verb_is_a_label() {
        assert_eq!(label_len("1.Requests the Secretary-General"), Some((Label::Number("1".into()), 2)));
        assert_eq!(label_len("12. Decides"), Some((Label::Number("12".into()), 4)));
        // not a decimal, nor a number before a small letter
        assert_eq!(label_len("1.5 million"), None);
        assert_eq!(label_len("1.requests"), None);
    }

    #[test]
    fn roman_or_letter() {
        assert_eq!(item_kind("(i)", Some("(h)")), ItemKind::Letter);
        assert_eq!(item_kind("(i)", Some("(c)")), ItemKind::Roman);
        assert_eq!(item_kind("(ii)", Some("(i)")), ItemKind::Roman);
        assert_eq!(item_kind("(v)", Some("(iv)")), ItemKind::Roman);
        assert_eq!(item_kind("(v)", Some("(u)")), ItemKind::Letter);
        assert_eq!(item_kind("(b)", Some("(a)")), ItemKind::Letter);
    }
}
