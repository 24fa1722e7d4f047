//! Where a citation can start in a node's text, as sets of byte positions.
//!
//! A word starts at the first byte of a run of ASCII letters or of ASCII
//! digits, or at a non-ASCII lead byte. The scanners of the references
//! stage visit only the starts of their kind instead of every byte:
//! - `capitals`: starts at a capital, a digit or a lead byte (named
//!   instruments, the continuation of a list of numbers; document symbols
//!   and bodies' names are found from their rarer `/` and `Co` instead);
//! - `digits`: starts at a digit (dates, numbers);
//! - `resolution_keys`, `internal_keys`: letter starts where a keyword may
//!   start ([`super::may_start`] with the keywords' heads, [`Keys`]: both
//!   sets found in one pass), so that the keyword scanners visit a few
//!   positions per node, not every word.
//!
//! Each 64-byte block is classified at once: on x86-64 with AVX2 where the
//! processor has it (asked at run time), else with SSE2 (always there); with
//! WebAssembly SIMD (`simd128`, which scripts/build-wasm.sh enables);
//! elsewhere eight bytes at a time in a `u64` (SWAR).

/// A set of byte positions, one bit each: one of the [`SETS`] sets of
/// [`Starts`], whose words are stored by block (see there).
#[derive(Clone, Copy)]
pub(super) struct Bits<'a> {
    words: &'a [u64],
    set: usize,
}

/// How many sets [`Starts`] holds.
const SETS: usize = 4;

impl<'a> Bits<'a> {
    /// The positions in the set from `i` on, in order.
    pub(super) fn from(self, i: usize) -> BitsFrom<'a> {
        let w = i >> 6;
        let word = self.words.get(SETS * w + self.set).map_or(0, |x| x & (!0u64 << (i & 63)));
        BitsFrom { bits: self, w, word }
    }
}

pub(super) struct BitsFrom<'a> {
    bits: Bits<'a>,
    /// The word being read, with the positions already given cleared.
    w: usize,
    word: u64,
}

impl Iterator for BitsFrom<'_> {
    type Item = usize;

    #[inline(always)]
    fn next(&mut self) -> Option<usize> {
        while self.word == 0 {
            self.w += 1;
            self.word = *self.bits.words.get(SETS * self.w + self.bits.set)?;
        }
        let at = self.w * 64 + self.word.trailing_zeros() as usize;
        self.word &= self.word - 1;
        Some(at)
    }
}

/// See the module documentation. The sets are stored in one allocation,
/// by block: the four words of the first 64 bytes, then of the next, so
/// that the words are written in order (no zeroed buffer to fill).
pub(super) struct Starts {
    words: Vec<u64>,
}

use super::{may_start, Heads};

/// The kinds of the 64 bytes of a block, one bit per byte.
#[derive(Debug, PartialEq, Eq)]
struct Kinds {
    letter: u64,
    digit: u64,
    upper: u64,
    lead: u64,
}

/// The keywords the two key sets screen for, by their heads. No letter
/// begins heads of both sets: one pass over a block's letter starts finds
/// the keys of both, a key's first letter saying its set.
pub(super) struct Keys {
    /// The heads of both sets.
    heads: Heads,
    /// The letters that begin a head (lower case): the first `n`.
    letters: [u8; 26],
    n: usize,
    /// The letters that begin a resolution keyword's head, one bit each
    /// (`a`: bit 0).
    resolution_letters: u32,
    /// The same `letters` as two tables of nibbles, for a byte lookup
    /// (`pshufb`): a byte or 0x20 is one of them exactly when
    /// `low[its low nibble] & high[its high nibble] != 0`.
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    nibbles: Nibbles,
}

/// See [`Keys::nibbles`]: `high` gives the lower-case letters' high
/// nibbles (6 and 7) a bit each, `low` the low nibbles of the letters with
/// that bit.
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
struct Nibbles {
    low: [u8; 16],
    high: [u8; 16],
}

impl Nibbles {
    const fn new(letters: &[u8]) -> Self {
        let (mut low, mut high) = ([0u8; 16], [0u8; 16]);
        high[6] = 1;
        high[7] = 2;
        let mut k = 0;
        while k < letters.len() {
            let c = letters[k];
            assert!(c.is_ascii_lowercase());
            low[(c & 15) as usize] |= high[(c >> 4) as usize];
            k += 1;
        }
        Nibbles { low, high }
    }
}

impl Keys {
    pub(super) const fn new(resolution: &'static Heads, internal: &'static Heads) -> Self {
        let mut heads = Heads { by_letter: [[0; 4]; 26] };
        let mut letters = [0u8; 26];
        let (mut l, mut n, mut resolution_letters) = (0, 0, 0u32);
        while l < 26 {
            let (r, p) = (resolution.by_letter[l], internal.by_letter[l]);
            assert!(r[0] == 0 || p[0] == 0, "a letter begins keywords of both sets");
            if r[0] != 0 {
                resolution_letters |= 1 << l;
            }
            heads.by_letter[l] = if r[0] != 0 { r } else { p };
            if heads.by_letter[l][0] != 0 {
                letters[n] = b'a' + l as u8;
                n += 1;
            }
            let mut k = 0;
            while k < 4 {
                let h = heads.by_letter[l][k];
                assert!(h == 0 || six_letters_or_a_lead(h), "a head that `Starts::new` would not compare");
                k += 1;
            }
            l += 1;
        }
        let mut set = [0u8; 26];
        let mut k = 0;
        while k < n {
            set[k] = letters[k];
            k += 1;
        }
        let nibbles = Nibbles::new(set.split_at(n).0);
        Keys { heads, letters, n, resolution_letters, nibbles }
    }

    /// The letters that begin a head (lower case).
    fn letters(&self) -> &[u8] {
        &self.letters[..self.n]
    }

    /// The positions among `candidates` (word starts at a head's first
    /// letter, in the block that starts at byte `base` of `b`) where a head
    /// stands, as (resolution keys, internal keys): the heads compared in
    /// the whole text (a head may run on into the next block).
    #[inline(always)]
    fn find(&self, b: &[u8], base: usize, candidates: u64) -> (u64, u64) {
        let mut m = candidates;
        let (mut resolution, mut internal) = (0, 0);
        while m != 0 {
            let at = m.trailing_zeros();
            m &= m - 1;
            let i = base + at as usize;
            if may_start(b, i, &self.heads) {
                // (a head's first byte is a letter)
                if self.resolution_letters >> ((b[i] | 0x20) - b'a') & 1 != 0 {
                    resolution |= 1 << at;
                } else {
                    internal |= 1 << at;
                }
            }
        }
        (resolution, internal)
    }
}

/// Whether the six bytes of a head (the first a letter) are ASCII letters,
/// or one of the next five a lead byte (`résolu`, `alinéa`): the only heads
/// `Starts::new` compares.
const fn six_letters_or_a_lead(h: u64) -> bool {
    let (mut letters, mut lead) = (true, false);
    let mut k = 1;
    while k < 6 {
        let c = (h >> (8 * k)) as u8;
        letters &= (c | 0x20).wrapping_sub(b'a') < 26;
        lead |= c >= 0xC0;
        k += 1;
    }
    letters || lead
}

impl Starts {
    /// The starts of `t`, the key sets for the references stage's keywords
    /// ([`super::KEYS`]: constants, so that the letters are compared with
    /// no loop).
    pub(super) fn new(t: &str) -> Self {
        #[cfg(target_arch = "x86_64")]
        if avx2::available() {
            return avx2::starts(t);
        }
        Self::build(t, kinds, |block| letters_in(block, super::KEYS.letters()))
    }

    /// [`Starts::new`] with a block's classifier: its [`Kinds`], and the
    /// bytes that are a key letter ([`Keys::letters`], either case).
    #[inline(always)]
    fn build(t: &str, kinds: impl Fn(&[u8; 64]) -> Kinds, key_letters: impl Fn(&[u8; 64]) -> u64) -> Self {
        let b = t.as_bytes();
        let n = b.len().div_ceil(64);
        let mut words = Vec::with_capacity(SETS * n);
        // the last block padded with zero bytes (of no kind)
        let blocks = b.chunks_exact(64);
        let rest = blocks.remainder();
        let last = (!rest.is_empty()).then(|| {
            let mut last = [0u8; 64];
            last[..rest.len()].copy_from_slice(rest);
            last
        });
        let blocks = blocks.map(|block| <&[u8; 64]>::try_from(block).expect("64 bytes")).chain(last.as_ref());
        // whether the last byte of the block before was a letter, a digit
        let (mut prev_letter, mut prev_digit) = (0u64, 0u64);
        // (one loop with its body inline, not a function called per block:
        // the state stays in registers)
        for (w, block) in blocks.enumerate() {
            let k = kinds(block);
            let letter_start = k.letter & !(k.letter << 1 | prev_letter);
            let digit_start = k.digit & !(k.digit << 1 | prev_digit);
            (prev_letter, prev_digit) = (k.letter >> 63, k.digit >> 63);
            // A keyword's head is six letters, or holds a lead byte after its
            // first (`six_letters_or_a_lead`): the starts where neither holds
            // are not compared, most short words among them (the last five
            // of the block are, their next bytes being in the next block).
            // (by doubling runs: a letter with one after it, then with
            // three, then with five; a lead in the next one or two bytes,
            // then in the next four, then five)
            let (l, h) = (k.letter, k.lead);
            let two = l & l >> 1;
            let six_letters = two & two >> 2 & two >> 4;
            let next_two = h >> 1 | h >> 2;
            let lead_after = next_two | next_two >> 2 | h >> 5;
            let may_head = letter_start & (six_letters | lead_after | !0 << 59);
            let (r, p) = super::KEYS.find(b, 64 * w, may_head & key_letters(block));
            let capitals = (letter_start & k.upper) | digit_start | k.lead;
            words.extend_from_slice(&[capitals, digit_start, r, p]);
        }
        Starts { words }
    }

    fn set(&self, k: usize) -> Bits<'_> {
        Bits { words: &self.words, set: k }
    }

    /// Starts at a capital, a digit or a lead byte.
    pub(super) fn capitals(&self) -> Bits<'_> {
        self.set(0)
    }

    /// Starts at a digit.
    pub(super) fn digits(&self) -> Bits<'_> {
        self.set(1)
    }

    /// Letter starts where a resolution or decision keyword may start.
    pub(super) fn resolution_keys(&self) -> Bits<'_> {
        self.set(2)
    }

    /// Letter starts where an internal reference's keyword may start.
    pub(super) fn internal_keys(&self) -> Bits<'_> {
        self.set(3)
    }
}

#[cfg(target_arch = "x86_64")]
fn kinds(block: &[u8; 64]) -> Kinds {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86-64 baseline; the loads read 16 bytes
    // inside the 64-byte block (unaligned loads).
    unsafe {
        let (mut letter, mut digit, mut upper, mut lead) = (0u64, 0u64, 0u64, 0u64);
        for k in 0..4 {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * k) as *const __m128i);
            // x - lo + 128 < 128 + n (signed) <=> x in lo..lo + n (unsigned)
            let within = |x: __m128i, lo: u8, n: u8| {
                _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(128u8.wrapping_sub(lo) as i8)), _mm_set1_epi8((128u8.wrapping_add(n)) as i8))
            };
            let l = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
            let d = within(v, b'0', 10);
            let u = within(v, b'A', 26);
            let h = within(v, 0xC0, 64);
            let bits = |m: __m128i| (_mm_movemask_epi8(m) as u32 as u64) << (16 * k);
            letter |= bits(l);
            digit |= bits(d);
            upper |= bits(u);
            lead |= bits(h);
        }
        Kinds { letter, digit, upper, lead }
    }
}

/// The classifier with AVX2 (32 bytes at a time), where the processor has
/// it (almost every x86-64 one since 2013): half the instructions of SSE2,
/// and the key letters found by a lookup of their nibbles instead of one
/// comparison per letter.
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use super::{Kinds, Nibbles, Starts};
    use std::arch::x86_64::*;

    /// Whether the processor has AVX2 (`std` asks it once).
    pub(super) fn available() -> bool {
        std::arch::is_x86_feature_detected!("avx2")
    }

    /// [`Starts::new`] with AVX2.
    pub(super) fn starts(t: &str) -> Starts {
        assert!(available());
        // SAFETY: the processor has AVX2 (checked above).
        unsafe { starts_avx2(t) }
    }

    #[target_feature(enable = "avx2")]
    fn starts_avx2(t: &str) -> Starts {
        let keys = &super::super::KEYS.nibbles;
        Starts::build(t, |block| kinds(block), |block| letters_by_nibbles(block, keys))
    }

    /// The two 32-byte halves of a block.
    #[target_feature(enable = "avx2")]
    fn halves(block: &[u8; 64]) -> [__m256i; 2] {
        // SAFETY: each load reads 32 bytes inside the 64-byte block
        // (unaligned loads).
        unsafe { [_mm256_loadu_si256(block.as_ptr() as *const __m256i), _mm256_loadu_si256(block.as_ptr().add(32) as *const __m256i)] }
    }

    /// The bytes of a block where a mask of each half is set, one bit each.
    #[target_feature(enable = "avx2")]
    fn bits(m: [__m256i; 2]) -> u64 {
        (_mm256_movemask_epi8(m[0]) as u32 as u64) | (_mm256_movemask_epi8(m[1]) as u32 as u64) << 32
    }

    /// [`super::kinds`] with AVX2: the same range tests.
    #[target_feature(enable = "avx2")]
    pub(super) fn kinds(block: &[u8; 64]) -> Kinds {
        // x - lo + 128 < 128 + n (signed) <=> x in lo..lo + n (unsigned)
        let within = |x: __m256i, lo: u8, n: u8| {
            _mm256_cmpgt_epi8(_mm256_set1_epi8((128u8.wrapping_add(n)) as i8), _mm256_add_epi8(x, _mm256_set1_epi8(128u8.wrapping_sub(lo) as i8)))
        };
        let v = halves(block);
        let each = |f: &dyn Fn(__m256i) -> __m256i| bits([f(v[0]), f(v[1])]);
        Kinds {
            letter: each(&|x| within(_mm256_or_si256(x, _mm256_set1_epi8(0x20)), b'a', 26)),
            digit: each(&|x| within(x, b'0', 10)),
            upper: each(&|x| within(x, b'A', 26)),
            lead: each(&|x| within(x, 0xC0, 64)),
        }
    }

    /// The bytes of `block` that are one of the letters of `nibbles` in
    /// either case, one bit per byte ([`super::letters_in`]): the byte or
    /// 0x20 looked up by its nibbles.
    #[target_feature(enable = "avx2")]
    pub(super) fn letters_by_nibbles(block: &[u8; 64], nibbles: &Nibbles) -> u64 {
        let table = |t: &[u8; 16]| {
            // SAFETY: the load reads the 16 bytes of the table.
            _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(t.as_ptr() as *const __m128i) })
        };
        let (low, high) = (table(&nibbles.low), table(&nibbles.high));
        let v = halves(block);
        let key = |x: __m256i| {
            let x = _mm256_or_si256(x, _mm256_set1_epi8(0x20));
            let lo = _mm256_shuffle_epi8(low, _mm256_and_si256(x, _mm256_set1_epi8(15)));
            let hi = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(x, 4), _mm256_set1_epi8(15)));
            _mm256_cmpeq_epi8(_mm256_and_si256(lo, hi), _mm256_setzero_si256())
        };
        !bits([key(v[0]), key(v[1])])
    }
}

/// [`kinds`] with WebAssembly SIMD: the same range tests as SSE2 above.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn kinds(block: &[u8; 64]) -> Kinds {
    use core::arch::wasm32::*;
    // x - lo + 128 < 128 + n (signed) <=> x in lo..lo + n (unsigned)
    #[inline(always)]
    fn within(x: v128, lo: u8, n: u8) -> v128 {
        i8x16_lt(i8x16_add(x, u8x16_splat(128u8.wrapping_sub(lo))), u8x16_splat(128u8.wrapping_add(n)))
    }
    let (mut letter, mut digit, mut upper, mut lead) = (0u64, 0u64, 0u64, 0u64);
    for k in 0..4 {
        // SAFETY: the load reads 16 bytes inside the 64-byte block;
        // v128.load needs no alignment.
        let v = unsafe { v128_load(block.as_ptr().add(16 * k) as *const v128) };
        let l = within(v128_or(v, u8x16_splat(0x20)), b'a', 26);
        let d = within(v, b'0', 10);
        let u = within(v, b'A', 26);
        let h = u8x16_ge(v, u8x16_splat(0xC0));
        let bits = |m: v128| (i8x16_bitmask(m) as u64) << (16 * k);
        letter |= bits(l);
        digit |= bits(d);
        upper |= bits(u);
        lead |= bits(h);
    }
    Kinds { letter, digit, upper, lead }
}

/// The bytes of `block` that are one of the lower-case ASCII letters of
/// `set` in either case, one bit per byte (a byte or 0x20 is the letter
/// exactly when it is that letter or its capital).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn letters_in(block: &[u8; 64], set: &[u8]) -> u64 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86-64 baseline; the loads read 16 bytes
    // inside the 64-byte block (unaligned loads).
    unsafe {
        let mut m = 0u64;
        for k in 0..4 {
            let v = _mm_or_si128(_mm_loadu_si128(block.as_ptr().add(16 * k) as *const __m128i), _mm_set1_epi8(0x20));
            let mut eq = _mm_setzero_si128();
            for &c in set {
                eq = _mm_or_si128(eq, _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8)));
            }
            m |= (_mm_movemask_epi8(eq) as u32 as u64) << (16 * k);
        }
        m
    }
}

/// [`letters_in`] with WebAssembly SIMD.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline(always)]
fn letters_in(block: &[u8; 64], set: &[u8]) -> u64 {
    use core::arch::wasm32::*;
    let mut m = 0u64;
    for k in 0..4 {
        // SAFETY: the load reads 16 bytes inside the 64-byte block;
        // v128.load needs no alignment.
        let v = v128_or(unsafe { v128_load(block.as_ptr().add(16 * k) as *const v128) }, u8x16_splat(0x20));
        let mut eq = u8x16_splat(0);
        for &c in set {
            eq = v128_or(eq, u8x16_eq(v, u8x16_splat(c)));
        }
        m |= (u8x16_bitmask(eq) as u64) << (16 * k);
    }
    m
}

#[cfg(not(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128"))))]
fn letters_in(block: &[u8; 64], set: &[u8]) -> u64 {
    letters_in_swar(block, set)
}

#[cfg(not(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128"))))]
fn kinds(block: &[u8; 64]) -> Kinds {
    kinds_swar(block)
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// [`kinds`] eight bytes at a time in a `u64`.
#[cfg_attr(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128")), allow(dead_code))]
fn kinds_swar(block: &[u8; 64]) -> Kinds {
    let (mut letter, mut digit, mut upper, mut lead) = (0u64, 0u64, 0u64, 0u64);
    for (k, group) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(group.try_into().expect("8 bytes"));
        let l = in_range(x | (LO * 0x20), b'a', b'z');
        letter |= gather(l) << (8 * k);
        digit |= gather(in_range(x, b'0', b'9')) << (8 * k);
        // a letter with bit 5 clear (moved up to bit 7) is a capital
        upper |= gather(l & !(x << 2)) << (8 * k);
        lead |= gather(x & (x << 1) & HI) << (8 * k);
    }
    Kinds { letter, digit, upper, lead }
}

/// [`letters_in`] eight bytes at a time in a `u64`.
#[cfg_attr(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128")), allow(dead_code))]
fn letters_in_swar(block: &[u8; 64], set: &[u8]) -> u64 {
    let mut m = 0u64;
    for (k, group) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(group.try_into().expect("8 bytes")) | (LO * 0x20);
        let eq = set.iter().fold(0, |eq, &c| eq | zero_bytes(x ^ (LO * c as u64)));
        m |= gather(eq) << (8 * k);
    }
    m
}

/// The high bit of each byte of `x` that is zero.
fn zero_bytes(x: u64) -> u64 {
    // the low seven bits plus 0x7f carry into the high bit unless all zero
    !(((x & !HI) + !HI) | x) & HI
}

/// The high bit of each byte of `x` that is an ASCII byte in `lo..=hi`.
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    // the low seven bits plus a bias carry into the high bit exactly when
    // they reach the bound; no byte carries into the next
    let low = x & !HI;
    let ge = low + LO * (0x80 - lo as u64);
    let gt = low + LO * (0x7f - hi as u64);
    ge & !gt & !x & HI
}

/// The high bits of the eight bytes of `m` as one byte (bit k: byte k).
fn gather(m: u64) -> u64 {
    ((m >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;
    // In WebAssembly (`scripts/build-wasm.sh --test`) the tests run under
    // wasm-bindgen-test in Node: there they check the simd128 `kinds()`.
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// The kinds by their definition, byte by byte.
    fn kinds_naive(block: &[u8; 64]) -> Kinds {
        let bits = |f: &dyn Fn(u8) -> bool| block.iter().enumerate().fold(0u64, |m, (k, &c)| m | (f(c) as u64) << k);
        Kinds {
            letter: bits(&|c| c.is_ascii_alphabetic()),
            digit: bits(&|c| c.is_ascii_digit()),
            upper: bits(&|c| c.is_ascii_uppercase()),
            lead: bits(&|c| c >= 0xC0),
        }
    }

    #[test]
    fn both_classifiers_agree_with_the_definition_on_every_byte() {
        for base in (0..256).step_by(64) {
            let block: [u8; 64] = std::array::from_fn(|k| (base + k) as u8);
            assert_eq!(kinds(&block), kinds_naive(&block), "bytes {base}..");
            assert_eq!(kinds_swar(&block), kinds_naive(&block), "bytes {base}.. (SWAR)");
        }
        let mixed: [u8; 64] = std::array::from_fn(|k| [b'a', b'Z', b'0', b'@', b'[', b'`', b'{', b'/', b':', 0xC3, 0xA9, 0xBF, 0xFF, b'9'][k % 14]);
        assert_eq!(kinds(&mixed), kinds_naive(&mixed));
        assert_eq!(kinds_swar(&mixed), kinds_naive(&mixed));
    }

    /// The AVX2 classifier, where the processor has it (the others are
    /// checked everywhere).
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_avx2_classifier_agrees_with_the_definition_on_every_byte() {
        if !avx2::available() {
            eprintln!("no AVX2 here: its classifier is not checked");
            return;
        }
        let naive = |block: &[u8; 64], set: &[u8]| block.iter().enumerate().fold(0u64, |m, (k, &c)| m | (set.contains(&c.to_ascii_lowercase()) as u64) << k);
        let mut blocks: Vec<[u8; 64]> = (0..256).step_by(64).map(|base| std::array::from_fn(|k| (base + k) as u8)).collect();
        blocks.push(std::array::from_fn(|k| [b'a', b'Z', b'0', b'@', b'[', b'`', b'{', b'/', b':', 0xC3, 0xA9, 0xBF, 0xFF, b'9'][k % 14]));
        let mut seed = 3u64;
        blocks.extend((0..200).map(|_| {
            std::array::from_fn(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (seed >> 56) as u8
            })
        }));
        for block in &blocks {
            // SAFETY: the processor has AVX2 (checked above).
            assert_eq!(unsafe { avx2::kinds(block) }, kinds_naive(block), "{block:?}");
            for set in [&b""[..], b"a", b"rd", b"psaitl", b"z", b"abcdefghijklmnopqrstuvwxyz", super::super::KEYS.letters()] {
                // SAFETY: as above.
                assert_eq!(unsafe { avx2::letters_by_nibbles(block, &Nibbles::new(set)) }, naive(block, set), "{block:?}, {set:?}");
            }
        }
    }

    #[test]
    fn both_letter_finders_agree_with_the_definition_on_every_byte() {
        let naive = |block: &[u8; 64], set: &[u8]| block.iter().enumerate().fold(0u64, |m, (k, &c)| m | (set.contains(&c.to_ascii_lowercase()) as u64) << k);
        for set in [&b""[..], b"a", b"rd", b"psaitl", b"z", b"abcdefghijklmnopqrstuvwxyz"] {
            for base in (0..256).step_by(64) {
                let block: [u8; 64] = std::array::from_fn(|k| (base + k) as u8);
                assert_eq!(letters_in(&block, set), naive(&block, set), "bytes {base}.., {set:?}");
                assert_eq!(letters_in_swar(&block, set), naive(&block, set), "bytes {base}.., {set:?} (SWAR)");
            }
        }
    }

    /// The word starts by their definition, byte by byte.
    fn naive(t: &str) -> Vec<usize> {
        let kind = |c: u8| match c {
            b'a'..=b'z' | b'A'..=b'Z' => 1,
            b'0'..=b'9' => 2,
            _ => 0,
        };
        let b = t.as_bytes();
        (0..b.len()).filter(|&i| b[i] >= 0xC0 || (kind(b[i]) != 0 && (i == 0 || kind(b[i - 1]) != kind(b[i])))).collect()
    }

    /// Every position of `bits`.
    fn all(bits: &Bits) -> Vec<usize> {
        let all: Vec<usize> = bits.from(0).collect();
        // from any position: those at or after it
        for i in [0, 1, 63, 64, 65, 130] {
            assert_eq!(bits.from(i).collect::<Vec<_>>(), all.iter().copied().filter(|&x| x >= i).collect::<Vec<_>>());
        }
        all
    }

    fn check(t: &str) {
        let s = Starts::new(t);
        // (with AVX2 where there is, then SSE2 or WebAssembly SIMD: the same)
        assert!(s.words == Starts::build(t, kinds, |block| letters_in(block, super::super::KEYS.letters())).words);
        let words = naive(t);
        let b = t.as_bytes();
        let only = |f: &dyn Fn(usize) -> bool| words.iter().copied().filter(|&i| f(i)).collect::<Vec<usize>>();
        assert_eq!(all(&s.capitals()), only(&|i| !b[i].is_ascii_lowercase()));
        assert_eq!(all(&s.digits()), only(&|i| b[i].is_ascii_digit()));
        // the letter starts where a head of the set stands
        let key = |heads: &Heads, i: usize| b[i].is_ascii_alphabetic() && may_start(b, i, heads);
        assert_eq!(all(&s.resolution_keys()), only(&|i| key(&super::super::RES_DEC_HEADS, i)));
        assert_eq!(all(&s.internal_keys()), only(&|i| key(&super::super::INTERNAL_HEADS, i)));
    }

    #[test]
    fn starts_are_the_runs_of_letters_and_digits_and_the_lead_bytes() {
        // every ASCII byte and a few multi-byte characters, next to each
        // other in many alignments, across 64-byte blocks
        let mut t = String::new();
        for k in 0..600u32 {
            let c = char::from_u32(k % 128).unwrap();
            t.push(c);
            if k % 7 == 0 {
                t.push_str("é“résolution”12/34 A/RES/64/182—第64号 Resolutions decisión");
            }
            if k % 13 == 0 {
                t.push_str("paragraph 3 of the present resolution, La présente résolution, Párrafo alinéa");
            }
            if k % 11 == 0 {
                t.push_str("Z9z");
            }
        }
        for cut in [0, 1, 5, 63, 64, 65, 127, 128, 200] {
            let (s, e) = (cut.min(t.len()), t.len());
            let piece = &t[(s..e).find(|&x| t.is_char_boundary(x)).unwrap()..];
            check(piece);
        }
        check("");
        let s = Starts::new("ab12 Cd rés Resolution paragraphs, the present resolution the");
        assert_eq!(all(&s.capitals()), vec![2, 5, 9, 13]);
        assert_eq!(all(&s.resolution_keys()), vec![13, 48]);
        assert_eq!(all(&s.internal_keys()), vec![24, 40]);
    }
}
