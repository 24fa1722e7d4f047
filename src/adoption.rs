//! Adoption lines and dates: `10th plenary meeting` + `12 March 2010`,
//! `Adopted by the Security Council at its 9245th meeting, on 12 January
//! 2023`, `Adopted unanimously at the 1382nd meeting.`, `49e séance
//! plénière`, `102a sesión plenaria`, `4 de diciembre de 2023`.

use crate::lexicon::{self, Lexicon};

/// A found adoption line: the meeting as printed and the ISO date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub meeting: Option<String>,
    pub date: Option<String>,
}

/// The first date in `text` as ISO 8601 (`2010-03-12`), in any language
/// whose lexicon has month names.
pub fn find_date(text: &str) -> Option<String> {
    if let Some(d) = cjk_date(text) {
        return Some(d);
    }
    let words: Vec<(usize, &str)> = word_spans(text);
    // every form of `date_around` has a year one or two words after the
    // month (of one or two words): only words with a year that near are
    // looked up as months, in every language
    let year = |i: usize| words.get(i).is_some_and(|x| year_of(x.1).is_some());
    for (k, &(at, w)) in words.iter().enumerate() {
        if !(year(k + 1) || year(k + 2) || year(k + 3)) {
            continue;
        }
        // A month of two words: "كانون الأول/ديسمبر", "تشرين الثاني/نوفمبر".
        let two = words.get(k + 1).and_then(|&(b, v)| {
            let gap = &text[at + w.len()..b];
            (gap == " " || gap == "\u{a0}").then(|| &text[at..b + v.len()])
        });
        for lx in lexicon::all() {
            if let Some(m) = lx.month(w) {
                if let Some(d) = date_around(&words, k, k, m) {
                    return Some(d);
                }
            }
            if let Some(m) = two.and_then(|t| lx.month(t)) {
                if let Some(d) = date_around(&words, k, k + 1, m) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// `2020年12月14日`.
fn cjk_date(text: &str) -> Option<String> {
    let y = text.find('年')?;
    let year: String = text[..y].chars().rev().take_while(|c| c.is_ascii_digit()).collect::<Vec<_>>().into_iter().rev().collect();
    let rest = &text[y + '年'.len_utf8()..];
    let (m, rest) = rest.split_once('月')?;
    let (d, _) = rest.split_once('日')?;
    let (m, d): (u32, u32) = (m.trim().parse().ok()?, d.trim().parse().ok()?);
    (year.len() == 4 && (1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{year}-{m:02}-{d:02}"))
}

fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '/';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

fn day_of(w: &str) -> Option<u32> {
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    let rest = &w[digits.len()..];
    if digits.is_empty() || !(rest.is_empty() || matches!(rest, "er" | "st" | "nd" | "rd" | "th" | "o" | "º")) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(w: &str) -> Option<u32> {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())).then(|| w.parse().ok()).flatten()
}

/// `12 March 2010`, `4 de diciembre de 2023`, `March 12, 2010` around the
/// month, words `k..=last`.
fn date_around(words: &[(usize, &str)], k: usize, last: usize, month: u32) -> Option<String> {
    let w = |i: usize| words.get(i).map(|x| x.1);
    // day before the month ("12 March", "4 de diciembre")
    let day = w(k.wrapping_sub(1)).and_then(day_of).or_else(|| {
        (w(k.wrapping_sub(1)) == Some("de")).then(|| w(k.wrapping_sub(2)).and_then(day_of)).flatten()
    });
    let k = last;
    let year = w(k + 1).and_then(year_of).or_else(|| (w(k + 1) == Some("de")).then(|| w(k + 2).and_then(year_of)).flatten());
    if let (Some(d), Some(y)) = (day, year) {
        return Some(format!("{y:04}-{month:02}-{d:02}"));
    }
    // "March 12, 2010"
    if let (Some(d), Some(y)) = (w(k + 1).and_then(day_of), w(k + 2).and_then(year_of)) {
        return Some(format!("{y:04}-{month:02}-{d:02}"));
    }
    None
}

/// The ordinal number that opens a meeting (`10th`, `49e`, `102a`,
/// `1382nd`); returns its byte length.
fn ordinal_len(s: &str) -> Option<usize> {
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let rest = &s[digits..];
    // Russian `66-е`, also with a non-breaking or Unicode hyphen (`66‑е`)
    for hy in ['\u{2011}', '\u{2010}'] {
        if let Some(r) = rest.strip_prefix(hy) {
            if let Some(l) = ['е', 'e', 'й'].into_iter().find(|&l| r.starts_with(l)) {
                return Some(digits + hy.len_utf8() + l.len_utf8());
            }
        }
    }
    for suf in ["st", "nd", "rd", "th", "ème", "-е", "-e", "-й", "e", "a", "ª", "ᵉ", "er", "re", "."] {
        if rest.starts_with(suf) {
            return Some(digits + suf.len());
        }
    }
    Some(digits)
}

/// `10th plenary meeting` at the start of `text`: the meeting as printed.
/// Also the Chinese `第44次全体会议` and the Arabic `الجلسة العامة 88`.
fn meeting_at(text: &str, lx: &Lexicon) -> Option<String> {
    // every form opens with a digit, `第` or a meeting word in another
    // script than Latin (the Arabic `الجلسة`)
    if text.as_bytes().first().is_some_and(|&b| b.is_ascii() && !b.is_ascii_digit()) {
        return None;
    }
    if let Some(r) = text.strip_prefix('第') {
        let digits = r.chars().take_while(|c| c.is_ascii_digit()).count();
        for m in lx.meeting {
            if digits > 0 && r[digits..].starts_with(m) {
                return Some(text[..'第'.len_utf8() + digits + m.len()].to_string());
            }
        }
    }
    for m in lx.meeting {
        if let Some(r) = text.strip_prefix(m) {
            let r2 = r.trim_start_matches(' ');
            let digits = r2.chars().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 && r.len() - r2.len() <= 1 && !m.starts_with(|c: char| c.is_ascii()) {
                return Some(text[..m.len() + (r.len() - r2.len()) + digits].to_string());
            }
        }
    }
    meeting_after_number(text, lx)
}

fn meeting_after_number(text: &str, lx: &Lexicon) -> Option<String> {
    let n = ordinal_len(text)?;
    let mut rest = &text[n..];
    let mut len = n;
    // "50th (resumed) plenary meeting"
    let ws = rest.len() - rest.trim_start().len();
    rest = &rest[ws..];
    len += ws;
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        let after = &rest[close + 1..];
        let ws2 = after.len() - after.trim_start().len();
        len += close + 1 + ws2;
        rest = &after[ws2..];
    }
    for m in lx.meeting {
        if rest.len() >= m.len() && rest.is_char_boundary(m.len()) && rest[..m.len()].to_lowercase() == m.to_lowercase() {
            let end = len + m.len();
            let tail = &text[end..];
            if tail.chars().next().is_some_and(|c| c.is_alphanumeric()) {
                continue;
            }
            // "54a sesión plenaria (continuación)"
            let mut end = end;
            let t2 = tail.trim_start_matches([' ', '\u{a0}']);
            if t2.starts_with('(') {
                if let Some(c) = t2.find(')') {
                    if c < 30 && !t2[1..c].chars().any(|x| x.is_ascii_digit()) {
                        end += tail.len() - t2.len() + c + 1;
                    }
                }
            }
            return Some(text[..end].to_string());
        }
    }
    None
}

/// An adoption line: a meeting line (with or without its date), or the
/// Security Council's `Adopted by ... at its Nth meeting, on DATE`.
pub fn adoption_line(text: &str, lx: &Lexicon) -> Option<Found> {
    adoption(text, lx, true)
}

/// Whether `text` is an adoption line ([`adoption_line`] without its date
/// where the meeting decides it).
pub fn is_adoption_line(text: &str, lx: &Lexicon) -> bool {
    adoption(text, lx, false).is_some()
}

/// The adoption line in `text`; its date only `with_date` (or where the
/// line is one for its date).
fn adoption(text: &str, lx: &Lexicon, with_date: bool) -> Option<Found> {
    let date = |t: &str| if with_date { find_date(t) } else { None };
    let mut t = text.trim();
    if t.len() > 640 || t.starts_with(char::is_lowercase) {
        return None;
    }
    if crate::structure::longer_than(t, 160) {
        // a vote line in the same block (`11 October 2023` / `[Adopted
        // without a vote.]`) is not part of the adoption line
        t = match vote_at(t) {
            Some(v) if !crate::structure::longer_than(&t[..v], 160) => t[..v].trim_end(),
            _ => return None,
        };
    }
    for l in std::iter::once(lx).chain(lexicon::all().iter()) {
        if let Some(meeting) = meeting_at(t, l) {
            return Some(Found { meeting: Some(meeting), date: date(t) });
        }
    }
    for l in std::iter::once(lx).chain(lexicon::all().iter()) {
        if l.adopted.iter().any(|a| t.starts_with(a)) {
            // the meeting: an ordinal followed by a meeting word
            let mut meeting = None;
            for (i, _) in t.char_indices() {
                if t[i..].starts_with(|c: char| c.is_ascii_digit())
                    && (i == 0 || !t[..i].ends_with(|c: char| c.is_ascii_digit()))
                {
                    if let Some(m) = meeting_at(&t[i..], l) {
                        meeting = Some(m);
                        break;
                    }
                }
            }
            let date = if meeting.is_some() { date(t) } else { find_date(t) };
            if meeting.is_some() || date.is_some() {
                return Some(Found { meeting, date });
            }
            // a vote alone (`Adopted unanimously.`, `Adopted with 14
            // votes, ...`) on a short line
            if !crate::structure::longer_than(t, 160) && has_vote(t, l) {
                return Some(Found { meeting: None, date: None });
            }
        }
    }
    None
}

/// Whether one of the language's vote words is a word of `t`.
fn has_vote(t: &str, lx: &Lexicon) -> bool {
    t.split(|c: char| !c.is_alphanumeric()).any(|w| lx.votes.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// Where a vote line (`[Adopted without a vote.]`) starts in a block that
/// opens with the adoption line: a `[` within its first 200 bytes.
pub fn vote_at(text: &str) -> Option<usize> {
    // (a letter after it: not a web copy's note `[1] Official Records`)
    memchr::memchr(b'[', &text.as_bytes()[..text.len().min(200)]).filter(|&i| i > 0 && text[i + 1..].starts_with(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Lexicon {
        lexicon::get("en").unwrap()
    }

    #[test]
    fn dates_in_three_languages() {
        assert_eq!(find_date("12 March 2010").as_deref(), Some("2010-03-12"));
        assert_eq!(find_date("le 4 décembre 2023").as_deref(), Some("2023-12-04"));
        assert_eq!(find_date("1er janvier 2024").as_deref(), Some("2024-01-01"));
        assert_eq!(find_date("4 de diciembre de 2023").as_deref(), Some("2023-12-04"));
        assert_eq!(find_date("no date here 2023"), None);
    }

    #[test]
    fn meeting_lines_in_other_scripts() {
        let f = adoption_line("第44次全体会议\n2020年12月14日", lexicon::get("zh").unwrap()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("第44次全体会议"));
        assert_eq!(f.date.as_deref(), Some("2020-12-14"));
        let f = adoption_line("الجلسة العامة 88", lexicon::get("ar").unwrap()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("الجلسة العامة 88"));
        // a month of two words
        let f = adoption_line("الجلسة العامة 49\n9 كانون الأول/ديسمبر 2021", lexicon::get("ar").unwrap()).unwrap();
        assert_eq!(f.date.as_deref(), Some("2021-12-09"));
        let f = adoption_line("88-e пленарное заседание 30 июня 2021 года", lexicon::get("ru").unwrap()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("88-e пленарное заседание"));
        assert_eq!(f.date.as_deref(), Some("2021-06-30"));
        // a non-breaking hyphen and a non-breaking space, as UN files print it
        let f = adoption_line("66\u{2011}е\u{a0}пленарное заседание 18\u{a0}апреля 2023\u{a0}года", lexicon::get("ru").unwrap()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("66\u{2011}е\u{a0}пленарное заседание"));
        assert_eq!(f.date.as_deref(), Some("2023-04-18"));
    }

    #[test]
    fn meeting_lines() {
        let f = adoption_line("10th Plenary Meeting\n12 March 2010", en()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("10th Plenary Meeting"));
        assert_eq!(f.date.as_deref(), Some("2010-03-12"));
        let f = adoption_line("50th (resumed) plenary meeting 22 December 2023", en()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("50th (resumed) plenary meeting"));
        let f = adoption_line("102a sesión plenaria 4 de diciembre de 2023", lexicon::get("es").unwrap()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("102a sesión plenaria"));
        assert_eq!(f.date.as_deref(), Some("2023-12-04"));
        let f = adoption_line("49e séance plénière", lexicon::get("fr").unwrap()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("49e séance plénière"));
    }

    #[test]
    fn security_council_forms() {
        let f = adoption_line("Adopted by the Security Council at its 9245th meeting, on 12 January 2023", en()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("9245th meeting"));
        assert_eq!(f.date.as_deref(), Some("2023-01-12"));
        let f = adoption_line("Adopted unanimously at the 1382nd meeting.", en()).unwrap();
        assert_eq!(f.meeting.as_deref(), Some("1382nd meeting"));
        assert_eq!(f.date, None);
        // a vote with no meeting or date (web copies)
        let f = adoption_line("Adopted with 14 votes, while China abstained from voting.", en()).unwrap();
        assert_eq!((f.meeting, f.date), (None, None));
        assert!(adoption_line("Adopted unanimously.", en()).is_some());
        assert!(adoption_line("Adoptée à l’unanimité.", lexicon::get("fr").unwrap()).is_some());
        assert!(adoption_line("Aprobada por 13 votos contra ninguno y 2 abstenciones.", lexicon::get("es").unwrap()).is_some());
        // not without a vote word, nor in a long paragraph
        assert!(adoption_line("Adopted texts of the Conference", en()).is_none());
        let long = format!("Adopted unanimously {}", "and more words ".repeat(12));
        assert!(adoption_line(&long, en()).is_none());
    }

    #[test]
    fn is_adoption_line_as_adoption_line() {
        let lines = [
            "10th Plenary Meeting\n12 March 2010",
            "Adopted by the Security Council at its 9245th meeting, on 12 January 2023",
            "Adopted unanimously at the 1382nd meeting.",
            "Adopted on 12 January 2023",
            "Adopted by consensus",
            "第44次全体会议\n2020年12月14日",
            "الجلسة العامة 88",
            "88-e пленарное заседание 30 июня 2021 года",
            "102a sesión plenaria 4 de diciembre de 2023",
            "49e séance plénière",
            "10 Member States met",
            "Decides to convene the meeting",
            "",
        ];
        for l in lines {
            for lx in lexicon::all() {
                assert_eq!(is_adoption_line(l, lx), adoption_line(l, lx).is_some(), "{l:?} {}", lx.language);
            }
        }
    }

    #[test]
    fn a_vote_is_a_bracket_and_a_word() {
        assert_eq!(vote_at("53rd meeting 11 October 2023 [Adopted without a vote.]"), Some(29));
        // a web copy's note after the date
        assert_eq!(vote_at("782nd plenary meeting, 5 December 1958. [1] Official Records of the General Assembly"), None);
    }

    #[test]
    fn ordinary_paragraphs_are_not_adoption_lines() {
        assert!(adoption_line("10 Member States met", en()).is_none());
        assert!(adoption_line("Decides to convene the meeting", en()).is_none());
    }
}
