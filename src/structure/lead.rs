//! The lead of a paragraph: the phrase or verb that opens it (`Recalling
//! also`, `Calls upon`, `Noting with grave concern`). From the typography
//! where the input has it (Markdown emphasis), else from the lexicon's lists
//! (the longest listed phrase, in the adopting body's house style), else
//! guessed; a listed or guessed lead is then extended by the lexicon's
//! grammar of leads (continuations, feelings, joined leads), which reaches
//! phrases no list holds (`scripts/lexicon_holdout.py` measures it).

use crate::block::Block;
use crate::lexicon::{self, Lexicon, Part};
use crate::model::Span;

/// The lead of a paragraph whose label has been removed. `body` (from the
/// enacting formula) selects that body's house style of leads.
pub(super) fn find_lead(b: &Block, lx: &Lexicon, part: Part, body: Option<&str>, is_item: bool, typeset: bool) -> (Option<(String, Span)>, bool) {
    let t = b.str();
    // Emphasis at the start: the typeset lead.
    // (an emphasis past the text or inside a character is no lead: a
    // reader's offsets must never panic here)
    let opening = b.emph.iter().filter(|e| e.0 == 0 && e.1 <= t.len() && t.is_char_boundary(e.1)).max_by_key(|e| e.1);
    if let Some(&(s, e)) = opening {
        if e < t.len() || is_item || t.len() < 200 {
            let mut end = e;
            // extend to the end of the word ("*Invite*s")
            while let Some(c) = t[end..].chars().next() {
                if c.is_alphanumeric() {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let lead = t[s..end].trim_end().trim_end_matches([',', ';', ':', '،', '，', '；', '：']).trim_end();
            if !lead.is_empty() && e < t.len() {
                let known = lx.lead_in(lead, part, body).is_some_and(|(_, n)| n == lead.len())
                    || lx.lead_in(lead, other(part), body).is_some_and(|(_, n)| n == lead.len());
                return (Some((lead.to_string(), b.text.span(s, s + lead.len()))), !known);
            }
        }
    }
    if is_item || typeset {
        return (None, false);
    }
    // The longest phrase of the lexicon: where a text gives no typography,
    // the extent a body's typesetters most often give these words. (A lead
    // in capitals is looked up as the lists write it: same byte lengths.)
    let folded = lexicon::fold_capitals(t, false, t.len());
    let as_listed = folded.as_deref().unwrap_or(t);
    if let Some((n, listed_in)) = listed_lead(as_listed, lx, part, body) {
        let n = extend_lead(as_listed, n, lx, false, listed_in, body);
        return (Some((t[..n].to_string(), b.text.span(0, n))), false);
    }
    (None, false)
}

/// The longest listed lead `t` opens with, in `part`'s list or else the
/// other part's: its length in bytes and the part that lists it.
fn listed_lead(t: &str, lx: &Lexicon, part: Part, body: Option<&str>) -> Option<(usize, Part)> {
    [part, other(part)].into_iter().find_map(|p| lx.lead_in(t, p, body).map(|(_, n)| (n, p)))
}

fn other(p: Part) -> Part {
    match p {
        Part::Preamble => Part::Operative,
        Part::Operative => Part::Preamble,
    }
}

/// A guessed lead for a paragraph whose opening words are in no lexicon:
/// the first word (after an opener such as `وإذ`, `вновь`), with the words
/// that commonly continue it (`also`, `أيضا`, `также`). Its length in bytes.
pub(super) fn guess_lead(t: &str, lx: &Lexicon, part: Part, body: Option<&str>) -> Option<usize> {
    // (a lead in capitals, as the lists write it: same byte lengths)
    if let Some(folded) = lexicon::fold_capitals(t, false, t.len()) {
        return guess_as_listed(&folded, lx, part, body);
    }
    guess_as_listed(t, lx, part, body)
}

/// [`guess_lead`] of a text whose case is the lists' own.
fn guess_as_listed(t: &str, lx: &Lexicon, part: Part, body: Option<&str>) -> Option<usize> {
    // Chinese has no spaces: the lead is the opening run of characters up to
    // the first punctuation mark (how the UN's bold leads read once extended
    // to the end of a word, the corpus's convention).
    if t.starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        let run: usize = t.chars().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum();
        return (t[..run].chars().count() >= 2).then_some(run);
    }
    // Openers (`Deeply`, `Having`), each with the words that continue it
    // (`Having also considered`).
    let mut n = 0;
    if let Some(m) = lx.lead_openers.iter().find_map(|o| lexicon::match_words(t, o)) {
        n = m;
        let continuations = || lx.lead_continuations.iter().chain(lx.guess_continuations).chain(lx.preamble_continuations);
        loop {
            let rest = &t[n..];
            let ws = rest.len() - rest.trim_start().len();
            match continuations().find_map(|c| lexicon::match_words(&rest[ws..], c)) {
                Some(c) if ws > 0 => n += ws + c,
                _ => {
                    n += ws;
                    break;
                }
            }
        }
    }
    let rest = &t[n..];
    // After an opener, a listed lead keeps its whole extent (`Further` +
    // `takes note`, where the lists lack `Further takes note`).
    if let Some((m, listed_in)) = (n > 0).then(|| as_listed(rest, lx)).flatten().and_then(|verb| listed_lead(&verb, lx, part, body)) {
        return Some(extend_lead(t, n + m, lx, false, listed_in, body));
    }
    let word = &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())];
    let word = word.trim_end_matches([',', ';', ':', '،', '؛']);
    // (Not a preposition: "c", "في".)
    if word.chars().count() < 3 || !word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '’') {
        return None;
    }
    // The case the language's listed leads start with (English "Recalling",
    // Russian "напоминая"; none in Arabic): a paragraph that opens otherwise
    // does not open with a lead.
    let first = t.chars().next()?;
    match leads_case(lx) {
        Some(true) if !first.is_uppercase() || n == 0 && word.chars().count() < 4 => return None,
        Some(false) if first.is_uppercase() => return None,
        _ => {}
    }
    Some(extend_lead(t, n + word.len(), lx, true, part, body))
}

/// The words after an opener as the lists write a lead's start (`pays
/// tribute` → `Pays tribute` in English; unchanged where leads start with a
/// small letter or where the capital would change the byte length).
fn as_listed(rest: &str, lx: &Lexicon) -> Option<String> {
    if leads_case(lx) != Some(true) || !rest.starts_with(char::is_lowercase) {
        return Some(rest.to_string());
    }
    capitalized(rest)
}

/// `s` with a capital first letter, where the capital is one character of
/// the same byte length (so that offsets into `s` still hold).
fn capitalized(s: &str) -> Option<String> {
    let first = s.chars().next()?;
    let mut upper = first.to_uppercase();
    let capital = upper.next()?;
    (upper.next().is_none() && capital.len_utf8() == first.len_utf8()).then(|| {
        let mut out = String::with_capacity(s.len());
        out.push(capital);
        out.push_str(&s[first.len_utf8()..]);
        out
    })
}

/// Whether the language's listed leads start with a capital (English
/// "Recalling"), a small letter (Russian "напоминая"), or neither (Arabic).
pub(super) fn leads_case(lx: &Lexicon) -> Option<bool> {
    lx.preamble.iter().chain(lx.operative).filter_map(|p| p.chars().next()).find(|c| c.is_uppercase() || c.is_lowercase()).map(char::is_uppercase)
}

/// A lead `t[..n]` with the words that continue it (`تقرر أيضا`, `تحيط علما
/// مع التقدير`, `Recalling also` in the preamble; a guessed one also
/// `Deplores also`) and a feeling (`Noting with profound concern`): the
/// lexicon's grammar of leads, which reaches phrases no list holds. A verb
/// of `body`'s object verbs takes its object (`Reiterates its invitation`).
fn extend_lead(t: &str, mut n: usize, lx: &Lexicon, guessed: bool, part: Part, body: Option<&str>) -> usize {
    let guess: &[&str] = if guessed { lx.guess_continuations } else { &[] };
    let own: &[&str] = match part {
        Part::Preamble => lx.preamble_continuations,
        Part::Operative => lx.operative_continuations,
    };
    let mut felt = false;
    loop {
        let rest = &t[n..];
        let ws = spaces(rest);
        if ws == 0 {
            return n;
        }
        if let Some(m) = lx.lead_continuations.iter().chain(guess).chain(own).find_map(|c| lexicon::match_words(&rest[ws..], c)) {
            n += ws + m;
            continue;
        }
        if !felt {
            if let Some(m) = feeling(&t[..n], &rest[ws..], lx) {
                n += ws + m;
                felt = true;
                continue;
            }
            // (after a feeling verb an adverb belongs to its feeling, which
            // the body's typesetting may leave out: `Se déclarant vivement
            // préoccupé`)
            if let Some(m) = adverb(&rest[ws..], lx).filter(|_| !feeling_verb(&t[..n], lx)) {
                n += ws + m;
                continue;
            }
            let verb = t[..n].rsplit(' ').next().unwrap_or("");
            if lx.object_verbs_of(body).iter().any(|v| v.eq_ignore_ascii_case(verb)) {
                if let Some(m) = object(&rest[ws..], lx) {
                    n += ws + m;
                    felt = true;
                    continue;
                }
            }
        }
        // (a second lead joins the verb, not its feeling or object: `Renews
        // its plea and urges`)
        match coordinated(&rest[ws..], lx).filter(|_| !felt) {
            Some(m) => n += ws + m,
            None => return n,
        }
    }
}

/// The bytes of spaces (and no-break spaces) that open `s`.
fn spaces(s: &str) -> usize {
    s.len() - s.trim_start_matches([' ', '\u{a0}']).len()
}

/// A second lead joined to the first (`Welcomes and encourages`, `Invita y
/// alienta`): a conjunction and a word that the lists hold as a lead of its
/// own. The bytes of `rest` it covers.
fn coordinated(rest: &str, lx: &Lexicon) -> Option<usize> {
    let c = lx.lead_conjunctions.iter().find_map(|c| lexicon::match_words(rest, c))?;
    let r = &rest[c..];
    let ws = spaces(r);
    let r = &r[ws..];
    let w = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
    r.chars().next().filter(|c| c.is_lowercase())?;
    (ws > 0 && coordinated_lead(&r[..w], lx)).then_some(c + ws + w)
}

/// The object of an object verb at the start of `rest`: a determiner and
/// one to four words in lower case up to a break word or a punctuation
/// mark, a conjunction only between two of them (`its gratitude and
/// appreciation to`) and not before a second lead (`its support and calls
/// upon`); none when the words run into a cited document (`its previous
/// resolutions`). The bytes of `rest` it covers.
fn object(rest: &str, lx: &Lexicon) -> Option<usize> {
    let mut n = lx.feeling_determiners.iter().find_map(|d| lexicon::match_words(rest, d))?;
    let mut end = None;
    let mut after_conjunction = false;
    for _ in 0..5 {
        let r = &rest[n..];
        let ws = spaces(r);
        let r = &r[ws..];
        let w = r.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(r.len());
        let word = &r[..w];
        if lx.object_documents.contains(&word) {
            return None;
        }
        if ws == 0 || w == 0 || !word.starts_with(char::is_lowercase) || lx.object_breaks.contains(&word) {
            break;
        }
        if after_conjunction && coordinated_lead(word, lx) {
            break;
        }
        n += ws + w;
        after_conjunction = lx.lead_conjunctions.contains(&word);
        if !after_conjunction {
            end = Some(n);
        }
    }
    end
}

/// Whether `lead` holds a feeling verb (`Expressing`, `Se déclarant`).
fn feeling_verb(lead: &str, lx: &Lexicon) -> bool {
    let same = |a: &str, b: &str| a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase));
    lead.split_whitespace().any(|w| lx.feeling_verbs.iter().any(|v| same(v, w)))
}

/// An adverb at the start of `rest` (a word in small letters with one of
/// the language's adverb endings: `firmly`, `instamment`, `nuevamente`;
/// not `timely`, not `l’engagement`): its length in bytes.
fn adverb(rest: &str, lx: &Lexicon) -> Option<usize> {
    let w = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word = &rest[..w];
    let adverb = word.starts_with(char::is_lowercase)
        && !lx.not_adverbs.contains(&word)
        && lx.adverb_endings.iter().any(|e| word.len() > e.len() + 2 && word.ends_with(e));
    adverb.then_some(w)
}

/// Whether `word` (in lower case) is, capitalized, a lead the lists hold
/// (`calls` in `… and calls upon`).
fn coordinated_lead(word: &str, lx: &Lexicon) -> bool {
    let Some(word) = capitalized(word) else { return false };
    [Part::Preamble, Part::Operative].iter().any(|&p| lx.lead_of(&word, p).is_some_and(|l| l.len() == word.len()))
}

/// A feeling that continues `lead` at the start of `rest`: a link and up to
/// two words before the feeling (`with great concern`, `avec une vive
/// préoccupation`), or, after a feeling verb, an optional determiner
/// (`Expressing deep concern`, `Expresses its appreciation`). The bytes of
/// `rest` it covers.
fn feeling(lead: &str, rest: &str, lx: &Lexicon) -> Option<usize> {
    if lx.feelings.is_empty() {
        return None;
    }
    let verb = || feeling_verb(lead, lx);
    let mut i = match lx.feeling_links.iter().find_map(|l| lexicon::match_words(rest, l)) {
        Some(m) => m,
        None if verb() => lx.feeling_determiners.iter().find_map(|d| lexicon::match_words(rest, d)).unwrap_or(0),
        None => return None,
    };
    for skipped in 0..3 {
        let r = &rest[i..];
        let ws = spaces(r);
        if i > 0 && ws == 0 {
            return None;
        }
        let r = &r[ws..];
        if let Some(m) = lx.feelings.iter().find_map(|f| lexicon::match_words(r, f)) {
            return Some(i + ws + m);
        }
        // a modifier: a word in lower case (`grave`, `une`)
        let w = r.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(r.len());
        if skipped == 2 || w == 0 || !r.starts_with(char::is_lowercase) {
            return None;
        }
        i += ws + w;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_leads_run_to_the_first_punctuation() {
        let zh = lexicon::get("zh").unwrap();
        let g = |t: &'static str| guess_lead(t, zh, Part::Preamble, None).map(|n| &t[..n]);
        assert_eq!(g("认识到COVID-19疫情使人们深刻认识到"), Some("认识到COVID"));
        assert_eq!(g("又回顾其题为“联合国”的决议，"), Some("又回顾其题为"));
    }

    #[test]
    fn guessed_leads_take_openers_and_continuations() {
        let g = |lang: &str, t: &'static str| guess_lead(t, lexicon::get(lang).unwrap(), Part::Preamble, None).map(|n| &t[..n]);
        assert_eq!(g("ar", "وإذ تثني أيضا على الجهود،"), Some("وإذ تثني أيضا"));
        assert_eq!(g("ar", "تعرب عن تقديرها أيضا للأمين العام"), Some("تعرب عن تقديرها أيضا"));
        assert_eq!(g("ar", "تسلِّم أيضاً بأن"), Some("تسلِّم أيضاً"));
        assert_eq!(g("ru", "вновь констатируя также, что"), Some("вновь констатируя также"));
        assert_eq!(g("ru", "Генеральная Ассамблея,"), None);
        assert_eq!(g("en", "Deplores also the attack"), Some("Deplores also"));
        assert_eq!(g("en", "The Assembly"), None);
    }

    /// An adverb after the verb is part of the lead; an adjective in -ly,
    /// a noun in -ment, and an adverb after a feeling verb are not.
    #[test]
    fn adverbs_continue_the_verb() {
        // `verb`: the lead found before the grammar extends it
        let lead = |lang, t: &'static str, verb: &str| {
            let lx = lexicon::get(lang).unwrap();
            assert!(t.starts_with(verb));
            &t[..extend_lead(t, verb.len(), lx, true, Part::Operative, None)]
        };
        assert_eq!(lead("en", "Recommits firmly to promoting peace", "Recommits"), "Recommits firmly");
        assert_eq!(lead("en", "Encourages timely reporting", "Encourages"), "Encourages");
        assert_eq!(lead("fr", "Prie instamment les États", "Prie"), "Prie instamment");
        assert_eq!(lead("fr", "Réaffirme l’engagement pris", "Réaffirme"), "Réaffirme");
        assert_eq!(lead("es", "Insta encarecidamente a los Estados", "Insta"), "Insta encarecidamente");
        // after a feeling verb the adverb is the feeling's
        assert_eq!(lead("fr", "Se déclarant vivement préoccupé par", "Se déclarant"), "Se déclarant");
    }

    /// A body's house style can keep a verb's object out of the lead: the
    /// Security Council typesets `Reiterates its …` without it.
    #[test]
    fn object_verbs_follow_the_house_style() {
        let lx = lexicon::get("en").unwrap();
        let t = "Reiterates its urgent appeal to the parties";
        let lead = |body| {
            let (_, n) = lx.lead_in(t, Part::Operative, body).unwrap();
            &t[..extend_lead(t, n, lx, false, Part::Operative, body)]
        };
        assert_eq!(lead(None), "Reiterates its urgent appeal");
        assert_eq!(lead(Some("General Assembly")), "Reiterates its urgent appeal");
        assert_eq!(lead(Some("Security Council")), "Reiterates");
        assert_eq!(lead(Some("Human Rights Council")), "Reiterates");
        let fr = lexicon::get("fr").unwrap();
        let t = "Réaffirmant son engagement résolu en faveur de";
        let (_, n) = fr.lead_in(t, Part::Preamble, None).unwrap();
        assert_eq!(&t[..extend_lead(t, n, fr, false, Part::Preamble, Some("Conseil de sécurité"))], "Réaffirmant");
        assert_eq!(&t[..extend_lead(t, n, fr, false, Part::Preamble, Some("Assemblée générale"))], "Réaffirmant son engagement résolu");
    }


    /// A listed phrase of a verb the body typesets bare, with its object,
    /// is no lead in that body: the verb alone is (the Security Council's
    /// `Reaffirming its commitment`); other bodies keep the listed phrase.
    #[test]
    fn bare_verbs_drop_listed_objects_in_their_body() {
        let lead = |lang: &str, part: Part, t: &'static str, body: Option<&str>| {
            let lx = lexicon::get(lang).unwrap();
            let (_, n) = lx.lead_in(t, part, body).unwrap();
            &t[..extend_lead(t, n, lx, false, part, body)]
        };
        let t = "Reaffirming its commitment to the sovereignty of Haiti,";
        assert_eq!(lead("en", Part::Preamble, t, Some("Security Council")), "Reaffirming");
        assert_eq!(lead("en", Part::Preamble, t, Some("General Assembly")), "Reaffirming its commitment");
        assert_eq!(lead("en", Part::Preamble, t, None), "Reaffirming its commitment");
        let t = "Reiterating its call for an immediate ceasefire,";
        assert_eq!(lead("en", Part::Preamble, t, Some("Security Council")), "Reiterating");
        // a listed phrase whose second word is no determiner stays whole
        let t = "Reaffirming also its resolution 2476 (2019),";
        assert_eq!(lead("en", Part::Preamble, t, Some("Security Council")), "Reaffirming also");
        let t = "Réaffirmant son attachement à la souveraineté,";
        assert_eq!(lead("fr", Part::Preamble, t, Some("Conseil de sécurité")), "Réaffirmant");
        let t = "Reafirmando su voluntad de ayudar a las partes,";
        assert_eq!(lead("es", Part::Preamble, t, Some("Consejo de Seguridad")), "Reafirmando");
    }

    /// The Councils are masculine in French and Spanish (`Le Conseil`, `El
    /// Consejo`): the adjectives of their leads too, which the lists hold
    /// beside the Assembly's feminine ones.
    #[test]
    fn the_councils_leads_in_the_masculine() {
        let lead = |lang: &str, t: &'static str| {
            let lx = lexicon::get(lang).unwrap();
            let (_, n) = lx.lead_in(t, Part::Preamble, None).unwrap();
            &t[..extend_lead(t, n, lx, false, Part::Preamble, None)]
        };
        assert_eq!(lead("fr", "Profondément préoccupé par la situation,"), "Profondément préoccupé");
        assert_eq!(lead("fr", "Convaincu que la paix est nécessaire,"), "Convaincu");
        assert_eq!(lead("es", "Profundamente preocupado por la situación,"), "Profundamente preocupado");
        assert_eq!(lead("es", "Convencido de que la paz es necesaria,"), "Convencido");
    }
    /// The grammar of leads reaches phrases that no list holds (each of
    /// these openings is in no list of lexicon/*.toml).
    #[test]
    fn lead_grammar_extends_listed_and_guessed_leads() {
        let lead = |lang: &str, part: Part, t: &'static str| {
            let lx = lexicon::get(lang).unwrap();
            let n = match lx.lead_in(t, part, None) {
                Some((_, n)) => extend_lead(t, n, lx, false, part, None),
                None => guess_lead(t, lx, part, None).unwrap_or(0),
            };
            &t[..n]
        };
        // a link, up to two words and a feeling
        assert_eq!(lead("en", Part::Preamble, "Noting with profound sorrow the loss of life,"), "Noting with profound sorrow");
        assert_eq!(lead("fr", Part::Preamble, "Constatant avec une profonde tristesse que"), "Constatant avec une profonde tristesse");
        assert_eq!(lead("es", Part::Operative, "Observa con renovada preocupación que"), "Observa con renovada preocupación");
        // not more than two words before the feeling, nor a capital
        assert_eq!(lead("en", Part::Preamble, "Noting with the utmost of concern that"), "Noting");
        assert_eq!(lead("en", Part::Preamble, "Noting with United Nations concern"), "Noting");
        // a feeling verb takes its feeling without a link
        assert_eq!(lead("en", Part::Operative, "Expresses its profound gratitude to the Government"), "Expresses its profound gratitude");
        // an object verb takes its object, up to a break word; a cited
        // document is no part of it
        assert_eq!(lead("en", Part::Operative, "Expresses its readiness to act"), "Expresses its readiness");
        assert_eq!(lead("en", Part::Operative, "Reiterates its earnest appeal to States"), "Reiterates its earnest appeal");
        assert_eq!(lead("en", Part::Operative, "Expresses its solidarity and support to the people"), "Expresses its solidarity and support");
        assert_eq!(lead("en", Part::Operative, "Reiterates its resolution 70/1"), "Reiterates");
        assert_eq!(lead("en", Part::Operative, "Renews its call, made in 2020,"), "Renews its call");
        assert_eq!(lead("en", Part::Operative, "Renews its plea and urges States"), "Renews its plea");
        assert_eq!(lead("es", Part::Operative, "Reitera su firme voluntad de cooperar"), "Reitera su firme voluntad");
        assert_eq!(lead("es", Part::Preamble, "Reafirmando su resolución 70/1"), "Reafirmando");
        // (the Assembly's style: `Reaffirms its support`; words that run into a
        // cited document are no object)
        assert_eq!(lead("en", Part::Operative, "Also reaffirms its unwavering support for the Agency"), "Also reaffirms its unwavering support");
        assert_eq!(lead("en", Part::Preamble, "Reaffirming its previous resolutions on the question"), "Reaffirming");
        assert_eq!(lead("fr", Part::Preamble, "Réaffirmant ses précédentes résolutions sur la question"), "Réaffirmant");
        assert_eq!(lead("fr", Part::Preamble, "Réaffirmant son engagement résolu en faveur de"), "Réaffirmant son engagement résolu");
        assert_eq!(lead("fr", Part::Operative, "Exprime sa vive reconnaissance d’avoir"), "Exprime sa vive reconnaissance");
        assert_eq!(lead("fr", Part::Preamble, "Se déclarant extrêmement préoccupée par"), "Se déclarant extrêmement préoccupée");
        // preambular continuations; an operative `further` is not one
        assert_eq!(lead("en", Part::Preamble, "Emphasizing once again the role"), "Emphasizing once again");
        assert_eq!(lead("en", Part::Operative, "Encourages further efforts"), "Encourages");
        assert_eq!(lead("en", Part::Operative, "Welcomes once again the offer"), "Welcomes once again");
        // `in the strongest terms` in the operative part only
        assert_eq!(lead("en", Part::Operative, "Denounces in the strongest terms the attack"), "Denounces in the strongest terms");
        assert_eq!(lead("en", Part::Preamble, "Condemning in the strongest terms the attack"), "Condemning");
        // openers: adverbs, `Having` and the words that continue them
        assert_eq!(lead("en", Part::Preamble, "Deeply saddened by the loss"), "Deeply saddened");
        assert_eq!(lead("en", Part::Preamble, "Having also reviewed the report"), "Having also reviewed");
        assert_eq!(lead("es", Part::Preamble, "Habiendo estudiado el informe"), "Habiendo estudiado");
        // two listed leads joined, but not a verb and its object
        assert_eq!(lead("en", Part::Operative, "Welcomes and commends the work"), "Welcomes and commends");
        assert_eq!(lead("en", Part::Operative, "Welcomes and thanks the donors"), "Welcomes");
        assert_eq!(lead("fr", Part::Operative, "Accueille et approuve le rapport"), "Accueille et approuve");
    }
}
