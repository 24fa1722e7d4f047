//! Readers: any input into normalized blocks.

pub mod akn;
pub mod markdown;
pub mod plain;

use crate::model::InputKind;

/// Guess whether `input` is Markdown (converter output) or plain text (PDF
/// text layer, OCR, web copy), from the markup it carries.
pub fn detect(input: &str) -> InputKind {
    let mut score = 0i32;
    for line in input.lines().take(400) {
        let t = without_star_markers(line.trim_start());
        let t = t.as_ref();
        if t.starts_with("## ") || t.starts_with("# ") || t.starts_with("### ") {
            score += 3;
        }
        if t.contains("<sup>") || t.contains("[^") {
            score += 2;
        }
        if t.starts_with('*') && t[1..].contains('*') || t.contains(". *") || t.starts_with("**") {
            score += 1;
        }
        // `_Recalling_`, `1. _Decides_` (not a rule of underscores)
        let underscore = |x: &str| x.starts_with('_') && x[1..].starts_with(char::is_alphanumeric) && x[1..].contains('_');
        let numbered = t.starts_with(|c: char| c.is_ascii_digit()) && t.split_once(". ").is_some_and(|(n, rest)| n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()) && underscore(rest));
        if underscore(t) || numbered {
            score += 1;
        }
        if t == "---" {
            score += 1;
        }
        // the score only grows
        if score >= 3 {
            break;
        }
    }
    if score >= 3 {
        InputKind::Markdown
    } else {
        InputKind::Text
    }
}

/// `t` without the note markers of older web copies (`Drugs*/`, `**/ The
/// Commission's ...`, `***/`), whose stars are not emphasis.
fn without_star_markers(t: &str) -> std::borrow::Cow<'_, str> {
    if !t.contains("*/") {
        return t.into();
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(at) = rest.find("*/") {
        let stars = rest[..at].trim_end_matches('*');
        out.push_str(stars);
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_markers_of_web_copies_are_not_emphasis() {
        // ECOSOC resolutions as UNODC's web pages give them: three notes
        // with `*/`, `**/`, `***/` markers at the end (read as Markdown
        // before: three lines opening with stars).
        let text = "The Economic and Social Council,\n\n1. Decides that the Commission should consider,**/ at its session, whether to meet;***/\n\n\
                    1896th plenary meeting,\n15 May 1974.\n\n*/ Adopted as recommended, with the amendments in footnotes **/ and ***/.\n\n\
                    **/ The recommendation had suggested a final decision.\n\n***/ In two additional paragraphs the Commission recommended a time.\n";
        assert_eq!(detect(text), InputKind::Text);
        assert_eq!(without_star_markers("**/ The *Commission* ***/"), " The *Commission* ");
        // Markdown emphasis still counts.
        assert_eq!(detect("## Resolution 1/2\n\n*The General Assembly,*\n\n*Recalling* its work,\n"), InputKind::Markdown);
    }
}
