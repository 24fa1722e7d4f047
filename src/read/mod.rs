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
        let t = line.trim_start();
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
