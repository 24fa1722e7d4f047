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
        if t == "---" {
            score += 1;
        }
    }
    if score >= 3 {
        InputKind::Markdown
    } else {
        InputKind::Text
    }
}
