//! Per-language word lists (lead phrases, operative verbs, month names,
//! meeting words), compiled in from `lexicon/*.toml` by `build.rs`.

/// One language's lists. Phrase lists are sorted longest first.
#[derive(Debug)]
pub struct Lexicon {
    pub language: &'static str,
    pub formula_articles: &'static [&'static str],
    pub months: &'static [&'static str],
    pub meeting: &'static [&'static str],
    pub annex: &'static [&'static str],
    pub resolution_word: &'static [&'static str],
    pub adopted: &'static [&'static str],
    pub preamble: &'static [&'static str],
    pub operative: &'static [&'static str],
    /// Verb classes for highlighting: (class, head verbs).
    pub classes: &'static [(&'static str, &'static [&'static str])],
}

include!(concat!(env!("OUT_DIR"), "/lexicon_data.rs"));

/// The lexicon of a language (ISO 639-1), if there is one.
pub fn get(language: &str) -> Option<&'static Lexicon> {
    LEXICONS.iter().find(|l| l.language == language)
}

/// All lexicons, in file-name order.
pub fn all() -> &'static [Lexicon] {
    LEXICONS
}

/// Which part a lead phrase belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Preamble,
    Operative,
}

impl Lexicon {
    /// The longest phrase of `part` that `text` starts with, ending at a word
    /// boundary. Returns the phrase as listed.
    pub fn lead_of(&self, text: &str, part: Part) -> Option<&'static str> {
        let index = self.index();
        let first = text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'').next().unwrap_or("");
        let list = index.get(&(part as u8, first))?;
        list.iter().copied().find(|p| starts_with_words(text, p))
    }

    /// Phrases by part and first word, longest first (built once).
    fn index(&self) -> &'static std::collections::HashMap<(u8, &'static str), Vec<&'static str>> {
        use std::collections::HashMap;
        use std::sync::OnceLock;
        static INDEX: OnceLock<Vec<HashMap<(u8, &'static str), Vec<&'static str>>>> = OnceLock::new();
        let all = INDEX.get_or_init(|| {
            LEXICONS
                .iter()
                .map(|lx| {
                    let mut m: HashMap<(u8, &'static str), Vec<&'static str>> = HashMap::new();
                    for (part, list) in [(Part::Preamble, lx.preamble), (Part::Operative, lx.operative)] {
                        for p in list.iter().copied() {
                            let first = p.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'').next().unwrap_or("");
                            m.entry((part as u8, first)).or_default().push(p);
                        }
                    }
                    m
                })
                .collect()
        });
        let i = LEXICONS.iter().position(|l| std::ptr::eq(l, self)).unwrap_or(0);
        &all[i]
    }

    /// Month number (1-12) of a month name in this language.
    pub fn month(&self, word: &str) -> Option<u32> {
        // Case-insensitive, without allocating (this runs on every word
        // next to a number).
        let lower = |s: &'static str| s.chars().flat_map(char::to_lowercase);
        let first = word.chars().next()?.to_lowercase().next()?;
        self.months
            .iter()
            .position(|m| {
                m.chars().next().and_then(|c| c.to_lowercase().next()) == Some(first)
                    && m.len() == word.len()
                    && lower(m).eq(word.chars().flat_map(char::to_lowercase))
            })
            .map(|i| i as u32 + 1)
    }

    /// The verb class of an operative lead (`decides`, `requests`, ...).
    pub fn class_of(&self, lead: &str) -> Option<&'static str> {
        let words: Vec<&str> = lead.split_whitespace().collect();
        for (class, verbs) in self.classes {
            for v in *verbs {
                if words.iter().any(|w| w.eq_ignore_ascii_case(v)) || lead.eq_ignore_ascii_case(v) {
                    return Some(class);
                }
            }
        }
        None
    }
}

/// `text` starts with `phrase` and the next character is not a letter/digit.
pub fn starts_with_words(text: &str, phrase: &str) -> bool {
    text.starts_with(phrase)
        && text[phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins() {
        let en = get("en").unwrap();
        assert_eq!(en.lead_of("Noting with concern that", Part::Preamble), Some("Noting with concern"));
        assert_eq!(en.lead_of("Noting that", Part::Preamble), Some("Noting"));
        assert_eq!(en.lead_of("Also reaffirms that", Part::Operative), Some("Also reaffirms"));
    }

    #[test]
    fn word_boundary_is_required() {
        let en = get("en").unwrap();
        assert_eq!(en.lead_of("Notingham is not a phrase", Part::Preamble), None);
    }

    #[test]
    fn months_in_three_languages() {
        assert_eq!(get("en").unwrap().month("March"), Some(3));
        assert_eq!(get("fr").unwrap().month("décembre"), Some(12));
        assert_eq!(get("es").unwrap().month("Diciembre"), Some(12));
    }
}
