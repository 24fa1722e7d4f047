//! The command line: output, exit status and every error path.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_clausemark"))
}

fn seed() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parser/cnd-53-8.md").to_string_lossy().into()
}

fn run(args: &[&str]) -> (i32, String, String) {
    let o = bin().args(args).output().unwrap();
    (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stdout).into(), String::from_utf8_lossy(&o.stderr).into())
}

fn tmp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("clausemark-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn parses_the_seed_to_json() {
    let (code, out, _) = run(&["parse", "--format", "json", &seed()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "clausemark/1");
    assert_eq!(v["operative"].as_array().unwrap().len(), 9);
    assert_eq!(v["meta"]["number"], "53/8");
}

#[test]
fn text_outline() {
    let (code, out, _) = run(&["parse", "--format", "text", &seed()]);
    assert_eq!(code, 0);
    assert!(out.contains("Resolution 53/8"), "{out}");
    assert!(out.contains("Operative (9)"), "{out}");
    assert!(out.contains("#para_4"), "{out}");
}

#[test]
fn reads_standard_input() {
    let mut child = bin().args(["parse", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(std::fs::read(seed()).unwrap().as_slice()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["preamble"].as_array().unwrap().len(), 11);
}

#[test]
fn forced_input_kind() {
    // Read as plain text, the Markdown seed keeps its markup in the text.
    let (code, out, _) = run(&["parse", "--input", "text", &seed()]);
    assert_eq!(code, 0);
    assert!(out.contains("<sup>"), "plain-text reading should not interpret <sup>");
    let (code, _, err) = run(&["parse", "--input", "pdf", &seed()]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown input format 'pdf'"), "{err}");
}

#[test]
fn missing_file() {
    let (code, out, err) = run(&["parse", "/nonexistent/x.md"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("/nonexistent/x.md: no such file"), "{err}");
}

#[test]
fn a_directory_is_not_a_file() {
    let d = tmp("dir");
    let (code, _, err) = run(&["parse", d.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let d = tmp("utf8");
    let f = d.join("bad.txt");
    std::fs::write(&f, b"The General Assembly,\n\nRecalling \xff\xfe it,\n").unwrap();
    let (code, _, err) = run(&["parse", f.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("not valid UTF-8 at byte offset 33"), "{err}");
}

#[test]
fn empty_input() {
    let d = tmp("empty");
    let f = d.join("empty.md");
    std::fs::write(&f, "  \n\n").unwrap();
    let (code, _, err) = run(&["parse", f.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("the input is empty"), "{err}");
}

#[test]
fn not_a_resolution_exits_1_and_still_prints() {
    let d = tmp("notres");
    let f = d.join("recipe.md");
    std::fs::write(&f, "# Pancakes\n\nMix flour and milk. Fry.\n").unwrap();
    let (code, out, err) = run(&["parse", f.to_str().unwrap()]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["diagnostics"].as_array().unwrap().iter().any(|d| d["code"] == "not-a-resolution"));
    assert!(err.contains("not readable as a resolution"), "{err}");
}

#[test]
fn usage_errors() {
    for (args, msg) in [
        (vec![], "no command given"),
        (vec!["render"], "unknown command 'render'"),
        (vec!["parse"], "no input file given"),
        (vec!["parse", "--format"], "--format needs a value"),
        (vec!["parse", "--format", "yaml", "x"], "unknown format 'yaml'"),
        (vec!["parse", "--language", "xx", "x"], "unknown language 'xx'"),
        (vec!["parse", "--bogus", "x"], "unknown option '--bogus'"),
        (vec!["parse", "a", "b"], "several inputs need --out-dir"),
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(msg), "{args:?}: {err}");
        assert!(err.contains("usage:"), "{args:?}: {err}");
    }
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--out-dir"));
}

#[test]
fn batch_mode_writes_one_file_per_input_and_summarizes() {
    let src = tmp("batch-in");
    let out = tmp("batch-out");
    std::fs::copy(seed(), src.join("a.md")).unwrap();
    std::fs::write(src.join("b.txt"), "The General Assembly,\n\n1. Decides to act.\n").unwrap();
    std::fs::write(src.join("c.txt"), "just words\n").unwrap();
    std::fs::write(src.join("skip.json"), "{}").unwrap();
    let (code, _, err) = run(&["parse", "--out-dir", out.to_str().unwrap(), src.to_str().unwrap()]);
    // c.txt is not a resolution: reported, and the run exits 1.
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("3 files, 1 failed"), "{err}");
    assert!(err.contains("MB/s"), "{err}");
    assert!(err.contains("c.txt: not readable as a resolution"), "{err}");
    for name in ["a.md.json", "b.txt.json", "c.txt.json"] {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join(name)).unwrap()).unwrap();
        assert_eq!(v["schema"], "clausemark/1", "{name}");
    }
    assert!(!out.join("skip.json.json").exists());
    let (code, _, err) = run(&["parse", "--out-dir", out.to_str().unwrap(), "/nonexistent"]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file or directory"), "{err}");
}
