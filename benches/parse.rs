//! Throughput of the parser against bare pulldown-cmark on the same bytes.
//!
//!     cargo bench --bench parse
//!
//! Input: every English Markdown rendition of the shared corpus
//! (`$CLAUSEMARK_CORPUS`, default `../shared/corpus`) concatenated, plus the
//! English plain-text renditions for the text reader. Falls back to the
//! fixtures in `tests/fixtures` when the corpus is not there.

use std::path::{Path, PathBuf};

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn corpus_files(ext: &str) -> Vec<PathBuf> {
    let root = std::env::var("CLAUSEMARK_CORPUS").unwrap_or_else(|_| "../shared/corpus".into());
    let akn = Path::new(&root).join("akn");
    let dir = if akn.is_dir() { akn } else { PathBuf::from("tests/fixtures") };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("no corpus and no tests/fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            name.ends_with(&format!("-en.{ext}")) || dir.ends_with("fixtures") && name.ends_with(&format!(".{ext}"))
        })
        .collect();
    files.sort();
    files
}

fn concat(ext: &str) -> String {
    corpus_files(ext).iter().map(|p| std::fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n\n")
}

fn bench(c: &mut Criterion) {
    let md = concat("md");
    let txt = concat("txt");
    let mut g = c.benchmark_group("english-markdown");
    g.throughput(Throughput::Bytes(md.len() as u64));
    g.sample_size(10);
    g.bench_function("pulldown-cmark events", |b| {
        b.iter(|| {
            let opts = pulldown_cmark::Options::ENABLE_FOOTNOTES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
            let n = pulldown_cmark::Parser::new_ext(black_box(&md), opts).into_offset_iter().count();
            black_box(n)
        })
    });
    g.bench_function("clausemark parse", |b| {
        b.iter(|| black_box(clausemark::parse(black_box(&md), &Default::default())))
    });
    g.finish();
    let mut g = c.benchmark_group("english-text");
    g.throughput(Throughput::Bytes(txt.len() as u64));
    g.sample_size(10);
    g.bench_function("clausemark parse", |b| {
        b.iter(|| black_box(clausemark::parse(black_box(&txt), &Default::default())))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
