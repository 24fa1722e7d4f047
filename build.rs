//! Compiles the lexicon files (`lexicon/*.toml`) into static tables, so the
//! parser (native and WASM) carries its phrase lists without parsing TOML at
//! run time.

use std::{env, fmt::Write as _, fs, path::Path};

#[derive(serde::Deserialize)]
struct Lexicon {
    language: String,
    #[serde(default)]
    formula_articles: Vec<String>,
    #[serde(default)]
    months: Vec<String>,
    #[serde(default)]
    meeting: Vec<String>,
    #[serde(default)]
    annex: Vec<String>,
    #[serde(default)]
    resolution_word: Vec<String>,
    #[serde(default)]
    adopted: Vec<String>,
    #[serde(default)]
    preamble: Vec<String>,
    #[serde(default)]
    operative: Vec<String>,
    #[serde(default)]
    classes: std::collections::BTreeMap<String, Vec<String>>,
}

/// A list as one string, an item a line: one pointer per list in the
/// binary instead of one per item (the WASM package is smaller by that
/// much); `lexicon.rs` splits it once, at the first use.
fn lines(path: &Path, items: &[String]) -> String {
    for s in items {
        assert!(!s.is_empty() && !s.contains(['\n', '\t']), "{}: empty item or one with a newline or tab: {s:?}", path.display());
    }
    format!("{:?}", items.join("\n"))
}

fn main() {
    let dir = Path::new("lexicon");
    println!("cargo:rerun-if-changed=lexicon");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("lexicon/ is missing")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| !p.ends_with("instruments.toml"))
        .collect();
    files.sort();
    let mut out = String::from("static RAW: &[RawLexicon] = &[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap();
        let lx: Lexicon = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut pre = lx.preamble.clone();
        let mut op = lx.operative.clone();
        // Longest first, so the first match is the longest.
        pre.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        pre.dedup();
        op.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        op.dedup();
        // The order of `lexicon::LISTS`.
        let lists = [&lx.formula_articles, &lx.months, &lx.meeting, &lx.annex, &lx.resolution_word, &lx.adopted, &pre, &op];
        let lists: Vec<String> = lists.iter().map(|l| lines(&path, l)).collect();
        // A class a line: the class, then its verbs, tab-separated.
        let classes: Vec<String> = lx
            .classes
            .iter()
            .map(|(class, verbs)| {
                lines(&path, std::slice::from_ref(class));
                lines(&path, verbs);
                std::iter::once(class.as_str()).chain(verbs.iter().map(String::as_str)).collect::<Vec<_>>().join("\t")
            })
            .collect();
        writeln!(
            out,
            "  RawLexicon {{ language: {:?}, lists: [{}], classes: {:?} }},",
            lx.language,
            lists.join(", "),
            classes.join("\n")
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("lexicon_data.rs");
    fs::write(dest, out).unwrap();
    instruments(&dir.join("instruments.toml"));
}

/// `lexicon/instruments.toml` (named treaties and declarations) into
/// `INSTRUMENTS`, for the references stage.
#[derive(serde::Deserialize)]
struct Instruments {
    instrument: Vec<Instrument>,
}

#[derive(serde::Deserialize)]
struct Instrument {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    year: Option<u32>,
    volume: Option<String>,
    number: Option<String>,
    symbol: Option<String>,
}

fn instruments(path: &Path) {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap();
    let list: Instruments = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = String::from("pub static INSTRUMENTS: &[Instrument] = &[\n");
    for i in &list.instrument {
        let mut forms = vec![i.name.clone()];
        forms.extend(i.aliases.iter().cloned());
        let curly: Vec<String> = forms.iter().filter(|f| f.contains('\'')).map(|f| f.replace('\'', "\u{2019}")).collect();
        forms.extend(curly);
        writeln!(
            out,
            "  Instrument {{ name: {:?}, forms: &{:?}, year: {:?}, volume: {:?}, number: {:?}, symbol: {:?} }},",
            i.name, forms, i.year, i.volume, i.number, i.symbol
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("instruments_data.rs");
    fs::write(dest, out).unwrap();
}
