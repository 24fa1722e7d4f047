//! A loop for profilers (`perf record`): parses every English `.md` of the
//! corpus, concatenated as in `benches/parse.rs`, N times.
//!
//!     cargo build --release --example profile_parse
//!     perf record -g target/release/examples/profile_parse ../shared/corpus/akn md 20
//!     target/release/examples/profile_parse ../shared/corpus/akn md 20 each   # file by file
//!     target/release/examples/profile_parse ../shared/corpus/akn md 20 pulldown   # pulldown-cmark alone
//!
//! Under `valgrind --tool=callgrind` (one round) the instruction counts
//! compare the stages without the noise of a shared machine.
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map(String::as_str).unwrap_or("../shared/corpus/akn");
    let ext = args.get(2).map(String::as_str).unwrap_or("md");
    let rounds: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(20);
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let text = names
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(&format!("-en.{ext}")))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n");
    let opts = clausemark::ParseOptions::default();
    if args.get(4).is_some_and(|a| a == "pulldown") {
        // bare pulldown-cmark event iteration, as in benches/parse.rs
        let t = Instant::now();
        for _ in 0..rounds {
            let o = pulldown_cmark::Options::ENABLE_FOOTNOTES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
            std::hint::black_box(pulldown_cmark::Parser::new_ext(std::hint::black_box(&text), o).into_offset_iter().count());
        }
        println!("pulldown-cmark: {:.1} ms per pass", t.elapsed().as_secs_f64() * 1e3 / rounds as f64);
        return;
    }
    if args.get(4).is_some_and(|a| a == "each") {
        // every file on its own, as the batch CLI parses them
        let texts: Vec<String> = names
            .iter()
            .filter(|p| p.to_string_lossy().ends_with(&format!("-en.{ext}")))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        let t = Instant::now();
        for _ in 0..rounds {
            for text in &texts {
                std::hint::black_box(clausemark::parse(std::hint::black_box(text), &opts));
            }
        }
        let s = t.elapsed().as_secs_f64() / rounds as f64;
        println!("{} files one by one: {:.1} ms per round", texts.len(), s * 1e3);
        return;
    }
    let t = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(clausemark::parse(std::hint::black_box(&text), &opts));
    }
    let s = t.elapsed().as_secs_f64() / rounds as f64;
    println!("{} bytes: {:.1} ms per parse, {:.1} MiB/s", text.len(), s * 1e3, text.len() as f64 / s / 1048576.0);
    // the stages, best of the rounds each
    let best = |f: &mut dyn FnMut()| {
        (0..rounds)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1e3
            })
            .fold(f64::MAX, f64::min)
    };
    let md = ext == "md";
    let read = |text: &str| if md { clausemark::read::markdown::read(text) } else { clausemark::read::plain::read(text) };
    let r = best(&mut || {
        std::hint::black_box(read(&text));
    });
    let c = best(&mut || {
        std::hint::black_box(clausemark::structure::classify(read(&text), "en", md));
    });
    let doc = clausemark::parse(&text, &opts);
    let f = best(&mut || {
        std::hint::black_box(clausemark::references::find_with_input(&doc, &text));
    });
    let p = best(&mut || {
        std::hint::black_box(clausemark::parse(&text, &opts));
    });
    println!("best: read {r:.1} ms, read+classify {c:.1} ms, parse {p:.1} ms, of which references {f:.1} ms");
}
