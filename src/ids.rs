//! Stable node ids in the Akoma Ntoso naming style, usable as URL
//! fragments: `preamble__container_2`, `para_4`,
//! `para_8__list_1__point_a`, `authorialNote_10`, `att_1`.

use crate::fnv::BuildFnv;
use std::collections::{HashMap, HashSet};

/// Preambular paragraph at `index` (0-based): `preamble__container_{index+1}`.
pub fn preamble(index: usize) -> String {
    format!("preamble__container_{}", index + 1)
}

/// Operative paragraph: `para_{num}` from the printed number, else its
/// position; a repeated id gets a `_2`, `_3` suffix.
pub fn operative(num: Option<&str>, index: usize, taken: &mut Taken) -> String {
    let base = match num {
        Some(n) if n.chars().all(|c| c.is_ascii_alphanumeric()) => ["para_", n].concat(),
        _ => format!("para_{}", index + 1),
    };
    unique(base, taken)
}

/// Item of `parent`: `{parent}__list_1__point_{label}` (`a`, `ii`; a bullet
/// gets its position).
pub fn item(parent: &str, label: &str, index: usize) -> String {
    let core: String = label.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let core = if core.is_empty() { (index + 1).to_string() } else { core };
    format!("{parent}__list_1__point_{core}")
}

/// Footnote: `authorialNote_{marker}` for a number, else its position.
pub fn footnote(marker: &str, index: usize, taken: &mut Taken) -> String {
    let m = marker.trim_end_matches('/');
    let base = if !m.is_empty() && m.chars().all(|c| c.is_ascii_alphanumeric()) {
        ["authorialNote_", m].concat()
    } else {
        format!("authorialNote_{}", index + 1)
    };
    unique(base, taken)
}

fn unique(base: String, taken: &mut Taken) -> String {
    if taken.ids.insert(base.clone()) {
        return base;
    }
    let n = taken.next.entry(base.clone()).or_insert(2);
    loop {
        let id = format!("{base}_{n}");
        *n += 1;
        if taken.ids.insert(id.clone()) {
            return id;
        }
    }
}

/// Ids handed out so far, and the next suffix to try for each base.
#[derive(Default)]
pub struct Taken {
    ids: HashSet<String, BuildFnv>,
    next: HashMap<String, usize, BuildFnv>,
}

impl Taken {
    /// Room for `n` ids without growing (the paragraphs or footnotes to
    /// come).
    pub fn with_capacity(n: usize) -> Taken {
        Taken { ids: HashSet::with_capacity_and_hasher(n, Default::default()), next: HashMap::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme() {
        let mut t = Taken::default();
        assert_eq!(preamble(1), "preamble__container_2");
        assert_eq!(operative(Some("4"), 3, &mut t), "para_4");
        assert_eq!(operative(Some("4"), 4, &mut t), "para_4_2");
        assert_eq!(item("para_8", "(a)", 0), "para_8__list_1__point_a");
        assert_eq!(item("para_8__list_1__point_d", "(ii)", 1), "para_8__list_1__point_d__list_1__point_ii");
        assert_eq!(footnote("10", 9, &mut t), "authorialNote_10");
        assert_eq!(footnote("*/", 2, &mut t), "authorialNote_3");
    }

    /// `unique` against its definition: the base if free, else the first
    /// of `base_2`, `base_3`, ... that is, with bases that repeat and bases
    /// that are another's suffixed id.
    #[test]
    fn unique_ids_match_their_definition() {
        let bases = ["para_1", "para_1", "para_1_2", "para_2", "para_1", "para_1_3", "para_1_4", "para_2", "para_1", "para_1_2"];
        let mut t = Taken::default();
        let mut given: Vec<String> = Vec::new();
        for _ in 0..3 {
            for base in bases {
                let want = std::iter::once(base.to_string())
                    .chain((2..).map(|n| format!("{base}_{n}")))
                    .find(|id| !given.contains(id))
                    .unwrap();
                assert_eq!(unique(base.to_string(), &mut t), want);
                given.push(want);
            }
        }
    }
}
