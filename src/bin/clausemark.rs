//! The `clausemark` command: a thin shell over the library.
//!
//!     clausemark parse [--format json|text|akn|html] [--standalone] [--input auto|markdown|text|akn] [--language xx] FILE|-
//!     clausemark parse --format json --out-dir OUT FILE|DIR...
//!
//! Exit status: 0 parsed; 1 the input does not read as a resolution (the
//! model is still printed); 2 usage or I/O error.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use clausemark::model::{Document, Paragraph};
use clausemark::{parse, InputFormat, ParseOptions};

const USAGE: &str = "usage: clausemark parse [--format json|text|akn|html] [--standalone] [--input auto|markdown|text|akn] [--language CODE] FILE|-
       clausemark parse [--format json|text|akn|html] --out-dir DIR FILE|DIR...

Reads a resolution (Markdown from PDF converters, PDF text layers, OCR, web
copies) and prints its structure. `-` reads standard input.

options:
  --format json|text|akn|html
                       json: the model (default); text: a readable outline;
                       akn: Akoma Ntoso 3.0 XML (AKN4UN); html: an HTML fragment
  --standalone         with --format html: a complete page with styles
  --input KIND         auto (default), markdown, text or akn (Akoma Ntoso XML)
  --language CODE      en, fr, es, ... (default: detected)
  --out-dir DIR        batch mode: write DIR/NAME.json for every input file
                       (directories are searched for .md and .txt files)
  -h, --help           this help
  -V, --version        the version

exit status: 0 parsed, 1 not readable as a resolution, 2 usage or I/O error";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
    Akn,
    Html,
}

struct Args {
    format: Format,
    standalone: bool,
    options: ParseOptions,
    out_dir: Option<PathBuf>,
    inputs: Vec<String>,
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("clausemark: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn parse_args(argv: &[String]) -> Result<Args, String> {
    let mut it = argv.iter();
    match it.next().map(String::as_str) {
        Some("parse") => {}
        Some(other) => return Err(format!("unknown command '{other}' (the command is 'parse')")),
        None => return Err("no command given".into()),
    }
    let mut a = Args { format: Format::Json, standalone: false, options: ParseOptions::default(), out_dir: None, inputs: Vec::new() };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--format" | "-f" => {
                a.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "akn" | "xml" => Format::Akn,
                    "html" => Format::Html,
                    other => return Err(format!("unknown format '{other}' (expected json, text, akn or html)")),
                }
            }
            "--input" | "-i" => a.options.input = value("--input")?.parse::<InputFormat>()?,
            "--language" | "-l" => {
                let l = value("--language")?;
                if clausemark::lexicon::get(&l).is_none() {
                    let known: Vec<&str> = clausemark::lexicon::all().iter().map(|x| x.language).collect();
                    return Err(format!("unknown language '{l}' (known: {})", known.join(", ")));
                }
                a.options.language = Some(l);
            }
            "--standalone" => a.standalone = true,
            "--out-dir" | "-o" => a.out_dir = Some(PathBuf::from(value("--out-dir")?)),
            "-" => a.inputs.push("-".into()),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            s => a.inputs.push(s.to_string()),
        }
    }
    if a.inputs.is_empty() {
        return Err("no input file given (use - for standard input)".into());
    }
    if a.out_dir.is_none() && a.inputs.len() > 1 {
        return Err("several inputs need --out-dir DIR".into());
    }
    Ok(a)
}

/// Read a file (or stdin) as UTF-8, with a message that says what was wrong.
fn read_input(name: &str) -> Result<String, String> {
    let bytes = if name == "-" {
        let mut v = Vec::new();
        std::io::stdin().read_to_end(&mut v).map_err(|e| format!("standard input: {e}"))?;
        v
    } else {
        let p = Path::new(name);
        if p.is_dir() {
            return Err(format!("{name}: is a directory (give a file, or use --out-dir for batch mode)"));
        }
        std::fs::read(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("{name}: no such file"),
            std::io::ErrorKind::PermissionDenied => format!("{name}: permission denied"),
            _ => format!("{name}: {e}"),
        })?
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{name}: not valid UTF-8 at byte offset {at}")
    })?;
    if text.trim().is_empty() {
        return Err(format!("{name}: the input is empty"));
    }
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

fn render(doc: &Document, format: Format, standalone: bool) -> String {
    match format {
        Format::Akn => clausemark::output::to_akoma_ntoso(doc),
        Format::Html => clausemark::output::to_html(doc, standalone),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(doc).expect("the model always serializes");
            s.push('\n');
            s
        }
        Format::Text => outline(doc),
    }
}

fn outline(doc: &Document) -> String {
    let mut o = String::new();
    let m = &doc.meta;
    let or = |x: &Option<String>| x.clone().unwrap_or_else(|| "-".into());
    o += &format!("Resolution {} ({})\n", or(&m.number), or(&m.symbol));
    o += &format!("Title:    {}\n", or(&m.title));
    o += &format!("Body:     {}  [{}]\n", or(&m.body), m.language);
    o += &format!("Formula:  {}\n", or(&doc.formula));
    fn para(o: &mut String, p: &Paragraph, depth: usize) {
        let pad = "  ".repeat(depth + 1);
        let num = p.num.clone().unwrap_or_default();
        let lead = p.lead.clone().map(|l| format!("[{l}] ")).unwrap_or_default();
        let mut text: String = p.text.chars().take(90).collect();
        if p.text.chars().count() > 90 {
            text.push('…');
        }
        let notes = if p.footnotes.is_empty() { String::new() } else { format!("  (notes {})", p.footnotes.join(", ")) };
        *o += &format!("{pad}{num}{}{lead}{text}{notes}   #{}\n", if num.is_empty() { "" } else { " " }, p.id);
        for it in &p.items {
            para(o, it, depth + 1);
        }
    }
    o += &format!("\nPreamble ({})\n", doc.preamble.len());
    for p in &doc.preamble {
        para(&mut o, p, 0);
    }
    o += &format!("\nOperative ({})\n", doc.operative.len());
    let mut section: Option<&Option<String>> = None;
    for p in &doc.operative {
        if let Some(s) = &p.section {
            if section != Some(s) {
                if let Some(t) = s {
                    o += &format!("  == {t} ==\n");
                }
                section = Some(s);
            }
        }
        para(&mut o, p, 0);
    }
    if let Some(a) = &m.adoption {
        o += &format!("\nAdopted:  {} {}\n", or(&a.meeting), or(&a.date));
        if let Some(v) = &a.vote {
            o += &format!("Vote:     {v}\n");
        }
    }
    o += &format!("\nFootnotes ({})\n", doc.footnotes.len());
    for f in &doc.footnotes {
        o += &format!("  {} {}\n", f.marker, f.text);
    }
    if !doc.annexes.is_empty() {
        o += &format!("\nAnnexes ({})\n", doc.annexes.len());
        for a in &doc.annexes {
            o += &format!("  {} ({} characters)\n", if a.title.is_empty() { "(untitled)" } else { &a.title }, a.text.chars().count());
        }
    }
    if !doc.diagnostics.is_empty() {
        o += &format!("\nDiagnostics ({})\n", doc.diagnostics.len());
        for d in &doc.diagnostics {
            o += &format!("  {}:{} {:?} {}: {}\n", d.line, d.column, d.severity, d.code, d.message);
        }
    }
    o
}

fn single(a: &Args) -> ExitCode {
    let name = &a.inputs[0];
    let text = match read_input(name) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("clausemark: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = parse(&text, &a.options);
    let out = render(&doc, a.format, a.standalone);
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush()).is_err() {
        return ExitCode::from(2);
    }
    if doc.looks_like_resolution() {
        ExitCode::SUCCESS
    } else {
        eprintln!("clausemark: {name}: not readable as a resolution (no enacting formula and no operative paragraphs)");
        ExitCode::from(1)
    }
}

/// Every .md/.txt file under the inputs, sorted.
fn collect(inputs: &[String]) -> Result<Vec<PathBuf>, String> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let rd = std::fs::read_dir(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            if e.is_dir() {
                walk(&e, out)?;
            } else if e.extension().is_some_and(|x| x == "md" || x == "txt") {
                out.push(e);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for i in inputs {
        let p = Path::new(i);
        if p.is_dir() {
            walk(p, &mut out)?;
        } else if p.exists() {
            out.push(p.to_path_buf());
        } else {
            return Err(format!("{i}: no such file or directory"));
        }
    }
    Ok(out)
}

fn batch(a: &Args, out_dir: &Path) -> ExitCode {
    let files = match collect(&a.inputs) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("clausemark: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(out_dir) {
        eprintln!("clausemark: {}: cannot create the output directory: {e}", out_dir.display());
        return ExitCode::from(2);
    }
    let ext = match a.format {
        Format::Json => "json",
        Format::Text => "txt",
        Format::Akn => "akn.xml",
        Format::Html => "html",
    };
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let bytes = AtomicUsize::new(0);
    let failures: Mutex<Vec<(PathBuf, String)>> = Mutex::new(Vec::new());
    let bar = if std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed} elapsed, eta {eta} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(f) = files.get(i) else { break };
                let name = f.to_string_lossy().to_string();
                let result = read_input(&name).and_then(|text| {
                    bytes.fetch_add(text.len(), Ordering::Relaxed);
                    let doc = parse(&text, &a.options);
                    // NAME.md and NAME.txt both exist in corpora: keep the extension apart.
                    let stem = f.file_name().unwrap_or_default().to_string_lossy().to_string();
                    let target = out_dir.join(format!("{stem}.{ext}"));
                    std::fs::write(&target, render(&doc, a.format, a.standalone)).map_err(|e| format!("{}: {e}", target.display()))?;
                    if doc.looks_like_resolution() {
                        Ok(())
                    } else {
                        Err("not readable as a resolution".to_string())
                    }
                });
                if let Err(e) = result {
                    failures.lock().unwrap().push((f.clone(), e));
                }
                if let Some(b) = &bar {
                    b.inc(1);
                }
            });
        }
    });
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    let mb = bytes.load(Ordering::Relaxed) as f64 / 1e6;
    let failures = failures.into_inner().unwrap();
    eprintln!(
        "clausemark: {} files, {} failed, {:.2} s, {:.1} MB at {:.1} MB/s, output in {}",
        files.len(),
        failures.len(),
        secs,
        mb,
        if secs > 0.0 { mb / secs } else { 0.0 },
        out_dir.display()
    );
    for (f, e) in &failures {
        eprintln!("  failed: {}: {e}", f.display());
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if argv.iter().any(|a| a == "-V" || a == "--version") {
        println!("clausemark {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let a = match parse_args(&argv) {
        Ok(a) => a,
        Err(e) => return usage_error(&e),
    };
    match &a.out_dir {
        Some(d) => batch(&a, &d.clone()),
        None => single(&a),
    }
}
