//! Whole-corpus accuracy, scored by the shared scorer
//! (`shared/tools/score.py`) exactly as the README reports it. Fails when
//! accuracy drops below the floors measured when they were set.
//!
//! The corpus is read from `$CLAUSEMARK_CORPUS` (default `../shared/corpus`);
//! CI has it. Without it the test fails and says so: a missing corpus is not
//! a pass.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

struct Row {
    files: usize,
    exact: f64,
    para_f1: f64,
    item_f1: f64,
    fn_f1: f64,
    meta: f64,
}

fn corpus() -> PathBuf {
    let dir = std::env::var("CLAUSEMARK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    assert!(
        dir.join("akn").is_dir(),
        "the shared corpus is not at {} (set CLAUSEMARK_CORPUS to the folder holding akn/, real/, seed/)",
        dir.display()
    );
    dir
}

fn score() -> HashMap<String, Row> {
    let dir = corpus();
    let scorer = dir.join("../tools/score.py");
    assert!(scorer.is_file(), "the scorer is not at {}", scorer.display());
    let bin = env!("CARGO_BIN_EXE_clausemark");
    let out = Command::new("python3")
        .arg(&scorer)
        .arg("--quiet")
        .arg("--cmd")
        .arg(format!("{bin} parse --format json {{file}}"))
        .arg(&dir)
        .output()
        .expect("python3 is needed to run the scorer");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "scorer failed: {}\n{text}", String::from_utf8_lossy(&out.stderr));
    println!("{text}");
    let mut rows = HashMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() == 11 && f[1].parse::<usize>().is_ok() {
            let n = |i: usize| f[i].parse::<f64>().unwrap();
            rows.insert(
                f[0].to_string(),
                Row { files: f[1].parse().unwrap(), exact: n(2), para_f1: n(3), item_f1: n(6), fn_f1: n(7), meta: n(8) },
            );
            assert_eq!(f[10], "0", "{}: runs failed", f[0]);
        }
    }
    rows
}

#[test]
fn accuracy_does_not_drop() {
    let rows = score();
    // group, files, exact % floor, paragraph F1 floor
    let floors: &[(&str, usize, f64, f64)] = &[
        ("seed-en", 1, 100.0, 1.0),
        ("md-en", 200, 99.0, 0.999),
        ("md-fr", 40, 97.5, 0.999),
        ("md-es", 30, 96.5, 0.999),
        ("txt-en", 200, 81.0, 0.985),
        // (The lead grammar of lexicon/*.toml costs Security Council
        // paragraphs here, typeset shorter than their siblings (feelings;
        // `Further expresses its intent`), one `Reiterates its acceptance
        // of, and appreciation for` typeset as the verb alone, and two
        // Assembly paragraphs typeset `Reaffirming` / `Further reaffirms`
        // before their objects (17 of 20 take them), and gains on phrases no
        // list holds: scripts/lexicon_holdout.py.)
        ("txt-fr", 40, 84.5, 0.988),
        ("txt-es", 30, 96.5, 0.998),
        ("real-en", 8, 75.0, 0.945),
        // 10 files each: one file is 10 points.
        ("md-ar", 10, 95.0, 0.999),
        ("md-ru", 10, 95.0, 0.999),
        ("md-zh", 10, 95.0, 0.999),
        ("txt-ar", 10, 85.0, 0.996),
        ("txt-ru", 10, 95.0, 0.999),
        ("txt-zh", 10, 75.0, 0.992),
        ("all", 609, 91.5, 0.993),
    ];
    let mut low = Vec::new();
    for &(g, files, exact, para) in floors {
        let r = rows.get(g).unwrap_or_else(|| panic!("no row {g} in the scorer's table"));
        assert_eq!(r.files, files, "{g}: the corpus changed size");
        if r.exact < exact {
            low.push(format!("{g}: exact {:.1}% < {exact}%", r.exact));
        }
        if r.para_f1 < para {
            low.push(format!("{g}: paragraph F1 {:.3} < {para}", r.para_f1));
        }
    }
    let all = &rows["all"];
    if all.fn_f1 < 0.995 {
        low.push(format!("all: footnote F1 {:.3} < 0.995", all.fn_f1));
    }
    if all.item_f1 < 0.97 {
        low.push(format!("all: item F1 {:.3} < 0.97", all.item_f1));
    }
    if rows["md-en"].meta < 1.0 || rows["txt-en"].meta < 0.999 {
        low.push("English meta fields below 1.0".into());
    }
    assert!(low.is_empty(), "accuracy dropped:\n{}", low.join("\n"));
}

/// "Every count right on the real/ files": preambular and operative
/// paragraphs, items and footnotes of each real text.
#[test]
fn every_count_is_right_on_the_real_files() {
    let dir = corpus().join("real");
    let mut checked = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let input = std::fs::read_to_string(&p).unwrap();
        let exp_path = p.with_extension("expected.json");
        let exp: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(exp_path).unwrap()).unwrap();
        let doc = clausemark::parse(&input, &Default::default());
        fn items(ps: &[serde_json::Value]) -> usize {
            ps.iter().map(|p| p["items"].as_array().map_or(0, |a| a.len() + items(a))).sum()
        }
        fn model_items(ps: &[clausemark::model::Paragraph]) -> usize {
            ps.iter().map(|p| p.items.len() + model_items(&p.items)).sum()
        }
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let e_pre = exp["preamble"].as_array().unwrap();
        let e_op = exp["operative"].as_array().unwrap();
        assert_eq!(doc.preamble.len(), e_pre.len(), "{name}: preamble");
        assert_eq!(doc.operative.len(), e_op.len(), "{name}: operative");
        assert_eq!(model_items(&doc.preamble) + model_items(&doc.operative), items(e_pre) + items(e_op), "{name}: items");
        assert_eq!(doc.footnotes.len(), exp["footnotes"].as_array().unwrap().len(), "{name}: footnotes");
        assert_eq!(doc.annexes.len(), exp["annexes"].as_array().unwrap().len(), "{name}: annexes");
        checked += 1;
    }
    assert_eq!(checked, 8, "expected the 8 real texts");
}

/// Every annex of the corpus, from both renditions: its own title (the
/// heading under `Annex`) and its text as the expected files have them
/// (white space collapsed), and a label where the rendition prints one.
#[test]
fn annexes_match_title_and_text() {
    let dir = corpus().join("akn");
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut checked = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let Some(stem) = p.file_name().unwrap().to_str().unwrap().strip_suffix(".expected.json").map(str::to_string) else { continue };
        let exp: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let annexes = exp["annexes"].as_array().unwrap();
        if annexes.is_empty() {
            continue;
        }
        for ext in ["md", "txt"] {
            let input = std::fs::read_to_string(dir.join(format!("{stem}.{ext}"))).unwrap();
            let doc = clausemark::parse(&input, &Default::default());
            assert_eq!(doc.annexes.len(), annexes.len(), "{stem}.{ext}: annexes");
            for (a, x) in doc.annexes.iter().zip(annexes) {
                assert_eq!(collapse(&a.title), collapse(x["title"].as_str().unwrap_or("")), "{stem}.{ext}: title");
                assert_eq!(collapse(&a.text), collapse(x["text"].as_str().unwrap()), "{stem}.{ext}: text");
                assert!(a.label.is_some(), "{stem}.{ext}: the rendition prints a label");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 14, "7 corpus resolutions with an annex, 2 renditions each");
}
