//! Timing loop for `npm run bench` (scripts/bench.mjs): the native side of
//! the WASM/native comparison.
//!
//!     cargo run --release --example native_timing -- FILE...
//!
//! Prints one JSON line per file: median milliseconds of `parse` alone and
//! of `parse` plus serialization to JSON (the work the WASM `parse()` does:
//! parse, then build the JavaScript objects).
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn time(mut f: impl FnMut()) -> f64 {
    for _ in 0..3 {
        f();
    }
    let mut runs = Vec::new();
    let start = Instant::now();
    while runs.len() < 5 || (start.elapsed().as_secs_f64() < 1.0 && runs.len() < 1000) {
        let t = Instant::now();
        f();
        runs.push(t.elapsed().as_secs_f64() * 1e3);
    }
    median(runs)
}

fn main() {
    let opts = clausemark::ParseOptions::default();
    for f in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{f}: {e}"));
        let parse = time(|| {
            std::hint::black_box(clausemark::parse(std::hint::black_box(&text), &opts));
        });
        let parse_json = time(|| {
            let doc = clausemark::parse(std::hint::black_box(&text), &opts);
            std::hint::black_box(serde_json::to_string(&doc).unwrap());
        });
        println!(
            "{}",
            serde_json::json!({ "file": f, "bytes": text.len(), "parse_ms": parse, "parse_json_ms": parse_json })
        );
    }
}
