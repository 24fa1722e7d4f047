//! Outputs: Akoma Ntoso export validates against the OASIS schema (vendored
//! in `schemas/`), the `--input akn` reader agrees with the export, and the
//! HTML is well-formed, has unique ids, working footnote links and no markup
//! from the input.
//!
//! The corpus test reads `CLAUSEMARK_CORPUS` (default `../shared/corpus`) and
//! FAILS when the directory is missing; the fixture tests (public UN
//! documents in `tests/fixtures/outputs/`) always run.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use clausemark::model::{Document, Paragraph};
use clausemark::output::{to_akoma_ntoso, to_html};
use clausemark::{parse, InputFormat, ParseOptions};
use quick_xml::events::Event;
use quick_xml::Reader;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/outputs")
}

fn xsd() -> PathBuf {
    root().join("schemas/akomantoso30.xsd")
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("clausemark-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn parse_file(p: &Path) -> Document {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let input = if p.to_string_lossy().ends_with(".akn.xml") { InputFormat::Akn } else { InputFormat::Auto };
    parse(&text, &ParseOptions { input, language: None })
}

/// Every .md/.txt/.akn.xml file under `dir`.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    fn walk(d: &Path, out: &mut Vec<PathBuf>) {
        let mut es: Vec<PathBuf> = std::fs::read_dir(d).unwrap_or_else(|e| panic!("{}: {e}", d.display())).filter_map(|e| e.ok().map(|e| e.path())).collect();
        es.sort();
        for e in es {
            let s = e.to_string_lossy().to_string();
            if e.is_dir() {
                walk(&e, out);
            } else if s.ends_with(".md") && !s.ends_with("README.md") || s.ends_with(".txt") || s.ends_with(".akn.xml") {
                out.push(e);
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, &mut v);
    v
}

/// Export every input to AKN in a temp dir, run xmllint over them in
/// batches, and return (files, failures with xmllint's words).
fn validate_all(files: &[PathBuf], tag: &str) -> (usize, Vec<String>) {
    assert!(xsd().is_file(), "the vendored schema {} is missing", xsd().display());
    let dir = temp_dir(tag);
    let mut written = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let doc = parse_file(f);
        let out = dir.join(format!("{i:04}-{}.xml", f.file_name().unwrap().to_string_lossy()));
        std::fs::write(&out, to_akoma_ntoso(&doc)).expect("write");
        written.push(out);
    }
    let mut failures = Vec::new();
    for chunk in written.chunks(250) {
        let out = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(xsd())
            .args(chunk)
            .output()
            .expect("xmllint must be installed (Debian package libxml2-utils) to validate Akoma Ntoso output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        for f in chunk {
            let name = f.to_string_lossy();
            if !stderr.lines().any(|l| l == format!("{name} validates")) {
                let why: Vec<&str> = stderr.lines().filter(|l| l.starts_with(name.as_ref())).take(3).collect();
                failures.push(format!("{name}: {}", why.join(" | ")));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    (written.len(), failures)
}

#[test]
fn corpus_exports_validate_against_the_akoma_ntoso_schema() {
    let dir = std::env::var("CLAUSEMARK_CORPUS").map(PathBuf::from).unwrap_or_else(|_| root().join("../shared/corpus"));
    assert!(
        dir.is_dir(),
        "corpus directory {} is missing: set CLAUSEMARK_CORPUS to the evaluation corpus (this test does not pass without it)",
        dir.display()
    );
    let files = inputs(&dir);
    assert!(files.len() >= 100, "only {} inputs under {}: not the corpus?", files.len(), dir.display());
    let (n, failures) = validate_all(&files, "corpus");
    eprintln!("Akoma Ntoso export: {}/{n} corpus files validate", n - failures.len());
    assert!(failures.is_empty(), "{} of {n} exports do not validate:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn fixture_exports_validate_against_the_akoma_ntoso_schema() {
    let files = inputs(&fixtures());
    assert!(files.len() >= 20, "fixtures missing");
    let (n, failures) = validate_all(&files, "fixtures");
    assert_eq!(n, files.len());
    assert!(failures.is_empty(), "{} of {n} exports do not validate:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_validation_catches_invalid_output() {
    // the harness itself: a broken document must be reported
    let dir = temp_dir("invalid");
    let bad = dir.join("bad.xml");
    let doc = parse_file(&fixtures().join("ga-75-4-en.md"));
    let xml = to_akoma_ntoso(&doc).replace("<mainBody>", "<mainBody><bogus/>");
    std::fs::write(&bad, xml).unwrap();
    let out = Command::new("xmllint").arg("--noout").arg("--schema").arg(xsd()).arg(&bad).output().expect("xmllint");
    assert!(!out.status.success(), "xmllint accepted an element the schema does not have");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every `eId` in the AKN export, in order.
fn eids(xml: &str) -> Vec<(String, String)> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match r.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_string();
                for a in e.attributes().flatten() {
                    if a.key.as_ref() == b"eId" {
                        out.push((name.clone(), a.unescape_value().unwrap().to_string()));
                    }
                }
            }
            Ok(Event::Eof) => break,
            Err(e) => panic!("AKN output is not well-formed: {e}"),
            _ => {}
        }
    }
    out
}

#[test]
fn akn_eids_are_the_model_ids_and_unique() {
    for name in ["ga-75-4-en.md", "ga-75-4-en.txt", "sc-2520-2020-en.md", "hrc-55-8-en.txt", "ga-76-248-fr.md"] {
        let doc = parse_file(&fixtures().join(name));
        let ids = eids(&to_akoma_ntoso(&doc));
        let mut seen = HashSet::new();
        for (_, id) in &ids {
            assert!(seen.insert(id.clone()), "{name}: eId {id} twice");
        }
        for p in doc.paragraphs() {
            assert!(seen.contains(&p.id), "{name}: paragraph {} has no element with that eId", p.id);
        }
        let containers = ids.iter().filter(|(n, _)| n == "container").count();
        assert_eq!(containers, doc.preamble.len(), "{name}: one container per preambular paragraph");
        let notes = ids.iter().filter(|(n, _)| n == "authorialNote").count();
        let cited: usize = doc.paragraphs().iter().map(|p| p.notes.len()).sum();
        assert!(notes >= cited, "{name}: {notes} authorialNote elements for {cited} markers");
    }
}

#[test]
fn akn_containers_are_named_by_the_lead_or_else_the_first_word() {
    // As the UN's files do: `<container name="Recalling">`, and for a
    // paragraph printed without an emphasized lead, its first word.
    let md = "*The General Assembly,*\n\n*Recalling also* its resolution 75/1,\n\nGuidée par la Charte des Nations Unies,\n\n1. *Decides* to remain seized of the matter.\n";
    let doc = parse(md, &ParseOptions::default());
    assert_eq!(doc.preamble.len(), 2);
    assert_eq!(doc.preamble[1].lead, None);
    let xml = to_akoma_ntoso(&doc);
    assert!(xml.contains("<container name=\"Recalling also\""), "{xml}");
    assert!(xml.contains("<container name=\"Guidée\""), "{xml}");
}

fn same_paragraphs(a: &[Paragraph], b: &[Paragraph], path: &str) {
    assert_eq!(a.len(), b.len(), "{path}: paragraph counts differ");
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        let here = format!("{path}[{i}]");
        assert_eq!(x.text, y.text, "{here}: text");
        assert_eq!(x.lead.as_deref().map(str::to_lowercase), y.lead.as_deref().map(str::to_lowercase), "{here}: lead");
        let norm = |n: &Option<String>| n.as_deref().map(|s| s.trim_matches(|c: char| c == '(' || c == ')' || c == '.').to_string());
        assert_eq!(norm(&x.num), norm(&y.num), "{here}: num");
        assert_eq!(x.footnotes, y.footnotes, "{here}: footnote markers");
        same_paragraphs(&x.items, &y.items, &format!("{here}.items"));
    }
}

#[test]
fn akn_export_reads_back_into_the_same_model() {
    for name in ["ga-75-4-en.md", "ga-75-4-en.txt", "sc-2520-2020-en.md", "ga-77-5-en.md", "hrc-55-8-en.md", "ga-75-295-ar.md", "ga-76-186-en.txt"] {
        let doc = parse_file(&fixtures().join(name));
        let xml = to_akoma_ntoso(&doc);
        let back = parse(&xml, &ParseOptions::default());
        assert_eq!(back.input, clausemark::model::InputKind::Akn, "{name}: auto-detected as Akoma Ntoso");
        assert_eq!(back.meta.number, doc.meta.number, "{name}: number");
        assert_eq!(back.meta.title, doc.meta.title, "{name}: title");
        assert_eq!(back.formula, doc.formula, "{name}: formula");
        assert_eq!(back.meta.adoption.as_ref().and_then(|a| a.date.clone()), doc.meta.adoption.as_ref().and_then(|a| a.date.clone()), "{name}: date");
        same_paragraphs(&doc.preamble, &back.preamble, &format!("{name} preamble"));
        same_paragraphs(&doc.operative, &back.operative, &format!("{name} operative"));
        let fa: Vec<(&str, &str)> = doc.footnotes.iter().map(|f| (f.marker.as_str(), f.text.as_str())).collect();
        let fb: Vec<(&str, &str)> = back.footnotes.iter().map(|f| (f.marker.as_str(), f.text.as_str())).collect();
        let (mut fa, mut fb) = (fa, fb);
        fa.sort();
        fb.sort();
        assert_eq!(fa, fb, "{name}: footnotes");
        assert_eq!(back.annexes.len(), doc.annexes.len(), "{name}: annexes");
    }
}

#[test]
fn reading_the_uns_akn_gives_the_expected_structure() {
    // ga-75-4-en: items with sub-items printed as numberless paragraphs
    let doc = parse_file(&fixtures().join("ga-75-4-en.akn.xml"));
    assert_eq!(doc.meta.number.as_deref(), Some("75/4"));
    assert_eq!(doc.meta.body.as_deref(), Some("General Assembly"));
    let p3 = &doc.operative[2];
    assert_eq!(p3.num.as_deref(), Some("3"));
    assert_eq!(p3.lead.as_deref(), Some("Further decides"));
    assert_eq!(p3.items[0].num.as_deref(), Some("(a)"));
    assert_eq!(p3.items[0].items.len(), 4, "(i) to (iv) under (a)");
    assert_eq!(p3.items[0].items[2].footnotes, vec!["1".to_string()]);
    // sc-2520-2020-en: sections from subheadings, adoption from the cover page
    let sc = parse_file(&fixtures().join("sc-2520-2020-en.akn.xml"));
    assert_eq!(sc.meta.number.as_deref(), Some("2520 (2020)"));
    assert_eq!(sc.meta.adoption.as_ref().and_then(|a| a.date.as_deref()), Some("2020-05-29"));
    assert!(sc.operative.iter().any(|p| p.section == Some(Some("AMISOM Priorities and tasks".into()))));
    // ga-77-5-en: an annex
    assert_eq!(parse_file(&fixtures().join("ga-77-5-en.akn.xml")).annexes.len(), 1);
    // not XML at all: no panic, a diagnostic
    let bad = parse("<akomaNtoso><statement name=\"resolution\"><mainBody></statement>", &ParseOptions { input: InputFormat::Akn, language: None });
    assert!(!bad.diagnostics.is_empty());
}

/// A parsed HTML (XHTML-ish) document: ids, (class, href) of links, element names, attributes.
struct Html {
    ids: Vec<String>,
    links: Vec<(String, String)>,
    elements: Vec<String>,
    attrs: Vec<(String, String)>,
}

fn read_html(html: &str) -> Html {
    let mut r = Reader::from_str(html);
    let mut h = Html { ids: Vec::new(), links: Vec::new(), elements: Vec::new(), attrs: Vec::new() };
    let mut depth: i64 = 0;
    loop {
        let ev = r.read_event();
        let (e, open) = match &ev {
            Ok(Event::Start(e)) => (Some(e.clone()), true),
            Ok(Event::Empty(e)) => (Some(e.clone()), false),
            Ok(Event::End(_)) => {
                depth -= 1;
                (None, false)
            }
            Ok(Event::Eof) => break,
            Err(e) => panic!("HTML is not well-formed at {}: {e}", r.error_position()),
            _ => (None, false),
        };
        if let Some(e) = e {
            if open {
                depth += 1;
            }
            let name = String::from_utf8_lossy(e.local_name().as_ref()).to_lowercase();
            let mut class = String::new();
            let mut href = None;
            for a in e.attributes() {
                let a = a.expect("well-formed attribute");
                let k = String::from_utf8_lossy(a.key.as_ref()).to_lowercase();
                let v = a.unescape_value().expect("attribute value").to_string();
                match k.as_str() {
                    "id" => h.ids.push(v.clone()),
                    "class" => class = v.clone(),
                    "href" => href = Some(v.clone()),
                    _ => {}
                }
                h.attrs.push((k, v));
            }
            if let Some(hr) = href {
                h.links.push((class, hr));
            }
            h.elements.push(name);
        }
    }
    assert_eq!(depth, 0, "unbalanced elements");
    h
}

fn check_html(doc: &Document, html: &str, what: &str) -> Html {
    let h = read_html(html);
    let mut seen = HashSet::new();
    for id in &h.ids {
        assert!(seen.insert(id.as_str()), "{what}: id {id} twice");
    }
    for p in doc.paragraphs() {
        assert!(seen.contains(p.id.as_str()), "{what}: no element with the model id {}", p.id);
    }
    let cited: usize = doc.paragraphs().iter().flat_map(|p| p.notes.iter()).filter(|n| doc.footnotes.iter().any(|f| f.marker == n.marker)).count();
    let refs: Vec<&(String, String)> = h.links.iter().filter(|(c, _)| c.split_whitespace().any(|x| x == "akn-noteRef")).collect();
    assert_eq!(refs.len(), cited, "{what}: one akn-noteRef link per cited marker with a note");
    for (class, href) in &h.links {
        match href.strip_prefix('#') {
            Some(target) => assert!(seen.contains(target), "{what}: {class} link to #{target}, which does not exist"),
            // the only links that leave the page: citations of UN documents
            None => assert!(class == "akn-ref" && href.starts_with("https://undocs.org/"), "{what}: {class} link to {href}"),
        }
    }
    for f in &doc.footnotes {
        assert!(seen.contains(f.id.as_str()), "{what}: footnote {} has no element", f.id);
    }
    h
}

#[test]
fn html_is_well_formed_with_unique_ids_and_working_note_links() {
    let mut files = inputs(&fixtures());
    files.retain(|f| !f.to_string_lossy().contains("hostile"));
    for f in files {
        let doc = parse_file(&f);
        let what = f.file_name().unwrap().to_string_lossy().to_string();
        let frag = to_html(&doc, false);
        let h = check_html(&doc, &frag, &what);
        assert!(h.elements.first().is_some_and(|e| e == "article"), "{what}: the fragment is an <article>");
        let page = to_html(&doc, true);
        assert!(page.starts_with("<!DOCTYPE html>"));
        let hp = check_html(&doc, &page, &format!("{what} (standalone)"));
        assert!(hp.elements.iter().any(|e| e == "style"), "{what}: standalone page has its styles");
        if !doc.footnotes.is_empty() {
            assert!(h.links.iter().any(|(c, _)| c == "akn-noteBack"), "{what}: footnotes link back");
        }
    }
}

#[test]
fn html_keeps_no_markup_from_the_input() {
    let path = fixtures().join("hostile.md");
    let doc = parse_file(&path);
    assert!(doc.paragraphs().iter().any(|p| p.text.contains("<script>")), "the fixture does carry raw HTML into the model");
    for (standalone, html) in [(false, to_html(&doc, false)), (true, to_html(&doc, true))] {
        let h = check_html(&doc, &html, "hostile");
        let allowed: HashSet<&str> = [
            "html", "head", "meta", "title", "style", "body", "article", "header", "h1", "h2", "p", "span", "section", "div", "em", "sup", "a", "ol",
            "li", "footer", "br", "time", "aside",
        ]
        .into_iter()
        .collect();
        for e in &h.elements {
            assert!(allowed.contains(e.as_str()), "element <{e}> in the output");
        }
        assert_eq!(h.elements.iter().filter(|e| *e == "style").count(), usize::from(standalone), "only our own <style>");
        for (k, v) in &h.attrs {
            assert!(!k.starts_with("on"), "event handler attribute {k}={v}");
            assert!(!v.to_lowercase().contains("javascript:"), "javascript: in attribute {k}");
            assert!(["class", "id", "href", "lang", "dir", "aria-label", "datetime", "charset", "name", "content"].contains(&k.as_str()), "attribute {k}");
        }
        for (class, href) in &h.links {
            assert!(href.starts_with('#') || (class == "akn-ref" && href.starts_with("https://undocs.org/")), "link {href} leaves the page");
        }
        let lower = html.to_lowercase();
        for bad in ["<script", "<svg", "<img", "<iframe", "<b ", "</p></div></article> closing"] {
            assert!(!lower.contains(bad), "raw {bad} survived");
        }
        assert!(html.contains("&lt;script&gt;"), "the words are kept, escaped");
    }
    // and the AKN of the same input is well-formed and escaped
    let xml = to_akoma_ntoso(&doc);
    assert!(!xml.contains("<script"));
    let _ = eids(&xml);
}

#[test]
fn html_note_links_point_at_their_notes() {
    let doc = parse_file(&fixtures().join("ga-75-4-en.md"));
    let html = to_html(&doc, false);
    let mut by_marker: HashMap<&str, &str> = HashMap::new();
    for f in &doc.footnotes {
        by_marker.insert(&f.marker, &f.id);
    }
    for p in doc.paragraphs() {
        for n in &p.notes {
            let id = by_marker[n.marker.as_str()];
            assert!(html.contains(&format!("href=\"#{id}\"")), "marker {} in {} links to #{id}", n.marker, p.id);
        }
    }
    assert!(html.contains("<em class=\"akn-lead\">Further decides</em>"));
    // citations (the references stage) link to the UN's documents, in HTML and AKN
    let cites: Vec<_> = doc.references.iter().filter(|r| r.target.url.is_some() && r.paragraph.starts_with("p")).collect();
    assert!(!cites.is_empty(), "the fixture cites resolutions");
    let linked = cites.iter().filter(|r| html.contains(&format!("href=\"{}\">{}</a>", r.target.url.as_ref().unwrap(), r.text))).count();
    assert!(linked * 10 >= cites.len() * 9, "{linked} of {} citations linked in HTML", cites.len());
    let xml = to_akoma_ntoso(&doc);
    let linked = cites.iter().filter(|r| xml.contains(&format!("<ref href=\"{}\">{}</ref>", r.target.url.as_ref().unwrap(), r.text))).count();
    assert!(linked * 10 >= cites.len() * 9, "{linked} of {} citations as <ref> in AKN", cites.len());
}
