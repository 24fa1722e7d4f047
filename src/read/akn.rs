//! Akoma Ntoso (the UN's AKN4UN profile) into the model.
//!
//! The XML is read into a small element tree with `quick-xml`, then walked:
//! `preface` / `coverPage` / `conclusions` give the header and adoption
//! fields, `preamble/formula` the enacting formula, each `preamble/container`
//! a preambular paragraph (`blockList` items become its items), each
//! `mainBody/paragraph` an operative paragraph (`list`/`intro`/`point`,
//! `sublist` for deeper items), heading-only paragraphs the section headings,
//! `authorialNote` the footnotes (with their position in the text), and
//! `attachments` the annexes. Text is flattened and white space collapsed;
//! the lead is the emphasized phrase (`span class="italic|bold"`) that opens
//! the paragraph, extended to the end of its word.

use std::collections::HashSet;

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::ids;
use crate::model::{Adoption, Annex, Document, Footnote, HeaderSpans, InputKind, Meta, NoteRef, Paragraph, Span, SCHEMA};

/// True when the input is XML that looks like Akoma Ntoso.
pub fn looks_like(input: &str) -> bool {
    let head = input.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<?xml") || head.starts_with("<akomaNtoso") || memchr::memmem::find(input.as_bytes(), b"<akomaNtoso").is_some()
}

/// One element of the tree: local name, attributes, children.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

#[derive(Debug)]
enum Node {
    El(El),
    Text(String),
}

impl El {
    fn attr(&self, k: &str) -> Option<&str> {
        self.attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str())
    }
    fn elements(&self) -> impl Iterator<Item = &El> {
        self.children.iter().filter_map(|c| match c {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }
    fn child(&self, name: &str) -> Option<&El> {
        self.elements().find(|e| e.name == name)
    }
    /// First descendant (depth first, self excluded) with this name.
    fn find(&self, name: &str) -> Option<&El> {
        for e in self.elements() {
            if e.name == name {
                return Some(e);
            }
            if let Some(f) = e.find(name) {
                return Some(f);
            }
        }
        None
    }
    fn find_where(&self, pred: &dyn Fn(&El) -> bool) -> Option<&El> {
        for e in self.elements() {
            if pred(e) {
                return Some(e);
            }
            if let Some(f) = e.find_where(pred) {
                return Some(f);
            }
        }
        None
    }
    fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a El>) {
        for e in self.elements() {
            if e.name == name {
                out.push(e);
            }
            e.find_all(name, out);
        }
    }
}

fn local(name: &[u8]) -> String {
    let s = String::from_utf8_lossy(name);
    match s.rfind(':') {
        Some(i) => s[i + 1..].to_string(),
        None => s.to_string(),
    }
}

fn parse_tree(input: &str) -> Result<El, String> {
    let mut reader = Reader::from_str(input);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<El> = vec![El { name: "#root".into(), ..Default::default() }];
    fn open(e: &quick_xml::events::BytesStart) -> El {
        let attrs = e
            .attributes()
            .flatten()
            .map(|a| {
                let k = local(a.key.as_ref());
                let v = a.unescape_value().map(|v| v.to_string()).unwrap_or_default();
                (k, v)
            })
            .collect();
        El { name: local(e.name().as_ref()), attrs, children: Vec::new() }
    }
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => stack.push(open(&e)),
            Ok(Event::Empty(e)) => {
                let el = open(&e);
                stack.last_mut().expect("root").children.push(Node::El(el));
            }
            Ok(Event::End(_)) => {
                if stack.len() > 1 {
                    let el = stack.pop().expect("open element");
                    stack.last_mut().expect("root").children.push(Node::El(el));
                }
            }
            Ok(Event::Text(t)) => {
                let s = t.unescape().map(|c| c.to_string()).unwrap_or_else(|_| String::from_utf8_lossy(&t).to_string());
                stack.last_mut().expect("root").children.push(Node::Text(s));
            }
            Ok(Event::CData(c)) => {
                let s = String::from_utf8_lossy(&c.into_inner()).to_string();
                stack.last_mut().expect("root").children.push(Node::Text(s));
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(format!("XML error at byte {}: {e}", reader.error_position())),
        }
    }
    while stack.len() > 1 {
        let el = stack.pop().expect("open element");
        stack.last_mut().expect("root").children.push(Node::El(el));
    }
    Ok(stack.pop().expect("root"))
}

/// Private-use characters stand for footnote markers while text is flattened.
const NOTE_BASE: u32 = 0xF0000;

/// Flattening state: the footnotes met so far (document order).
struct Ctx {
    notes: Vec<(String, String)>,
}

impl Ctx {
    /// The raw text of `el` with notes replaced by sentinels; `skip` names
    /// child elements left out (such as `num` or nested lists).
    fn raw(&mut self, el: &El, skip: &[&str], out: &mut String) {
        for c in &el.children {
            match c {
                Node::Text(t) => out.push_str(t),
                Node::El(e) => {
                    if skip.contains(&e.name.as_str()) {
                        continue;
                    }
                    match e.name.as_str() {
                        "authorialNote" | "note" => {
                            let marker = e.attr("marker").unwrap_or("").to_string();
                            let mut t = String::new();
                            self.raw(e, &[], &mut t);
                            let (text, _) = collapse(&t);
                            let text = text.strip_prefix("()").map(|s| s.trim_start().to_string()).unwrap_or(text);
                            let idx = self.notes.len() as u32;
                            self.notes.push((marker, text));
                            out.push(char::from_u32(NOTE_BASE + idx).unwrap_or(' '));
                        }
                        "eol" | "br" => out.push(' '),
                        // superscripts (`1<sup>er</sup>`): their words, without padding
                        "sup" => {
                            let mut t = String::new();
                            self.raw(e, skip, &mut t);
                            if !t.trim().is_empty() {
                                out.push_str(&t);
                            }
                        }
                        "p" | "intro" | "listIntroduction" | "content" | "item" | "point" | "heading" | "subheading" => {
                            out.push(' ');
                            self.raw(e, skip, out);
                            out.push(' ');
                        }
                        _ => self.raw(e, skip, out),
                    }
                }
            }
        }
    }
}

/// Collapse white space, take the note sentinels out, and say where each
/// stood: (text, [(note index, byte offset)]).
/// The annex label that opens a flattened annex text (`Annex`, `Annex II`,
/// `Annexe`): the word and, when there is one, the numeral after it.
fn printed_label(text: &str, lx: &crate::lexicon::Lexicon) -> Option<String> {
    let mut words = text.split(' ');
    let first = words.next()?;
    let numeral = |w: &str| !w.is_empty() && w.len() <= 6 && (w.chars().all(|c| "IVXLC".contains(c)) || w.chars().all(|c| c.is_ascii_digit()) || (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())));
    let with_num = words.next().filter(|w| numeral(w)).map(|w| format!("{first} {w}"));
    [with_num, Some(first.to_string())].into_iter().flatten().find(|l| crate::structure::annex_label(l, lx))
}

fn collapse(raw: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::new();
    let mut notes = Vec::new();
    let mut pending = false;
    for c in raw.chars() {
        let u = c as u32;
        if (NOTE_BASE..NOTE_BASE + 0xFFFF).contains(&u) {
            notes.push(((u - NOTE_BASE) as usize, out.len()));
        } else if c.is_whitespace() && (out.is_empty() || !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')) {
            // no-break spaces are words' glue in the UN's text: kept, except at the start
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    let len = out.len();
    let notes = notes.into_iter().map(|(i, o)| (i, o.min(len))).collect();
    (out, notes)
}

fn plain(el: &El) -> String {
    let mut c = Ctx { notes: Vec::new() };
    let mut s = String::new();
    c.raw(el, &[], &mut s);
    collapse(&s).0
}

fn is_emphasis(e: &El) -> bool {
    matches!(e.name.as_str(), "span" | "i" | "b")
        && (e.name != "span" || e.attr("class").is_some_and(|c| c.split_whitespace().any(|w| w == "italic" || w == "bold")))
}

/// The emphasized phrase that opens `el` (a `p`, `intro`, ...), if any.
fn lead_of(el: &El, text: &str) -> Option<String> {
    // the first non-blank child, descending into a leading `p`
    fn first(el: &El) -> Option<&El> {
        for c in &el.children {
            match c {
                Node::Text(t) if t.trim().is_empty() => continue,
                // a printed label left in the text (`\t3\t<span>Calls upon</span>`)
                Node::Text(t) if raw_label(t).is_some_and(|(_, n)| n == t.len()) => continue,
                Node::Text(_) => return None,
                Node::El(e) if e.name == "num" => continue,
                Node::El(e) if e.name == "authorialNote" => return None,
                Node::El(e) if is_emphasis(e) => return Some(e),
                Node::El(e) if matches!(e.name.as_str(), "p" | "content" | "intro" | "listIntroduction") => return first(e),
                Node::El(_) => return None,
            }
        }
        None
    }
    let e = first(el)?;
    // adjacent emphasis (`<span>S</span><span>trongly condemning</span>`) is one phrase
    let mut phrase = String::new();
    let mut started = false;
    fn siblings(el: &El, target: *const El) -> Option<&El> {
        for c in &el.children {
            if let Node::El(x) = c {
                if std::ptr::eq(x, target) {
                    return Some(el);
                }
                if let Some(p) = siblings(x, target) {
                    return Some(p);
                }
            }
        }
        None
    }
    if let Some(parent) = siblings(el, e as *const El) {
        for c in &parent.children {
            match c {
                Node::El(x) if std::ptr::eq(x, e) => {
                    started = true;
                    phrase.push_str(&plain(x));
                }
                Node::El(x) if started && is_emphasis(x) && x.attr("class") == e.attr("class") => phrase.push_str(&plain(x)),
                _ if started => break,
                _ => {}
            }
        }
    } else {
        phrase = plain(e);
    }
    let phrase = phrase.trim().to_string();
    if phrase.is_empty() || !text.starts_with(&phrase) {
        return None;
    }
    // extend to the end of a word the emphasis stopped inside
    let mut end = phrase.len();
    for c in text[end..].chars() {
        if c.is_alphanumeric() {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    let lead = text[..end].trim_end_matches(|c: char| c == ',' || c == ';' || c == ':' || c == '，' || c == '、' || c == '：' || c == '；' || c == '،' || c.is_whitespace());
    if lead.is_empty() {
        None
    } else {
        Some(lead.to_string())
    }
}

fn paragraph_from(ctx: &mut Ctx, own: &[&El], id: String, num: Option<String>) -> Paragraph {
    let mut raw = String::new();
    for e in own {
        raw.push(' ');
        ctx.raw(e, &["num", "list", "sublist", "point", "item", "blockList"], &mut raw);
        raw.push(' ');
    }
    let (text, pos) = collapse(&raw);
    let notes: Vec<NoteRef> = pos.iter().map(|&(i, off)| NoteRef { marker: ctx.notes[i].0.clone(), offset: off }).collect();
    let lead = own.first().and_then(|e| lead_of(e, &text));
    Paragraph {
        id,
        num,
        lead,
        footnotes: notes.iter().map(|n| n.marker.clone()).collect(),
        notes,
        text,
        items: Vec::new(),
        section: None,
        span: Span::default(),
        lead_span: None,
    }
}

fn num_of(el: &El) -> Option<String> {
    el.child("num").map(plain).filter(|s| !s.is_empty())
}

/// Items of a list-like element: `point`/`item` children, with a following
/// `sublist` (or a nested `list`) as the items of the point before it.
fn items_of(ctx: &mut Ctx, list: &El, parent: &str) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    for e in list.elements() {
        match e.name.as_str() {
            "point" | "item" => {
                let num = num_of(e);
                let label = num.clone().unwrap_or_default();
                let id = ids::item(parent, &label, out.len());
                let mut p = paragraph_from(ctx, &[e], id.clone(), num);
                for sub in e.elements() {
                    if matches!(sub.name.as_str(), "list" | "sublist" | "blockList") {
                        let (intro, items) = list_parts(ctx, sub, &id);
                        if let Some(intro) = intro {
                            append_text(&mut p, intro);
                        }
                        p.items.extend(items);
                    }
                }
                out.push(p);
            }
            "sublist" | "list" | "blockList" => {
                if let Some(last) = out.last_mut() {
                    let pid = last.id.clone();
                    let (_, items) = list_parts(ctx, e, &pid);
                    last.items.extend(items);
                }
            }
            _ => {}
        }
    }
    out
}

/// A list's introduction (as a paragraph fragment) and its items.
fn list_parts(ctx: &mut Ctx, list: &El, parent: &str) -> (Option<Paragraph>, Vec<Paragraph>) {
    let intro = list.elements().find(|e| e.name == "intro" || e.name == "listIntroduction").map(|i| paragraph_from(ctx, &[i], String::new(), None));
    let items = items_of(ctx, list, parent);
    (intro, items)
}

fn append_text(p: &mut Paragraph, extra: Paragraph) {
    if extra.text.is_empty() {
        return;
    }
    let base = if p.text.is_empty() { 0 } else { p.text.len() + 1 };
    if !p.text.is_empty() {
        p.text.push(' ');
    }
    p.text.push_str(&extra.text);
    for n in extra.notes {
        p.footnotes.push(n.marker.clone());
        p.notes.push(NoteRef { marker: n.marker, offset: n.offset + base });
    }
    if p.lead.is_none() && base == 0 {
        p.lead = extra.lead;
    }
}

/// A preambular container or operative paragraph.
fn block(ctx: &mut Ctx, el: &El, id: String, num: Option<String>) -> Paragraph {
    let lists: Vec<&El> = el.elements().filter(|e| matches!(e.name.as_str(), "list" | "blockList")).collect();
    let own: Vec<&El> = el.elements().filter(|e| !matches!(e.name.as_str(), "num" | "list" | "blockList" | "subheading" | "heading")).collect();
    let mut p = paragraph_from(ctx, &own, id.clone(), num);
    for l in lists {
        let (intro, items) = list_parts(ctx, l, &id);
        if let Some(intro) = intro {
            append_text(&mut p, intro);
        }
        p.items.extend(items);
    }
    p
}

fn language_code(l: &str) -> String {
    match l {
        "eng" | "en" => "en",
        "fra" | "fre" | "fr" => "fr",
        "spa" | "es" => "es",
        "rus" | "ru" => "ru",
        "ara" | "ar" => "ar",
        "zho" | "chi" | "zh" => "zh",
        other => other,
    }
    .to_string()
}

/// The adopting body from the enacting formula: without article and comma.
fn body_of(formula: &str) -> Option<String> {
    let mut s = formula.trim().trim_end_matches([',', '，', '،', ':', ';']).trim().to_string();
    for a in ["The ", "the ", "L’", "L'", "La ", "El ", "Le ", "Les ", "Los ", "إن "] {
        if let Some(r) = s.strip_prefix(a) {
            s = r.trim().to_string();
            break;
        }
    }
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

/// Read an Akoma Ntoso document. Never fails: an XML error gives an empty
/// model with an `akn-invalid` diagnostic.
#[cfg_attr(clausemark_size, optimize(size))]
pub fn read(input: &str) -> Document {
    let mut doc = Document {
        schema: SCHEMA,
        meta: Meta { language: "en".into(), ..Default::default() },
        formula: None,
        preamble: Vec::new(),
        operative: Vec::new(),
        footnotes: Vec::new(),
        annexes: Vec::new(),
        input: InputKind::Akn,
        spans: HeaderSpans::default(),
        diagnostics: Vec::new(),
        references: Vec::new(),
    };
    let mut sink = crate::diagnostics::Sink::new(input);
    let root = match parse_tree(input) {
        Ok(r) => r,
        Err(e) => {
            sink.error("akn-invalid", Span::new(0, 0), e);
            doc.diagnostics = sink.items;
            return doc;
        }
    };
    let Some(stmt) = root.find_where(&|e: &El| {
        matches!(e.name.as_str(), "statement" | "doc" | "act" | "bill" | "debate" | "documentCollection" | "judgment" | "amendment" | "officialGazette" | "portion" | "debateReport" | "amendmentList")
    }) else {
        sink.error("akn-invalid", Span::new(0, 0), "no Akoma Ntoso document element (statement, doc, ...) was found".into());
        doc.diagnostics = sink.items;
        return doc;
    };
    let mut ctx = Ctx { notes: Vec::new() };

    // meta
    if let Some(l) = stmt.child("meta").and_then(|m| m.find("FRBRExpression")).and_then(|x| x.find("FRBRlanguage")).and_then(|l| l.attr("language")) {
        doc.meta.language = language_code(l);
    }
    let cover = stmt.child("coverPage");
    if let Some(c) = cover {
        doc.meta.symbol = c.find_where(&|e: &El| e.name == "docNumber" && e.attr("refersTo") == Some("#symbol")).map(plain).filter(|s| !s.is_empty());
    }
    // the preface: number and title (notes cited in the title are kept)
    if let Some(pf) = stmt.child("preface") {
        if doc.meta.symbol.is_none() {
            doc.meta.symbol = pf.find_where(&|e: &El| e.name == "docNumber" && e.attr("refersTo") == Some("#symbol")).map(plain).filter(|s| !s.is_empty());
        }
        if let Some(n) = pf.find_where(&|e: &El| e.name == "docNumber" && e.attr("refersTo") != Some("#symbol")) {
            doc.meta.number = Some(plain(n).trim_end_matches('.').trim().to_string()).filter(|s| !s.is_empty());
        }
        if let Some(t) = pf.find("docTitle") {
            let mut raw = String::new();
            ctx.raw(t, &[], &mut raw);
            let t = collapse(&raw).0;
            // a stray dash before the title (`-\tTitle`)
            let t = match t.strip_prefix(['-', '–', '—']) {
                Some(r) if r.starts_with(' ') => r.trim_start().to_string(),
                _ => t,
            };
            doc.meta.title = Some(t).filter(|s| !s.is_empty());
        }
    }
    if doc.meta.number.is_none() {
        if let Some(c) = cover {
            if let Some(t) = c.find_where(&|e: &El| e.name == "docTitle" && e.attr("refersTo") == Some("#resolutionNumber")) {
                let s = plain(t);
                let n = s.split_once(' ').map(|(_, r)| r.trim().to_string()).unwrap_or(s);
                doc.meta.number = Some(n).filter(|s| !s.is_empty());
            }
        }
    }

    // preamble
    if let Some(pre) = stmt.child("preamble") {
        for e in pre.elements() {
            match e.name.as_str() {
                "formula" => {
                    let f = plain(e);
                    if !f.is_empty() {
                        let inner = e.find_where(&|x: &El| is_emphasis(x)).map(plain);
                        doc.meta.body = body_of(inner.as_deref().unwrap_or(&f)).or_else(|| body_of(&f));
                        doc.formula = Some(f);
                    }
                }
                "container" | "p" | "blockContainer" | "citations" | "recitals" | "recital" | "citation" => {
                    let id = ids::preamble(doc.preamble.len());
                    doc.preamble.push(block(&mut ctx, e, id, None));
                }
                _ => {}
            }
        }
    }

    // main body
    let mut taken = crate::ids::Taken::default();
    let mut section: Option<String> = None;
    let mut heading_run = false;
    let mut has_sections = false;
    if let Some(mb) = stmt.child("mainBody") {
        let mut paras: Vec<&El> = Vec::new();
        fn flatten<'a>(el: &'a El, out: &mut Vec<&'a El>) {
            for e in el.elements() {
                match e.name.as_str() {
                    "paragraph" | "container" | "p" | "blockList" | "list" => out.push(e),
                    "hcontainer" | "section" | "division" | "part" | "chapter" | "title" | "article" => {
                        if e.child("heading").is_some() || e.child("subheading").is_some() {
                            out.push(e);
                        }
                        flatten(e, out)
                    }
                    _ => {}
                }
            }
        }
        flatten(mb, &mut paras);
        for e in paras {
            let heading_only = e.elements().all(|c| matches!(c.name.as_str(), "heading" | "subheading" | "num"))
                && e.elements().any(|c| matches!(c.name.as_str(), "heading" | "subheading"));
            let heading_only = heading_only || (num_of(e).is_none() && looks_like_heading(e));
            let is_group = matches!(e.name.as_str(), "hcontainer" | "section" | "division" | "part" | "chapter" | "title" | "article");
            if heading_only || is_group {
                let h: Vec<String> = if e.elements().any(|c| matches!(c.name.as_str(), "heading" | "subheading")) {
                    e.elements().filter(|c| matches!(c.name.as_str(), "num" | "heading" | "subheading")).map(plain).filter(|s| !s.is_empty()).collect()
                } else {
                    vec![plain(e)]
                };
                let h = h.join(" ");
                has_sections = true;
                section = match (&section, heading_run) {
                    (Some(s), true) if !h.is_empty() => Some(format!("{s} {h}")),
                    _ => Some(h).filter(|s| !s.is_empty()),
                };
                heading_run = true;
                continue;
            }
            heading_run = false;
            let mut num = num_of(e).map(|n| n.trim_end_matches('.').trim().to_string());
            // a paragraph whose number or item label was left in its text
            let mut printed: Option<String> = None;
            if num.is_none() {
                if let Some((label, _)) = first_text(e).and_then(raw_label) {
                    let core = label.trim_start_matches('(').trim_end_matches([')', '.']).to_string();
                    if core.chars().all(|c| c.is_ascii_digit()) {
                        num = Some(core);
                    }
                    printed = Some(label);
                }
            }
            let is_item = printed.is_some() && num.is_none() && !doc.operative.is_empty();
            let id = if is_item { String::new() } else { ids::operative(num.as_deref(), doc.operative.len(), &mut taken) };
            let mut p = block(&mut ctx, e, id, num.clone());
            if let Some(label) = &printed {
                strip_label(&mut p, label);
                if p.lead.is_none() {
                    if let Some(first) = e.child("content").or_else(|| e.find("intro")) {
                        p.lead = lead_of(first, &p.text);
                    }
                }
            }
            if is_item {
                let label = printed.unwrap_or_default();
                let core = label.trim_start_matches('(').trim_end_matches([')', '.']).to_string();
                let last = doc.operative.last_mut().expect("checked above");
                let prev_letter = last.items.last().and_then(|i| i.num.as_deref()).map(|n| n.trim_start_matches('(').trim_end_matches([')', '.']).to_string());
                let sub = is_roman(&core) && last.items.last().is_some() && !(core == "i" && prev_letter.as_deref() == Some("h")) && !(core == "v" && prev_letter.as_deref() == Some("u")) && !(core == "x" && prev_letter.as_deref() == Some("w"));
                p.num = Some(label.clone());
                p.lead = None;
                if sub {
                    let host = last.items.last_mut().expect("checked");
                    p.id = ids::item(&host.id, &label, host.items.len());
                    host.items.push(p);
                } else {
                    p.id = ids::item(&last.id, &label, last.items.len());
                    last.items.push(p);
                }
                continue;
            }
            p.section = Some(section.clone());
            doc.operative.push(p);
        }
    }
    if !has_sections {
        for p in &mut doc.operative {
            p.section = None;
        }
    }

    // conclusions: the adoption line and the vote
    let mut adoption = Adoption::default();
    let mut found = false;
    if let Some(c) = stmt.child("conclusions") {
        if let Some(m) = c.find_where(&|e: &El| {
            (e.name == "inline" && e.attr("name") == Some("adoptionMeeting")) || (e.name == "location" && e.attr("refersTo") == Some("#adoptionMeeting"))
        }) {
            adoption.meeting = Some(plain(m)).filter(|s| !s.is_empty());
            found = true;
        }
        if let Some(d) = c.find("docDate") {
            adoption.date = d.attr("date").map(str::to_string);
            found = true;
        }
        if let Some(v) = c.find("vote") {
            adoption.vote = Some(plain(v)).filter(|s| !s.is_empty());
        }
    }
    if !found {
        if let Some(c) = cover {
            if let Some(t) = c.find_where(&|e: &El| e.name == "docTitle" && e.attr("refersTo") == Some("#adoption")) {
                if let Some(m) = t.find_where(&|e: &El| e.name == "inline" && e.attr("name") == Some("adoptionMeeting")) {
                    adoption.meeting = Some(plain(m)).filter(|s| !s.is_empty());
                }
                adoption.date = t.find("docDate").and_then(|d| d.attr("date")).map(str::to_string);
                found = true;
            }
        }
    }
    if found {
        doc.meta.adoption = Some(adoption);
    }

    // annexes
    if let Some(att) = stmt.child("attachments") {
        for a in att.elements().filter(|e| e.name == "attachment") {
            let inner = a.elements().next();
            let mut heads = Vec::new();
            if let Some(d) = inner {
                let mut hs = Vec::new();
                d.find_all("heading", &mut hs);
                heads = hs.iter().map(|h| plain(h)).collect();
            }
            let body = inner.and_then(|d| d.child("mainBody")).or(inner);
            let mut raw = String::new();
            if let Some(b) = body {
                ctx.raw(b, &[], &mut raw);
            }
            // a first heading `Annex` is the label; the other headings title
            let lx = crate::lexicon::get(&doc.meta.language).unwrap_or(&crate::lexicon::all()[0]);
            let mut label = match heads.first() {
                Some(h) if crate::structure::annex_label(h, lx) => Some(heads.remove(0)),
                _ => None,
            };
            let title = heads.join(" ");
            let mut text = collapse(&raw).0;
            // the text opens with the label and title as printed (the label
            // may be a paragraph, not a heading: `<p>Annex</p>`): not text
            if label.is_none() {
                label = printed_label(&text, lx);
            }
            let mut rest = text.as_str();
            for head in label.iter().chain(std::iter::once(&title).filter(|t| !t.is_empty())) {
                if let Some(r) = rest.strip_prefix(head.as_str()) {
                    rest = r.trim_start();
                }
            }
            text = rest.to_string();
            doc.annexes.push(Annex {
                id: format!("att_{}", doc.annexes.len() + 1),
                label,
                title,
                text,
                span: Span::default(),
            });
        }
    }

    // footnotes: every note, in document order, first occurrence of a marker
    let mut used = crate::ids::Taken::default();
    let mut seen = HashSet::new();
    for (marker, text) in &ctx.notes {
        if !seen.insert(marker.clone()) {
            continue;
        }
        let id = ids::footnote(marker, doc.footnotes.len(), &mut used);
        doc.footnotes.push(Footnote { id, marker: marker.clone(), text: text.clone(), span: Span::default() });
    }
    if doc.formula.is_none() && doc.operative.is_empty() {
        sink.error("not-a-resolution", Span::new(0, 0), "the Akoma Ntoso document has no enacting formula and no operative paragraphs".into());
    }
    doc.diagnostics = sink.items;
    doc.references = crate::references::find(&doc);
    doc
}

/// A label printed at the start of a paragraph's raw text and followed by a
/// tab (`\t(a)\t`, `\t3\t`, `iv)\t`): (label, bytes up to the text after it).
fn raw_label(raw: &str) -> Option<(String, usize)> {
    let t = raw.trim_start_matches([' ', '\t', '\n', '\r']);
    let lead_ws = raw.len() - t.len();
    let end = t.find(['\t', ' ', '\n'])?;
    let label = &t[..end];
    let rest = &t[end..];
    let sep = rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    let bracketed = label.ends_with(')') && label.len() >= 2;
    if !rest.starts_with('\t') && !bracketed && !rest.trim_start_matches([' ', '\n', '\r']).is_empty() {
        // a label followed by a space only counts when nothing follows in this node
        return None;
    }
    let core = label.trim_start_matches('(').trim_end_matches([')', '.']);
    let digits = !core.is_empty() && core.len() <= 3 && core.chars().all(|c| c.is_ascii_digit());
    let letters = !core.is_empty() && core.len() <= 5 && core.chars().all(|c| c.is_ascii_lowercase()) && label != core;
    let ok = digits || letters;
    ok.then(|| (label.to_string(), lead_ws + end + sep))
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

/// The first non-blank text in `el` (document order).
fn first_text(el: &El) -> Option<&str> {
    for c in &el.children {
        match c {
            Node::Text(t) if t.trim().is_empty() => continue,
            Node::Text(t) => return Some(t),
            Node::El(e) if e.name == "num" || e.name == "authorialNote" => continue,
            Node::El(e) => {
                if let Some(t) = first_text(e) {
                    return Some(t);
                }
            }
        }
    }
    None
}

/// Take a printed label off the start of a paragraph's text.
fn strip_label(p: &mut Paragraph, label: &str) {
    if let Some(rest) = p.text.strip_prefix(label) {
        let rest = rest.trim_start();
        let cut = p.text.len() - rest.len();
        p.text = rest.to_string();
        for n in &mut p.notes {
            n.offset = n.offset.saturating_sub(cut);
        }
    }
}

/// A numberless paragraph typeset as a heading: a heading style (`H1`,
/// `H23`, `H23G`) or words that are all in one bold span.
fn looks_like_heading(e: &El) -> bool {
    if e.name != "paragraph" {
        return false;
    }
    let class = e.attr("class").unwrap_or("");
    if class.len() >= 2 && class.starts_with('H') && class[1..2].chars().all(|c| c.is_ascii_digit()) {
        return !plain(e).is_empty();
    }
    // content/p/span.bold and nothing else
    let Some(content) = e.child("content") else { return false };
    let ps: Vec<&El> = content.elements().collect();
    if ps.len() != 1 || ps[0].name != "p" {
        return false;
    }
    let mut spans = 0;
    for c in &ps[0].children {
        match c {
            Node::Text(t) if t.trim().is_empty() => {}
            Node::El(x) if x.name == "span" && x.attr("class") == Some("bold") => spans += 1,
            _ => return false,
        }
    }
    spans == 1
}
