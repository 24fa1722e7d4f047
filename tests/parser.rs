//! The parser against hand-checked ground truth (public UN documents copied
//! from the shared corpus into `tests/fixtures/parser`, so a fresh clone
//! tests itself).
//!
//! Comparison follows `shared/spec/resolution-json.md`: text with white
//! space folded (no-break spaces included), `num` without brackets and dots,
//! `lead` case-insensitive.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parser")
}

fn model_json(input: &str) -> Value {
    let doc = clausemark::parse(input, &Default::default());
    serde_json::to_value(&doc).unwrap()
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn num(v: &Value) -> Option<String> {
    v.as_str().map(|s| s.chars().filter(|c| !"().[] ".contains(*c)).collect::<String>().trim_end_matches('-').to_string())
}

/// The leads of a model's paragraphs, `""` where one has none.
fn leads<'a>(ps: impl IntoIterator<Item = &'a clausemark::model::Paragraph>) -> Vec<String> {
    ps.into_iter().map(|p| p.lead.clone().unwrap_or_default()).collect()
}

fn lead(v: &Value) -> Option<String> {
    text(v).map(|s| s.trim_end_matches([',', ';', ':']).to_lowercase())
}

/// The first difference between an expected and a produced paragraph list.
fn diff_paras(exp: &Value, got: &Value, path: &str, leads: bool) -> Option<String> {
    let (e, g) = (exp.as_array().unwrap(), got.as_array().unwrap());
    if e.len() != g.len() {
        return Some(format!("{path}: {} paragraphs expected, {} found", e.len(), g.len()));
    }
    for (i, (ep, gp)) in e.iter().zip(g).enumerate() {
        let here = format!("{path}[{i}]");
        if num(&ep["num"]) != num(&gp["num"]) {
            return Some(format!("{here}.num: {:?} vs {:?}", ep["num"], gp["num"]));
        }
        if leads && lead(&ep["lead"]) != lead(&gp["lead"]) {
            return Some(format!("{here}.lead: {:?} vs {:?}", ep["lead"], gp["lead"]));
        }
        if text(&ep["text"]) != text(&gp["text"]) {
            return Some(format!("{here}.text:\n  expected {:?}\n  found    {:?}", ep["text"], gp["text"]));
        }
        if ep["footnotes"] != gp["footnotes"] {
            return Some(format!("{here}.footnotes: {} vs {}", ep["footnotes"], gp["footnotes"]));
        }
        if let Some(d) = diff_paras(&ep["items"], &gp["items"], &format!("{here}.items"), leads) {
            return Some(d);
        }
    }
    None
}

fn diff(exp: &Value, got: &Value, input: &str, leads: bool) -> Option<String> {
    for f in ["number", "body", "title", "language"] {
        if text(&exp["meta"][f]) != text(&got["meta"][f]) {
            return Some(format!("meta.{f}: {} vs {}", exp["meta"][f], got["meta"][f]));
        }
    }
    // The symbol counts only where the input contains it (Markdown has no cover).
    if let Some(sym) = exp["meta"]["symbol"].as_str() {
        if input.contains(sym) && got["meta"]["symbol"].as_str() != Some(sym) {
            return Some(format!("meta.symbol: {sym} vs {}", got["meta"]["symbol"]));
        }
    }
    for f in ["meeting", "date"] {
        if text(&exp["meta"]["adoption"][f]) != text(&got["meta"]["adoption"][f]) {
            return Some(format!("meta.adoption.{f}: {} vs {}", exp["meta"]["adoption"][f], got["meta"]["adoption"][f]));
        }
    }
    if text(&exp["formula"]) != text(&got["formula"]) {
        return Some(format!("formula: {} vs {}", exp["formula"], got["formula"]));
    }
    for part in ["preamble", "operative"] {
        if let Some(d) = diff_paras(&exp[part], &got[part], part, leads) {
            return Some(d);
        }
    }
    let notes = |v: &Value| -> Vec<(String, String)> {
        v.as_array().unwrap().iter().map(|f| (f["marker"].as_str().unwrap().to_string(), text(&f["text"]).unwrap())).collect()
    };
    // As the scorer does: the notes as a set (hand-made files list them in
    // printed order, the model in order of first citation).
    let sorted = |mut v: Vec<(String, String)>| {
        v.sort();
        v
    };
    if sorted(notes(&exp["footnotes"])) != sorted(notes(&got["footnotes"])) {
        return Some(format!("footnotes:\n  expected {:?}\n  found    {:?}", notes(&exp["footnotes"]), notes(&got["footnotes"])));
    }
    let annexes = |v: &Value| v.as_array().map_or(0, |a| a.len());
    if annexes(&exp["annexes"]) != annexes(&got["annexes"]) {
        return Some(format!("annexes: {} vs {}", annexes(&exp["annexes"]), annexes(&got["annexes"])));
    }
    None
}

#[test]
fn the_seed_parses_to_exactly_its_expected_json() {
    let input = std::fs::read_to_string(fixtures().join("cnd-53-8.md")).unwrap();
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(fixtures().join("cnd-53-8.expected.json")).unwrap()).unwrap();
    let got = model_json(&input);
    // Every field of the contract, byte for byte (no normalization at all).
    assert_eq!(got["schema"], expected["schema"]);
    assert_eq!(got["meta"]["number"], expected["meta"]["number"]);
    assert_eq!(got["meta"]["symbol"], expected["meta"]["symbol"]);
    assert_eq!(got["meta"]["body"], expected["meta"]["body"]);
    assert_eq!(got["meta"]["title"], expected["meta"]["title"]);
    assert_eq!(got["meta"]["language"], expected["meta"]["language"]);
    assert_eq!(got["meta"]["adoption"]["meeting"], expected["meta"]["adoption"]["meeting"]);
    assert_eq!(got["meta"]["adoption"]["date"], expected["meta"]["adoption"]["date"]);
    assert_eq!(got["formula"], expected["formula"]);
    for part in ["preamble", "operative"] {
        let (e, g) = (expected[part].as_array().unwrap(), got[part].as_array().unwrap());
        assert_eq!(e.len(), g.len(), "{part} count");
        for (ep, gp) in e.iter().zip(g) {
            for f in ["num", "lead", "text", "footnotes", "items"] {
                assert_eq!(ep[f], gp[f], "{part} {f} of {}", ep["text"]);
            }
        }
    }
    for (ef, gf) in expected["footnotes"].as_array().unwrap().iter().zip(got["footnotes"].as_array().unwrap()) {
        assert_eq!(ef["marker"], gf["marker"]);
        assert_eq!(ef["text"], gf["text"]);
    }
    assert_eq!(expected["footnotes"].as_array().unwrap().len(), got["footnotes"].as_array().unwrap().len());
    assert_eq!(got["annexes"], expected["annexes"]);
}

#[test]
fn seed_ids_and_spans() {
    let input = std::fs::read_to_string(fixtures().join("cnd-53-8.md")).unwrap();
    let doc = clausemark::parse(&input, &Default::default());
    assert_eq!(doc.preamble[1].id, "preamble__container_2");
    assert_eq!(doc.operative[3].id, "para_4");
    assert_eq!(doc.footnotes[9].id, "authorialNote_10");
    // Operative 4 is cut by a page break: its span runs from its number
    // across the footnotes to its last word.
    let p4 = &doc.operative[3];
    let src = &input[p4.span.start..p4.span.end];
    assert!(src.starts_with("4. *Recalls*"), "{src:.40}");
    assert!(src.ends_with("at the national level;"), "{src}");
    let lead = p4.lead_span.unwrap();
    assert_eq!(&input[lead.start..lead.end], "Recalls");
    // Footnote spans cover their text.
    let f = &doc.footnotes[0];
    assert!(input[f.span.start..f.span.end].contains("vol. 976, No. 14152."));
    // A marker's offset points into the paragraph text right after the word it follows.
    let n = &doc.preamble[0].notes[0];
    assert_eq!(n.marker, "1");
    assert!(doc.preamble[0].text[..n.offset].ends_with("1972 Protocol,"));
    // Title and number spans.
    let t = doc.spans.title.unwrap();
    assert!(input[t.start..t.end].starts_with("Strengthening international cooperation"));
    let num = doc.spans.number.unwrap();
    assert_eq!(&input[num.start..num.end], "53/8");
}

/// Files whose leads cannot be read from the words alone: the ground truth
/// takes the lead from the typesetting (italics) of the UN's XML, which a
/// plain-text rendition does not carry, and the Security Council italicizes
/// "Calls" in one paragraph and "Calls upon" in the next. For these, leads
/// are not compared; everything else is.
const LEADS_FROM_TYPOGRAPHY: &[&str] = &["sc-2504-2020-en.txt"];

#[test]
fn fixtures_match_their_ground_truth() {
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(fixtures()).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if !(name.ends_with(".md") || name.ends_with(".txt")) {
            continue;
        }
        let stem = name.rsplit_once('.').unwrap().0;
        let exp_path = fixtures().join(format!("{stem}.expected.json"));
        let input = std::fs::read_to_string(&p).unwrap();
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(exp_path).unwrap()).unwrap();
        let got = model_json(&input);
        if let Some(d) = diff(&expected, &got, &input, !LEADS_FROM_TYPOGRAPHY.contains(&name.as_str())) {
            failures.push(format!("{name}: {d}"));
        }
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} fixtures found");
    assert!(failures.is_empty(), "{} of {checked} fixtures differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_paragraph_cut_by_a_page_break_is_one_paragraph() {
    let md = "*The General Assembly,*\n\n*Recalling* the first half\n\n---\n\n<sup>1</sup> A note.\n\nand the second half,<sup>1</sup>\n\n1. *Decides* to act.\n";
    let doc = clausemark::parse(md, &Default::default());
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.preamble[0].text, "Recalling the first half and the second half,");
    assert_eq!(doc.preamble[0].footnotes, vec!["1"]);
    assert_eq!(doc.footnotes[0].text, "A note.");
}

/// Emphasis a converter broke with a space inside: `2. * Demands*` (a
/// bullet list in CommonMark, which took the paragraph's number away) and
/// `*\u{202f}Demands*` (a narrow no-break space: no emphasis in CommonMark).
#[test]
fn a_lead_whose_emphasis_has_a_space_inside() {
    for opening in ["* Demands*", "*\u{202f}Demands*"] {
        let md = format!("The General Assembly,\n\n*Recalling* its resolutions,\n\n1. *Decides* to act;\n\n2. {opening} that the parties stop;\n\n3. *Requests* a report.\n");
        let doc = clausemark::parse(&md, &Default::default());
        let ops: Vec<(Option<&str>, Option<&str>, &str)> = doc.operative.iter().map(|p| (p.num.as_deref(), p.lead.as_deref(), p.text.as_str())).collect();
        assert_eq!(
            ops,
            vec![
                (Some("1"), Some("Decides"), "Decides to act;"),
                (Some("2"), Some("Demands"), "Demands that the parties stop;"),
                (Some("3"), Some("Requests"), "Requests a report."),
            ],
            "{opening:?}"
        );
        let p = &doc.operative[1];
        assert_eq!(&md[p.span.start..p.span.end], format!("2. {opening} that the parties stop;"));
    }
}

/// A heading of the operative part that ends with a colon (S/RES/2567
/// (2021): `United Nations and International Support:` before `19.`) is a
/// heading, not an unnumbered paragraph; a chapeau with its colon is not.
#[test]
fn an_operative_heading_may_end_with_a_colon() {
    let md = "*The Security Council,*\n\n*Recalling* its resolutions,\n\n1. *Decides* to act;\n\n**United Nations Support:**\n\n2. *Requests* a report;\n\n3. *Decides* that:\n\n(a) the first;\n\n(b) the second;\n";
    let txt = "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\nUnited Nations Support:\n\n2. Requests a report;\n\n3. Decides that:\n\n(a) the first;\n\n(b) the second;\n";
    for input in [md, txt] {
        let doc = clausemark::parse(input, &Default::default());
        let nums: Vec<_> = doc.operative.iter().map(|p| p.num.clone().unwrap_or_default()).collect();
        assert_eq!(nums, ["1", "2", "3"], "{input}");
        // (`section` is set on every paragraph of a text with headings: none before the first)
        assert_eq!(doc.operative[1].section.clone().flatten().as_deref().map(|s| s.trim_end_matches(':')), Some("United Nations Support"), "{input}");
        assert_eq!(doc.operative[0].section, Some(None), "{input}");
        assert_eq!(doc.operative[2].items.len(), 2, "{input}");
    }
}

/// An annex's numbered paragraphs keep their numbers in its text, from
/// Markdown lists as from plain text (they were dropped from Markdown).
#[test]
fn annex_paragraphs_keep_their_numbers() {
    let md = "*The General Assembly,*\n\n1. *Adopts* the declaration annexed;\n\n*42nd plenary meeting  \n4 December 2023*\n\n### Annex\n\n**Declaration**\n\n1. We, the Heads of State, declare;\n\n2. We commit.\n";
    let txt = "The General Assembly,\n\n1. Adopts the declaration annexed;\n\n42nd plenary meeting\n4 December 2023\n\nAnnex\n\nDeclaration\n\n1. We, the Heads of State, declare;\n\n2. We commit.\n";
    for input in [md, txt] {
        let doc = clausemark::parse(input, &Default::default());
        assert_eq!(doc.operative.len(), 1);
        assert_eq!(doc.annexes.len(), 1);
        assert_eq!(doc.annexes[0].title, "Declaration", "{input}");
        assert_eq!(doc.annexes[0].text, "1. We, the Heads of State, declare;\n2. We commit.", "{input}");
    }
}

/// An annex has its label as printed (`Annex II`) and its own title, the
/// heading under the label (as the UN's Akoma Ntoso files give it), in
/// Markdown (a bold paragraph) and in plain text (a short line that is no
/// sentence); an annex that opens with running text has no title.
#[test]
fn annexes_have_label_and_title() {
    let md = "*The General Assembly,*\n\n1. *Adopts* the declarations annexed;\n\n*42nd plenary meeting  \n4 December 2023*\n\n### Annex I\n\n**Political declaration on road safety**\n\nWe, the ministers, declare our resolve.\n\n### Annex II\n\nIn accordance with paragraph 1, the Team shall:\n\n(a) Report;\n";
    let txt = "The General Assembly,\n\n1. Adopts the declarations annexed;\n\n42nd plenary meeting\n4 December 2023\n\nAnnex I\n\nPolitical declaration on road safety\n\nWe, the ministers, declare our resolve.\n\nAnnex II\n\nIn accordance with paragraph 1, the Team shall:\n\n(a) Report;\n";
    for input in [md, txt] {
        let doc = clausemark::parse(input, &Default::default());
        let got: Vec<(Option<&str>, &str, &str)> = doc.annexes.iter().map(|a| (a.label.as_deref(), a.title.as_str(), a.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (Some("Annex I"), "Political declaration on road safety", "We, the ministers, declare our resolve."),
                (Some("Annex II"), "", "In accordance with paragraph 1, the Team shall:\n(a) Report;"),
            ],
            "{input}"
        );
        assert!(doc.diagnostics.iter().all(|d| d.code != "unplaced-text"), "{:?}", doc.diagnostics);
        // and back from the Akoma Ntoso export
        let back = clausemark::parse(&clausemark::output::akn::to_akoma_ntoso(&doc), &clausemark::ParseOptions { input: clausemark::InputFormat::Akn, language: None });
        let again: Vec<(Option<&str>, &str)> = back.annexes.iter().map(|a| (a.label.as_deref(), a.title.as_str())).collect();
        assert_eq!(again, [(Some("Annex I"), "Political declaration on road safety"), (Some("Annex II"), "")]);
        assert_eq!(back.annexes[0].text, "We, the ministers, declare our resolve.");
    }
}

/// A vote line right under the date, with no blank line between (as PDF
/// text layers give it), and a recorded vote that runs over several blocks.
#[test]
fn a_vote_under_the_adoption_line() {
    let txt = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. Decides to act.\n\n55th meeting\n3 April 2024\n[Adopted without a vote.]\n";
    let doc = clausemark::parse(txt, &Default::default());
    let a = doc.meta.adoption.expect("an adoption line");
    assert_eq!((a.meeting.as_deref(), a.date.as_deref(), a.vote.as_deref()), (Some("55th meeting"), Some("2024-04-03"), Some("[Adopted without a vote.]")));
    let md = "## Resolution 55/1\n\n*The Human Rights Council,*\n\n*Recalling* its resolutions,\n\n1. *Decides* to act.\n\n*46th meeting  \n11 October 2023*  \n[Adopted by a recorded vote of 30 to 5. The voting was as follows:\n\nIn favour:\nA, B\n\nAgainst:\nC]\n";
    let doc = clausemark::parse(md, &Default::default());
    let a = doc.meta.adoption.expect("an adoption line");
    assert_eq!(a.date.as_deref(), Some("2023-10-11"));
    assert_eq!(a.vote.as_deref(), Some("[Adopted by a recorded vote of 30 to 5. The voting was as follows: In favour: A, B Against: C]"));
    assert!(doc.annexes.is_empty(), "the vote is no annex: {:?}", doc.annexes);
    assert_eq!(doc.operative.len(), 1);
}

/// Markdown as other PDF converters write it: no `---` page breaks, the
/// page's header and footer left as paragraphs, footnote markers `[1]` and
/// the note a plain paragraph (`1 Official Records ...`), underscores for
/// emphasis.
#[test]
fn markdown_with_page_furniture_and_bracketed_notes() {
    let md = "United Nations A/RES/75/103\n\n**75/103.** **A title**\n\n_The General Assembly_ _,_\n\n_Having examined_ the report of the Special Committee for 2020,[1]\n\n_Recalling_ its resolution 1514 (XV) and the\n\n1 Official Records of the General Assembly, Supplement No. 23 (A/75/23).\n\n**20-16938 (E)** **1/5**\n\nA/RES/75/103\n\nrelevant resolutions,\n\n1. _Reaffirms_ the right to self-determination;[2]\n\n2 Resolution 1514 (XV).\n\n2. _Decides_ to act [1] and to report.\n\n_40th plenary meeting_\n_10 December 2020_\n";
    let doc = clausemark::parse(md, &Default::default());
    let pre: Vec<(&str, Vec<String>)> = doc.preamble.iter().map(|p| (p.text.as_str(), p.footnotes.clone())).collect();
    assert_eq!(
        pre,
        vec![
            ("Having examined the report of the Special Committee for 2020,", vec!["1".to_string()]),
            ("Recalling its resolution 1514 (XV) and the relevant resolutions,", vec![]),
        ]
    );
    assert_eq!(doc.operative.len(), 2);
    assert_eq!(doc.operative[0].footnotes, vec!["2"]);
    // a bracketed number after a space is text
    assert_eq!(doc.operative[1].text, "Decides to act [1] and to report.");
    let notes: Vec<(&str, &str)> = doc.footnotes.iter().map(|f| (f.marker.as_str(), f.text.as_str())).collect();
    assert_eq!(notes, vec![("1", "Official Records of the General Assembly, Supplement No. 23 (A/75/23)."), ("2", "Resolution 1514 (XV).")]);
    let a = doc.meta.adoption.expect("an adoption line");
    assert_eq!(a.date.as_deref(), Some("2020-12-10"));
}

#[test]
fn plain_text_page_furniture_is_never_text() {
    let txt = "United Nations\nA/RES/80/9\nGeneral Assembly\n\n80/9. A title\n\nThe General Assembly,\n\nRecalling the first\nhalf of it\n\n25-99999 (E)\n1/2\n\u{c}A/RES/80/9\n\nand the rest,\n\n1. Decides to act.\n\n10th plenary meeting\n1 December 2025\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.symbol.as_deref(), Some("A/RES/80/9"));
    assert_eq!(doc.meta.number.as_deref(), Some("80/9"));
    assert_eq!(doc.preamble.len(), 1, "{:?}", doc.preamble);
    assert_eq!(doc.preamble[0].text, "Recalling the first half of it and the rest,");
    assert_eq!(doc.operative[0].lead.as_deref(), Some("Decides"));
    let a = doc.meta.adoption.unwrap();
    assert_eq!(a.date.as_deref(), Some("2025-12-01"));
}

/// The lines of a text, each line `i` for which `joins(i)` holds put on one
/// line with the next (as a text layer may put two fields of a page).
fn join_with_next(ls: &[&str], joins: &dyn Fn(usize) -> bool) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < ls.len() {
        if i + 1 < ls.len() && joins(i) {
            out += &format!("{}        {}\n", ls[i], ls[i + 1]);
            i += 2;
        } else {
            out += &format!("{}\n", ls[i]);
            i += 1;
        }
    }
    out
}

/// Other text layers of the same PDFs: what `pdftotext` and PDF viewers
/// give besides the corpus's layout (the footer's job number and page
/// number on one line, the running header's symbol and title on one line,
/// page numbers as `- 2 -` or `Page 2 of 6`, no blank line between
/// paragraphs or only on the cover page, a report's running header: another
/// symbol than the resolution's at each page's top). Each layout of four fixtures must read
/// as the fixture's ground truth.
#[test]
fn text_layers_in_other_layouts_read_the_same() {
    let is_page = |l: &str| l.split_once('/').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && a.len() <= 2 && b.len() <= 2 && (a.to_string() + b).bytes().all(|c| c.is_ascii_digit()));
    let is_job = |l: &str| l.len() >= 8 && l.as_bytes()[2] == b'-' && l[..2].bytes().chain(l[3..8].bytes()).all(|c| c.is_ascii_digit());
    // (the lines of a text, each transformed, some joined to the next)
    type Layout = fn(&[&str], &dyn Fn(&str) -> bool, &dyn Fn(&str) -> bool) -> String;
    let layouts: [(&str, Layout); 7] = [
        ("no blank lines", |ls, _, _| ls.iter().filter(|l| !l.trim().is_empty()).map(|l| l.to_string() + "\n").collect()),
        ("footer on one line", |ls, page, job| join_with_next(ls, &|i| page(ls[i]) && job(ls[i + 1]) || job(ls[i]) && page(ls[i + 1]))),
        ("header and title on one line", |ls, _, _| {
            // (a running header: the symbol after a form feed, the title under it)
            join_with_next(ls, &|i| (ls[i].starts_with('\u{c}') || i > 0 && ls[i - 1].contains('\u{c}')) && ls[i].contains("/RES/") && !ls[i + 1].trim().is_empty())
        }),
        ("blank lines on the cover only", |ls, _, _| {
            // (none after the number and title, `76/248. Title`)
            let title = ls.iter().position(|l| l.split_once(". ").is_some_and(|(n, _)| n.contains('/') && n.bytes().all(|b| b.is_ascii_digit() || b == b'/'))).unwrap_or(ls.len());
            ls.iter().enumerate().filter(|(i, l)| *i <= title || !l.trim().is_empty()).map(|(_, l)| l.to_string() + "\n").collect()
        }),
        ("a report's running header", |ls, _, _| {
            // (the symbol of the report the resolution is printed in, at each page's top)
            let mut out = String::new();
            for (i, l) in ls.iter().enumerate() {
                let after_feed = l.starts_with('\u{c}') || i > 0 && ls[i - 1].contains('\u{c}');
                if after_feed && l.contains("/RES/") {
                    out += if l.starts_with('\u{c}') { "\u{c}E/CN.7/2010/18\n" } else { "E/CN.7/2010/18\n" };
                } else {
                    out += &format!("{l}\n");
                }
            }
            out
        }),
        ("page numbers as - 2 -", |ls, page, _| ls.iter().map(|l| if page(l) { format!("- {} -\n", l.split('/').next().unwrap()) } else { l.to_string() + "\n" }).collect()),
        ("page numbers as Page 2 of 6", |ls, page, _| ls.iter().map(|l| if page(l) { format!("Page {}\n", l.replace('/', " of ")) } else { l.to_string() + "\n" }).collect()),
    ];
    let mut failures = Vec::new();
    let mut changed = Vec::new();
    for name in ["ga-76-248-es", "ga-75-157-fr", "hrc-55-1-en", "ga-76-284-en"] {
        let input = std::fs::read_to_string(fixtures().join(format!("{name}.txt"))).unwrap();
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(fixtures().join(format!("{name}.expected.json"))).unwrap()).unwrap();
        let lines: Vec<&str> = input.split('\n').collect();
        for (layout, make) in &layouts {
            let text = make(&lines, &is_page, &is_job);
            if text.trim_end() != input.trim_end() {
                changed.push(*layout);
            }
            if let Some(d) = diff(&expected, &model_json(&text), &text, true) {
                failures.push(format!("{name}, {layout}: {d}"));
            }
        }
    }
    for (layout, _) in &layouts {
        assert!(changed.contains(layout), "the layout '{layout}' changed no fixture");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A short text layer with blank lines on its cover page only (too few
/// lines for their share to tell): its paragraphs' short last lines have
/// no blank line after them, so it is read as a text without blank lines.
#[test]
fn a_short_text_with_blank_lines_on_its_cover_only() {
    let txt = "United Nations\nA/RES/76/145\nGeneral Assembly\nDistr.: General\n\nSeventy-sixth session\nAgenda item 69\nResolution adopted by the General Assembly on 16 December 2021\n[on the report of the Third Committee (A/76/457, para. 12)]\n\n76/145. Report of the Human Rights Council\n\nThe General Assembly,\nRecalling its resolutions 60/251 of 15 March 2006, by which it established the\nHuman Rights Council, and 65/281 of 17 June 2011 on the review of the Council,\nRecalling also its resolution 75/165 of 16 December 2020,\nHaving considered the recommendations contained in the report of the Human Rights\nCouncil,\nTakes note of the report of the Human Rights Council, including the addendum\nthereto, and its recommendations.\n53rd plenary meeting\n16 December 2021\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly,"));
    assert_eq!(leads(&doc.preamble), ["Recalling", "Recalling also", "Having considered"]);
    assert_eq!(doc.operative.len(), 1);
    assert_eq!(doc.operative[0].text, "Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations.");
    assert_eq!(doc.meta.adoption.unwrap().date.as_deref(), Some("2021-12-16"));
}

/// Paragraphs run together into one line, as a web page's table or a copy
/// without line breaks gives them (UNODC's pages in their table form): the
/// formula, the leads, the paragraph numbers, the adoption line and the
/// notes after it part them. Such a text read as "not a resolution" (the
/// formula, preamble and operative paragraphs one unplaced block).
#[test]
fn paragraphs_run_together_on_one_line() {
    let txt = "Economic and Social Council | Distr. E/RES/1974/1848(LVI) |\n1974/1848(LVI). | Periodicity of the sessions of the Commission*/ |\n\
               The Economic and Social Council, Noting with concern that the problem remains serious, Recognizing that these \
               circumstances require continuing vigilance, 1. Decides to convene special sessions of the Commission as necessary; \
               2. Further decides that the Commission should consider,**/ at its next session, whether to meet in 1976;***/ \
               3. Suggests that the Commission examine the matter: (a) at its next session; (b) with the Board. \
               1896th plenary meeting, */ Adopted as recommended by the Commission. **/ The Commission had suggested a final \
               decision. ***/ The Commission also recommended a time.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("The Economic and Social Council,"));
    assert_eq!(leads(doc.preamble.iter().chain(&doc.operative)), ["Noting with concern", "Recognizing", "Decides", "Further decides", "Suggests"]);
    assert_eq!(doc.operative[1].text, "Further decides that the Commission should consider, at its next session, whether to meet in 1976;");
    assert_eq!(doc.operative[2].items.len(), 2);
    assert_eq!(doc.operative[2].items[1].text, "with the Board.");
    assert_eq!(doc.meta.adoption.as_ref().and_then(|a| a.meeting.as_deref()), Some("1896th plenary meeting"));
    let markers: Vec<_> = doc.footnotes.iter().map(|f| f.marker.as_str()).collect();
    assert_eq!(markers, ["*/", "**/", "***/"]);
    assert_eq!(doc.footnotes[1].text, "The Commission had suggested a final decision.");
    // Two preambular paragraphs run together (one lead to cut before: two
    // were needed), and a title after its number that opens with a lead's
    // word, which is no cut.
    let txt = "75/278. Declaring the Aral Sea region a zone of ecological innovations\n\nThe General Assembly,\n\n\
               Recalling its resolution 1,\n\nWelcoming the report of the Secretary-General, Taking note of the letter of the representative,\n\n\
               1. Decides to act.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(leads(&doc.preamble), ["Recalling", "Welcoming", "Taking note"]);
    // a flattened web page's numbers glued to their verbs
    let flat = "The General Assembly, Recalling its resolution 35/56, Noting the report of the Secretary-General, \
                1.Requests the Secretary-General to provide information; 2.Also requests the Secretary-General to report; \
                3.Decides to consider the matter at its forty-third session.\n";
    let doc = clausemark::parse(flat, &Default::default());
    let ops: Vec<_> = doc.operative.iter().map(|p| (p.num.clone().unwrap_or_default(), p.lead.clone().unwrap_or_default())).collect();
    assert_eq!(ops, [("1".to_string(), "Requests".to_string()), ("2".into(), "Also requests".into()), ("3".into(), "Decides".into())]);
    // a book's editorial note on the formula's line
    let book = "[In this resolution the General Assembly calls upon all Members to act. The General Assembly adopted this resolution \
                unanimously on October 31.] The General Assembly,\n\nRecalling its resolution 1,\n\n1. Calls upon all Members to act.\n";
    let doc = clausemark::parse(book, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly,"));
    assert_eq!(leads(doc.preamble.iter().chain(&doc.operative)), ["Recalling", "Calls upon"]);
    // (a web copy's bracketed marker after the clause's end)
    let doc = clausemark::parse(&txt.replace("Secretary-General, Taking", "Secretary-General,[2] Taking"), &Default::default());
    assert_eq!(leads(&doc.preamble), ["Recalling", "Welcoming", "Taking note"]);
    assert_eq!(doc.meta.title.as_deref(), Some("Declaring the Aral Sea region a zone of ecological innovations"));
    // A PDF's text on one line: the cover's number and title, the notes under
    // their rule after the adoption line.
    let txt = "A/RES/74/132\nResolution adopted by the General Assembly on 18 December 2019 [on the report of the Third Committee \
               (A/74/394)] 74/132. Report of the Human Rights Council The General Assembly, Recalling its resolution 60/251 \
               of 15 March 2006, by which it established the Human Rights Council, Recalling also its resolution 73/152 of \
               17 December 2018, Having considered the recommendations contained in the report of the Council,1 Takes note of \
               the report of the Human Rights Council,1 including the addendum thereto,2 and its recommendations. 50th plenary \
               meeting 18 December 2019 __________________ 1 Official Records of the General Assembly, Seventy-fourth Session, \
               Supplement No. 53 (A/74/53). 2 Ibid., Supplement No. 53A (A/74/53/Add.1).\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.number.as_deref(), Some("74/132"));
    assert_eq!(doc.meta.title.as_deref(), Some("Report of the Human Rights Council"));
    assert_eq!(doc.preamble.len(), 3);
    assert_eq!(doc.operative.len(), 1);
    assert_eq!(doc.preamble[2].footnotes, ["1"]);
    assert!(doc.operative[0].footnotes.contains(&"2".to_string()));
    assert_eq!(doc.meta.adoption.as_ref().and_then(|a| a.date.as_deref()), Some("2019-12-18"));
    let markers: Vec<_> = doc.footnotes.iter().map(|f| f.marker.as_str()).collect();
    assert_eq!(markers, ["1", "2"]);
    assert_eq!(doc.footnotes[1].text, "Ibid., Supplement No. 53A (A/74/53/Add.1).");
    // One paragraph whose own words hold a lead after a comma, or an inline
    // list, is not cut.
    let one = "The General Assembly,\n\n1. Decides, recalling its resolution 70/1, that the Committee shall meet, Recognizing \
               being the name of its report, and requests the Secretary-General: (a) to report; (b) to act on it, and to convene \
               the Committee at its next session in New York and Geneva with the support of the Secretariat.\n";
    let doc = clausemark::parse(one, &Default::default());
    assert_eq!(doc.operative.len(), 1);
    assert!(doc.operative[0].items.is_empty());
}

/// A short text with no blank line at all: its lines are its paragraphs
/// (the formula and the preamble were lost before).
#[test]
fn a_short_text_without_blank_lines() {
    let txt = "The General Assembly,\nRecalling its resolution 1904 (XVIII) of 20 November 1963,\nNoting also that the Assembly condemned the alliance,\n1. Determines that the policy is unacceptable.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly,"));
    assert_eq!(leads(&doc.preamble), ["Recalling", "Noting also"]);
    assert_eq!(doc.operative.len(), 1);
}

/// Header fields as web pages give them: the resolution's number after the
/// site's words on its line, the adoption's date on a line of its own before
/// the meeting's.
#[test]
fn header_fields_of_web_copies() {
    let txt = "Peace Agreements Digital Collection\n\nUnited Nations Security Council Resolution 338 (1973)\nof 22 October 1973\n\n\
               The Security Council,\n\n1. Calls upon all parties to cease all firing;\n\n2. Decides that negotiations start.\n\n\
               Adopted at the 1747th meeting by 14 votes to none.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.number.as_deref(), Some("338 (1973)"));
    assert_eq!(doc.meta.adoption.as_ref().and_then(|a| a.date.as_deref()), Some("1973-10-22"));
    let txt = "Economic and Social Council\n\n22 May 1989\n\n12th plenary meeting\n\nSpecial session of the Commission\n\n\
               The Economic and Social Council,\n\nRecalling its resolution 2001 (LX) of 12 May 1976,\n\n\
               Decides that the Commission shall hold a special session in 1990.\n\n12th plenary meeting\n";
    let doc = clausemark::parse(txt, &Default::default());
    let adoption = doc.meta.adoption.as_ref().unwrap();
    assert_eq!((adoption.meeting.as_deref(), adoption.date.as_deref()), (Some("12th plenary meeting"), Some("1989-05-22")));
    // a site's heading names the number without its year; the document's
    // own heading or symbol gives it whole
    let body = "The Security Council,\n\n1. Decides to remain seized of the matter.\n\nAdopted by the Security Council at its 8980th meeting, on 27 February 2022\n";
    for (head, symbol) in [
        ("United Nations Security Council Resolution 2623\n\nResolution 2623 (2022)", None),
        ("Resolution 2623\n\nS/RES/2623 (2022)\nSecurity Council Distr.: General 27 February 2022", Some("S/RES/2623 (2022)")),
    ] {
        let txt = format!("{head}\n\n{body}");
        let doc = clausemark::parse(&txt, &Default::default());
        assert_eq!(doc.meta.number.as_deref(), Some("2623 (2022)"), "{head}");
        assert_eq!(doc.meta.symbol.as_deref(), symbol);
        let span = doc.spans.number.expect("a span for the number");
        assert_eq!(&txt[span.start..span.end], "2623 (2022)");
    }
    // a title whose number the text layer dropped, under the cover's
    // bracketed line
    let txt = "General Assembly\nDistr.: General\n19 December 2018\n\nResolution adopted by the General Assembly\non 12 December 2018\n\n\
               [without reference to a Main Committee (A/73/L.48 and A/73/L.48/Add.1)]\n\n\
               International Day of Multilateralism and Diplomacy for Peace\n\nThe General Assembly,\n\n\
               Reaffirming the Charter of the United Nations,\n\n1. Decides to observe the Day.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.title.as_deref(), Some("International Day of Multilateralism and Diplomacy for Peace"));
    // the cover's `Resolution adopted by ... on DATE` when no adoption line
    // gives the date (French and Spanish too)
    for (cover, formula) in [
        ("Resolution adopted by the Human Rights Council on 22 March 2019", "The Human Rights Council,\n\nRecalling its resolution 1,\n\n1. Decides to act."),
        ("Résolution adoptée par le Conseil des droits de l’homme le 22 mars 2019", "Le Conseil des droits de l’homme,\n\nRappelant sa résolution 1,\n\n1. Décide d’agir."),
        ("Resolución aprobada por el Consejo de Derechos Humanos el 22 de marzo de 2019", "El Consejo de Derechos Humanos,\n\nRecordando su resolución 1,\n\n1. Decide actuar."),
    ] {
        let doc = clausemark::parse(&format!("{cover}\n\n40/17. The human rights situation\n\n{formula}\n"), &Default::default());
        assert_eq!(doc.meta.adoption.as_ref().and_then(|a| a.date.as_deref()), Some("2019-03-22"), "{cover}");
    }
    // the General Assembly's numbers before 1976
    let txt = "1514 (XV). Declaration on the granting of independence to colonial countries and peoples\n\n\
               The General Assembly,\n\nMindful of the determination,\n\n1. Declares that the subjection is contrary.\n\n\
               947th plenary meeting,\n14 December 1960.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.number.as_deref(), Some("1514 (XV)"));
    assert_eq!(doc.meta.title.as_deref(), Some("Declaration on the granting of independence to colonial countries and peoples"));
}

/// A Security Council resolution as the Council's yearly volumes print it
/// (and OCR or web copies of them keep it): the note on the vote follows
/// the adoption line with no rule, its marker glued to the line's full stop
/// or after it and a space; a web copy may lose the space after the note's
/// number. It was kept as an annex.
#[test]
fn a_note_after_the_adoption_line_without_a_rule() {
    for (adopted, note) in [("by 14 votes to none.27", "27 One member"), ("by 14 votes to none. 27", "27 One member"), ("by 14 votes to none.27", "27One member")] {
        let txt = format!(
            "Resolution 338 (1973)\nof 22 October 1973\n\nThe Security Council,\n\n1. Calls upon all parties to cease all firing;\n\n\
             2. Decides that negotiations start between the parties.\n\nAdopted at the 1747th meeting {adopted}\n\n{note} (China) did not participate in the voting.\n"
        );
        let doc = clausemark::parse(&txt, &Default::default());
        assert_eq!(doc.footnotes.len(), 1, "{adopted} / {note}");
        assert_eq!(doc.footnotes[0].marker, "27");
        assert_eq!(doc.footnotes[0].text, "One member (China) did not participate in the voting.");
        assert!(doc.annexes.is_empty(), "{adopted} / {note}");
        assert_eq!(doc.meta.adoption.as_ref().and_then(|a| a.meeting.as_deref()), Some("1747th meeting"));
        assert!(doc.diagnostics.iter().all(|d| d.code != "footnote-unreferenced"), "{:?}", doc.diagnostics);
    }
    // A paragraph after the adoption line that opens with a number no text
    // cites stays what it was.
    let txt = "The Security Council,\n\n1. Decides to remain seized of the matter.\n\nAdopted at the 1747th meeting.\n\n2030 Agenda for Sustainable Development\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert!(doc.footnotes.is_empty());
    assert_eq!(doc.annexes.len(), 1);
}

/// A web copy that gives the vote in place of the meeting (`Adopted with 14
/// votes, ...`): the adoption line, recorded as the vote, not an operative
/// paragraph with an unknown lead.
#[test]
fn an_adoption_line_that_is_only_a_vote() {
    for (line, lang) in [
        ("Adopted with 14 votes, while China abstained from voting.", "en"),
        ("Adopted unanimously.", "en"),
        ("Adoptée à l’unanimité.", "fr"),
    ] {
        let body = if lang == "en" {
            "The Security Council,\n\n1. Calls upon all parties to cease all firing;\n\n2. Decides that negotiations start between the parties."
        } else {
            "Le Conseil de sécurité,\n\n1. Demande à toutes les parties de cesser le feu;\n\n2. Décide que des négociations commenceront entre les parties."
        };
        let txt = format!("Resolution 338 (1973)\n\n{body}\n\n{line}\n");
        let doc = clausemark::parse(&txt, &Default::default());
        assert_eq!(doc.operative.len(), 2, "{line}");
        let ad = doc.meta.adoption.as_ref().expect(line);
        assert_eq!((ad.meeting.as_deref(), ad.date.as_deref(), ad.vote.as_deref()), (None, None, Some(line)));
        assert!(doc.annexes.is_empty() && doc.diagnostics.iter().all(|d| d.code != "unknown-lead"), "{line}: {:?}", doc.diagnostics);
    }
}

/// An ECOSOC resolution as UNODC's web pages give it (the form of
/// `real/15` and `16`): notes marked `*/`, `**/`, `***/`, cited in the
/// title and glued to punctuation, their texts at the end. Three lines that
/// open with stars made the input read as Markdown: no notes, the title
/// ending in `/`, the notes kept as an annex.
#[test]
fn a_web_copy_with_three_star_notes() {
    let txt = "Economic and Social Council\n\n\n1896th Plenary Meeting\n15 May 1974\n\n\
               1974/1848(LVI).Periodicity of the sessions of the Commission*/\n\n\nThe Economic and Social Council,\n\n\
               Noting with concern that the problem remains serious,\n\n\
               1. Decides to convene special sessions of the Commission as necessary;\n\n\
               2. Further decides that the Commission should consider,**/ at its next session, whether to meet in 1976;***/\n\n\
               1896th plenary meeting,\n15 May 1974.\n\n\
               */ Adopted as recommended by the Commission, with the amendments indicated in footnotes **/ and ***/.\n\n\
               **/ The Commission had suggested a final decision by the Council.\n\n\
               ***/ The Commission also recommended that the special session not overlap with other meetings.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.input, clausemark::model::InputKind::Text);
    assert_eq!(doc.meta.title.as_deref(), Some("Periodicity of the sessions of the Commission"));
    let markers: Vec<_> = doc.footnotes.iter().map(|f| f.marker.as_str()).collect();
    assert_eq!(markers, ["*/", "**/", "***/"]);
    assert!(doc.annexes.is_empty());
    assert_eq!(doc.operative.len(), 2);
    assert_eq!(doc.operative[1].footnotes, ["**/", "***/"]);
    assert_eq!(doc.operative[1].text, "Further decides that the Commission should consider, at its next session, whether to meet in 1976;");
}

/// The shortest resolutions with blank lines on their cover only: two
/// clause-ending lines with no blank line after them tell it (ga-75-19-es
/// in text_layouts.py's layout read as "not a resolution", one block).
#[test]
fn a_very_short_text_with_blank_lines_on_its_cover_only() {
    let txt = "Naciones Unidas\nA/RES/75/19\nAsamblea General\nDistr. general\n7 de diciembre de 2020\n20-16358 (S)\n*2016358*\n\n\
               Septuagésimo quinto período de sesiones\nTema 3 b) del programa\n\
               Credenciales de representación en el septuagésimo quinto período de sesiones de la\n\
               Asamblea General: informe de la Comisión de Verificación de Poderes\n\
               Resolución aprobada por la Asamblea General el 1 de diciembre de 2020\n\
               [sin remisión previa a una Comisión Principal (A/75/606)]\n\n\
               75/19. Credenciales de representación en el septuagésimo quinto período de sesiones de\nla Asamblea General\n\
               La Asamblea General,\nHabiendo examinado el informe de la Comisión de Verificación de Poderes y la\n\
               recomendación que figura en él,\nAprueba el informe de la Comisión de Verificación de Poderes1.\n\
               33a sesión plenaria\n1 de diciembre de 2020\n_____________\n1 A/75/606.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("La Asamblea General,"));
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.operative.len(), 1);
    assert_eq!(doc.operative[0].footnotes, ["1"]);
    assert_eq!(doc.meta.adoption.as_ref().and_then(|a| a.date.as_deref()), Some("2020-12-01"));
}

/// The form of `real/04`, `10` and `12` (UN XML turned into text: the cover
/// page a line per field, `num<TAB>text`, every note at the end), with what
/// `scripts/akn_to_text.py` found on the corpus in other languages.
#[test]
fn xml_turned_into_text_with_a_cover_page() {
    // An agenda item on the cover reads like a formula without its comma
    // ("La ... "): the formula is the line the paragraphs follow. Arabic
    // notes keep the empty "()" the XML puts before their text.
    let txt = "Nations Unies\n\nA/RES/77/243\n\nAssemblée générale\n\nSoixante-dix-septième session\n\nPoint 111 de l’ordre du jour\n\n\
               La Stratégie antiterroriste mondiale des Nations Unies\n\n77/243.\tJournée internationale pour la prévention\n\n\
               L’Assemblée générale,\n\nRappelant sa résolution 70/254,1\n\n1.\tDécide de proclamer le 12 février Journée internationale;\n\n\
               56e séance plénière\n20 décembre 2022\n\n_______________\n\n1 () A/70/674.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.body.as_deref(), Some("Assemblée générale"));
    assert_eq!(doc.formula.as_deref(), Some("L’Assemblée générale,"));
    assert_eq!(doc.meta.number.as_deref(), Some("77/243"));
    assert_eq!(doc.meta.title.as_deref(), Some("Journée internationale pour la prévention"));
    assert_eq!(doc.preamble.len(), 1);
    assert_eq!(doc.operative.len(), 1);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "A/70/674.");
    // without its comma, the formula of real/10, here before a single
    // unnumbered operative paragraph
    let txt = "A/RES/76/294\n\nGeneral Assembly\n\n76/294.\tImproving global road safety\n\nThe General Assembly\n\n\
               Adopts the political declaration of the high-level meeting on improving global road safety.\n\n\
               89th plenary meeting\n30 June 2022\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.body.as_deref(), Some("General Assembly"));
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly"));
    assert_eq!(doc.operative.len(), 1);
    assert_eq!(doc.operative[0].lead.as_deref(), Some("Adopts"));
}

/// A formula without its comma before a paragraph whose verb no list holds
/// (a new resolution's): the formula still opens the body, for a body
/// known by name or before running text, and the annex stays an annex (the
/// whole annex was read as operative paragraphs, the formula and the
/// resolution's own paragraph lost, when the verb was unknown).
#[test]
fn a_formula_without_comma_before_an_unknown_verb() {
    for (formula, body) in [("The General Assembly", "General Assembly"), ("The Preparatory Committee", "Preparatory Committee")] {
        let txt = format!(
            "A/RES/76/294\n\nGeneral Assembly\n\nResolution adopted by the General Assembly on 30 June 2022\n\n\
             [without reference to a Main Committee (A/76/L.70)]\n\n76/294.\tImproving global road safety\n\n{formula}\n\n\
             Espouses the political declaration of the high-level meeting on improving global road safety, as contained in the annex.\n\n\
             90th plenary meeting\n30 June 2022\n\nAnnex\n\nPolitical declaration\n\nWe, ministers, assembled at the United Nations:\n\n\
             1. Drive the implementation of the Global Plan;\n\n2. Develop and implement regional plans.\n"
        );
        let doc = clausemark::parse(&txt, &Default::default());
        assert_eq!(doc.meta.body.as_deref(), Some(body), "{formula}");
        assert_eq!(doc.formula.as_deref(), Some(formula));
        assert_eq!(doc.meta.title.as_deref(), Some("Improving global road safety"));
        assert_eq!(doc.operative.len(), 1, "{formula}: {:?}", doc.operative.iter().map(|p| &p.text).collect::<Vec<_>>());
        assert!(doc.operative[0].text.starts_with("Espouses the political declaration"));
        assert_eq!(doc.annexes.len(), 1);
        assert_eq!(doc.annexes[0].title, "Political declaration");
    }
}

/// Web pages of older resolutions (the form of real/15 and 16) print the
/// number after `Resolution`, with the title on its line or the next one.
#[test]
fn a_title_after_resolution_and_its_number() {
    let body = "\n\nThe Economic and Social Council,\n\nRecalling its resolution 1991/38,\n\n1. Requests a report;\n\n44th plenary meeting\n28 July 1999\n";
    for (head, title) in [
        ("Resolution 1991/44\n\nInternational cooperation in drug abuse control", Some("International cooperation in drug abuse control")),
        ("E/RES/1993/36\n\nResolution 1993/36. Strengthening of the Commission", Some("Strengthening of the Commission")),
        // a date is not a title
        ("Resolution 1991/44\n\n28 July 1991", None),
    ] {
        let input = format!("Economic and Social Council\n\n{head}{body}");
        let doc = clausemark::parse(&input, &Default::default());
        assert_eq!(doc.meta.title.as_deref(), title, "{head}");
        if let Some(t) = title {
            let s = doc.spans.title.expect("a title span");
            assert_eq!(&input[s.start..s.end], t);
        }
    }
    // the Security Council's resolutions have no title
    let doc = clausemark::parse(
        "Resolution 2673 (2023)\n\nColombia\n\nThe Security Council,\n\nRecalling its resolution 2655 (2022),\n\n1. Decides to act;\n",
        &Default::default(),
    );
    assert_eq!(doc.meta.number.as_deref(), Some("2673 (2023)"));
    assert_eq!(doc.meta.title, None);
}

/// OCR of old printed resolutions: a space before the number's dot, a
/// formula without its comma; text it cannot place is reported.
#[test]
fn ocr_numbers_and_text_before_the_formula() {
    let txt = "Resolution 338 (1973)\nof 22 October 1973\n\nThe Security Council\n\n1 . Calls upon all parties to cease all firing ;\n\n\
               2 . Calls upon the parties concerned to start negotiations ;\n\nAdopted at the 1747th meeting by 14 votes to none.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.meta.body.as_deref(), Some("Security Council"));
    let ops: Vec<(Option<&str>, Option<&str>)> = doc.operative.iter().map(|p| (p.num.as_deref(), p.lead.as_deref())).collect();
    assert_eq!(ops, [(Some("1"), Some("Calls upon")), (Some("2"), Some("Calls upon"))]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    // a garbled number ("l ,") and no formula: the paragraph cannot be
    // placed, and the reader says where it is
    let txt = "Resolution 338 (1973)\nof 22 October 1973\n\nl , Calls upon all parties to the present fighting to cease all firing and terminate all \
               military activity immediately, no later than 12 hours after the moment of the adoption of this decision ;\n\n2. Decides that negotiations shall start.\n";
    let doc = clausemark::parse(txt, &Default::default());
    let d = doc.diagnostics.iter().find(|d| d.code == "unplaced-text").expect("an unplaced-text diagnostic");
    assert_eq!((d.line, d.column), (4, 1));
    assert!(txt[d.span.start..d.span.end].starts_with("l , Calls upon"));
}

/// A note whose text is missing (OCR, a lost page foot) used to take every
/// later note into the one before it.
#[test]
fn a_missing_footnote_does_not_swallow_the_next_ones() {
    let body = "The General Assembly,\n\nRecalling its resolution 60/1,1 and resolution 61/2,2\n\n\
                Noting the report,3 and the other report,4\n\n1.\tDecides to act,5 today;\n\n_______________\n\n";
    // notes set off by blank lines, and lines at a page foot
    for (notes, gap_line) in [("1 Resolution A.\n\n2 Resolution B.\n\n4 Report D.\n\n5 Report E.\n", 15), ("1 Resolution A.\n2 Resolution B.\n4 Report D.\n5 Report E.\n", 13)] {
        let doc = clausemark::parse(&format!("{body}{notes}"), &Default::default());
        let notes: Vec<(&str, &str)> = doc.footnotes.iter().map(|f| (f.marker.as_str(), f.text.as_str())).collect();
        assert_eq!(notes, [("1", "Resolution A."), ("2", "Resolution B."), ("4", "Report D."), ("5", "Report E.")]);
        assert_eq!(doc.operative[0].footnotes, ["5"]);
        // the marker with no note stays in the text, and the gap is reported
        assert_eq!(doc.preamble[1].text, "Noting the report,3 and the other report,");
        let gap = doc.diagnostics.iter().find(|d| d.code == "footnote-gap").expect("a footnote-gap diagnostic");
        assert_eq!(gap.line, gap_line, "{gap:?}");
    }
    // a wrapped note line that starts with a number is not a note
    let doc = clausemark::parse(
        &format!("{body}1 Resolution A.\n2 Resolution B, adopted on\n4 August 2002.\n3 C.\n4 Report D.\n5 Report E.\n"),
        &Default::default(),
    );
    assert_eq!(doc.footnotes[1].text, "Resolution B, adopted on 4 August 2002.");
    assert_eq!(doc.footnotes.len(), 5);
}

#[test]
fn sections_annexes_and_nested_items() {
    let md = "*The Security Council,*\n\n*Recalling* its resolutions,\n\n**Arms embargo**\n\n1. *Decides* that:\n\n(a) first;\n\n(i) sub one;\n\n(ii) sub two;\n\n(b) second;\n\n**Sanctions**\n\n2. *Requests* a report.\n\n*9000th meeting  \n1 January 2024*\n\n### Annex\n\n1. Not an operative paragraph.\n";
    let doc = clausemark::parse(md, &Default::default());
    assert_eq!(doc.operative.len(), 2);
    assert_eq!(doc.operative[0].section, Some(Some("Arms embargo".to_string())));
    assert_eq!(doc.operative[1].section, Some(Some("Sanctions".to_string())));
    let items = &doc.operative[0].items;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].items.len(), 2);
    assert_eq!(items[0].items[1].id, "para_1__list_1__point_a__list_1__point_ii");
    assert_eq!(items[1].num.as_deref(), Some("(b)"));
    assert_eq!(doc.annexes.len(), 1);
    assert_eq!(doc.meta.adoption.as_ref().unwrap().meeting.as_deref(), Some("9000th meeting"));
}

#[test]
fn diagnostics_say_where() {
    let md = "*The General Assembly,*\n\n*Recalling* a note<sup>3</sup>,\n\n1. *Decides* one;\n\n3. *Zorbles* three.\n\n---\n\n<sup>7</sup> Never cited.\n";
    let doc = clausemark::parse(md, &Default::default());
    let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"numbering-gap"), "{codes:?}");
    assert!(codes.contains(&"footnote-missing"), "{codes:?}");
    assert!(codes.contains(&"footnote-unreferenced"), "{codes:?}");
    assert!(codes.contains(&"unknown-lead"), "{codes:?}");
    let gap = doc.diagnostics.iter().find(|d| d.code == "numbering-gap").unwrap();
    assert_eq!((gap.line, gap.column), (7, 1));
    assert!(gap.message.contains("3 follows 1"), "{}", gap.message);
    let lead = doc.diagnostics.iter().find(|d| d.code == "unknown-lead").unwrap();
    assert_eq!((lead.line, lead.column), (7, 5));
}

#[test]
fn hostile_inputs_return_normally() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        "\u{0}\u{1}\u{2}".into(),
        "<sup>".repeat(1000),
        "(a) ".repeat(5000),
        "1. ".repeat(5000),
        "*".repeat(10000),
        "---\n".repeat(3000),
        "[^1]: x\n".repeat(500),
        "The General Assembly,\n\n".repeat(200),
        "é\u{301}\u{202e}".repeat(3000),
        format!("{}", "> ".repeat(200)),
        "\u{c}\u{c}\r\n\r\n____\n1 x\n".repeat(100),
        "(i)\n(ii)\n(iii)\n(iv)\n(v)\n(vi)\n".repeat(300),
        // found by a random mutation of the corpus (session 5; it panicked
        // since session 1): a footnote paragraph whose text opens with a
        // space kept its emphasis offsets from before the trim
        include_str!("fixtures/hostile/emphasis-past-the-text.md").into(),
        // the same way: an unmatched `**` in the white space trimmed off the
        // end of a paragraph
        include_str!("fixtures/hostile/delimiter-in-trimmed-space.md").into(),
        // a footnote marker in the white space trimmed off the end of a
        // paragraph of footnote texts
        include_str!("fixtures/hostile/note-marker-at-the-end.md").into(),
        // (session 7, random mutation; since session 1) a symbol after a
        // no-break space: the symbol's start was taken one byte after it
        "Naciones Unidas\u{a0}A/RES/75/19 Asamblea General\n\nLa Asamblea General,\n\n1. Decide actuar.\n".into(),
    ];
    // A deterministic pseudo-random byte soup, as text.
    let mut x: u64 = 0x9e3779b97f4a7c15;
    let mut soup = String::new();
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let alphabet = b"ab (1).\n*_<>/sup#-[]^:,;0123456789AZ\x0c";
        let c = alphabet[(x % alphabet.len() as u64) as usize] as char;
        soup.push(c);
    }
    inputs.push(soup);
    // The same with letters of several byte lengths, so that no slice may
    // cut a character.
    let mut soup = String::new();
    let alphabet: Vec<char> = "aé€𝄞 (1)\n*<sup>/:,;0123456789—«»’“”\u{a0}\u{c}اж中".chars().collect();
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        soup.push(alphabet[(x % alphabet.len() as u64) as usize]);
    }
    inputs.push(soup);
    // Resolution-shaped text with multi-byte characters everywhere.
    let seed = std::fs::read_to_string(fixtures().join("cnd-53-8.md")).unwrap();
    inputs.push(seed.replace(' ', "\u{a0}").replace('e', "é"));
    inputs.push(seed.replace("<sup>", "<sup>€").replace(". *", ".—*"));
    for (i, s) in inputs.iter().enumerate() {
        for input in [clausemark::InputFormat::Markdown, clausemark::InputFormat::Text, clausemark::InputFormat::Auto] {
            let doc = clausemark::parse(s, &clausemark::ParseOptions { input, language: None });
            // Spans stay inside the input.
            for p in doc.paragraphs() {
                assert!(p.span.start <= p.span.end && p.span.end <= s.len(), "input {i}: span {:?}", p.span);
            }
        }
    }
}

/// Ligatures of PDF text layers and OCR (`ﬁ`, `ﬃ`) read as their letters:
/// the lead is found in the lexicon, the span still slices the input.
#[test]
fn ligatures_read_as_letters() {
    let txt = "The General Assembly,\n\nReaﬃrming its resolution 70/1,\n\n1. Reaﬃrms the ﬁnal scope;\n\n42nd plenary meeting\n4 December 2023\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.preamble[0].lead.as_deref(), Some("Reaffirming"));
    assert_eq!(doc.preamble[0].text, "Reaffirming its resolution 70/1,");
    let s = doc.preamble[0].span;
    assert_eq!(&txt[s.start..s.end], "Reaﬃrming its resolution 70/1,");
    assert_eq!(doc.operative[0].text, "Reaffirms the final scope;");
    assert!(doc.diagnostics.iter().all(|d| d.code != "unknown-lead"), "{:?}", doc.diagnostics);
}

/// A two-word lead listed in one part only is found whole in the other,
/// through the lexicon's inflections (`Remains concerned` in the operative
/// list gives the preambular `Remaining concerned`; Spanish `Toma
/// conocimiento` gives `Tomando conocimiento`), and a listed lead after an
/// opener keeps its extent (`Further` + `pays tribute`, a combination no
/// list holds; `Being` + `gravely concerned`).
#[test]
fn leads_in_the_other_part_s_form_and_after_an_opener() {
    let en = "The General Assembly,\n\nRemaining concerned about the situation,\n\nBeing gravely concerned at the delays,\n\n\
              1. Further pays tribute to the staff of the Office;\n\n2. Looks forward to the next session.\n\n\
              90th plenary meeting\n30 June 2022\n";
    let doc = clausemark::parse(en, &Default::default());
    assert_eq!(doc.preamble[0].lead.as_deref(), Some("Remaining concerned"));
    // `Being` opens a lead as `Having` does; `Gravely concerned` is listed
    assert_eq!(doc.preamble[1].lead.as_deref(), Some("Being gravely concerned"));
    assert_eq!(doc.operative[0].lead.as_deref(), Some("Further pays tribute"));
    let es = "La Asamblea General,\n\nTomando conocimiento del informe del Secretario General,\n\n\
              1. Decide seguir examinando la cuestión;\n\n\
              102a sesión plenaria\n30 de junio de 2022\n";
    let doc = clausemark::parse(es, &Default::default());
    assert_eq!(doc.preamble[0].lead.as_deref(), Some("Tomando conocimiento"));
}

/// Older resolutions and their copies print the enacting formula and the
/// leads in capitals: they are found as the lists write them, and kept as
/// printed. Before, the formula was missed and the preamble dropped as
/// text that could not be placed (or the whole text read as "not a
/// resolution").
#[test]
fn a_resolution_printed_with_leads_in_capitals() {
    let txt = "Economic Reconstruction of Devastated Areas\n\nTHE GENERAL ASSEMBLY,\n\n\
               MINDFUL of the determination proclaimed in the Charter,\n\n\
               TAKING NOTE of the Preliminary Report of the Temporary Sub-Commission (document A/147),\n\n\
               1. APPROVES the General Resolution of the Economic and Social Council;\n\n\
               2. URGES the Members of the United Nations to take all possible steps;\n\n\
               3. FURTHER REQUESTS the Secretary-General to report.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("THE GENERAL ASSEMBLY,"));
    assert_eq!(doc.meta.body.as_deref(), Some("General Assembly"));
    assert_eq!(leads(&doc.preamble), ["MINDFUL", "TAKING NOTE"]);
    assert_eq!(leads(&doc.operative), ["APPROVES", "URGES", "FURTHER REQUESTS"]);
    assert!(doc.diagnostics.iter().all(|d| d.code != "unknown-lead" && d.code != "unplaced-text"), "{:?}", doc.diagnostics);
}

/// A PDF text layer whose page lost the blank lines between some of its
/// paragraphs (a draft's first page): a line that opens with a listed lead
/// after a clause's short last line, with its note marker glued or after a
/// space, starts a paragraph. Before, the three were one "Recalling"
/// paragraph. A hard-wrapped paragraph with a lead word inside is not cut.
#[test]
fn a_page_that_lost_some_blank_lines() {
    let txt = "The Commission on Narcotic Drugs,\n\n\
               Recalling the Political Declaration adopted by the General Assembly at its\n\
               twentieth special session,1 and the measures to enhance international cooperation to\n\
               counter the world drug problem,2\n\
               Recalling also the Political Declaration and Plan of Action on International\n\
               Cooperation towards an Integrated and Balanced Strategy to Counter the World\n\
               Drug Problem, adopted by the General Assembly in its resolution 64/182, 3\n\
               Aware of the fact that representatives of civil society should be enabled to play\n\
               a participatory role in the formulation of drug policy,\n\n\
               1. Decides to continue its work with civil society, and invites Member States to\n\
               report on their efforts, recalling the Political Declaration,\n\
               Recalling its use of the text in item 4 and considering the reports.\n\n\
               __________\n1 General Assembly resolution S-20/2, annex.\n2 General Assembly resolution S-20/4 A to E.\n3 A/64/92-E/2009/98, sect. II.A.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(leads(&doc.preamble), ["Recalling", "Recalling also", "Aware"]);
    assert_eq!(doc.preamble[0].footnotes, ["1", "2"]);
    assert_eq!(doc.preamble[1].footnotes, ["3"]);
    assert!(doc.preamble[1].text.ends_with("resolution 64/182,"), "{}", doc.preamble[1].text);
    // (the operative paragraph's full line before `Recalling its use`: no cut)
    assert_eq!(doc.operative.len(), 1);
    assert!(doc.operative[0].text.ends_with("considering the reports."));
}

/// A text layer whose extractor dropped the drawn rule above a page's
/// notes: the lines at the page's foot that open with markers in sequence
/// (`*`, `1`, `2`), the first one glued to the page's text, are its notes.
/// Before, they were a preambular paragraph with no lead. Lines that open
/// with numbers not cited so, or not at a page's foot, stay text.
#[test]
fn notes_at_a_page_foot_without_a_rule() {
    let page = |notes: &str| {
        format!(
            "The Commission on Narcotic Drugs,\n\n\
             Recalling the Political Declaration adopted by the General Assembly at its\n\
             twentieth special session,1 and the measures to counter the world drug problem,2\n\n\
             Aware of the need to act,\n\n{notes}\n\nV.11-81283 (E)\n\u{c}\
             1. Decides to continue its work.\n"
        )
    };
    let doc = clausemark::parse(&page("* E/CN.7/2011/1.\n1 General Assembly resolution S-20/2, annex.\n2 General Assembly resolution S-20/4 A to E."), &Default::default());
    let notes: Vec<_> = doc.footnotes.iter().map(|f| (f.marker.as_str(), f.text.as_str())).collect();
    assert_eq!(notes, [("1", "General Assembly resolution S-20/2, annex."), ("2", "General Assembly resolution S-20/4 A to E."), ("*", "E/CN.7/2011/1.")]);
    assert_eq!(leads(&doc.preamble), ["Recalling", "Aware"]);
    assert_eq!(doc.preamble[0].footnotes, ["1", "2"]);
    // numbers out of sequence: text, not notes
    let doc = clausemark::parse(&page("1 General Assembly resolution S-20/2, annex.\n3 General Assembly resolution S-20/4 A to E."), &Default::default());
    assert!(doc.footnotes.is_empty());
}

/// A web page's words after the last numbered paragraph, with no adoption
/// line (a site's links): kept after the resolution proper, as an annex,
/// not an operative paragraph with the unknown lead `Argomenti`. A last
/// paragraph that ends a clause, or opens with a listed lead, stays one.
#[test]
fn web_page_words_after_the_last_paragraph() {
    let body = "The Economic and Social Council,\n\nConsidering that representatives should be accorded sufficient time,\n\n\
                1. Requests the Secretary-General to ensure the timely distribution of documents;\n\n\
                2. Further requests the Secretary-General to report to the Commission.\n\n";
    let doc = clausemark::parse(&format!("{body}Argomenti correlati:\nstampa questo documento invia questa pagina per mail\n"), &Default::default());
    assert_eq!(doc.operative.len(), 2);
    assert_eq!(doc.annexes.len(), 1);
    assert_eq!(doc.annexes[0].text, "Argomenti correlati: stampa questo documento invia questa pagina per mail");
    assert!(doc.diagnostics.iter().all(|d| d.code != "unknown-lead"), "{:?}", doc.diagnostics);
    let doc = clausemark::parse(&format!("{body}Decides to remain seized of the matter\n"), &Default::default());
    assert_eq!(doc.operative.len(), 3);
    assert!(doc.annexes.is_empty());
}

/// A web copy's notes in brackets (refworld's copies of older resolutions):
/// markers glued to the text (`activities[1]`, `Convention,[2]`), the notes
/// after the adoption line, two of them on one line. Before, the markers
/// stayed in the text and the notes were an annex. A bracketed number no
/// note defines stays text.
#[test]
fn a_web_copy_with_bracketed_notes() {
    let txt = "The General Assembly,\n\n\
               Having considered the reports of the Committee on its activities[1] submitted under article 9 of the Convention,[2]\n\n\
               1. Takes note with appreciation of the reports of the Committee [3] and of its work;\n\n\
               2. Requests the Secretary-General to report.\n\n\
               105th plenary meeting,\n13 December 1976.\n\n\
               [1] Official Records of the General Assembly, Thirty-first Session, Supplement No. 18 (A/31/18). [2] Resolution 2106 A (XX), annex.\n\n\
               This is not a UNHCR publication.\n";
    let doc = clausemark::parse(txt, &Default::default());
    let notes: Vec<_> = doc.footnotes.iter().map(|f| (f.marker.as_str(), f.text.as_str())).collect();
    assert_eq!(notes, [("1", "Official Records of the General Assembly, Thirty-first Session, Supplement No. 18 (A/31/18)."), ("2", "Resolution 2106 A (XX), annex.")]);
    assert_eq!(doc.preamble[0].footnotes, ["1", "2"]);
    assert_eq!(doc.preamble[0].text, "Having considered the reports of the Committee on its activities submitted under article 9 of the Convention,");
    // `[3]` after a space and defined by no note: kept
    assert!(doc.operative[0].text.contains("Committee [3] and"));
    assert_eq!(doc.annexes.len(), 1);
    assert!(doc.diagnostics.iter().all(|d| d.code != "footnote-unreferenced"), "{:?}", doc.diagnostics);
}

/// What a colon announces, with no label and no lead (a quotation, a list
/// of names), belongs to the paragraph whose words end on the colon: it was
/// a paragraph of its own with no lead (or an operative paragraph with the
/// guessed lead `Argentina`). A heading after a colon stays a heading.
#[test]
fn what_a_colon_announces_stays_in_its_paragraph() {
    let txt = "The General Assembly,\n\n\
               Recalling in particular paragraph 5 of the Declaration, which reads:\n\n\
               “Immediate steps shall be taken to transfer all powers to the peoples of those territories”,\n\n\
               Noting with regret that the provisions have not been carried out,\n\n\
               1. Appoints a Committee of fifteen members to be designated by the Governments of:\n\n\
               Argentina, Belgium, Canada, China, Cuba, Denmark and France.\n\n\
               2. Decides to adopt the following programme:\n\nProgramme of work\n\n3. Requests the Committee to report.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(leads(&doc.preamble), ["Recalling in particular", "Noting with regret"]);
    assert!(doc.preamble[0].text.ends_with("which reads: “Immediate steps shall be taken to transfer all powers to the peoples of those territories”,"), "{}", doc.preamble[0].text);
    assert_eq!(leads(&doc.operative), ["Appoints", "Decides", "Requests"]);
    assert!(doc.operative[0].text.ends_with("Governments of: Argentina, Belgium, Canada, China, Cuba, Denmark and France."));
    assert_eq!(doc.operative[2].section.clone().flatten().as_deref(), Some("Programme of work"));
}

/// A compact layout: blank lines on the cover, one line per paragraph
/// after it. The formula and the preamble were one block that the header
/// dropped without a word; now each line that opens with a listed lead
/// after the formula or after a paragraph's line is a paragraph. Running
/// text the header cannot place is reported.
#[test]
fn a_compact_body_under_a_spaced_cover() {
    let txt = "United Nations\n\nA/RES/1/1\n\nThe General Assembly,\nRecalling its resolution 64/182,\n\
               Recalling also its resolution 53/115,\nNoting the report of the Secretary-General,\n\
               1. Calls upon States to act;\n2. Decides to remain seized.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly,"));
    assert_eq!(leads(doc.preamble.iter().chain(&doc.operative)), ["Recalling", "Recalling also", "Noting", "Calls upon", "Decides"]);
    // an opener before a listed lead in small letters (`Also recalling`,
    // `Further noting`: the lists hold `Recalling also`) opens a paragraph
    // too, and is no unknown lead
    let txt = "United Nations\n\nThe United Nations Environment Assembly,\nRecalling decision 27/2 of the Governing Council,\n\
               Also recalling Governing Council decision 13/6,\nFurther noting the report of the Executive Director,\n\
               Having taken note of the report of the task force,\n1. Requests the Executive Director to report.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(leads(doc.preamble.iter().chain(&doc.operative)), ["Recalling", "Also recalling", "Further noting", "Having taken note", "Requests"]);
    assert!(doc.diagnostics.iter().all(|d| d.code != "unknown-lead"), "{:?}", doc.diagnostics);
    // text before the formula that no header field takes is reported
    let txt = "United Nations\n\nFollowing is the text of the resolution adopted by the Assembly on that day.\n\n\
               The General Assembly,\n\nRecalling its resolution 64/182,\n\n1. Decides to remain seized.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert!(doc.diagnostics.iter().any(|d| d.code == "unplaced-text" && d.line == 3), "{:?}", doc.diagnostics);
}

/// A double-spaced text layer (a blank line after every line, as some PDF
/// extractors write it): its blank lines separate nothing. Before, each
/// wrapped line was a paragraph of its own (`independence, unity ...` with
/// no lead, `Republic is ...` with the lead `Republic`). A text with one
/// paragraph per line and blank lines between them is not such a text.
#[test]
fn a_double_spaced_text_layer() {
    let txt = "The Human Rights Council,\n\n\
               Reaffirming also its strong commitment to the full respect of the sovereignty,\n\n\
               independence, unity and territorial integrity of the Syrian Arab Republic,\n\n\
               Reiterating that the only sustainable solution to the current conflict in the Syrian Arab\n\n\
               Republic is through an inclusive political process,\n\n\
               1. Decides to remain seized of the matter.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(leads(doc.preamble.iter().chain(&doc.operative)), ["Reaffirming also", "Reiterating", "Decides"]);
    assert!(doc.preamble[1].text.ends_with("Syrian Arab Republic is through an inclusive political process,"));
    // an item whose clause ends on its list's conjunction, in a text
    // without blank lines: `(c)` was glued into `(b)`
    let compact = "United Nations\n\nThe Security Council,\nRecalling its resolutions,\n1. Notes that the proposal would enable the following outcomes:\n\
                   (a) Phase 1: a ceasefire;\n(b) Phase 2: a permanent end to hostilities; and\n(c) Phase 3: reconstruction;\n\
                   2. Decides to remain seized of the matter.\n";
    let doc = clausemark::parse(compact, &Default::default());
    let items: Vec<_> = doc.operative[0].items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(items, ["Phase 1: a ceasefire;", "Phase 2: a permanent end to hostilities; and", "Phase 3: reconstruction;"]);
    let one_per_line = "The Economic and Social Council,\n\nNoting with concern the gravity of the drug problem in all its manifestations,\n\n\
                        Bearing in mind the obligations imposed on the Commission by the Single Convention on Narcotic Drugs, 1961,74/\n\n\
                        Bearing in mind also that biennial sessions do not permit the Commission to fulfil its responsibilities,\n\n\
                        1. Decides that the Commission shall hold a special session in 1974;\n\n\
                        2. Recommends that the special session be convened at Geneva.\n\n74/ United Nations, Treaty Series, vol. 520, p. 151.\n";
    let doc = clausemark::parse(one_per_line, &Default::default());
    assert_eq!(leads(doc.preamble.iter().chain(&doc.operative)), ["Noting with concern", "Bearing in mind", "Bearing in mind also", "Decides", "Recommends"]);
}

/// A draft quoted in a report or a press release: each paragraph opens with
/// a quotation mark. Before, the formula was not found and the text read as
/// "not a resolution". A paragraph that merely quotes stays as it is.
#[test]
fn a_draft_quoted_paragraph_by_paragraph() {
    let txt = "“The General Assembly,\n\n“Recalling all of its previous resolutions on violence against women migrant workers,\n\n\
               “Reaffirming the provisions concerning women migrant workers,\n\n“1. Welcomes the report of the Secretary-General;\n\n\
               “2. Calls upon Governments to take measures.”\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly,"));
    assert_eq!(leads(doc.preamble.iter().chain(&doc.operative)), ["Recalling", "Reaffirming", "Welcomes", "Calls upon"]);
    assert_eq!(doc.operative[1].num.as_deref(), Some("2"));
    let txt = "The General Assembly,\n\nRecalling its resolution 1,\n\n“Determined to act”, as the Charter reads,\n\n1. Decides to act.\n";
    let doc = clausemark::parse(txt, &Default::default());
    assert!(doc.preamble[1].text.starts_with('“'));
}
