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
    /// Words of a vote (`unanimously`, `votes`, `without a vote`): a short
    /// line that opens with an `adopted` word and has one of these is an
    /// adoption line even with no meeting or date (`Adopted with 14 votes,
    /// while China abstained from voting.`, a web copy's form).
    pub votes: &'static [&'static str],
    /// Page numbers in running footers (`Page 2 of 6`): the word before the
    /// number, and the word before the page count.
    pub page: &'static [&'static str],
    pub page_of: &'static [&'static str],
    pub preamble: &'static [&'static str],
    pub operative: &'static [&'static str],
    /// Words that open a lead before its verb (`وإذ تشير`, `вновь
    /// подтверждая`), longest first: used to guess a lead the lists lack.
    pub lead_openers: &'static [&'static str],
    /// Words that continue a lead after its verb (`تقرر أيضا`, `признавая
    /// также`), longest first.
    pub lead_continuations: &'static [&'static str],
    /// Words that continue a guessed lead only (`Deplores also`): a listed
    /// lead keeps its extent (`Encourages` in `Encourages further efforts`).
    pub guess_continuations: &'static [&'static str],
    /// Words that continue a preambular lead, listed or guessed (`Recalling
    /// also`); an operative lead may differ (`Encourages further efforts`).
    pub preamble_continuations: &'static [&'static str],
    /// Words that continue an operative lead (`Condemns in the strongest
    /// terms`; a preambular `Condemning` is typeset without them).
    pub operative_continuations: &'static [&'static str],
    /// The grammar of feelings in leads, for phrases no list holds:
    /// a lead, a link (`with`), up to two words and a feeling (`Noting with
    /// profound concern`); after a feeling verb (`Expressing`), an optional
    /// determiner (`its`) instead of the link (`Expresses its gratitude`).
    pub feeling_links: &'static [&'static str],
    pub feelings: &'static [&'static str],
    pub feeling_verbs: &'static [&'static str],
    pub feeling_determiners: &'static [&'static str],
    /// Conjunctions that join two leads (`Welcomes and encourages`).
    pub lead_conjunctions: &'static [&'static str],
    /// Verbs whose object belongs to the lead: a determiner (`its`, of
    /// `feeling_determiners`) and the words after it up to a break word
    /// (`object_breaks`: prepositions, articles) or a punctuation mark
    /// (`Reiterates its invitation to`, `Expresses its firm belief that`).
    pub object_verbs: &'static [&'static str],
    pub object_breaks: &'static [&'static str],
    /// Cited documents (`resolution`, `décisions`): the words before one
    /// are no object (`Reaffirming its previous resolutions 70/1`).
    pub object_documents: &'static [&'static str],
    /// Adverbs continue the verb of a lead: a small word with one of these
    /// endings (`Recommits firmly`, `Prie instamment`, `Insta
    /// encarecidamente`), unless listed in `not_adverbs` (`timely`).
    pub adverb_endings: &'static [&'static str],
    pub not_adverbs: &'static [&'static str],
    /// Verb classes for highlighting: (class, head verbs).
    pub classes: &'static [(&'static str, &'static [&'static str])],
    /// Where one body's typesetting of leads parts from the lists above.
    pub bodies: &'static [HouseStyle],
}

/// The lead phrases of one adopting body (as its enacting formula names it)
/// that differ from the language's lists: phrases that body italicizes as a
/// whole, and listed phrases of which it italicizes only a shorter lead.
#[derive(Debug)]
pub struct HouseStyle {
    pub body: &'static str,
    pub preamble: &'static [&'static str],
    pub operative: &'static [&'static str],
    pub not_leads: &'static [&'static str],
    /// Verbs the body typesets without their object: a listed phrase of one
    /// of these, a determiner (`feeling_determiners`) and more words is no
    /// lead in that body (`Reaffirming its commitment`: `Reaffirming`).
    pub bare_verbs: &'static [&'static str],
    /// The body's object verbs, in place of the language's (`None`: the
    /// language's).
    pub object_verbs: Option<&'static [&'static str]>,
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

/// How much of a paragraph in capitals is folded to look its lead up: more
/// than the longest listed phrase.
pub const LEAD_BYTES: usize = 160;

/// Lead phrases by part and first word. Looked up for every paragraph, in
/// each language while the language is detected: keyed with FNV-1a, which
/// hashes these short keys several times faster than the default SipHash
/// (no untrusted keys: the map is built from the lexicons only).
type Index = std::collections::HashMap<(u8, &'static str), Vec<&'static str>, crate::fnv::BuildFnv>;

impl Lexicon {
    /// The longest phrase of `part` that `text` starts with, ending at a word
    /// boundary. Returns the phrase as listed.
    pub fn lead_of(&self, text: &str, part: Part) -> Option<&'static str> {
        self.lead_in(text, part, None).map(|(p, _)| p)
    }

    /// The longest phrase of `part` that `text` starts with, in the house
    /// style of `body` (the body's own phrases count, its `not_leads` do
    /// not): the phrase as listed and the length in bytes it covers in
    /// `text` (a no-break space in the text stands for a space).
    pub fn lead_in(&self, text: &str, part: Part, body: Option<&str>) -> Option<(&'static str, usize)> {
        if let Some(folded) = fold_capitals(text, false, LEAD_BYTES) {
            return self.lead_in_as_listed(&folded, part, body);
        }
        self.lead_in_as_listed(text, part, body)
    }

    /// [`Self::lead_in`] of a text whose case is the lists' own.
    fn lead_in_as_listed(&self, text: &str, part: Part, body: Option<&str>) -> Option<(&'static str, usize)> {
        let style = body.and_then(|b| self.bodies.iter().find(|s| s.body == b));
        let first = first_word(text);
        let excluded = |p: &str| style.is_some_and(|s| s.not_leads.contains(&p) || s.bare_verbs.iter().any(|v| self.verb_with_object(p, v)));
        // The language's list is longest first: its first match is its longest.
        // (a one-letter first word typed in the other script, `c` for `с`,
        // is looked up as its twin: the phrases are indexed by first word)
        let longest = |w: &str| {
            self.index()
                .get(&(part as u8, w))
                .and_then(|list| list.iter().copied().filter(|p| !excluded(p)).find_map(|p| match_words(text, p).map(|n| (p, n))))
        };
        let general = longest(first).or_else(|| twin(first).and_then(longest));
        let own = style.map(|s| if part == Part::Preamble { s.preamble } else { s.operative }).unwrap_or(&[]);
        own.iter()
            .copied()
            .filter_map(|p| match_words(text, p).map(|n| (p, n)))
            .chain(general)
            .max_by_key(|&(p, _)| p.chars().count())
    }

    /// Whether a phrase of either part opens `text` (`lead_of` of one part
    /// is some), its first word taken once.
    pub fn opens_with_lead(&self, text: &str) -> bool {
        if let Some(folded) = fold_capitals(text, false, LEAD_BYTES) {
            return self.opens_with_listed_lead(&folded);
        }
        self.opens_with_listed_lead(text)
    }

    /// Whether `text` opens a paragraph with a lead: a listed one
    /// ([`Self::opens_with_lead`]), or an opener and a listed lead in small
    /// letters (`Also recalling`, `Further noting`: the lists hold
    /// `Recalling also`, `Noting further`).
    pub fn opens_paragraph(&self, text: &str) -> bool {
        if self.opens_with_lead(text) {
            return true;
        }
        let Some(n) = self.lead_openers.iter().find_map(|o| match_words(text, o)) else { return false };
        let rest = text[n..].trim_start_matches(' ');
        if rest.len() == text.len() - n || !rest.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        // (the first letter a capital, as the lists write it: same length)
        let mut end = rest.len().min(LEAD_BYTES);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let mut listed = rest[..end].to_string();
        listed[..1].make_ascii_uppercase();
        self.opens_with_listed_lead(&listed)
    }

    /// [`Self::opens_with_lead`] of a text whose case is the lists' own.
    fn opens_with_listed_lead(&self, text: &str) -> bool {
        let first = first_word(text);
        let listed = |w: &str| {
            [Part::Preamble, Part::Operative]
                .into_iter()
                .any(|part| self.index().get(&(part as u8, w)).is_some_and(|list| list.iter().any(|p| match_words(text, p).is_some())))
        };
        listed(first) || twin(first).is_some_and(listed)
    }

    /// Phrases by part and first word, longest first (built once).
    fn index(&self) -> &'static Index {
        use std::sync::OnceLock;
        static INDEX: OnceLock<Vec<Index>> = OnceLock::new();
        let all = INDEX.get_or_init(|| {
            LEXICONS
                .iter()
                .map(|lx| {
                    let mut m = Index::default();
                    for (part, list) in [(Part::Preamble, lx.preamble), (Part::Operative, lx.operative)] {
                        for p in list.iter().copied() {
                            let first = first_word(p);
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

    /// Whether `phrase` is `verb`, a determiner and more words.
    fn verb_with_object(&self, phrase: &str, verb: &str) -> bool {
        let Some(rest) = phrase.strip_prefix(verb).and_then(|r| r.strip_prefix(' ')) else {
            return false;
        };
        self.feeling_determiners.iter().any(|d| rest.strip_prefix(d).is_some_and(|r| r.starts_with(' ')))
    }

    /// The object verbs in the house style of `body`.
    pub fn object_verbs_of(&self, body: Option<&str>) -> &'static [&'static str] {
        body.and_then(|b| self.bodies.iter().find(|s| s.body == b)).and_then(|s| s.object_verbs).unwrap_or(self.object_verbs)
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
                m.len() == word.len()
                    && m.chars().next().and_then(|c| c.to_lowercase().next()) == Some(first)
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

/// The first word of `text`: letters, digits, hyphens and apostrophes
/// (`’`, `'`). Byte by byte while the text is ASCII.
/// Older resolutions and their copies print leads and the enacting formula
/// in capitals (`MINDFUL of the determination`, `TAKING NOTE of`, `THE
/// GENERAL ASSEMBLY,`). When `text` opens with a word of two or more
/// capital letters and no small letter, the opening run of such words as
/// the lists write them: each word in small letters but for its first
/// letter (all words `title`, else the first only), the rest of `text` up
/// to `limit` bytes unchanged. Byte lengths are kept (`None` where a
/// character's other case has another length), so a length found in the
/// copy measures `text` too.
pub fn fold_capitals(text: &str, title: bool, limit: usize) -> Option<String> {
    // (the first two characters first: most texts go no further)
    if !opens_in_capitals(text) || !starts_with_capital_word(text) {
        return None;
    }
    let mut end = text.len().min(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::with_capacity(end);
    let mut first_word = true;
    let mut in_run = true;
    for word in text[..end].split_inclusive(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’') {
        let letters = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let capitals = letters.chars().any(char::is_alphabetic) && !letters.chars().any(char::is_lowercase);
        if in_run && capitals && !letters.is_empty() {
            for (i, c) in word.char_indices() {
                let keep = i == 0 && (first_word || title);
                let d = if keep || !c.is_uppercase() { c } else { single_lower(c)? };
                out.push(d);
            }
            first_word = false;
        } else {
            if !letters.is_empty() {
                in_run = false;
            }
            out.push_str(word);
        }
    }
    Some(out)
}

/// Whether the first two characters of `text` are capital letters (the
/// cheap test of [`fold_capitals`]).
#[inline]
fn opens_in_capitals(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() >= 2 && b[0].is_ascii() && b[1].is_ascii() {
        return b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase();
    }
    let mut c = text.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_uppercase)
}

/// Whether `text` opens with a word of two or more letters, all capitals.
fn starts_with_capital_word(text: &str) -> bool {
    let w = first_word_chars(text);
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase()) && w.chars().next().is_some_and(char::is_uppercase)
}

/// The small letter of `c` when it is one character of the same length.
fn single_lower(c: char) -> Option<char> {
    let mut l = c.to_lowercase();
    let d = l.next()?;
    (l.next().is_none() && d.len_utf8() == c.len_utf8()).then_some(d)
}

fn first_word(text: &str) -> &str {
    let ascii = text.bytes().position(|b| !b.is_ascii() || !(b.is_ascii_alphanumeric() || b == b'-' || b == b'\''));
    match ascii {
        Some(i) if text.as_bytes()[i].is_ascii() => &text[..i],
        Some(i) => &text[..i + first_word_chars(&text[i..]).len()],
        None => text,
    }
}

/// [`first_word`] a character at a time.
fn first_word_chars(text: &str) -> &str {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'').next().unwrap_or("")
}

/// `text` starts with the words of `phrase` (a space of the phrase matches
/// any one white-space character of the text, such as a no-break space) and
/// the next character is not a letter/digit: the bytes of `text` covered.
pub fn match_words(text: &str, phrase: &str) -> Option<usize> {
    // The bytes both start with, compared at once: the whole phrase, or a
    // first difference between two ASCII bytes (the phrase's not a space),
    // where no character rule below can make them match.
    let (t, p) = (text.as_bytes(), phrase.as_bytes());
    let same = t.iter().zip(p).take_while(|(a, b)| a == b).count();
    if same == p.len() {
        return text[same..].chars().next().map_or(Some(text.len()), |c| (!c.is_alphanumeric()).then_some(same));
    }
    if t.get(same).is_none_or(|&c| c.is_ascii() && p[same].is_ascii() && p[same] != b' ') {
        return None;
    }
    match_chars(text, phrase)
}

/// [`match_words`] a character at a time.
fn match_chars(text: &str, phrase: &str) -> Option<usize> {
    let mut t = text.char_indices();
    for pc in phrase.chars() {
        let (_, tc) = t.next()?;
        if tc != pc && !(pc == ' ' && tc.is_whitespace()) && (tc.is_ascii() == pc.is_ascii() || !homoglyphs(tc, pc)) {
            return None;
        }
    }
    let end = t.next().map_or(text.len(), |(i, c)| if c.is_alphanumeric() { usize::MAX } else { i });
    (end != usize::MAX).then_some(end)
}

/// Latin letters and the Cyrillic ones they look like.
const HOMOGLYPHS: &[(&str, &str)] = &[
    ("a", "а"), ("c", "с"), ("e", "е"), ("o", "о"), ("p", "р"), ("x", "х"), ("y", "у"),
    ("A", "А"), ("B", "В"), ("C", "С"), ("E", "Е"), ("H", "Н"), ("K", "К"), ("M", "М"), ("O", "О"), ("P", "Р"), ("T", "Т"), ("X", "Х"),
];

/// A Latin letter typed for the Cyrillic one it looks like, or the other
/// way round (`c удовлетворением` with a Latin `c`, as UN Russian texts
/// have it).
fn homoglyphs(a: char, b: char) -> bool {
    let mut x = [0u8; 4];
    let mut y = [0u8; 4];
    let (a, b) = (&*a.encode_utf8(&mut x), &*b.encode_utf8(&mut y));
    a.is_ascii() != b.is_ascii() && HOMOGLYPHS.iter().any(|&(l, c)| (a, b) == (l, c) || (a, b) == (c, l))
}

/// The one-letter word `w` in the other script (`c` → `с`).
fn twin(w: &str) -> Option<&'static str> {
    if w.len() > 2 {
        return None;
    }
    HOMOGLYPHS.iter().find_map(|&(l, c)| if w == l { Some(c) } else if w == c { Some(l) } else { None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_fold_to_the_lists_case() {
        assert_eq!(fold_capitals("TAKING NOTE of the Report", false, 100).as_deref(), Some("Taking note of the Report"));
        assert_eq!(fold_capitals("THE GENERAL ASSEMBLY,", true, 100).as_deref(), Some("The General Assembly,"));
        assert_eq!(fold_capitals("RÉAFFIRMANT SA RÉSOLUTION", false, 100).as_deref(), Some("Réaffirmant sa résolution"));
        // only the opening run of words in capitals; lengths kept
        let t = "NOTING WITH CONCERN that the UNHCR report";
        assert_eq!(fold_capitals(t, false, 100).as_deref(), Some("Noting with concern that the UNHCR report"));
        assert_eq!(fold_capitals(t, false, 100).unwrap().len(), t.len());
        // not a text in the lists' case, nor one capital
        for t in ["Taking note of", "A/RES/1", "I. Decides", "", "Ta"] {
            assert_eq!(fold_capitals(t, false, 100), None, "{t:?}");
        }
        // a limit inside a character stays on its boundary
        assert_eq!(fold_capitals("RÉAFFIRMANT", false, 2).as_deref(), Some("R"));
        let en = get("en").unwrap();
        assert_eq!(en.lead_in("TAKING NOTE of the report", Part::Preamble, None).map(|(p, n)| (p, n)), Some(("Taking note", 11)));
        assert!(en.opens_with_lead("MINDFUL of the determination"));
        assert!(!en.opens_with_lead("UNITED NATIONS"));
    }

    #[test]
    fn an_opener_before_a_listed_lead_opens_a_paragraph() {
        let en = get("en").unwrap();
        for t in ["Also recalling its resolution", "Further noting the report", "Recalling its resolution", "Strongly condemning the attack"] {
            assert!(en.opens_paragraph(t), "{t}");
        }
        for t in ["Also the report", "Further to its resolution", "Also", "Alsorecalling", "The Also recalling"] {
            assert!(!en.opens_paragraph(t), "{t}");
        }
    }

    #[test]
    fn longest_phrase_wins() {
        let en = get("en").unwrap();
        assert_eq!(en.lead_of("Noting with concern that", Part::Preamble), Some("Noting with concern"));
        assert_eq!(en.lead_of("Noting that", Part::Preamble), Some("Noting"));
        assert_eq!(en.lead_of("Also reaffirms that", Part::Operative), Some("Also reaffirms"));
    }

    #[test]
    fn a_no_break_space_stands_for_a_space() {
        let fr = get("fr").unwrap();
        let t = "Se\u{a0}déclarant préoccupée par la propagation";
        assert_eq!(fr.lead_in(t, Part::Preamble, None), Some(("Se déclarant préoccupée", "Se\u{a0}déclarant préoccupée".len())));
    }

    #[test]
    fn house_style_of_a_body() {
        let en = get("en").unwrap();
        let t = "Reaffirming its commitment to the sovereignty of";
        assert_eq!(en.lead_in(t, Part::Preamble, Some("General Assembly")).map(|m| m.0), Some("Reaffirming its commitment"));
        assert_eq!(en.lead_in(t, Part::Preamble, Some("Human Rights Council")).map(|m| m.0), Some("Reaffirming"));
        let t = "Reiterates its call for the inclusion of";
        assert_eq!(en.lead_in(t, Part::Operative, None).map(|m| m.0), Some("Reiterates"));
        assert!(en.lead_in(t, Part::Operative, Some("General Assembly")).is_some_and(|m| m.0.starts_with("Reiterates its call")));
    }

    #[test]
    fn a_latin_letter_in_a_russian_phrase() {
        let ru = get("ru").unwrap();
        // `c` is Latin here, as in the UN's text of resolution 76/25
        assert_eq!(match_words("c удовлетворением отмечая", "с удовлетворением"), Some("c удовлетворением".len()));
        let cyrillic = ru.lead_in("с удовлетворением отмечая усилия", Part::Preamble, None).expect("a listed phrase");
        let latin = ru.lead_in("c удовлетворением отмечая усилия", Part::Preamble, None).expect("the same phrase");
        assert_eq!((latin.0, latin.1 + 1), cyrillic, "the same phrase, one byte shorter in the text");
        assert_eq!(match_words("Notes that", "Nоtes"), Some(5), "a Cyrillic о in an English word");
        assert_eq!(match_words("cat", "bat"), None);
    }

    #[test]
    fn match_words_as_match_chars() {
        let mut phrases: Vec<&str> = vec!["Nоtes", "с удовлетворением", "Se déclarant", "a", "é"];
        for lx in all() {
            phrases.extend(lx.preamble.iter().chain(lx.operative).step_by(7));
        }
        let ends = ["", " that", "s", "\u{a0}x", ",", "é", "-1", "\tand", "ly"];
        let mut texts: Vec<String> = vec!["c удовлетворением отмечая".into(), "Notes that".into(), "Se\u{a0}déclarant".into(), "".into()];
        for p in &phrases {
            for e in ends {
                texts.push(format!("{p}{e}"));
                texts.push(format!("{}{e}", p.replacen(' ', "\u{a0}", 1)));
                texts.push(format!("{}{e}", p.replacen(' ', "  ", 1)));
                texts.push(p.chars().take(p.chars().count().saturating_sub(1)).collect::<String>() + e);
            }
        }
        for t in &texts {
            for p in &phrases {
                assert_eq!(match_words(t, p), match_chars(t, p), "{t:?} {p:?}");
            }
        }
    }

    #[test]
    fn first_word_as_first_word_chars() {
        for t in ["", "Recalling its", "Reaffirming,", "Re-emphasizing that", "l'Assemblée", "l’Assemblée générale", "Décide de", "Rappelant", "с удовлетворением", "وإذ تشير", "abc", "x\u{a0}y", "1. Decides", "don't-stop now"] {
            assert_eq!(first_word(t), first_word_chars(t), "{t:?}");
        }
    }

    #[test]
    fn opens_with_lead_as_lead_of() {
        let texts = ["Recalling its resolution", "Noting with concern that", "Decides to", "Notingham", "c удовлетворением отмечая", "Rappelant sa résolution", "Decide", "Reitera su solicitud", "The General Assembly,", "", "Welcomes and encourages"];
        for lx in all() {
            for t in texts {
                assert_eq!(lx.opens_with_lead(t), lx.lead_of(t, Part::Preamble).is_some() || lx.lead_of(t, Part::Operative).is_some(), "{t:?} {}", lx.language);
            }
        }
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
