//! The references stage: every citation in paragraph, footnote and annex
//! texts, resolved to a target.
//!
//! Kinds (see `model::RefKind`):
//! - resolutions and decisions (`resolution 64/182`, `its resolutions 51/11
//!   and 52/9`, `Security Council resolution 1373 (2001)`, `resolution 217 A
//!   (III)`, `décision 2/5`, `resolución 1514 (XV) de la Asamblea General`),
//!   resolved to the UN symbol when the adopting body is known;
//! - UN document symbols (`A/64/92-E/2009/98`, `E/CN.7/2010/18`);
//! - treaties (`United Nations, Treaty Series, vol. 976, No. 14152`,
//!   `Ibid., vol. 1019, No. 14956`, and named instruments from
//!   `lexicon/instruments.toml`);
//! - dates (`18 December 2009`, `from 16 to 18 November 2022`);
//! - internal references (`paragraph 3 above`, `the present resolution`).
//!
//! Hand-written scanners (no regex: the WASM bundle stays small). Each
//! scanner works on one node's text; spans are byte ranges into it.

use crate::model::{Document, Paragraph, RefKind, Reference, Span, Target};

mod starts;
use starts::{Keys, Starts};

/// A named instrument from `lexicon/instruments.toml`.
#[derive(Debug)]
pub struct Instrument {
    pub name: &'static str,
    /// Every printed form: the name, then the aliases.
    pub forms: &'static [&'static str],
    pub year: Option<u32>,
    pub volume: Option<&'static str>,
    pub number: Option<&'static str>,
    pub symbol: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/instruments_data.rs"));

/// All references in `doc`, in document order (paragraphs, footnotes,
/// annexes), without input spans.
pub fn find(doc: &Document) -> Vec<Reference> {
    find_with_input(doc, "")
}

/// As [`find`], and maps each reference back to the input (`input_span`)
/// where its words can be found inside the node's span.
pub fn find_with_input(doc: &Document, input: &str) -> Vec<Reference> {
    let adopting = doc.meta.body.as_deref().and_then(body_named);
    let scan = |text: &str, id: &str, para: Option<&Paragraph>, out: &mut Vec<Reference>| {
        scan_node(&Ctx::new(Some(doc), adopting, &doc.meta.language, text), text, id, para, out)
    };
    let paragraphs = doc.paragraphs();
    // The references are large (about 400 bytes): room for about as many as
    // the texts hold (one in 300 to 400 bytes in the corpus), so that the
    // vector is not copied again and again as it grows (the copies cost as
    // much as a scanner on long texts); what is left is given back at the end.
    let text_len: usize = paragraphs.iter().map(|p| p.text.len()).chain(doc.footnotes.iter().map(|f| f.text.len())).chain(doc.annexes.iter().map(|a| a.text.len())).sum();
    let mut out = Vec::with_capacity(text_len / 256);
    // a paragraph cut by a page break holds that page's footnotes in its
    // input span: its references are not looked for there
    let mut notes: Vec<Span> = doc.footnotes.iter().map(|f| f.span).filter(|s| s.end > s.start).collect();
    notes.sort_by_key(|s| s.start);
    for p in paragraphs {
        let start = out.len();
        scan(&p.text, &p.id, Some(p), &mut out);
        map_input(input, p.span, &notes, &mut out[start..]);
    }
    let mut last_series: Option<String> = None;
    for f in &doc.footnotes {
        let start = out.len();
        scan(&f.text, &f.id, None, &mut out);
        treaty_series(&f.text, &f.id, &mut last_series, &mut out);
        sort_by_start(&mut out[start..]);
        map_input(input, f.span, &[], &mut out[start..]);
    }
    for a in &doc.annexes {
        let start = out.len();
        scan(&a.text, &a.id, None, &mut out);
        map_input(input, a.span, &notes, &mut out[start..]);
    }
    out.shrink_to_fit();
    out
}

struct Ctx<'a> {
    /// `None` for a text outside a document: internal references then
    /// resolve to no id.
    doc: Option<&'a Document>,
    adopting: Option<&'static str>,
    language: &'a str,
    /// The last short `Council` resolved ([`council`]): where it stood and
    /// the mention found for it, so that the next one, further on, searches
    /// back only to there (searching the whole text again made long
    /// paragraphs quadratic).
    last_council: std::cell::Cell<Option<(usize, Option<Mention>)>>,
    /// Where a citation can start in the node's text.
    starts: Starts,
}

/// A body other than the General Assembly named in a text: (start, index
/// of the name in [`BODIES`]), ordered as the mentions are (see
/// [`council`]).
type Mention = (usize, usize);

impl<'a> Ctx<'a> {
    /// The context for scanning one node's `text`.
    fn new(doc: Option<&'a Document>, adopting: Option<&'static str>, language: &'a str, text: &str) -> Self {
        Ctx { doc, adopting, language, last_council: Default::default(), starts: Starts::new(text) }
    }
}

/// The references in one text outside any document (a sentence, a
/// footnote), for a resolution adopted by `body` (`General Assembly`,
/// `Conseil de sécurité`, ...) in `language`. Internal references get no
/// target id; a treaty citation's `Ibid.` has no earlier source.
pub fn scan_text(text: &str, body: Option<&str>, language: &str) -> Vec<Reference> {
    let ctx = Ctx::new(None, body.and_then(body_named), language, text);
    let mut out = Vec::new();
    scan_node(&ctx, text, "", None, &mut out);
    let mut last = None;
    treaty_series(text, "", &mut last, &mut out);
    sort_by_start(&mut out);
    out
}

fn scan_node(ctx: &Ctx, text: &str, id: &str, para: Option<&Paragraph>, out: &mut Vec<Reference>) {
    let start = out.len();
    let mut taken = Spans::default();
    if matches!(ctx.language, "ru" | "ar" | "zh") {
        resolutions_by_number(ctx, text, id, out);
    } else {
        resolutions(ctx, text, id, out);
    }
    symbols(text, id, out);
    for r in &out[start..] {
        taken.push((r.span.start, r.span.end));
    }
    internal(ctx, text, id, para, &mut taken, out);
    instruments(&ctx.starts, text, id, &mut taken, out);
    dates(&ctx.starts, text, id, &taken, out);
    sort_by_start(&mut out[start..]);
}

/// Order references by where they start, ties in the order found (a
/// stable sort), moving each one about once: a sort of the indices, then the
/// permutation applied by cycles (the references are large to move).
fn sort_by_start(refs: &mut [Reference]) {
    sort_moving_once(refs, |r| r.span.start);
}

fn sort_moving_once<T>(v: &mut [T], key: impl Fn(&T) -> usize) {
    if v.is_sorted_by_key(&key) {
        return;
    }
    let mut idx: Vec<usize> = (0..v.len()).collect();
    idx.sort_by_key(|&i| key(&v[i]));
    // Position k takes what stood at idx[k]. Each cycle of the permutation
    // moves along by one place: its first element held aside, each next one
    // moved into the place before, the held one into the last place (one
    // move per element; a swap is three). A place done is marked idx[k] = k.
    let p = v.as_mut_ptr();
    for s in 0..v.len() {
        if idx[s] == s {
            continue;
        }
        // SAFETY: idx is a permutation of 0..v.len() (every index is in
        // bounds, and nothing here can panic while an element is held
        // aside); each place of the cycle is read once and then written
        // once, the held element last, so that every element stands in
        // exactly one place again at the end.
        unsafe {
            let held = std::ptr::read(p.add(s));
            let mut k = s;
            loop {
                let src = *idx.get_unchecked(k);
                *idx.get_unchecked_mut(k) = k;
                if src == s {
                    std::ptr::write(p.add(k), held);
                    break;
                }
                std::ptr::copy_nonoverlapping(p.add(src), p.add(k), 1);
                k = src;
            }
        }
    }
}

fn reference(kind: RefKind, text: &str, s: usize, e: usize, id: &str, target: Target) -> Reference {
    Reference {
        kind,
        text: text[s..e].to_string(),
        span: Span::new(s, e),
        input_span: None,
        paragraph: id.to_string(),
        target,
        also: Vec::new(),
    }
}

fn url(symbol: &str) -> String {
    const BASE: &str = "https://undocs.org/en/";
    let mut u = String::with_capacity(BASE.len() + symbol.len());
    u.push_str(BASE);
    // most symbols hold no white space (ASCII: tab to carriage return and
    // the space; any non-ASCII byte takes the careful way)
    if symbol.bytes().all(|b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ')) {
        u.push_str(symbol);
    } else {
        u.extend(symbol.chars().filter(|c| !c.is_whitespace()));
    }
    u
}

// The strings of targets are built by hand, not with `format!`: the
// references stage builds thousands, and the formatting machinery cost ten
// times the copying.

/// `parts` one after the other.
fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// `n` in decimal, at least `width` digits (zeros before; at most ten):
/// `format!("{n:0width$}")`.
fn decimal(n: u32, width: usize) -> Decimal {
    let mut d = Decimal { digits: [b'0'; 10], start: 10 };
    let mut n = n;
    loop {
        d.start -= 1;
        d.digits[d.start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    d.start = d.start.min(10 - width.min(10));
    d
}

/// A number's digits, in a buffer (see [`decimal`]).
struct Decimal {
    digits: [u8; 10],
    start: usize,
}

impl std::ops::Deref for Decimal {
    type Target = str;

    fn deref(&self) -> &str {
        std::str::from_utf8(&self.digits[self.start..]).expect("ASCII digits")
    }
}

fn symbol_target(symbol: String) -> Target {
    Target { url: Some(url(&symbol)), symbol: Some(symbol), ..Default::default() }
}

// ---------------------------------------------------------------------------
// small text helpers (byte positions, UTF-8 safe)

fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The first 8 bytes at `i` as a number (zero-padded), to compare prefixes
/// without a call.
fn head8(b: &[u8], i: usize) -> u64 {
    if let Some(w) = b.get(i..i + 8) {
        return u64::from_le_bytes(w.try_into().expect("8 bytes"));
    }
    let mut x = [0u8; 8];
    let n = (b.len() - i).min(8);
    x[..n].copy_from_slice(&b[i..i + n]);
    u64::from_le_bytes(x)
}

/// Chinese characters stand next to numbers without a space
/// (`第64/256号`).
fn is_cjk(c: char) -> bool {
    ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

/// The character before byte `i` (a character boundary) is a letter or digit.
fn prev_is_word(t: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|j| t.as_bytes()[j]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => prev_char(t, i).is_some_and(is_word),
    }
}

fn prev_char(t: &str, i: usize) -> Option<char> {
    t[..i].chars().next_back()
}

fn next_char(t: &str, i: usize) -> Option<char> {
    t[i..].chars().next()
}

fn digits(t: &str, i: usize) -> usize {
    t.as_bytes()[i..].iter().take_while(|b| b.is_ascii_digit()).count()
}

fn skip_spaces(t: &str, mut i: usize) -> usize {
    while let Some(c) = next_char(t, i) {
        if c == ' ' || c == '\u{a0}' || c == '\u{202f}' {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// How many bytes of a word [`may_start`] compares: every keyword it
/// screens for is at least this long.
const HEAD: usize = 6;

/// The first [`HEAD`] bytes of `w` from `i` (fewer at its end, zero-padded),
/// the first (a letter) in lower case, as a number.
const fn head(w: &[u8], i: usize) -> u64 {
    let mut x = 0u64;
    let mut k = 0;
    while k < HEAD && i + k < w.len() {
        let c = if k == 0 { w[i] | 0x20 } else { w[i + k] };
        x |= (c as u64) << (8 * k);
        k += 1;
    }
    x
}

/// The heads ([`head`]) of a set of words by first letter (`a` to `z`);
/// empty slots are 0.
struct Heads {
    by_letter: [[u64; 4]; 26],
}

/// [`Heads`] of every word of `lists`.
const fn heads(lists: &[&[&str]]) -> Heads {
    let mut a = Heads { by_letter: [[0; 4]; 26] };
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            assert!(w.len() >= HEAD && w[0].is_ascii_alphabetic());
            let (h, slot) = (head(w, 0), &mut a.by_letter[((w[0] | 0x20) - b'a') as usize]);
            let mut j = 0;
            while slot[j] != 0 && slot[j] != h {
                j += 1;
                assert!(j < 4, "more than four heads for one letter");
            }
            slot[j] = h;
            k += 1;
        }
        l += 1;
    }
    a
}

/// Whether one of the words of `heads` may start at `i` (its first letter
/// in either case, the next bytes exactly): most words are ruled out by
/// their first letter, the rest with a few comparisons.
#[inline(always)]
fn may_start(b: &[u8], i: usize, heads: &Heads) -> bool {
    let letter = (b[i] | 0x20).wrapping_sub(b'a');
    if letter >= 26 {
        return false;
    }
    let slot = &heads.by_letter[letter as usize];
    if slot[0] == 0 {
        return false;
    }
    let h = if i + 8 <= b.len() {
        (u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes")) | 0x20) & ((1 << (8 * HEAD)) - 1)
    } else {
        head(b, i)
    };
    slot.contains(&h)
}

/// `t[i..]` starts with `w` (ASCII case-insensitive on the first letter)
/// and `w` ends at a word boundary.
fn word_at(t: &str, i: usize, w: &str) -> bool {
    let (a, b) = (t.as_bytes().get(i), w.as_bytes()[0]);
    match a {
        None => return false,
        Some(&a) if a.is_ascii() && b.is_ascii() && !a.eq_ignore_ascii_case(&b) => return false,
        _ => {}
    }
    let r = &t[i..];
    if r.len() < w.len() || !r.is_char_boundary(w.len()) {
        return false;
    }
    let head = &r[..w.len()];
    let same = head == w || {
        let mut a = head.chars();
        let mut b = w.chars();
        matches!((a.next(), b.next()), (Some(x), Some(y)) if x.to_lowercase().eq(y.to_lowercase())) && a.as_str() == b.as_str()
    };
    same && !r[w.len()..].chars().next().is_some_and(is_word)
}

/// The word (letters and digits) that starts at `i`.
fn word_slice(t: &str, i: usize) -> &str {
    let b = t.as_bytes();
    let mut j = i;
    while j < b.len() {
        if b[j] < 0x80 {
            if !b[j].is_ascii_alphanumeric() {
                break;
            }
            j += 1;
        } else {
            match t[j..].chars().next() {
                Some(c) if c.is_alphanumeric() => j += c.len_utf8(),
                _ => break,
            }
        }
    }
    &t[i..j]
}

/// `a` is `w`, the first letter in either case.
fn same_word(a: &str, w: &str) -> bool {
    if a.len() != w.len() {
        return false;
    }
    let (x, y) = (a.as_bytes()[0], w.as_bytes()[0]);
    if x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(&y) {
        return false;
    }
    if a == w {
        return true;
    }
    let mut x = a.chars();
    let mut y = w.chars();
    matches!((x.next(), y.next()), (Some(p), Some(q)) if p.to_lowercase().eq(q.to_lowercase())) && x.as_str() == y.as_str()
}

/// The longest of `words` at `i` (word boundary after); its length.
fn one_of(t: &str, i: usize, words: &[&str]) -> Option<usize> {
    one_of_word(t, i, word_slice(t, i), words)
}

/// As [`one_of`], given the word at `i` (`word_slice(t, i)`).
fn one_of_word(t: &str, i: usize, ws: &str, words: &[&str]) -> Option<usize> {
    let mut best = None;
    for w in words {
        let hit = if w.len() == ws.len() {
            same_word(ws, w)
        } else {
            // phrases such as `ci-dessus`
            w.len() > ws.len() && w.as_bytes()[ws.len()] == b'-' && word_at(t, i, w)
        };
        if hit && best.is_none_or(|b| w.len() > b) {
            best = Some(w.len());
        }
    }
    best
}

// ---------------------------------------------------------------------------
// bodies

/// Printed names of bodies and the English name they resolve to.
const BODIES: &[(&str, &str)] = &[
    ("General Assembly", "General Assembly"),
    ("Assemblée générale", "General Assembly"),
    ("Asamblea General", "General Assembly"),
    ("Security Council", "Security Council"),
    ("Conseil de sécurité", "Security Council"),
    ("Consejo de Seguridad", "Security Council"),
    ("Economic and Social Council", "Economic and Social Council"),
    ("Conseil économique et social", "Economic and Social Council"),
    ("Consejo Económico y Social", "Economic and Social Council"),
    ("Human Rights Council", "Human Rights Council"),
    ("Conseil des droits de l'homme", "Human Rights Council"),
    ("Conseil des droits de l’homme", "Human Rights Council"),
    ("Consejo de Derechos Humanos", "Human Rights Council"),
    ("Commission on Human Rights", "Commission on Human Rights"),
    ("Commission des droits de l'homme", "Commission on Human Rights"),
    ("Commission des droits de l’homme", "Commission on Human Rights"),
    ("Comisión de Derechos Humanos", "Commission on Human Rights"),
    ("Commission on Narcotic Drugs", "Commission on Narcotic Drugs"),
    ("Commission des stupéfiants", "Commission on Narcotic Drugs"),
    ("Comisión de Estupefacientes", "Commission on Narcotic Drugs"),
    ("Commission on Crime Prevention and Criminal Justice", "Commission on Crime Prevention and Criminal Justice"),
    ("Commission on the Status of Women", "Commission on the Status of Women"),
];

/// Whether `name` is the printed name of a body of [`BODIES`] (`General
/// Assembly`, `Conseil de sécurité`).
pub(crate) fn known_body(name: &str) -> bool {
    BODIES.iter().any(|(printed, _)| *printed == name)
}

/// The names of [`BODIES`] other than the General Assembly's, the bodies a
/// short `Council` may mean, each with where `Co` first stands in it: every
/// one holds it (`Council`, `Conseil`, `Consejo`, `Commission`, `Comisión`),
/// so that they are looked for around the `Co`s of a text only.
const COUNCIL_NAMES: [Option<CouncilName>; BODIES.len()] = {
    let mut names = [None; BODIES.len()];
    let mut i = 0;
    while i < BODIES.len() {
        let (name, body) = BODIES[i];
        if !same_str(body, GA) {
            let co = find_co(name.as_bytes());
            let after_co = name.as_bytes()[co + 2];
            names[i] = Some(CouncilName { name, body, co, after_co, head: head8_const(name.as_bytes()) });
        }
        i += 1;
    }
    names
};

/// The names of [`COUNCIL_NAMES`] by the byte after their `Co`, one bit
/// each (the index in [`BODIES`]): after most `Co`s of a text (`Committee`,
/// `Convention`) a few names at most are compared.
const COUNCIL_NAMES_BY_AFTER_CO: [u32; 256] = {
    assert!(BODIES.len() <= 32);
    let mut by = [0u32; 256];
    let mut i = 0;
    while i < BODIES.len() {
        if let Some(n) = COUNCIL_NAMES[i] {
            by[n.after_co as usize] |= 1 << i;
        }
        i += 1;
    }
    by
};

#[derive(Clone, Copy)]
struct CouncilName {
    name: &'static str,
    body: &'static str,
    /// Where `Co` first stands in `name`, and the byte after it.
    co: usize,
    after_co: u8,
    /// The first eight bytes of `name` (see [`head8`]).
    head: u64,
}

/// Where `Co` first stands in `name` (a constant: fails to compile when
/// there is none).
const fn find_co(name: &[u8]) -> usize {
    let mut i = 0;
    while i + 1 < name.len() {
        if name[i] == b'C' && name[i + 1] == b'o' {
            return i;
        }
        i += 1;
    }
    panic!("a Council's name without `Co`")
}

/// [`head8`] at 0 of a name of eight bytes or more, in a constant.
const fn head8_const(b: &[u8]) -> u64 {
    assert!(b.len() >= 8);
    let mut x = 0u64;
    let mut k = 0;
    while k < 8 {
        x |= (b[k] as u64) << (8 * k);
        k += 1;
    }
    x
}

/// `a == b`, in a constant.
const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const GA: &str = "General Assembly";
const SC: &str = "Security Council";
const ECOSOC: &str = "Economic and Social Council";
const HRC: &str = "Human Rights Council";
const CHR: &str = "Commission on Human Rights";

/// Body names in Russian, Arabic and Chinese (any case form found in the
/// texts), for the number scan of those languages.
const BODIES_OTHER: &[(&str, &str)] = &[
    ("Генеральной Ассамблеи", GA),
    ("Генеральная Ассамблея", GA),
    ("Совета Безопасности", SC),
    ("Совет Безопасности", SC),
    ("Совета по правам человека", HRC),
    ("Совет по правам человека", HRC),
    ("Экономического и Социального Совета", ECOSOC),
    ("Экономический и Социальный Совет", ECOSOC),
    ("الجمعية العامة", GA),
    ("مجلس الأمن", SC),
    ("مجلس حقوق الإنسان", HRC),
    ("المجلس الاقتصادي والاجتماعي", ECOSOC),
    ("安全理事会", SC),
    ("安理会", SC),
    ("人权理事会", HRC),
    ("经济及社会理事会", ECOSOC),
    ("经社理事会", ECOSOC),
    ("大会", GA),
];

/// The English name of a body named `name` (exactly, as in `meta.body`).
pub fn body_named(name: &str) -> Option<&'static str> {
    let n = name.trim().trim_start_matches("The ").trim_start_matches("the ");
    BODIES
        .iter()
        .chain(BODIES_OTHER)
        .find(|(f, _)| f.eq_ignore_ascii_case(n) || *f == n)
        .map(|x| x.1)
}

/// A body whose name ends exactly at `end`.
fn body_ending(t: &str, end: usize) -> Option<(usize, &'static str)> {
    let head = &t[..end];
    // (the last eight bytes compared first, at one comparison a name: every
    // name is longer; a shorter text ends in none)
    let tail = tail8(head.as_bytes())?;
    BODIES
        .iter()
        .zip(BODY_TAILS)
        .find(|&((f, _), last)| last == tail && head.ends_with(f))
        .map(|((f, b), _)| (end - f.len(), *b))
}

/// The last eight bytes of `b` as a number (`None` when it is shorter).
fn tail8(b: &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(b.last_chunk::<8>().copied()?))
}

/// [`tail8`] of each of [`BODIES`].
const BODY_TAILS: [u64; BODIES.len()] = {
    let mut tails = [0u64; BODIES.len()];
    let mut i = 0;
    while i < BODIES.len() {
        let b = BODIES[i].0.as_bytes();
        assert!(b.len() >= 8);
        let mut k = 0;
        while k < 8 {
            tails[i] |= (b[b.len() - 8 + k] as u64) << (8 * k);
            k += 1;
        }
        i += 1;
    }
    tails
};

/// A body whose name starts at `i`.
fn body_starting(t: &str, i: usize) -> Option<(usize, &'static str)> {
    BODIES.iter().find(|(f, _)| t[i..].starts_with(f)).map(|(f, b)| (i + f.len(), *b))
}

// ---------------------------------------------------------------------------
// resolutions and decisions

/// A number's form; `number` is a slice of the text (most numbers are
/// read, then dropped: sc_numbers tries every number of a node).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Num<'a> {
    /// `64/182`, `S-20/2`, `ES-10/1`, `2009/23`, `52/212 B`.
    Session { prefix: &'static str, session: u32, number: &'a str, part: Option<char> },
    /// `1373 (2001)`.
    Year { number: &'a str, year: u32 },
    /// `217 A (III)`, `1514 (XV)`.
    Roman { number: &'a str, roman: String },
}

/// Length of a space (also no-break) at `i`.
fn space_len(t: &str, i: usize) -> usize {
    // (a character is decoded only at the lead bytes of the two no-break
    // spaces)
    match t.as_bytes().get(i) {
        Some(b' ') => 1,
        Some(0xC2 | 0xE2) => match next_char(t, i) {
            Some(c @ ('\u{a0}' | '\u{202f}')) => c.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// A resolution or decision number at `i`: its end and form.
fn num_at(t: &str, i: usize) -> Option<(usize, Num<'_>)> {
    if i >= t.len() {
        return None;
    }
    let b = t.as_bytes();
    // (an ASCII byte before is the character; others are decoded)
    let prev = match i.checked_sub(1).map(|j| b[j]) {
        Some(x) if x < 0x80 => Some(x as char),
        _ => prev_char(t, i),
    };
    if let Some(c) = prev {
        if (is_word(c) && !is_cjk(c)) || c == '/' || c == '.' || c == '-' {
            return None;
        }
    }
    let (prefix, p) = if !matches!(b[i], b'E' | b'S') {
        ("", i)
    } else if t[i..].starts_with("ES-") {
        ("ES-", i + 3)
    } else if t[i..].starts_with("ES\u{2011}") {
        ("ES-", i + 5)
    } else if t[i..].starts_with("S-") {
        ("S-", i + 2)
    } else if t[i..].starts_with("S\u{2011}") {
        ("S-", i + 4)
    } else {
        ("", i)
    };
    let d1 = digits(t, p);
    if d1 == 0 || d1 > 5 {
        return None;
    }
    let mut e = p + d1;
    if b.get(e) == Some(&b'/') {
        let d2 = digits(t, e + 1);
        if d2 == 0 || d2 > 5 {
            return None;
        }
        let session: u32 = t[p..p + d1].parse().ok()?;
        let number = &t[e + 1..e + 1 + d2];
        e += 1 + d2;
        if next_char(t, e).is_some_and(|c| (is_word(c) && !is_cjk(c)) || c == '/') {
            return None;
        }
        // part letter: `52/212 B`
        let mut part = None;
        let sp = space_len(t, e);
        if sp > 0 && b.get(e + sp).is_some_and(|c| c.is_ascii_uppercase()) {
            let after = b.get(e + sp + 1).copied();
            if after.is_none_or(|c| !(c as char).is_alphanumeric() && c != b'/' && c != b'.' && c != b'-' && c < 0x80) {
                part = Some(b[e + sp] as char);
                e += sp + 1;
            }
        }
        return Some((e, Num::Session { prefix, session, number, part }));
    }
    if !prefix.is_empty() {
        return None;
    }
    let number = &t[p..e];
    // optional part letter before a roman session: `217 A (III)`
    let mut q = e;
    let sp = space_len(t, q);
    if sp > 0 && b.get(q + sp).is_some_and(|c| c.is_ascii_uppercase()) {
        let sp2 = space_len(t, q + sp + 1);
        if sp2 > 0 && b.get(q + sp + 1 + sp2) == Some(&b'(') {
            q += sp + 1;
        }
    }
    let q = q + space_len(t, q);
    if b.get(q) != Some(&b'(') {
        return None;
    }
    let inner_start = q + 1;
    let close = t[inner_start..].find(')')? + inner_start;
    let inner = &t[inner_start..close];
    if inner.len() == 4 && inner.bytes().all(|c| c.is_ascii_digit()) {
        let year: u32 = inner.parse().ok()?;
        if (1946..=2100).contains(&year) {
            return Some((close + 1, Num::Year { number, year }));
        }
        return None;
    }
    // `(XV)`, special sessions `(S-IV)`
    let roman = inner.strip_prefix("S-").or_else(|| inner.strip_prefix("S\u{2011}")).unwrap_or(inner);
    if !roman.is_empty() && roman.len() <= 7 && roman.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C')) {
        let special = if roman.len() < inner.len() { "S-" } else { "" };
        return Some((close + 1, Num::Roman { number, roman: concat(&[special, roman]) }));
    }
    None
}

const RES_WORDS: &[&str] = &["resolution", "resolutions", "résolution", "résolutions", "resolución", "resoluciones"];
const DEC_WORDS: &[&str] = &["decision", "decisions", "décision", "décisions", "decisión", "decisiones"];
/// The length in bytes of the shortest of [`RES_WORDS`] and [`DEC_WORDS`].
const SHORTEST_KEYWORD: usize = {
    let mut m = usize::MAX;
    let mut i = 0;
    while i < RES_WORDS.len() + DEC_WORDS.len() {
        let w = if i < RES_WORDS.len() { RES_WORDS[i] } else { DEC_WORDS[i - RES_WORDS.len()] };
        if w.len() < m {
            m = w.len();
        }
        i += 1;
    }
    m
};
/// The keywords' first bytes (see [`may_start`]).
static RES_DEC_HEADS: Heads = heads(&[RES_WORDS, DEC_WORDS]);
/// Words that point back to the adopting body.
const ITS: &[&str] = &["its", "sa", "ses", "su", "sus"];
/// Words that may stand between a body and `its`/`resolution` (`the General
/// Assembly, in its resolution`).
const GAP: &[&str] = &["in", "by", "through", "which", "dans", "par", "en", "por", "mediante", "que", "qui", "also", "aussi", "también"];
/// Separators inside a list of numbers.
const SEPS: &[&str] = &[", ", " and ", " et ", " y ", " e ", " or ", " ou ", " o ", " as well as ", " ainsi que ", " así como ", ", and ", ", et ", ", y "];

/// Short names: `Assembly resolution`, `Council resolution`,
/// `résolutions du Conseil`, `resoluciones de la Asamblea`.
const SHORT: &[(&str, bool)] = &[
    ("Assembly", false),
    ("Assemblée", false),
    ("Asamblea", false),
    ("Council", true),
    ("Conseil", true),
    ("Consejo", true),
];

/// The Council a short `Council` means: the last one named before `k`, else
/// the adopting body when it is a Council.
///
/// The last named is the mention that ends by `k` and starts last (of two
/// names at one start, the later in [`BODIES`]): it is looked for from `k`
/// back, each `Co` of the text at a time, down to the start of the best
/// found so far, or to where the last short `Council`'s search began to
/// find new mentions (its answer stands for those that end before).
fn council(ctx: &Ctx, t: &str, k: usize) -> Option<&'static str> {
    let (floor, known) = match ctx.last_council.get() {
        Some((last, known)) if last <= k => (last.saturating_sub(LONGEST_COUNCIL_NAME), known),
        _ => (0, None),
    };
    let best = known.max(council_named_last(t, floor, k));
    ctx.last_council.set(Some((k, best)));
    let named = best.and_then(|(_, i)| COUNCIL_NAMES[i]).map(|n| n.body);
    named.or(ctx.adopting.filter(|b| *b != GA))
}

/// The length of the longest of [`COUNCIL_NAMES`].
const LONGEST_COUNCIL_NAME: usize = {
    let (mut m, mut i) = (0, 0);
    while i < BODIES.len() {
        if let Some(n) = COUNCIL_NAMES[i] {
            if n.name.len() > m {
                m = n.name.len();
            }
        }
        i += 1;
    }
    m
};

/// The last mention (see [`council`]) of a body other than the General
/// Assembly in `t` that ends by `k`, among those whose `Co` stands at
/// `floor` or after (and maybe others).
fn council_named_last(t: &str, floor: usize, k: usize) -> Option<Mention> {
    let b = t.as_bytes();
    let mut best: Option<Mention> = None;
    for co in memchr::memmem::rfind_iter(&b[..k], "Co") {
        // a mention starts at or before its `Co`
        if co < floor || best.is_some_and(|m| co < m.0) {
            break;
        }
        let mut names = b.get(co + 2).map_or(0, |&x| COUNCIL_NAMES_BY_AFTER_CO[x as usize]);
        while names != 0 {
            let i = names.trailing_zeros() as usize;
            names &= names - 1;
            let Some(n) = &COUNCIL_NAMES[i] else { continue };
            let Some(x) = co.checked_sub(n.co) else { continue };
            // (the first eight bytes rule out most at one comparison)
            if x + n.name.len() <= k && head8(b, x) == n.head && b[x..].starts_with(n.name.as_bytes()) && (x == 0 || !b[x - 1].is_ascii_alphanumeric()) {
                best = best.max(Some((x, i)));
            }
        }
    }
    best
}

fn short_body(ctx: &Ctx, t: &str, at: usize, word: &str) -> Option<&'static str> {
    SHORT.iter().find(|(w, _)| *w == word).map(|(_, is_council)| if *is_council { council(ctx, t, at) } else { Some(GA) })?
}

/// A body named between the keyword and the number: `las resoluciones de la
/// Asamblea General 72/17`, `résolutions du Conseil 24/14`. Returns the
/// body and where the numbers start.
fn body_between(ctx: &Ctx, t: &str, p: usize) -> Option<(Option<&'static str>, usize)> {
    for lead in ["de la ", "del ", "du ", "de l’", "de l'", "of the "] {
        if !t[p..].starts_with(lead) {
            continue;
        }
        let q = p + lead.len();
        if let Some((e, b)) = body_starting(t, q) {
            return Some((Some(b), skip_spaces(t, e)));
        }
        for (w, _) in SHORT {
            if word_at(t, q, w) {
                return Some((short_body(ctx, t, p, w), skip_spaces(t, q + w.len())));
            }
        }
    }
    None
}

/// Which body a keyword's own words name: (explicit body, said "its").
fn body_before(ctx: &Ctx, t: &str, k: usize) -> (Option<&'static str>, bool) {
    // walk back over up to four words: `the General Assembly, in its`
    let mut end = k;
    let mut saw_its = false;
    for _ in 0..4 {
        let head = t[..end].trim_end_matches([' ', ',']);
        if let Some((_, b)) = body_ending(t, head.len()) {
            return (Some(b), saw_its);
        }
        if end == k {
            // (the last byte first: most heads end in none of these words)
            let last = head.as_bytes().last();
            let short = SHORT.iter().find(|(w, _)| {
                w.as_bytes().last() == last && head.ends_with(w) && !prev_char(head, head.len() - w.len()).is_some_and(is_word) && {
                    // `the Assembly`, not `Environment Assembly`
                    let before = head[..head.len() - w.len()].trim_end();
                    !before.chars().next_back().is_some_and(|c| c.is_uppercase())
                        && !before.rsplit(' ').next().is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
                }
            });
            if let Some((w, _)) = short {
                if let Some(b) = short_body(ctx, t, head.len() - w.len(), w) {
                    return (Some(b), false);
                }
            }
        }
        let ws = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word(c) && c != '’' && c != '\'')
            .map_or(0, |(x, c)| x + c.len_utf8());
        let w = &head[ws..];
        if w.is_empty() {
            break;
        }
        if ITS.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            saw_its = true;
        } else if !GAP.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            break;
        }
        end = ws;
    }
    if saw_its {
        return (ctx.adopting, true);
    }
    (None, false)
}

/// A body named right after a number: `1325 (2000) du Conseil de sécurité`,
/// `1514 (XV) de la Asamblea General`, `of the Security Council`.
fn body_after(t: &str, e: usize) -> Option<&'static str> {
    for lead in [" of the ", " du ", " de la ", " de l’", " de l'", " del "] {
        if t[e..].starts_with(lead) {
            return body_starting(t, e + lead.len()).map(|x| x.1);
        }
    }
    None
}

/// Where a list of numbers continues after the item that ends at `e`.
///
/// [`continuation_step`] does something only at a few places: the
/// punctuation `"`, `;`, `:` and `.`, the first bytes of characters other
/// than ASCII (the quotes `“` and `«`) and of numbers (digits, `S` and `E`:
/// among the `capitals`), and the keywords (`resolution_keys`); every other
/// byte it passes. Those places are visited, not each byte (the scan runs
/// up to 400 bytes after each item).
fn continuation(starts: &Starts, t: &str, e: usize) -> Option<usize> {
    let limit = (e + 400).min(t.len());
    let b = t.as_bytes();
    // A capitalised word other than a keyword or `S`, `E` (which may begin
    // a number: `S-20/2`, `ES-10/1`) is passed by the step: most capitals,
    // dropped here at a look (a capital is a keyword's when a head stands
    // there: `resolution_keys`).
    let passed = |x: usize| b[x].is_ascii_uppercase() && !matches!(b[x], b'S' | b'E') && !may_start(b, x, &RES_DEC_HEADS);
    let mut capitals = starts.capitals().from(e).filter(|&x| !passed(x)).peekable();
    let mut keys = starts.resolution_keys().from(e).peekable();
    // the next `"`, `;`, `:` and the next `.` at or after `q` (`limit`
    // when there is none)
    let find = |q: usize, found: Option<usize>| found.map_or(limit, |k| q + k);
    let mut marks = find(e, memchr::memchr3(b'"', b';', b':', &b[e..limit]));
    let mut dot = find(e, memchr::memchr(b'.', &b[e..limit]));
    let mut q = e;
    while q < limit {
        while capitals.next_if(|&x| x < q).is_some() {}
        while keys.next_if(|&x| x < q).is_some() {}
        if marks < q {
            marks = find(q, memchr::memchr3(b'"', b';', b':', &b[q..limit]));
        }
        if dot < q {
            dot = find(q, memchr::memchr(b'.', &b[q..limit]));
        }
        let at = [capitals.peek(), keys.peek()].into_iter().flatten().fold(marks.min(dot), |m, &x| m.min(x));
        if at >= limit {
            break;
        }
        match continuation_step(t, at, limit) {
            Step::Done(r) => return r,
            Step::Next(n) => q = n,
        }
    }
    None
}

/// What the scan of a list's continuation does at a place.
enum Step {
    /// The list ends (`None`) or continues there.
    Done(Option<usize>),
    /// On from there.
    Next(usize),
}

/// The scan of a list's continuation at `q` (see [`continuation`]).
fn continuation_step(t: &str, q: usize, limit: usize) -> Step {
    let b = t.as_bytes();
    // most bytes are ASCII that neither ends the list nor starts a word
    let x = b[q];
    if x < 0x80 && !matches!(x, b'"' | b';' | b':' | b'.') && !(x.is_ascii_alphanumeric() && !(q > 0 && b[q - 1].is_ascii_alphanumeric())) {
        return Step::Next(q + 1);
    }
    // an ASCII word after an ASCII byte that is neither a keyword nor a
    // number after a space: pass the whole word
    if x.is_ascii_alphanumeric()
        && (q == 0 || b[q - 1] < 0x80)
        && !may_start(b, q, &RES_DEC_HEADS)
        && !((x.is_ascii_digit() || x == b'S' || x == b'E') && q > 0 && b[q - 1] == b' ')
    {
        let mut q = q + 1;
        while q < limit && b[q].is_ascii_alphanumeric() {
            q += 1;
        }
        return Step::Next(q);
    }
    let Some(c) = next_char(t, q) else { return Step::Done(None) };
    match c {
        // a title in quotes: `74/306, entitled “...: ...”, and 74/307`
        '“' | '«' | '"' => {
            let close = match c {
                '“' => '”',
                '«' => '»',
                _ => '"',
            };
            return match t[q + c.len_utf8()..].find(close) {
                Some(k) => Step::Next(q + c.len_utf8() + k + close.len_utf8()),
                None => Step::Done(None),
            };
        }
        ';' | ':' => return Step::Done(None),
        '.' if t[q + 1..].starts_with(' ') && next_char(t, q + 2).is_some_and(|c| c.is_uppercase()) => return Step::Done(None),
        _ => {}
    }
    if (c.is_ascii_alphanumeric() || (!c.is_ascii() && is_word(c))) && !prev_char(t, q).is_some_and(is_word) {
        if may_start(b, q, &RES_DEC_HEADS) && (one_of(t, q, RES_WORDS).is_some() || one_of(t, q, DEC_WORDS).is_some()) {
            return Step::Done(None);
        }
        if (c.is_ascii_digit() || c == 'S' || c == 'E') && q > 0 && t.as_bytes()[q - 1] == b' ' {
            let head = &t[..q];
            if num_at(t, q).is_some() && SEPS.iter().any(|s| head.ends_with(s)) {
                return Step::Done(Some(q));
            }
        }
    }
    Step::Next(q + c.len_utf8())
}

/// The body a number belongs to when its words name none.
fn default_body(adopting: Option<&'static str>, carry: Option<&'static str>, n: &Num<'_>) -> Option<&'static str> {
    match n {
        Num::Year { .. } => Some(SC),
        Num::Roman { .. } => match carry {
            Some(ECOSOC) => Some(ECOSOC),
            _ => Some(GA),
        },
        Num::Session { session, prefix, number, .. } => {
            if number.len() > 3 && *session < 1946 {
                // `10/2019`: no UN body numbers its resolutions so
                return None;
            }
            if *session >= 1946 && prefix.is_empty() {
                return match carry.or(adopting) {
                    Some(CHR) => Some(CHR),
                    _ => Some(ECOSOC),
                };
            }
            if let Some(c) = carry {
                if c != SC {
                    return Some(c);
                }
            }
            if *session < 31 && prefix.is_empty() {
                // the Assembly numbered by session from its 31st: a lower
                // session is the Council's, or another body's
                return match adopting {
                    Some(HRC) => Some(HRC),
                    _ => None,
                };
            }
            match adopting {
                Some(SC) | None => Some(GA),
                Some(HRC) if *session >= 60 => Some(GA),
                Some(ECOSOC) => Some(GA),
                Some(b) => Some(b),
            }
        }
    }
}

/// The UN symbol of resolution/decision `n` of `body`.
fn res_symbol(body: &str, decision: bool, n: &Num<'_>) -> Option<String> {
    let rd = if decision { "DEC" } else { "RES" };
    match (body, n) {
        (GA, Num::Session { prefix, session, number, part }) => {
            let mut buf = [0u8; 4];
            let part = part.filter(|p| *p != 'A').map_or("", |p| p.encode_utf8(&mut buf));
            Some(concat(&["A/", rd, "/", prefix, &decimal(*session, 0), "/", number, part]))
        }
        (GA, Num::Roman { number, roman }) if !decision => Some(concat(&["A/RES/", number, "(", roman, ")"])),
        (SC, Num::Year { number, year }) if !decision => Some(concat(&["S/RES/", number, "(", &decimal(*year, 0), ")"])),
        (ECOSOC, Num::Session { prefix: "", session, number, .. }) if *session >= 1946 => Some(concat(&["E/", rd, "/", &decimal(*session, 0), "/", number])),
        (ECOSOC, Num::Roman { number, roman }) if !decision => Some(concat(&["E/RES/", number, "(", roman, ")"])),
        (HRC, Num::Session { prefix, session, number, .. }) if *session < 1946 => Some(concat(&["A/HRC/", rd, "/", prefix, &decimal(*session, 0), "/", number])),
        (CHR, Num::Session { prefix: "", session, number, .. }) if *session >= 1946 => Some(concat(&["E/CN.4/", rd, "/", &decimal(*session, 0), "/", number])),
        _ => None,
    }
}

/// `(A/74/53/Add.1), chap. III, resolution 42/12`: a resolution printed
/// inside another document. `Some(owner)` when the keyword at `k` follows
/// a document symbol and a place in it (`chap.`, `annex`, `sect.`); the
/// owner is the body whose report it is (`A/NN/53`: the Human Rights
/// Council), `None` when unknown.
fn inside_document(t: &str, k: usize) -> Option<Option<&'static str>> {
    let from = k.saturating_sub(60);
    let from = (from..=k).find(|&x| t.is_char_boundary(x)).unwrap_or(k);
    let head = &t[from..k];
    let b = head.as_bytes();
    let mut sym_end = None;
    let mut j = 0;
    while j < b.len() {
        if b[j].is_ascii_uppercase() && (j == 0 || !b[j - 1].is_ascii_alphanumeric() && b[j - 1] != b'/') {
            if let Some(e) = symbol_at(head, j, false) {
                sym_end = Some((j, e));
                j = e;
                continue;
            }
        }
        j += 1;
    }
    let (s, e) = sym_end?;
    let between = &head[e..];
    let place = ["chap.", "annex", "sect.", "chapter", "para.", "anexo", "cap.", "annexe"].iter().any(|w| between.contains(w));
    if !place {
        return None;
    }
    let sym = &head[s..e];
    let parts: Vec<&str> = sym.split('/').collect();
    if parts.len() >= 3 && parts[0] == "A" && parts[2] == "53" {
        return Some(Some(HRC));
    }
    Some(None)
}

/// Where Security Council resolution numbers stood in a year (the first
/// number of the year, roughly): `1373 (2001)` is plausible, `2030 (2015)`
/// is not.
const SC_YEARS: &[(u32, u32)] = &[
    (1946, 1), (1960, 133), (1970, 276), (1980, 461), (1990, 646), (2000, 1285), (2005, 1580),
    (2010, 1903), (2015, 2196), (2020, 2505), (2025, 2770), (2030, 3050),
];

fn plausible_sc(number: &str, year: u32) -> bool {
    let Ok(n) = number.parse::<i64>() else { return false };
    let w = SC_YEARS.windows(2).find(|w| (w[0].0..=w[1].0).contains(&year));
    let Some(w) = w else { return false };
    let (y0, n0, y1, n1) = (w[0].0 as i64, w[0].1 as i64, w[1].0 as i64, w[1].1 as i64);
    let expect = n0 + (n1 - n0) * (year as i64 - y0) / (y1 - y0);
    (n - expect).abs() <= 120
}

/// `resolutions on Iraq, in particular 1500 (2003), 1546 (2004)`: numbers
/// of the Security Council's form after a resolution keyword, that no list
/// reached.
fn sc_numbers(t: &str, id: &str, from: usize, out: &mut Vec<Reference>, found: &Spans) {
    let mut i = from;
    for s in numbers_before_parentheses(t, from) {
        if s < i {
            continue;
        }
        i = s;
        if let Some((e, n @ Num::Year { .. })) = num_at(t, i) {
            if let Num::Year { number, year } = &n {
                if plausible_sc(number, *year) && !found.overlaps(i, e) {
                    let mut target = symbol_target(concat(&["S/RES/", number, "(", &decimal(*year, 0), ")"]));
                    target.body = Some(SC.into());
                    target.number = Some(t[i..e].to_string());
                    out.push(reference(RefKind::Resolution, t, i, e, id, target));
                }
            }
            i = e;
        }
    }
}

/// The starts of the numbers (runs of ASCII digits) of `t` from `from` on
/// whose digits end within eight bytes before a `(`, in order: the Security
/// Council's form has its `(` there (`1373 (2001)`,
/// `1373\u{202f}A\u{202f}(2001)`). The `(`s are found with `memchr`: far
/// fewer than the numbers.
fn numbers_before_parentheses(t: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
    let b = t.as_bytes();
    // the ends looked at so far: each `(` looks at those after
    let mut seen = from;
    memchr::memchr_iter(b'(', &b[from..]).flat_map(move |k| {
        let open = from + k;
        let ends = open.saturating_sub(7).max(seen)..=open;
        seen = open + 1;
        // where a number's digits end: a digit before, none at
        ends.filter(move |&e| e > 0 && b[e - 1].is_ascii_digit() && !b[e].is_ascii_digit())
            .map(move |e| e - b[..e].iter().rev().take_while(|c| c.is_ascii_digit()).count())
            .filter(move |&s| s >= from)
    })
}

fn resolutions(ctx: &Ctx, t: &str, id: &str, out: &mut Vec<Reference>) {
    let start = out.len();
    if let Some(k) = resolution_lists(ctx, t, id, out) {
        let mut found = Spans::default();
        for r in &out[start..] {
            found.push((r.span.start, r.span.end));
        }
        sc_numbers(t, id, k, out, &found);
    }
}

/// Lists of numbers after `resolution(s)`/`decision(s)`; returns where the
/// first resolution keyword stood.
fn resolution_lists(ctx: &Ctx, t: &str, id: &str, out: &mut Vec<Reference>) -> Option<usize> {
    let mut first_res = None;
    let mut carry: Option<&'static str> = None;
    // a keyword's numbers (one vector for the node's keywords)
    let mut items: Vec<(usize, usize, Num<'_>)> = Vec::new();
    let mut i = 0;
    for s in ctx.starts.resolution_keys().from(i) {
        if s < i {
            continue;
        }
        i = s;
        // ASCII letters are whole characters: step by bytes
        let c = t.as_bytes()[i] as char;
        // (a keyword's head stands at every key: see `KEYS`)
        if prev_is_word(t, i) {
            i += 1;
            continue;
        }
        // the keywords are whole words (none has a hyphen)
        let ws = word_slice(t, i);
        if ws.len() < SHORTEST_KEYWORD {
            i += ws.len().max(1);
            continue;
        }
        let (klen, decision) = match (one_of_word(t, i, ws, RES_WORDS), one_of_word(t, i, ws, DEC_WORDS)) {
            (Some(l), _) => (l, false),
            (None, Some(l)) => (l, true),
            _ => {
                i += c.len_utf8();
                continue;
            }
        };
        if !decision && first_res.is_none() {
            first_res = Some(i);
        }
        let (mut pre, _its) = body_before(ctx, t, i);
        let mut pos = skip_spaces(t, i + klen);
        if let Some((b, p)) = body_between(ctx, t, pos) {
            if b.is_some() {
                pre = b;
            }
            pos = p;
        }
        items.clear();
        while let Some((e, n)) = num_at(t, pos) {
            items.push((pos, e, n));
            match continuation(&ctx.starts, t, e) {
                Some(q) => pos = q,
                None => break,
            }
        }
        let post = items.iter().find_map(|(_, e, _)| body_after(t, *e));
        let inside = if pre.is_none() && post.is_none() && !items.is_empty() { inside_document(t, i) } else { None };
        for (s, e, n) in &items {
            let body = match inside {
                Some(owner) => owner,
                None => pre.or(post).or_else(|| default_body(ctx.adopting, carry, n)),
            };
            let symbol = body.and_then(|b| res_symbol(b, decision, n));
            let mut target = match symbol {
                Some(s) => symbol_target(s),
                None => Target::default(),
            };
            target.body = body.map(String::from);
            target.number = Some(t[*s..*e].to_string());
            out.push(reference(if decision { RefKind::Decision } else { RefKind::Resolution }, t, *s, *e, id, target));
        }
        if pre.is_some() {
            carry = pre;
        }
        i = items.last().map_or(i + klen, |x| x.1);
    }
    first_res
}

/// Russian, Arabic and Chinese: every number of a resolution's shape is a
/// citation (their keywords inflect, or follow the number: `第64/256号决议`);
/// a decision when the nearest keyword says so; the body from the nearest
/// body name before it, else from the number's form.
fn resolutions_by_number(ctx: &Ctx, t: &str, id: &str, out: &mut Vec<Reference>) {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !(b[i].is_ascii_digit() || b[i] == b'S' || b[i] == b'E') {
            i += 1;
            continue;
        }
        let Some((e, n)) = num_at(t, i) else {
            i += 1;
            continue;
        };
        let from = (i.saturating_sub(150)..=i).find(|&x| t.is_char_boundary(x)).unwrap_or(i);
        let head = &t[from..i];
        let to = (e..=(e + 200).min(t.len())).rev().find(|&x| t.is_char_boundary(x)).unwrap_or(e);
        let tail = &t[e..to];
        let later = |a: &str, d: &str| -> bool { head.rfind(d).is_some_and(|x| head.rfind(a).is_none_or(|y| x > y)) };
        let zh_dec = match (tail.find("号决议"), tail.find("号决定")) {
            (Some(r), Some(d)) => d < r,
            (None, Some(_)) => true,
            _ => false,
        };
        let decision = zh_dec || later("резолюци", "решени") || later("قرار", "مقرر");
        let named = BODIES_OTHER.iter().filter_map(|(f, bd)| head.rfind(f).map(|x| (x + f.len(), *bd))).max_by_key(|x| x.0);
        // `قرار المجلس 45/22`, `резолюции Совета 45/22`: the Council named last
        let short = ["المجلس", "Совета", "理事会"].iter().filter_map(|w| head.rfind(w).map(|x| x + w.len())).max();
        let body = match (named, short) {
            (Some((a, _)), Some(b)) if b > a => council(ctx, t, i),
            (None, Some(_)) => council(ctx, t, i),
            (n, _) => n.map(|x| x.1),
        };
        let body = match (body, &n) {
            (Some(SC), Num::Year { .. }) | (Some(GA | HRC | ECOSOC), Num::Session { .. } | Num::Roman { .. }) => body,
            _ => default_body(ctx.adopting, None, &n),
        };
        let mut target = match body.and_then(|bd| res_symbol(bd, decision, &n)) {
            Some(sym) => symbol_target(sym),
            None => Target::default(),
        };
        target.body = body.map(String::from);
        target.number = Some(t[i..e].to_string());
        out.push(reference(if decision { RefKind::Decision } else { RefKind::Resolution }, t, i, e, id, target));
        i = e;
    }
}

// ---------------------------------------------------------------------------
// UN document symbols

/// Series that open a UN document symbol.
const SERIES: &[&str] = &[
    "A", "S", "E", "ST", "CCW", "FCCC", "UNEP", "CD", "NPT", "TD", "ICCD", "CEDAW", "CRC", "CCPR", "CRPD", "CERD", "CAT", "CMW", "CED", "HRI",
    "DP", "UNW", "ISBA", "SPLOS", "APLC", "BWC", "CTBT", "ECE", "UNODC", "IDB", "PBC", "CTOC", "CAC", "SG", "UNCITRAL", "TRADE", "ESCAP", "UNICEF",
    "UNITAR", "UNU", "WHO", "ATT",
];

/// A symbol (one part of a joint one) at `i`: its end.
fn symbol_at(t: &str, i: usize, strict: bool) -> Option<usize> {
    let b = t.as_bytes();
    let pre = b[i..].iter().take_while(|c| c.is_ascii_uppercase()).count();
    if pre == 0 || b.get(i + pre) != Some(&b'/') {
        return None;
    }
    let known = SERIES.contains(&&t[i..i + pre]);
    if strict && !known {
        return None;
    }
    let mut e = i + pre;
    let mut parts = 1;
    // components after each '/'
    while b.get(e) == Some(&b'/') && b.get(e + 1).is_some_and(|c| c.is_ascii_alphanumeric()) {
        e += 1;
        parts += 1;
        while let Some(&c) = b.get(e) {
            if c.is_ascii_alphanumeric() || c == b'.' {
                e += 1;
            } else if c == b'-' {
                // a joint symbol: `-E/2009/98`
                let k = b[e + 1..].iter().take_while(|c| c.is_ascii_uppercase()).count();
                if k > 0 && b.get(e + 1 + k) == Some(&b'/') {
                    break;
                }
                e += 1;
            } else {
                break;
            }
        }
    }
    while e > i && matches!(b[e - 1], b'.' | b'-') {
        e -= 1;
    }
    let s = &t[i..e];
    if parts < 2 || !s.bytes().any(|c| c.is_ascii_digit()) || (!known && parts < 3) {
        return None;
    }
    // `S/RES/1947 (2010)`
    if s.starts_with("S/RES/") {
        let q = e + space_len(t, e);
        if t[q..].starts_with('(') && digits(t, q + 1) == 4 && t[q + 5..].starts_with(')') {
            return Some(q + 6);
        }
    }
    // `(Vol. I)`, `(Part II)`
    for tail in [" (Vol. ", "(Vol. ", " (Part ", "(Part "] {
        if t[e..].starts_with(tail) {
            if let Some(c) = t[e..].find(')') {
                if c < tail.len() + 8 {
                    return Some(e + c + 1);
                }
            }
        }
    }
    Some(e)
}

/// The UN document symbols of `t`. A symbol's series (capitals) ends at its
/// first `/`: the places looked at are the runs of ASCII letters before a
/// `/` (fewer than one in ten capitals), found with `memchr`.
fn symbols(t: &str, id: &str, out: &mut Vec<Reference>) {
    let b = t.as_bytes();
    let mut i = 0;
    for slash in memchr::memchr_iter(b'/', b) {
        let s = slash - b[..slash].iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
        if s == slash || s < i {
            continue;
        }
        i = s;
        let c = b[i];
        // a capital then a small letter (most words) starts no symbol: the
        // series before the first `/` are all capitals
        if b.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            i += 1;
            continue;
        }
        if !c.is_ascii_uppercase() || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'/' | b'.' | b'-') || (b[i - 1] >= 0x80 && prev_char(t, i).is_some_and(|c| is_word(c) && !is_cjk(c))))) {
            i += 1;
            continue;
        }
        let Some(mut e) = symbol_at(t, i, true) else {
            i += 1;
            continue;
        };
        // the first part is the target; a joint symbol's further parts
        // (`-E/2009/98`) are `also`
        let sym = &t[i..e];
        let mut also = Vec::new();
        while b.get(e) == Some(&b'-') {
            match symbol_at(t, e + 1, true) {
                Some(e2) => {
                    also.push(symbol_target(t[e + 1..e2].to_string()));
                    e = e2;
                }
                None => break,
            }
        }
        let kind = if sym.contains("/RES/") {
            RefKind::Resolution
        } else if sym.contains("/DEC/") {
            RefKind::Decision
        } else {
            RefKind::Document
        };
        let mut r = reference(kind, t, i, e, id, symbol_target(sym.to_string()));
        r.also = also;
        out.push(r);
        i = e;
    }
}

// ---------------------------------------------------------------------------
// treaties

const SERIES_NAMES: &[&str] = &[
    "United Nations, Treaty Series",
    "League of Nations, Treaty Series",
    "Nations Unies, Recueil des Traités",
    "Nations Unies, Recueil des traités",
    "Société des Nations, Recueil des Traités",
    "Naciones Unidas, Treaty Series",
    "Naciones Unidas, Recueil des Traités",
];
const IBID: &[&str] = &["Ibid.", "Ibíd.", "Ibid"];

/// `, vol. 976, No. 14152` / `, vols. 2225, 2237 and 2326, No. 39574` at
/// `i`: (end, volumes, number).
fn vol_no(t: &str, i: usize) -> Option<(usize, Vec<String>, Option<String>)> {
    let r = &t[i..];
    let mut p = i;
    let lead = [", vols. ", ", vol. ", ", vols ", ", vol "].into_iter().find(|l| r.starts_with(l))?;
    p += lead.len();
    let mut vols = Vec::new();
    loop {
        let d = digits(t, p);
        if d == 0 {
            break;
        }
        vols.push(t[p..p + d].to_string());
        p += d;
        match [", ", " and ", " et ", " y "].into_iter().find(|s| t[p..].starts_with(s) && digits(t, p + s.len()) > 0) {
            Some(s) => p += s.len(),
            None => break,
        }
    }
    if vols.is_empty() {
        return None;
    }
    let mut number = None;
    for l in [", No. ", ", Nos. ", ", no ", ", nº ", ", n° ", ", núm. ", ", No ", ", no. "] {
        if t[p..].starts_with(l) {
            let d = digits(t, p + l.len());
            if d > 0 {
                number = Some(t[p + l.len()..p + l.len() + d].to_string());
                p += l.len() + d;
            }
            break;
        }
    }
    Some((p, vols, number))
}

fn treaty_series(t: &str, id: &str, last: &mut Option<String>, out: &mut Vec<Reference>) {
    let mut found = false;
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // the series' names and `Ibid.` begin with one of these capitals
        // (ASCII: a byte is the character, and a byte of another character
        // is none of them)
        if matches!(b[i], b'U' | b'L' | b'N' | b'S' | b'I') && !prev_is_word(t, i) {
            let series = SERIES_NAMES.iter().find(|s| t[i..].starts_with(*s));
            let ibid = if series.is_none() { IBID.iter().find(|s| t[i..].starts_with(*s)) } else { None };
            let lead_len = series.map(|s| s.len()).or(ibid.map(|s| s.len()));
            if let Some(l) = lead_len {
                let citation = vol_no(t, i + l);
                let name = citation.as_ref().and_then(|_| series.map(|s| s.to_string()).or_else(|| last.clone()));
                if let (Some(name), Some((e, vols, number))) = (name, citation) {
                    let target = Target {
                        series: Some(name.clone()),
                        volume: vols.first().cloned(),
                        volumes: if vols.len() > 1 { vols } else { Vec::new() },
                        number,
                        ..Default::default()
                    };
                    out.push(reference(RefKind::Treaty, t, i, e, id, target));
                    *last = Some(name);
                    found = true;
                    i = e;
                    continue;
                }
            }
        }
        i += 1;
    }
    if !found {
        // the next footnote's "Ibid." refers to this one's source
        let is_ibid = IBID.iter().any(|s| t.trim_start().starts_with(s));
        if !is_ibid {
            *last = None;
        }
    }
}

/// The byte ranges of a node's text already claimed by a reference, kept
/// ordered by start so that asking whether a range overlaps one looks at a
/// few neighbours, not all of them (annexes can hold thousands).
#[derive(Default)]
struct Spans {
    by_start: Vec<(usize, usize)>,
    longest: usize,
}

impl Spans {
    fn push(&mut self, (s, e): (usize, usize)) {
        let at = self.by_start.partition_point(|m| m.0 <= s);
        self.by_start.insert(at, (s, e));
        self.longest = self.longest.max(e - s);
    }

    fn overlaps(&self, s: usize, e: usize) -> bool {
        // only a range starting before `e`, and within `longest` before `s`,
        // can reach it: those before `e`, back while they are that near
        let hi = self.by_start.partition_point(|m| m.0 < e);
        self.by_start[..hi].iter().rev().take_while(|m| m.0 + self.longest >= s).any(|&(a, b)| s < b && a < e)
    }
}

/// The instruments' printed forms, to find them at the capitals of a text.
struct InstrumentIndex {
    /// By first byte, then by their first eight bytes, longest first.
    by_byte: Vec<Vec<IndexedForm>>,
    /// The first eight bytes of every form, hashed to one bit of 4096: most
    /// capitals begin no form, and one look here says so.
    heads: [u64; 64],
}

/// A printed form of an instrument, with its first sixteen bytes as numbers
/// to compare before the whole form: many forms share their first eight
/// (`Conventi`, `United N`), and the texts name the United Nations often.
struct IndexedForm {
    head: u64,
    /// The bytes 8 to 15 (those there are: `next_mask`).
    next: u64,
    next_mask: u64,
    instrument: usize,
    form: usize,
}

impl IndexedForm {
    fn new(instrument: usize, form: usize) -> Self {
        let b = INSTRUMENTS[instrument].forms[form].as_bytes();
        let n = b.len().saturating_sub(8).min(8);
        let next_mask = if n == 8 { !0 } else { (1u64 << (8 * n)) - 1 };
        let next = if n > 0 { head8(b, 8) & next_mask } else { 0 };
        IndexedForm { head: head8(b, 0), next, next_mask, instrument, form }
    }
}

/// The bytes 8 to 15 from `i` (zero-padded; 0 when the text ends before).
fn next8(b: &[u8], i: usize) -> u64 {
    if i + 8 < b.len() {
        head8(b, i + 8)
    } else {
        0
    }
}

impl InstrumentIndex {
    fn bit(h8: u64) -> usize {
        (h8.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    /// Whether a form may start with the eight bytes `h8` (when not, none
    /// does).
    fn may_hold(&self, h8: u64) -> bool {
        let bit = Self::bit(h8);
        self.heads[bit >> 6] >> (bit & 63) & 1 != 0
    }
}

fn instrument_index() -> &'static InstrumentIndex {
    static INDEX: std::sync::OnceLock<InstrumentIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<Vec<IndexedForm>> = (0..256).map(|_| Vec::new()).collect();
        let mut heads = [0u64; 64];
        for (k, ins) in INSTRUMENTS.iter().enumerate() {
            for (f, form) in ins.forms.iter().enumerate() {
                let indexed = IndexedForm::new(k, f);
                let bit = InstrumentIndex::bit(indexed.head);
                index[form.as_bytes()[0] as usize].push(indexed);
                heads[bit >> 6] |= 1 << (bit & 63);
            }
        }
        // by first eight bytes (only those can match), then longest first
        for bucket in &mut index {
            bucket.sort_by_key(|x| (x.head, std::cmp::Reverse(INSTRUMENTS[x.instrument].forms[x.form].len())));
        }
        InstrumentIndex { by_byte: index, heads }
    })
}

fn instruments(starts: &Starts, t: &str, id: &str, taken: &mut Spans, out: &mut Vec<Reference>) {
    let index = instrument_index();
    let b = t.as_bytes();
    let mut i = 0;
    for s in starts.capitals().from(i) {
        if s < i {
            continue;
        }
        i = s;
        let c = b[i];
        // a form starts with the same eight bytes: the hashed set of them
        // rules out most capitals at once
        // (most digits and other characters begin no form: ruled out first)
        if index.by_byte[c as usize].is_empty() {
            i += 1;
            continue;
        }
        let h = head8(b, i);
        let candidate = index.may_hold(h) && !prev_is_word(t, i);
        if !candidate {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        let bucket = &index.by_byte[c as usize];
        let same_head = &bucket[bucket.partition_point(|x| x.head < h)..bucket.partition_point(|x| x.head <= h)];
        let h_next = next8(b, i);
        for x in same_head {
            if h_next & x.next_mask != x.next {
                continue;
            }
            let (ins, form) = (&INSTRUMENTS[x.instrument], INSTRUMENTS[x.instrument].forms[x.form]);
            // forms are at least 8 bytes long
            if !t[i..].starts_with(form) {
                continue;
            }
            {
                let s = i;
                let mut e = s + form.len();
                if next_char(t, e).is_some_and(is_word) || taken.overlaps(s, e) {
                    continue;
                }
                // a protocol to the instrument is another instrument
                let head = &t[..s];
                if ["Protocol to the ", "Protocols to the ", "Protocole facultatif se rapportant à la ", "Protocole facultatif à la ", "Protocolo Facultativo de la "]
                    .iter()
                    .any(|p| head.ends_with(p))
                {
                    continue;
                }
                // `of 1961`, `de 1961`
                for of in [" of ", " de "] {
                    if t[e..].starts_with(of) && digits(t, e + of.len()) == 4 && !next_char(t, e + of.len() + 4).is_some_and(is_word) {
                        e += of.len() + 4;
                        break;
                    }
                }
                let mut target = match ins.symbol {
                    Some(sym) => symbol_target(sym.to_string()),
                    None => Target::default(),
                };
                target.name = Some(ins.name.to_string());
                target.year = ins.year;
                if ins.volume.is_some() {
                    target.series = Some("United Nations, Treaty Series".into());
                }
                target.volume = ins.volume.map(String::from);
                target.number = ins.number.map(String::from);
                taken.push((s, e));
                out.push(reference(RefKind::Treaty, t, s, e, id, target));
                next = e;
                break;
            }
        }
        i = next;
    }
}

// ---------------------------------------------------------------------------
// dates

const MONTHS: &[(&str, u32)] = &[
    ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6),
    ("July", 7), ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
];

/// The length in bytes of the shortest of [`MONTHS`] (`May`).
const SHORTEST_MONTH: usize = {
    let mut m = usize::MAX;
    let mut i = 0;
    while i < MONTHS.len() {
        if MONTHS[i].0.len() < m {
            m = MONTHS[i].0.len();
        }
        i += 1;
    }
    m
};

/// `18`, `1er`, `1o`, `1º` at `i`: (end, day).
fn day_at(t: &str, i: usize) -> Option<(usize, u32)> {
    let b = t.as_bytes();
    // (an ASCII byte before is the character; others are decoded)
    let prev = match i.checked_sub(1).map(|j| b[j]) {
        Some(x) if x < 0x80 => Some(x as char),
        _ => prev_char(t, i),
    };
    if prev.is_some_and(|c| is_word(c) || c == '/' || c == '.') {
        return None;
    }
    let d = digits(t, i);
    if d == 0 || d > 2 {
        return None;
    }
    let day = b[i..i + d].iter().fold(0, |n, c| 10 * n + u32::from(c - b'0'));
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut e = i + d;
    // most days stand before a space or a mark: no suffix (they begin with
    // a letter or `\xC2`), no word
    if b.get(e).is_none_or(|&x| x < 0x80 && !x.is_ascii_alphanumeric()) {
        return Some((e, day));
    }
    for suf in ["er", "o", "º"] {
        if t[e..].starts_with(suf) && !next_char(t, e + suf.len()).is_some_and(is_word) {
            e += suf.len();
            break;
        }
    }
    if next_char(t, e).is_some_and(is_word) {
        return None;
    }
    Some((e, day))
}

/// ` December`, ` de diciembre` at `i`: (end, month).
fn month_at(t: &str, i: usize) -> Option<(usize, u32)> {
    // (the spaces `skip_spaces` passes begin with these bytes)
    if !matches!(t.as_bytes().get(i), Some(b' ' | 0xC2 | 0xE2)) {
        return None;
    }
    let mut p = skip_spaces(t, i);
    if p == i {
        return None;
    }
    if t[p..].starts_with("de ") {
        p += 3;
    }
    let w = word_slice(t, p);
    if w.len() < SHORTEST_MONTH {
        return None;
    }
    // (only the months of the word's length, then the first bytes in
    // either case: most words are no month; the months begin with ASCII
    // letters, which no other character lowers to)
    let first = w.as_bytes()[0];
    MONTHS_BY_LEN
        .get(w.len())?
        .iter()
        .map_while(|&k| MONTHS.get(k as usize))
        .find(|(m, _)| (m.as_bytes()[0] ^ first) & !0x20 == 0 && same_word(w, m))
        .map(|(m, n)| (p + m.len(), *n))
}

/// The indices in [`MONTHS`] of the months of each length in bytes, in
/// their order there (ended by one past the last index when fewer than
/// the row holds).
const MONTHS_BY_LEN: [[u8; 10]; 11] = {
    let mut rows = [[MONTHS.len() as u8; 10]; 11];
    let mut used = [0usize; 11];
    let mut k = 0;
    while k < MONTHS.len() {
        let n = MONTHS[k].0.len();
        rows[n][used[n]] = k as u8;
        used[n] += 1;
        k += 1;
    }
    rows
};

/// ` 2009`, ` de 2009` at `i`: (end, year).
fn year_at(t: &str, i: usize) -> Option<(usize, u32)> {
    let mut p = skip_spaces(t, i);
    if p == i {
        return None;
    }
    if t[p..].starts_with("de ") {
        p += 3;
    }
    if digits(t, p) != 4 || next_char(t, p + 4).is_some_and(is_word) {
        return None;
    }
    Some((p + 4, t[p..p + 4].parse().ok()?))
}

/// `to`, `au`, `al`, `–`, `-`, `and`, `et`, `y` between two days at `i`.
fn range_sep(t: &str, i: usize) -> Option<usize> {
    for s in ["–", "-", "\u{2011}"] {
        if t[i..].starts_with(s) {
            return Some(skip_spaces(t, i + s.len()));
        }
    }
    let p = skip_spaces(t, i);
    const WORDS: [&str; 7] = ["to", "au", "al", "and", "et", "y", "a"];
    // (the first letter rules out most places: a character other than
    // ASCII lowers to none of these words' first letters)
    let first = t.as_bytes().get(p).map_or(0, |c| c | 0x20);
    for w in WORDS.into_iter().filter(|w| w.as_bytes()[0] == first) {
        if word_at(t, p, w) {
            let q = skip_spaces(t, p + w.len());
            return (q > p + w.len()).then_some(q);
        }
    }
    if t[p..].starts_with("–") {
        return Some(skip_spaces(t, p + "–".len()));
    }
    None
}

/// `2009-12-18`; `m` and `d` are below 100 (a month, a day).
fn iso(y: u32, m: u32, d: u32) -> String {
    let year = decimal(y, 4);
    let year = &year.digits[year.start..];
    // (ASCII bytes pushed as characters: no UTF-8 check of a buffer)
    let mut s = String::with_capacity(year.len() + 6);
    for &c in year.iter().chain(&[b'-', b'0' + (m / 10) as u8, b'0' + (m % 10) as u8, b'-', b'0' + (d / 10) as u8, b'0' + (d % 10) as u8]) {
        s.push(char::from(c));
    }
    s
}

/// Whether the number of one or two digits at `i` may begin a date, by the
/// byte after it: a day ([`day_at`]) is followed by a space or a dash (the
/// first bytes of ` `, `-`, the no-break spaces, `–` and `‑`), or by its
/// suffix (`er`, `o`, `º`: `e`, `o`, `\xC2`). Most numbers are not (`64/182`,
/// `(2001)`, `3.`): [`day_at`] is not asked.
fn may_begin_date(b: &[u8], i: usize) -> bool {
    let after = b[i..].iter().position(|c| !c.is_ascii_digit()).map(|d| b[i + d]);
    matches!(after, Some(b' ' | b'-' | 0xC2 | 0xE2 | b'e' | b'o'))
}

fn dates(starts: &Starts, t: &str, id: &str, taken: &Spans, out: &mut Vec<Reference>) {
    let mut i = 0;
    for s in starts.digits().from(i) {
        if s < i {
            continue;
        }
        i = s;
        let b = t.as_bytes();
        // a day has one or two digits: longer numbers (years, numbers of
        // resolutions) are passed at this look
        if b.get(i + 1..i + 3).is_some_and(|x| x.iter().all(u8::is_ascii_digit)) {
            i += digits(t, i);
            continue;
        }
        if !may_begin_date(b, i) {
            i += digits(t, i).max(1);
            continue;
        }
        let Some((e1, d1)) = day_at(t, i) else {
            i += digits(t, i).max(1);
            continue;
        };
        // A month or a range's separator follows a day after a space or a
        // dash (their first bytes: ` `, `-`, and those of the no-break
        // spaces, `–` and `‑`); a day is followed by no letter.
        if !matches!(b.get(e1), Some(b' ' | b'-' | 0xC2 | 0xE2)) {
            i += digits(t, i).max(1);
            continue;
        }
        // `16 to 18 November 2022`, `30 November to 2 December 2022`,
        // `18 December 2009`
        let mut found = None;
        if let Some((em, m)) = month_at(t, e1) {
            if let Some((ey, y)) = year_at(t, em) {
                found = Some((ey, iso(y, m, d1), None));
            } else if let Some(q) = range_sep(t, em) {
                if let Some((e2, d2)) = day_at(t, q) {
                    if let Some((em2, m2)) = month_at(t, e2) {
                        if let Some((ey, y)) = year_at(t, em2) {
                            let y1 = if m > m2 { y - 1 } else { y };
                            found = Some((ey, iso(y1, m, d1), Some(iso(y, m2, d2))));
                        }
                    }
                }
            }
        } else if let Some(q) = range_sep(t, e1) {
            if let Some((e2, d2)) = day_at(t, q) {
                if let Some((em, m)) = month_at(t, e2) {
                    if let Some((ey, y)) = year_at(t, em) {
                        found = Some((ey, iso(y, m, d1), Some(iso(y, m, d2))));
                    }
                }
            }
        }
        let Some((e, date, end)) = found else {
            i += digits(t, i).max(1);
            continue;
        };
        // `from 16 to 18 November`, `du 16 au 18`, `del 16 al 18`
        let mut s = i;
        if end.is_some() {
            let head = t[..i].trim_end_matches(' ');
            for w in ["from", "From", "du", "Du", "del", "Del", "de", "De"] {
                if head.ends_with(w) && !prev_char(head, head.len() - w.len()).is_some_and(is_word) {
                    s = head.len() - w.len();
                    break;
                }
            }
        }
        if !taken.overlaps(s, e) {
            let target = Target { date: Some(date), end, ..Default::default() };
            out.push(reference(RefKind::Date, t, s, e, id, target));
        }
        i = e;
    }
}

// ---------------------------------------------------------------------------
// internal references

const PARA_WORDS: &[&str] = &["paragraph", "paragraphs", "paragraphe", "paragraphes", "párrafo", "párrafos"];
const SUB_WORDS: &[&str] = &["subparagraph", "subparagraphs", "alinéa", "alinéas", "apartado", "apartados", "inciso", "incisos"];
const HERE: &[&str] = &["above", "below", "ci-dessus", "ci-dessous", "supra", "infra"];
const PRESENT: &[&str] = &[
    "the present resolution",
    "The present resolution",
    "la présente résolution",
    "La présente résolution",
    "la presente resolución",
    "La presente resolución",
];
/// The words of [`PRESENT`] after the article: the phrases' key.
const PRESENT_WORDS: &[&str] = &["present", "présente", "presente"];
/// The first bytes of the keywords and of the phrases' words (see
/// [`may_start`]); not of the phrases' articles, which begin many words.
static INTERNAL_HEADS: Heads = heads(&[PARA_WORDS, SUB_WORDS, PRESENT_WORDS]);
/// The keywords whose places `Starts` finds: `resolution_keys` and
/// `internal_keys` hold exactly the letter starts where [`may_start`] holds.
static KEYS: Keys = Keys::new(&RES_DEC_HEADS, &INTERNAL_HEADS);
const OF_PRESENT: &[&str] = &[" of the present resolution", " de la présente résolution", " de la presente resolución"];

/// `(a)`, `a)`, `3`, `3 (b)` at `i`: (end, paragraph number, item label).
fn label_at(t: &str, i: usize) -> Option<(usize, Option<String>, Option<String>)> {
    let b = t.as_bytes();
    let item = |p: usize| -> Option<(usize, String)> {
        let (open, q) = if b.get(p) == Some(&b'(') { (true, p + 1) } else { (false, p) };
        let n = b[q.min(b.len())..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        if n == 0 || n > 5 || b.get(q + n) != Some(&b')') {
            return None;
        }
        let _ = open;
        Some((q + n + 1, t[q..q + n].to_string()))
    };
    let d = digits(t, i);
    if d > 0 {
        let num = t[i..i + d].to_string();
        let e = i + d;
        if next_char(t, e).is_some_and(|c| is_word(c) || c == '/') {
            return None;
        }
        let q = if b.get(e) == Some(&b' ') { e + 1 } else { e };
        if let Some((e2, l)) = item(q) {
            return Some((e2, Some(num), Some(l)));
        }
        return Some((e, Some(num), None));
    }
    item(i).map(|(e, l)| (e, None, Some(l)))
}

/// Where the phrase ([`PRESENT`]) whose word (`present`) stands at `s`
/// starts: its article, `the ` or `la `, is 4 or 3 bytes before.
fn present_phrase(t: &str, s: usize) -> Option<usize> {
    let b = t.as_bytes();
    [4, 3].into_iter().filter_map(|n| s.checked_sub(n)).find(|&a| PRESENT.iter().any(|p| b[a..].starts_with(p.as_bytes())))
}

fn internal(ctx: &Ctx, t: &str, id: &str, para: Option<&Paragraph>, taken: &mut Spans, out: &mut Vec<Reference>) {
    let mut i = 0;
    for s in ctx.starts.internal_keys().from(i) {
        // the phrase is looked at from its article
        let s = present_phrase(t, s).unwrap_or(s);
        if s < i {
            continue;
        }
        i = s;
        let b = t.as_bytes();
        let c = b[i] as char;
        // (a keyword's head stands at every key: see `KEYS`)
        if prev_is_word(t, i) {
            i += 1;
            continue;
        }
        let ws = word_slice(t, i);
        // the keywords are 6 bytes or longer (`inciso`), the articles 2 or 3
        if !(ws.len() >= 6 || matches!(ws, "the" | "The" | "la" | "La")) {
            i += ws.len().max(1);
            continue;
        }
        // the present resolution
        if let Some(p) = (ws.len() < 4).then(|| PRESENT.iter().find(|p| t[i..].starts_with(*p))).flatten() {
            let e = i + p.len();
            if !next_char(t, e).is_some_and(is_word) && !taken.overlaps(i, e) {
                let target = Target { id: Some("resolution".into()), ..Default::default() };
                taken.push((i, e));
                out.push(reference(RefKind::Internal, t, i, e, id, target));
                i = e;
                continue;
            }
        }
        let kw = one_of_word(t, i, ws, PARA_WORDS).map(|l| (l, false)).or_else(|| one_of_word(t, i, ws, SUB_WORDS).map(|l| (l, true)));
        let Some((klen, sub)) = kw else {
            i += c.len_utf8();
            continue;
        };
        // the list of labels
        let mut pos = skip_spaces(t, i + klen);
        let mut labels = Vec::new();
        while let Some((e, num, item)) = label_at(t, pos) {
            if sub && num.is_some() {
                break;
            }
            labels.push((pos, e, num, item));
            let mut next = None;
            for s in SEPS {
                if t[e..].starts_with(s) && label_at(t, e + s.len()).is_some() {
                    next = Some(e + s.len());
                    break;
                }
            }
            match next {
                Some(n) => pos = n,
                None => break,
            }
        }
        let Some(&(_, last_end, _, _)) = labels.last() else {
            i += klen;
            continue;
        };
        // `above` / `below` / `of the present resolution`
        let after = skip_spaces(t, last_end);
        let here = one_of(t, after, HERE).map(|l| after + l);
        let present = OF_PRESENT.iter().find(|p| t[last_end..].starts_with(*p)).map(|p| last_end + p.len());
        let Some(end) = here.or(present) else {
            i = last_end;
            continue;
        };
        for (s, e, num, item) in labels {
            let target = Target { id: ctx.doc.and_then(|d| resolve_label(d, id, para, num.as_deref(), item.as_deref())), ..Default::default() };
            taken.push((s, e));
            out.push(reference(RefKind::Internal, t, s, e, id, target));
        }
        i = end;
    }
}

/// The id of operative paragraph `num` (and its item `item`), or of item
/// `item` next to the citing node.
fn resolve_label(doc: &Document, here: &str, para: Option<&Paragraph>, num: Option<&str>, item: Option<&str>) -> Option<String> {
    let norm = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let find_item = |p: &Paragraph, l: &str| p.items.iter().find(|it| it.num.as_deref().is_some_and(|n| norm(n) == l)).map(|it| it.id.clone());
    match (num, item) {
        (Some(n), it) => {
            let p = doc.operative.iter().find(|p| p.num.as_deref().is_some_and(|x| norm(x) == n))?;
            match it {
                Some(l) => find_item(p, l),
                None => Some(p.id.clone()),
            }
        }
        (None, Some(l)) => {
            // siblings first: the items of the paragraph that holds `here`
            if let Some(p) = para {
                if let Some(x) = find_item(p, l) {
                    return Some(x);
                }
            }
            let parent = here.rsplit_once("__list_").map(|x| x.0)?;
            let paras = doc.paragraphs();
            let p = paras.iter().find(|p| p.id == parent)?;
            find_item(p, l)
        }
        (None, None) => None,
    }
}

// ---------------------------------------------------------------------------
// input spans

/// Finds each reference's words in `input[span]`, in order: verbatim, or
/// with Markdown emphasis, escapes, `<sup>` markers and line breaks between
/// the characters.
fn map_input(input: &str, span: Span, skip: &[Span], refs: &mut [Reference]) {
    if input.is_empty() || span.end > input.len() || span.start >= span.end || !input.is_char_boundary(span.start) || !input.is_char_boundary(span.end) {
        return;
    }
    let mut cursor = span.start;
    let mut cursor_text = 0;
    // where the last one found ends, in the input and in the text: a
    // reference after it in the text is searched for after it in the input
    let (mut last_end, mut last_text_end) = (span.start, 0);
    // the skipped ranges before this one end by `cursor` (which only moves
    // forward, and every search starts at or after it): kept here, not
    // searched for again at each reference
    let mut skipped = 0;
    for r in refs.iter_mut() {
        // A reference starts in the input about as far after the last one
        // found as it does in the text, plus what the text dropped (white
        // space, running headers, a page's footnotes): look that far, not to
        // the end of the node, so a long annex is not searched again for
        // every reference in it.
        let gap = r.span.start.saturating_sub(cursor_text);
        let mut until = span.end.min(cursor.saturating_add(3 * gap + r.text.len() + 4096));
        while !input.is_char_boundary(until) {
            until += 1;
        }
        let from = if r.span.start >= last_text_end { last_end } else { cursor };
        if let Some(s) = locate(input, from, until.max(from), span.end, &skip[skipped..], &r.text) {
            r.input_span = Some(s);
            cursor = s.start;
            while skip.get(skipped).is_some_and(|k| k.end <= cursor) {
                skipped += 1;
            }
            cursor_text = r.span.start;
            (last_end, last_text_end) = (s.end, r.span.end);
        }
    }
}

/// Where `text` first stands in `input[from..until]` (it may run on to
/// `to`), exactly or with white space and markup between its characters,
/// outside the ranges `skip` (disjoint, by start).
fn locate(input: &str, from: usize, until: usize, to: usize, skip: &[Span], text: &str) -> Option<Span> {
    // One pass over the places where the text's first byte stands: there,
    // the text verbatim (inside the window), else the text up to its first
    // letter or digit verbatim and the rest loosely (it may run on to `to`).
    let b = input.as_bytes();
    let &first = text.as_bytes().first()?;
    let lead = text.find(char::is_alphanumeric);
    // the byte after the text's first character, and where it stands
    let n = text.chars().next().map_or(1, char::len_utf8);
    let second = text.as_bytes().get(n).copied();
    let mut p = from;
    // the first skipped range that may hold a place from `p` on (the places
    // only move forward, and the few ranges that end before `from` are
    // passed below)
    let mut i = 0;
    while let Some(k) = memchr::memchr(first, &b[p..until]) {
        let at = p + k;
        // inside a skipped range: on after it
        while skip.get(i).is_some_and(|s| s.end <= at) {
            i += 1;
        }
        if let Some(s) = skip.get(i).filter(|s| s.start <= at) {
            p = s.end.min(until);
            continue;
        }
        // either match needs the byte after the first character to be the
        // text's next one or one that loose matching passes over (markup,
        // white space, any non-ASCII byte): most places of a common first
        // byte (a digit, a capital) fail here, at one comparison
        if let (Some(y), Some(&x)) = (second, b.get(at + n)) {
            if x != y && x < 0x80 && !matches!(x, b'*' | b'_' | b'\\' | b'<' | b'\t'..=b'\r' | b' ') {
                p = at + 1;
                continue;
            }
        }
        if b[at..].starts_with(text.as_bytes()) && at + text.len() <= until {
            return Some(Span::new(at, at + text.len()));
        }
        if let Some(lead) = lead {
            if b[at..].starts_with(&text.as_bytes()[..lead]) {
                if let Some(end) = match_loose(input, at + lead, to, &text[lead..]) {
                    return Some(Span::new(at, end));
                }
            }
        }
        p = at + 1;
    }
    None
}

/// Where `text` ends when it stands at `p` in `input[..to]` loosely: its
/// characters in order, with markup (`*`, `_`, `\`, `<sup>...</sup>`) and
/// white space between them, and any white space for a space.
fn match_loose(input: &str, mut p: usize, to: usize, text: &str) -> Option<usize> {
    let (ib, tb) = (&input.as_bytes()[..to], text.as_bytes());
    let mut q = 0;
    loop {
        // the same ASCII character other than a space, at once (the
        // character by character step below takes it and nothing more)
        while let (Some(&x), Some(&y)) = (ib.get(p), tb.get(q)) {
            if x != y || y >= 0x80 || y == b' ' {
                break;
            }
            p += 1;
            q += 1;
        }
        let Some(c) = text[q..].chars().next() else { return Some(p) };
        p = match_loose_char(input, p, to, c)?;
        q += c.len_utf8();
    }
}

/// One character of [`match_loose`] at `p`: where the input goes on after
/// it.
fn match_loose_char(input: &str, mut p: usize, to: usize, c: char) -> Option<usize> {
    loop {
        let d = input[p..to].chars().next()?;
        if d == c || (c == ' ' && d.is_whitespace()) {
            p += d.len_utf8();
            if c == ' ' {
                while let Some(w) = input[p..to].chars().next().filter(|w| w.is_whitespace()) {
                    p += w.len_utf8();
                }
            }
            return Some(p);
        }
        if matches!(d, '*' | '_' | '\\') || (d.is_whitespace() && c != ' ') {
            p += d.len_utf8();
            continue;
        }
        if input[p..to].starts_with("<sup>") {
            p += input[p..to].find("</sup>")? + "</sup>".len();
            continue;
        }
        return None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bodies other than the General Assembly named in `t` (names that
    /// start a word), by start (ties in the order of [`BODIES`]): (start,
    /// end, body).
    fn councils_named(t: &str) -> Vec<(usize, usize, &'static str)> {
        let b = t.as_bytes();
        let mut named = Vec::new();
        for (x, _) in t.char_indices() {
            for (i, n) in COUNCIL_NAMES.iter().enumerate() {
                if let Some(n) = n {
                    if b[x..].starts_with(n.name.as_bytes()) && (x == 0 || !b[x - 1].is_ascii_alphanumeric()) {
                        named.push((x, i, n));
                    }
                }
            }
        }
        named.into_iter().map(|(x, _, n)| (x, x + n.name.len(), n.body)).collect()
    }

    #[test]
    fn a_short_council_is_the_last_named_before_it() {
        let pieces = [
            "Security Council", "Conseil de sécurité", "Economic and Social Council", "Human Rights Council", "Commission on Human Rights", "Council",
            "Conseil", "Consejo", "Committee", "Co", "the ", " ", "x", "Human Rights Council resolution", "é", "SecurityCouncil", "Consejo de Seguridad",
        ];
        let mut seed = 5u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for round in 0..300 {
            let t: String = (0..30).map(|_| pieces[next(pieces.len())]).collect();
            let named = councils_named(&t);
            let adopting = [None, Some(SC), Some(GA)][round % 3];
            let ctx = Ctx::new(None, adopting, "en", &t);
            // places in order (as the scanners ask), then anywhere
            let mut places: Vec<usize> = (0..=t.len()).filter(|&k| t.is_char_boundary(k) && next(4) == 0).collect();
            places.extend((0..20).map(|_| next(t.len() + 1)).filter(|&k| t.is_char_boundary(k)));
            for k in places {
                let before = named.partition_point(|m| m.0 < k);
                let expected = named[..before].iter().rev().find(|m| m.1 <= k).map(|m| m.2).or(adopting.filter(|b| *b != GA));
                assert_eq!(council(&ctx, &t, k), expected, "{t:?} at {k}");
            }
        }
    }

    /// [`match_loose`] as it was: character by character.
    fn match_loose_by_chars(input: &str, p: usize, to: usize, text: &str) -> Option<usize> {
        text.chars().try_fold(p, |p, c| match_loose_char(input, p, to, c))
    }

    #[test]
    fn match_loose_takes_equal_bytes_at_once_and_agrees_with_the_characters() {
        let pieces = ["a", "b", "1", " ", "  ", "\n", "*", "_", "\\", "<sup>1</sup>", "<sup>", "é", "\u{a0}", "(", ")", "/", "Treaty", "x"];
        let mut seed = 9u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..3000 {
            let text: String = (0..1 + next(6)).map(|_| pieces[next(pieces.len())]).collect();
            // the text itself, marked up or spaced out, or anything
            let input: String = match next(3) {
                0 => text.chars().flat_map(|c| [Some(c), [None, Some('*'), Some(' '), Some('\n')][next(4)]]).flatten().collect(),
                1 => text.clone(),
                _ => (0..1 + next(8)).map(|_| pieces[next(pieces.len())]).collect(),
            };
            for to in (0..=input.len()).filter(|&x| input.is_char_boundary(x)) {
                for p in (0..=to).filter(|&x| input.is_char_boundary(x)) {
                    assert_eq!(match_loose(&input, p, to, &text), match_loose_by_chars(&input, p, to, &text), "{input:?} {p}..{to}, {text:?}");
                }
            }
        }
    }

    #[test]
    fn a_body_ending_a_text_is_found_by_its_last_bytes() {
        // body_ending as it was: every name compared
        let naive = |t: &str, end: usize| BODIES.iter().find(|(f, _)| t[..end].ends_with(f)).map(|(f, b)| (end - f.len(), *b));
        for (f, _) in BODIES {
            for t in [f.to_string(), format!("the {f}"), format!("x{f}, in its"), f[1..].to_string(), format!("{f}s"), "Assembly".into(), "y".into(), String::new()] {
                for end in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                    assert_eq!(body_ending(&t, end), naive(&t, end), "{t:?} to {end}");
                }
            }
        }
    }

    #[test]
    fn a_day_that_may_begin_a_date_is_told_by_the_byte_after_it() {
        let pieces = ["1", "18", "3", "er", "o", "º", " ", "-", "–", "‑", "\u{a0}", "\u{202f}", "/", ")", ".", ",", "e", "x", "é", "(", "December", "a"];
        let mut seed = 13u64;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..12 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let b = t.as_bytes();
            for i in (0..b.len()).filter(|&i| b[i].is_ascii_digit()) {
                // a day followed by what may go on to a month or a range
                let day = day_at(&t, i).is_some_and(|(e, _)| matches!(b.get(e), Some(b' ' | b'-' | 0xC2 | 0xE2)));
                assert!(!day || may_begin_date(b, i), "{t:?} at {i}");
            }
        }
    }

    #[test]
    fn months_by_length_are_every_month_in_order() {
        let mut listed: Vec<usize> = MONTHS_BY_LEN.iter().flatten().map(|&k| k as usize).filter(|&k| k < MONTHS.len()).collect();
        for (n, row) in MONTHS_BY_LEN.iter().enumerate() {
            let row: Vec<usize> = row.iter().map(|&k| k as usize).take_while(|&k| k < MONTHS.len()).collect();
            assert!(row.windows(2).all(|w| w[0] < w[1]), "length {n}");
            assert!(row.iter().all(|&k| MONTHS[k].0.len() == n), "length {n}");
        }
        listed.sort();
        assert_eq!(listed, (0..MONTHS.len()).collect::<Vec<_>>());
        // month_at as it was: every month compared
        let naive = |t: &str, i: usize| {
            let mut p = skip_spaces(t, i);
            if p == i || !matches!(t.as_bytes().get(i), Some(b' ' | 0xC2 | 0xE2)) {
                return None;
            }
            if t[p..].starts_with("de ") {
                p += 3;
            }
            let w = word_slice(t, p);
            MONTHS.iter().find(|(m, _)| same_word(w, m)).map(|(m, n)| (p + m.len(), *n))
        };
        for (m, _) in MONTHS {
            for w in [m.to_string(), m.to_uppercase(), format!("{}{}", &m[..1].to_uppercase(), &m[1..]), format!("{m}s"), m[..m.len() - 1].to_string()] {
                for t in [format!(" {w} 2009"), format!(" de {w}"), format!("\u{a0}{w}"), format!("x{w}"), format!("  {w}.")] {
                    assert_eq!(month_at(&t, 0), naive(&t, 0), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn iso_dates_are_format_with_zeros() {
        for (y, m, d) in [(2009, 12, 18), (1946, 1, 1), (999, 9, 9), (12345, 10, 31), (0, 0, 0)] {
            assert_eq!(iso(y, m, d), format!("{y:04}-{m:02}-{d:02}"));
        }
    }

    #[test]
    fn decimal_is_format_with_zeros() {
        for n in [0, 1, 9, 10, 99, 100, 1946, 2009, 99999, 4294967295] {
            for width in [0, 2, 4, 10] {
                assert_eq!(&*decimal(n, width), format!("{n:0width$}").as_str(), "{n}, {width}");
            }
        }
    }

    /// [`continuation`] byte by byte, as it was: its steps at every place.
    fn continuation_bytewise(t: &str, e: usize) -> Option<usize> {
        let limit = (e + 400).min(t.len());
        let mut q = e;
        while q < limit {
            match continuation_step(t, q, limit) {
                Step::Done(r) => return r,
                Step::Next(n) => q = n,
            }
        }
        None
    }

    #[test]
    fn continuation_visits_every_place_where_a_step_acts() {
        let pieces = [
            "resolution", "resolutions", "Resolution", "décision", "decisions", "résolution", "resolución", "64/182", "1373 (2001)", "217 A (III)",
            "S-20/2", "ES-10/1", "E/2009/98", "E", "S", "Sa", "2resolution", "A1", ", ", " and ", " et ", " y ", ", and ", " as well as ", "“", "”", "«",
            "»", "\"", ";", ":", ".", ". ", ". The", ". the", "No. 3", " ", " ", "\u{a0}", "é", "É", "entitled", "the", "of", "Council", "—", "第", "\n",
        ];
        let mut seed = 7u64;
        for _ in 0..400 {
            let mut t = String::new();
            for _ in 0..80 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let starts = Starts::new(&t);
            for e in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                assert_eq!(continuation(&starts, &t, e), continuation_bytewise(&t, e), "{t:?} from {e}");
            }
        }
    }

    #[test]
    fn numbers_before_parentheses_are_those_with_a_parenthesis_in_eight_bytes() {
        let pieces = ["1373", " ", "(", "2001)", "\u{202f}", "A", "12", "x", "(a)", "7", "((", "\u{a0}", "ab", "123456", "/", "é"];
        let mut seed = 11u64;
        for _ in 0..300 {
            let mut t = String::new();
            for _ in 0..40 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let b = t.as_bytes();
            for from in [0, 1, 5, 17, t.len() / 2] {
                let from = (from..=t.len()).find(|&x| t.is_char_boundary(x)).unwrap();
                let naive: Vec<usize> = (from..b.len())
                    .filter(|&s| b[s].is_ascii_digit() && (s == 0 || !b[s - 1].is_ascii_digit()))
                    .filter(|&s| {
                        let e = s + digits(&t, s);
                        b[e..(e + 8).min(b.len())].contains(&b'(')
                    })
                    .collect();
                assert_eq!(numbers_before_parentheses(&t, from).collect::<Vec<_>>(), naive, "{t:?} from {from}");
            }
        }
    }

    #[test]
    fn the_present_resolution_is_found_from_its_word() {
        for p in PRESENT {
            let article = p.find(' ').unwrap() + 1;
            assert!(PRESENT_WORDS.iter().any(|w| p[article..].starts_with(w)), "{p}");
            let t = format!("x {p}");
            assert_eq!(present_phrase(&t, 2 + article), Some(2), "{p}");
        }
        assert_eq!(present_phrase("present", 0), None);
        assert_eq!(present_phrase("the presentation", 4), None);
    }

    #[test]
    fn sort_moving_once_is_a_stable_sort() {
        let mut seed = 12345u64;
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(usize, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 33) as usize % (n / 3 + 1), i)
                })
                .collect();
            let mut a = v.clone();
            a.sort_by_key(|x| x.0);
            let mut b = v.clone();
            sort_moving_once(&mut b, |x| x.0);
            assert_eq!(a, b, "n = {n}");
            // elements that own memory: each moved, none copied or lost
            let mut c: Vec<(usize, String)> = v.iter().map(|&(k, i)| (k, i.to_string())).collect();
            sort_moving_once(&mut c, |x| x.0);
            assert_eq!(c, a.iter().map(|&(k, i)| (k, i.to_string())).collect::<Vec<_>>(), "n = {n}");
        }
    }
}
