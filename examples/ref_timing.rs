//! The cost of the references stage against the whole parse, in process:
//!
//!     cargo run --release --example ref_timing -- ../shared/corpus/akn
//!
//! Parses every `.md` and `.txt` under the given folders (the parse includes
//! the references stage), then runs the stage alone on the parsed models,
//! and prints the best of 5 rounds of each, and the parse time without the
//! stage (the difference).
use std::time::Instant;

fn main() {
    let mut inputs = Vec::new();
    for dir in std::env::args().skip(1) {
        let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        for p in names {
            if p.extension().is_some_and(|e| e == "md" || e == "txt") {
                inputs.push(std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let opts = clausemark::ParseOptions::default();
    let docs: Vec<_> = inputs.iter().map(|t| clausemark::parse(t, &opts)).collect();
    let refs: usize = docs.iter().map(|d| d.references.len()).sum();
    let mut best_parse = f64::MAX;
    let mut best_stage = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        for text in &inputs {
            std::hint::black_box(clausemark::parse(std::hint::black_box(text), &opts));
        }
        best_parse = best_parse.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for (doc, text) in docs.iter().zip(&inputs) {
            std::hint::black_box(clausemark::references::find_with_input(std::hint::black_box(doc), text));
        }
        best_stage = best_stage.min(t.elapsed().as_secs_f64());
    }
    let without = best_parse - best_stage;
    println!(
        "{} files, {} references: parse {:.1} ms (references stage {:.1} ms), parse without the stage {:.1} ms: +{:.1} %",
        inputs.len(),
        refs,
        best_parse * 1e3,
        best_stage * 1e3,
        without * 1e3,
        100.0 * best_stage / without
    );
}
