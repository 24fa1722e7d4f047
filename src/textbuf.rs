//! Text with a map back to the input: every stage edits plain text, and every
//! byte of it still knows where it came from, so spans stay exact.

use crate::model::Span;

/// White space that folds to one space: all but the no-break spaces, which
/// typesetting puts in on purpose (`10\u{a0}000`).
fn collapsible(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}'
}

/// The letters of a Latin ligature (`ﬁ` → `fi`), which PDF text layers and
/// OCR output carry: the text gets the letters, so that words compare and
/// search as printed (`Reaﬃrming` is `Reaffirming`).
fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        _ => return None,
    })
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The bytes of `x` (eight, little-endian) that [`TextBuf::push`] does not
/// copy as they are, as their high bit; exact up to the first such byte
/// (above it a borrow may mark more). Copied as they are: printable ASCII
/// (no control byte, no lead or continuation byte of a longer character),
/// no space after a space (`prev_space`: the byte before was one).
#[cfg_attr(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128")), allow(dead_code))]
#[inline(always)]
fn stops8(x: u64, prev_space: bool) -> u64 {
    // a byte >= 0x80, or below 0x20 (any of them: the byte-wise loop tells
    // the white space from the other control bytes)
    let bad = (x & HI) | (x.wrapping_sub(LO * 0x20) & !x & HI);
    // exactly the bytes that are spaces, as 0x80 (no borrow between bytes)
    let y = x ^ (LO * 0x20);
    let spaces = !(((y & !HI) + !HI) | y | !HI);
    bad | (spaces & (spaces << 8 | (prev_space as u64) << 7))
}

/// How many bytes at the start of `w` are copied as they are by
/// [`TextBuf::push`] (see [`stops8`]); `prev_space`: the byte before `w`
/// was a space. With SSE2: sixteen bytes at once.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn plain_run(w: &[u8; 16], prev_space: bool) -> usize {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86-64 baseline; the load reads the 16
    // bytes of `w` (unaligned load).
    let (bad, spaces) = unsafe {
        let v = _mm_loadu_si128(w.as_ptr() as *const __m128i);
        // signed: below 0x20, or 0x80 and above
        (_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))) as u32, _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x20))) as u32)
    };
    let stops = bad | (spaces & (spaces << 1 | prev_space as u32));
    (stops | 1 << 16).trailing_zeros() as usize
}

/// [`plain_run`] with WebAssembly SIMD.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline(always)]
fn plain_run(w: &[u8; 16], prev_space: bool) -> usize {
    use core::arch::wasm32::*;
    // SAFETY: the load reads the 16 bytes of `w`; v128.load needs no
    // alignment.
    let v = unsafe { v128_load(w.as_ptr() as *const v128) };
    // signed: below 0x20, or 0x80 and above
    let bad = i8x16_bitmask(i8x16_lt(v, i8x16_splat(0x20))) as u32;
    let spaces = i8x16_bitmask(i8x16_eq(v, i8x16_splat(0x20))) as u32;
    let stops = bad | (spaces & (spaces << 1 | prev_space as u32));
    (stops | 1 << 16).trailing_zeros() as usize
}

#[cfg(not(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128"))))]
fn plain_run(w: &[u8; 16], prev_space: bool) -> usize {
    plain_run_swar(w, prev_space)
}

/// [`plain_run`] eight bytes at a time in a `u64`.
#[cfg_attr(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128")), allow(dead_code))]
#[inline(always)]
fn plain_run_swar(w: &[u8; 16], prev_space: bool) -> usize {
    let word = |k: usize| u64::from_le_bytes(w[k..k + 8].try_into().expect("8 bytes"));
    let low = stops8(word(0), prev_space);
    if low != 0 {
        return low.trailing_zeros() as usize / 8;
    }
    let high = stops8(word(8), w[7] == b' ');
    if high != 0 {
        8 + high.trailing_zeros() as usize / 8
    } else {
        16
    }
}

/// Plain text plus, for each run of it, the input offset the run starts at.
/// Within a run, text bytes and input bytes correspond one to one.
#[derive(Clone, Debug, Default)]
pub struct TextBuf {
    pub text: String,
    /// (text offset, input offset) at the start of each run, ascending.
    runs: Vec<(usize, usize)>,
    /// Input offset just after the last byte pushed.
    end: usize,
}

impl TextBuf {
    pub fn new() -> TextBuf {
        TextBuf::default()
    }

    /// Room for `n` more bytes of text (a block's source length: its text
    /// then grows without reallocating).
    pub fn reserve(&mut self, n: usize) {
        self.text.reserve(n);
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Append `s`, which stands at input offset `src`. Runs of white space
    /// collapse to one space; leading white space is dropped.
    pub fn push(&mut self, s: &str, src: usize) {
        let b = s.as_bytes();
        let mut run_open = false;
        let mut i = 0;
        while i < b.len() {
            // The longest stretch from `i` that is copied as it is: anything
            // but collapsible white space, where a lone ' ' after a
            // non-space counts as copied (it maps one to one).
            let mut prev_space = self.ends_in_space();
            let mut j = i;
            while j < b.len() {
                // the plain bytes sixteen at a time, then the one that
                // stopped them byte by byte (the last few bytes are padded
                // with NUL, which stops a run)
                let run = match b.get(j..j + 16) {
                    Some(w) => plain_run(w.try_into().expect("16 bytes"), prev_space),
                    None => {
                        let mut w = [0u8; 16];
                        w[..b.len() - j].copy_from_slice(&b[j..]);
                        plain_run(&w, prev_space)
                    }
                };
                if run > 0 {
                    prev_space = b[j + run - 1] == b' ';
                    j += run;
                    continue;
                }
                let c = b[j];
                if c == b' ' {
                    if prev_space {
                        break;
                    }
                    prev_space = true;
                    j += 1;
                } else if c < 0x80 {
                    if matches!(c, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                        break;
                    }
                    prev_space = false;
                    j += 1;
                } else {
                    let ch = s[j..].chars().next().unwrap_or(' ');
                    if collapsible(ch) || ligature(ch).is_some() {
                        break;
                    }
                    prev_space = false;
                    j += ch.len_utf8();
                }
            }
            if j > i {
                self.mark(src + i, &mut run_open);
                self.text.push_str(&s[i..j]);
            }
            // a ligature: its letters, mapped onto its three bytes so that
            // the first starts them and the last ends them (a span of the
            // word is whole characters of the input)
            if let Some(letters) = s[j..].chars().next().and_then(ligature) {
                let width = '\u{fb01}'.len_utf8();
                self.push_raw(&letters[..1], src + j);
                self.push_raw(&letters[1..], src + j + width - (letters.len() - 1));
                run_open = false;
                i = j + width;
                continue;
            }
            // white space folded to one space
            let ws_end = s[j..].find(|c: char| !collapsible(c)).map_or(s.len(), |k| j + k);
            if ws_end > j {
                if self.ends_in_space() {
                    run_open = false;
                } else {
                    self.mark(src + j, &mut run_open);
                    self.text.push(' ');
                    // the rest of the white space maps nowhere
                    run_open = ws_end - j == 1;
                }
            }
            i = ws_end;
        }
        self.end = src + s.len();
    }

    /// Whether the text is empty or ends in a space or line break (where
    /// more white space adds nothing).
    fn ends_in_space(&self) -> bool {
        matches!(self.text.as_bytes().last(), None | Some(b' ' | b'\n'))
    }

    /// Append `s` verbatim (no white-space folding) as one run at `src`;
    /// used for text that stands for markup (a hard break, a joining space).
    pub fn push_raw(&mut self, s: &str, src: usize) {
        let mut open = false;
        self.mark(src, &mut open);
        self.text.push_str(s);
        self.end = self.end.max(src);
    }

    /// A single space unless the text is empty or already ends in one.
    pub fn push_space(&mut self, src: usize) {
        if !self.ends_in_space() {
            self.push_raw(" ", src);
        }
    }

    fn mark(&mut self, src: usize, run_open: &mut bool) {
        let t = self.text.len();
        let contiguous = *run_open
            && self
                .runs
                .last()
                .is_some_and(|&(rt, rs)| rs + (t - rt) == src);
        if !contiguous {
            self.runs.push((t, src));
        }
        *run_open = true;
    }

    /// Input offset of text offset `i` (`i == len()` maps to the end).
    pub fn src(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return match self.runs.last() {
                Some(&(t, s)) => s + (self.text.len() - t),
                None => self.end,
            };
        }
        let k = self.runs.partition_point(|&(t, _)| t <= i);
        let (t, s) = self.runs[k.saturating_sub(1)];
        s + (i - t)
    }

    /// The input span of text range `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        // (a range past the end is cut at the end: the readers' offsets
        // must never panic here)
        let b = b.min(self.text.len());
        if a >= b {
            let p = self.src(a);
            return Span::new(p, p);
        }
        // Last byte of the range, then one past it, so that a range ending
        // at a run boundary does not leap to the next run's start.
        let last = self.text[..b].char_indices().next_back().map(|(i, _)| i).unwrap_or(a);
        let c = self.text[last..].chars().next().map_or(1, |c| c.len_utf8());
        Span::new(self.src(a), self.src(last) + c)
    }

    /// The sub-buffer for text range `[a, b)`.
    pub fn slice(&self, a: usize, b: usize) -> TextBuf {
        let b = b.min(self.text.len());
        let a = a.min(b);
        let mut out = TextBuf::new();
        let k = self.runs.partition_point(|&(t, _)| t <= a).saturating_sub(1);
        for (j, &(t, s)) in self.runs.iter().enumerate().skip(k) {
            let next_t = self.runs.get(j + 1).map_or(self.text.len(), |r| r.0);
            let lo = t.max(a);
            let hi = next_t.min(b);
            if lo >= hi {
                if t >= b {
                    break;
                }
                continue;
            }
            out.runs.push((out.text.len(), s + (lo - t)));
            out.text.push_str(&self.text[lo..hi]);
        }
        out.end = if b > a { self.span(a, b).end } else { self.src(a) };
        out
    }

    /// Append another buffer (its runs keep their input offsets).
    pub fn append(&mut self, other: &TextBuf) {
        let base = self.text.len();
        for &(t, s) in &other.runs {
            self.runs.push((base + t, s));
        }
        self.text.push_str(&other.text);
        self.end = self.end.max(other.end);
    }

    /// Remove the text ranges (sorted, disjoint), keeping the map right.
    pub fn remove(&self, ranges: &[(usize, usize)]) -> TextBuf {
        let mut out = TextBuf::new();
        let mut at = 0;
        for &(a, b) in ranges {
            if a > at {
                out.append(&self.slice(at, a));
            }
            at = b;
        }
        if at < self.text.len() {
            out.append(&self.slice(at, self.text.len()));
        }
        out.end = self.end;
        out
    }

    /// Trimmed of white space at both ends.
    pub fn trim(&self) -> TextBuf {
        let t = self.text.trim_start();
        let a = self.text.len() - t.len();
        let b = a + t.trim_end().len();
        self.slice(a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // (in WebAssembly, `scripts/build-wasm.sh --test` runs the plain-run
    // check on the simd128 path)
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// A ligature becomes its letters; a span over them is the ligature's
    /// bytes, whole.
    #[test]
    fn ligatures_become_letters() {
        let input = "Reaﬃrming the ﬁnal text";
        let mut t = TextBuf::new();
        t.push(input, 0);
        assert_eq!(t.text, "Reaffirming the final text");
        let word = |w: &str| {
            let a = t.text.find(w).unwrap();
            let s = t.span(a, a + w.len());
            &input[s.start..s.end]
        };
        assert_eq!(word("Reaffirming"), "Reaﬃrming");
        assert_eq!(word("final"), "ﬁnal");
        assert_eq!(word("Rea"), "Rea");
        assert_eq!(word("text"), "text");
    }

    /// `plain_run` (and its word-wise form) against its definition, on
    /// every pair of byte kinds that matter at every pair of positions.
    #[test]
    fn plain_run_agrees_with_the_byte_wise_rule() {
        let kinds = [b'a', b' ', b'\t', b'\n', 0x01, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0xc3, 0xff, b'Z', b'0'];
        let naive = |w: &[u8; 16], prev: bool| -> usize {
            let mut p = prev;
            for (i, &c) in w.iter().enumerate() {
                if !(0x20..0x80).contains(&c) || (c == b' ' && p) {
                    return i;
                }
                p = c == b' ';
            }
            16
        };
        let mut n = 0;
        for &a in &kinds {
            for &c in &kinds {
                for i in 0..16 {
                    for k in 0..16 {
                        let mut w = [b'x'; 16];
                        w[i] = a;
                        w[k] = c;
                        for prev in [false, true] {
                            let want = naive(&w, prev);
                            assert_eq!(plain_run(&w, prev), want, "{w:?} after a space: {prev}");
                            assert_eq!(plain_run_swar(&w, prev), want, "{w:?} after a space: {prev}");
                            n += 1;
                        }
                    }
                }
            }
        }
        assert!(n > 90_000);
    }

    /// The slice of a slice (a footnote's text, then trimmed) is the
    /// slice of the same range, runs and end alike, for every non-empty
    /// range of a buffer with runs from far apart.
    #[test]
    fn a_slice_of_a_slice_is_the_slice() {
        let mut t = TextBuf::new();
        t.push("one  two", 0);
        t.push_space(8);
        t.push(" three\tfour é", 20);
        t.push_raw("\n", 40);
        t.push("five", 50);
        let n = t.len();
        let bounds: Vec<usize> = (0..=n).filter(|&i| t.text.is_char_boundary(i)).collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b > a) {
                let direct = t.slice(a, b);
                for &c in bounds.iter().filter(|&&c| c <= a) {
                    for &d in bounds.iter().filter(|&&d| d >= b) {
                        let twice = t.slice(c, d).slice(a - c, b - c);
                        assert_eq!((&twice.text, &twice.runs, twice.end), (&direct.text, &direct.runs, direct.end), "[{a}, {b}) of [{c}, {d})");
                    }
                }
            }
        }
    }

    #[test]
    fn spans_survive_collapsing_and_slicing() {
        let input = "ab  \n cd ef";
        let mut t = TextBuf::new();
        t.push(input, 0);
        assert_eq!(t.text, "ab cd ef");
        let cd = t.text.find("cd").unwrap();
        let s = t.span(cd, cd + 2);
        assert_eq!(&input[s.start..s.end], "cd");
        let sl = t.slice(cd, t.len());
        assert_eq!(sl.text, "cd ef");
        let s = sl.span(3, 5);
        assert_eq!(&input[s.start..s.end], "ef");
    }

    #[test]
    fn pieces_from_far_apart_keep_their_offsets() {
        let input = "first part<X>second part";
        let mut t = TextBuf::new();
        t.push(&input[..10], 0);
        t.push_space(10);
        t.push(&input[13..], 13);
        assert_eq!(t.text, "first part second part");
        let i = t.text.find("second").unwrap();
        assert_eq!(t.src(i), 13);
        let sp = t.span(0, t.len());
        assert_eq!((sp.start, sp.end), (0, input.len()));
    }

    #[test]
    fn remove_keeps_the_map() {
        let input = "Effects1 and more";
        let mut t = TextBuf::new();
        t.push(input, 0);
        let r = t.remove(&[(7, 8)]);
        assert_eq!(r.text, "Effects and more");
        let i = r.text.find("and").unwrap();
        assert_eq!(&input[r.src(i)..r.src(i) + 3], "and");
    }

    /// Folding white space, checked against its definition on inputs with
    /// every kind of space: the text is the input with each run of
    /// collapsible white space made one space (none at the start), and every
    /// non-space character of the text maps back to the same character.
    #[test]
    fn folding_matches_its_definition() {
        let inputs = [
            "  lead\t\tand\r\nmore  ",
            "a\u{a0}b \u{2003}c\u{3000}\u{3000}d",
            "x\u{202f}y\u{85}z \u{2028} w",
            "\n\n",
            "é à  ü\tß",
            "one two three",
        ];
        for input in inputs {
            for prefix in ["", "word", "word "] {
                let mut t = TextBuf::new();
                t.push_raw(prefix, 0);
                t.push(input, 100);
                let mut want = prefix.to_string();
                for c in input.chars() {
                    if collapsible(c) {
                        if !want.is_empty() && !want.ends_with(' ') {
                            want.push(' ');
                        }
                    } else {
                        want.push(c);
                    }
                }
                assert_eq!(t.text, want, "input {input:?} after {prefix:?}");
                for (i, c) in t.text.char_indices().skip(prefix.chars().count()) {
                    if c != ' ' {
                        let at = t.src(i) - 100;
                        assert_eq!(input[at..].chars().next(), Some(c), "{c:?} in {input:?}");
                    }
                }
            }
        }
    }
}
