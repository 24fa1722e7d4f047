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
    /// Words of a vote that make an `adopted` line an adoption line with
    /// no meeting or date (`Adopted unanimously.`).
    #[serde(default)]
    votes: Vec<String>,
    /// Page numbers in running footers: the word before the number and the
    /// word between it and the page count (`Page 2 of 6`).
    #[serde(default)]
    page: Vec<String>,
    #[serde(default)]
    page_of: Vec<String>,
    #[serde(default)]
    preamble: Vec<String>,
    #[serde(default)]
    operative: Vec<String>,
    /// Words that open a lead before its verb (`وإذ`, `вновь`).
    #[serde(default)]
    lead_openers: Vec<String>,
    /// Words that continue a lead after its verb (`أيضا`, `также`).
    #[serde(default)]
    lead_continuations: Vec<String>,
    /// Words that continue a guessed lead only (`also`, `également`).
    #[serde(default)]
    guess_continuations: Vec<String>,
    /// Words that continue a preambular lead, listed or guessed (`also`).
    #[serde(default)]
    preamble_continuations: Vec<String>,
    /// Words that continue an operative lead (`in the strongest terms`).
    #[serde(default)]
    operative_continuations: Vec<String>,
    /// The lead grammar of feelings: `with` (links) + up to two words + a
    /// feeling (`Noting with grave concern`); after a feeling verb, an
    /// optional determiner instead of the link (`Expresses its appreciation`).
    #[serde(default)]
    feeling_links: Vec<String>,
    #[serde(default)]
    feelings: Vec<String>,
    #[serde(default)]
    feeling_verbs: Vec<String>,
    #[serde(default)]
    feeling_determiners: Vec<String>,
    /// Conjunctions that join two listed leads (`Welcomes and encourages`).
    #[serde(default)]
    lead_conjunctions: Vec<String>,
    /// Verbs whose object (a determiner and the words up to a break word)
    /// belongs to the lead (`Reiterates its invitation`).
    #[serde(default)]
    object_verbs: Vec<String>,
    #[serde(default)]
    object_breaks: Vec<String>,
    /// Cited documents (`resolution`): an object that runs into one is no
    /// object (`Reaffirming its previous resolutions`).
    #[serde(default)]
    object_documents: Vec<String>,
    /// Endings of adverbs that continue a lead's verb (`ly`: `Recommits
    /// firmly`), and words with such an ending that are none (`timely`).
    #[serde(default)]
    adverb_endings: Vec<String>,
    #[serde(default)]
    not_adverbs: Vec<String>,
    /// `[operative ending, preambular ending]` pairs of the lead verb
    /// (`["s", "ing"]`: `Calls upon` / `Calling upon`): a listed phrase of
    /// several words gives the other part's form of it.
    #[serde(default)]
    inflections: Vec<(String, String)>,
    #[serde(default)]
    classes: std::collections::BTreeMap<String, Vec<String>>,
    /// `[bodies."Human Rights Council"]`: that body's house style of leads.
    #[serde(default)]
    bodies: std::collections::BTreeMap<String, HouseStyle>,
}

#[derive(serde::Deserialize)]
struct HouseStyle {
    #[serde(default)]
    preamble: Vec<String>,
    #[serde(default)]
    operative: Vec<String>,
    #[serde(default)]
    not_leads: Vec<String>,
    /// Verbs the body typesets without their object (`Reaffirming its
    /// commitment`: the lead is `Reaffirming`).
    #[serde(default)]
    bare_verbs: Vec<String>,
    /// The body's own object verbs, in place of the language's.
    object_verbs: Option<Vec<String>>,
}

fn list(out: &mut String, name: &str, items: &[String]) {
    write!(out, "    {name}: &[").unwrap();
    for s in items {
        write!(out, "{s:?}, ").unwrap();
    }
    out.push_str("],\n");
}

/// The two-word phrases of `from` (a verb ending in one side of an
/// inflection and its particle or noun) in the other part's form (`Calls
/// upon` -> `Calling upon`, `Takes note` -> `Taking note`). Longer phrases
/// are left out: their extent is a body's house style (`Reiterates its
/// call for`), which one part's list does not tell for the other. Forms no
/// language has (`Takeing note`) are harmless: they match no text.
fn inflected(from: &[String], pairs: &[(String, String)], to_preamble: bool) -> Vec<String> {
    let mut out = Vec::new();
    for phrase in from {
        let Some((verb, rest)) = phrase.split_once(' ') else { continue };
        if rest.contains(' ') {
            continue;
        }
        for (op, pre) in pairs {
            let (have, want) = if to_preamble { (op, pre) } else { (pre, op) };
            if let Some(stem) = verb.strip_suffix(have.as_str()) {
                if stem.chars().count() >= 2 {
                    out.push(format!("{stem}{want} {rest}"));
                }
            }
        }
    }
    out
}

fn main() {
    // CLAUSEMARK_LEXICON_DIR compiles another set of lexicon files (the
    // hold-out check of scripts/lexicon_holdout.py builds with lists that
    // lack the phrases of the documents it scores).
    println!("cargo:rerun-if-env-changed=CLAUSEMARK_LEXICON_DIR");
    let custom = env::var("CLAUSEMARK_LEXICON_DIR").ok();
    let dir = Path::new(custom.as_deref().unwrap_or("lexicon"));
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| !p.ends_with("instruments.toml"))
        .collect();
    files.sort();
    let mut out = String::from("pub static LEXICONS: &[Lexicon] = &[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap();
        let lx: Lexicon = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut pre = lx.preamble.clone();
        let mut op = lx.operative.clone();
        pre.extend(inflected(&lx.operative, &lx.inflections, true));
        op.extend(inflected(&lx.preamble, &lx.inflections, false));
        // Longest first, so the first match is the longest.
        pre.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        pre.dedup();
        op.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        op.dedup();
        out.push_str("  Lexicon {\n");
        writeln!(out, "    language: {:?},", lx.language).unwrap();
        list(&mut out, "formula_articles", &lx.formula_articles);
        list(&mut out, "months", &lx.months);
        list(&mut out, "meeting", &lx.meeting);
        list(&mut out, "annex", &lx.annex);
        list(&mut out, "resolution_word", &lx.resolution_word);
        list(&mut out, "adopted", &lx.adopted);
        list(&mut out, "votes", &lx.votes);
        list(&mut out, "page", &lx.page);
        list(&mut out, "page_of", &lx.page_of);
        list(&mut out, "preamble", &pre);
        list(&mut out, "operative", &op);
        for (name, items) in [
            ("lead_openers", &lx.lead_openers),
            ("lead_continuations", &lx.lead_continuations),
            ("guess_continuations", &lx.guess_continuations),
            ("preamble_continuations", &lx.preamble_continuations),
            ("operative_continuations", &lx.operative_continuations),
            ("feeling_links", &lx.feeling_links),
            ("feelings", &lx.feelings),
            ("feeling_verbs", &lx.feeling_verbs),
            ("feeling_determiners", &lx.feeling_determiners),
            ("lead_conjunctions", &lx.lead_conjunctions),
            ("object_verbs", &lx.object_verbs),
            ("object_breaks", &lx.object_breaks),
            ("object_documents", &lx.object_documents),
            ("adverb_endings", &lx.adverb_endings),
            ("not_adverbs", &lx.not_adverbs),
        ] {
            let mut v = items.clone();
            v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
            v.dedup();
            list(&mut out, name, &v);
        }
        out.push_str("    classes: &[");
        for (class, verbs) in &lx.classes {
            write!(out, "({class:?}, &[").unwrap();
            for v in verbs {
                write!(out, "{v:?}, ").unwrap();
            }
            out.push_str("]), ");
        }
        out.push_str("],\n    bodies: &[\n");
        for (body, h) in &lx.bodies {
            writeln!(
                out,
                "      HouseStyle {{ body: {body:?}, preamble: &{:?}, operative: &{:?}, not_leads: &{:?}, bare_verbs: &{:?}, object_verbs: {} }},",
                h.preamble,
                h.operative,
                h.not_leads,
                h.bare_verbs,
                h.object_verbs.as_ref().map_or("None".to_string(), |v| format!("Some(&{v:?})"))
            )
            .unwrap();
        }
        out.push_str("    ],\n  },\n");
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
