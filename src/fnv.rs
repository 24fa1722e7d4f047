//! FNV-1a (64 bits), the hasher of the parser's own small maps: the lead
//! index and the sets of ids. Their keys are short and come from the
//! lexicons or the parser itself, so SipHash's defence against chosen keys
//! buys nothing, and FNV-1a hashes them several times faster.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bits.
pub(crate) struct Fnv(u64);

/// For `HashMap::with_hasher` and the like.
pub(crate) type BuildFnv = BuildHasherDefault<Fnv>;

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
