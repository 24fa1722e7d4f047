//! Akoma Ntoso 3.0 in the UN's AKN4UN profile.
//!
//! The shape mirrors the UN's own resolution files (UNxml):
//!
//! ```text
//! akomaNtoso/statement[@name=resolution]
//!   meta/identification (FRBRWork/FRBRExpression/FRBRManifestation,
//!        /akn/un/statement/deliberation/{unga|unsc|unga-hrc|...}/{date}/{number}/)
//!   meta/references (TLCOrganization for the adopting body, TLCConcept for the dates)
//!   preface/p (docNumber, docTitle)
//!   preamble (formula[@name=enactingFormula], container[@name=lead or first word]/p ...)
//!   mainBody (paragraph/num + content/p, or paragraph/num + list/intro + point ...;
//!             a heading-only paragraph/subheading per operative section heading)
//!   conclusions/p (adoption meeting, eol, docDate[@date])
//!   attachments/attachment/doc[@name=annex]
//! ```
//!
//! Footnotes are `authorialNote` elements at their markers; `eId`s are the
//! model's ids. The output validates against the OASIS Akoma Ntoso 3.0 XSD.

use super::{esc, pieces, refs_of, uncited, Piece};
use crate::model::{Document, Footnote, Paragraph};

const NS: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The adopting body: (TLC eId, URI component, ontology path, English name).
fn body_keys(body: Option<&str>) -> (&'static str, &'static str, &'static str, &'static str) {
    let b = body.unwrap_or("").to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| b.contains(w));
    if has(&["security", "sécurité", "seguridad", "безопасности", "الأمن", "安全"]) {
        ("sc", "unsc", "securityCouncil", "Security Council")
    } else if has(&["human rights", "droits de l", "derechos humanos", "правам человека", "حقوق الإنسان", "人权"]) {
        ("hrc", "unga-hrc", "generalAssembly/humanRightsCouncil", "Human Rights Council")
    } else if has(&["economic and social", "économique et social", "económico y social", "экономический и социальный", "الاقتصادي والاجتماعي", "经济及社会"]) {
        ("ecosoc", "unecosoc", "economicAndSocialCouncil", "Economic and Social Council")
    } else if has(&["narcotic", "stupéfiants", "estupefacientes", "наркотическим", "المخدرات", "麻醉"]) {
        ("cnd", "uncnd", "economicAndSocialCouncil/commissionOnNarcoticDrugs", "Commission on Narcotic Drugs")
    } else {
        ("ga", "unga", "generalAssembly", "General Assembly")
    }
}

fn lang3(l: &str) -> &str {
    match l {
        "en" => "eng",
        "fr" => "fra",
        "es" => "spa",
        "ru" => "rus",
        "ar" => "ara",
        "zh" => "zho",
        "de" => "deu",
        "pt" => "por",
        other => other,
    }
}

/// `75/12` -> `75-12`, `2520 (2020)` -> `2520-2020`.
fn uri_number(n: Option<&str>) -> String {
    let mut o = String::new();
    for c in n.unwrap_or("").chars() {
        if c.is_ascii_alphanumeric() {
            o.push(c);
        } else if !o.ends_with('-') && !o.is_empty() {
            o.push('-');
        }
    }
    let o = o.trim_end_matches('-').to_string();
    if o.is_empty() {
        "unnumbered".into()
    } else {
        o
    }
}

fn valid_date(d: Option<&str>) -> Option<&str> {
    let d = d?;
    let b = d.as_bytes();
    (b.len() == 10 && b[4] == b'-' && b[7] == b'-' && d.chars().filter(|c| c.is_ascii_digit()).count() == 8).then_some(d)
}

/// A preambular container's name. The UN's files name a container by its
/// lead phrase, and one without an emphasized lead by its first word
/// (`Guidée`, `Acting`): so do we.
fn container_name(p: &Paragraph) -> String {
    if let Some(l) = &p.lead {
        return l.clone();
    }
    // (Chinese has no spaces: its first "word" runs to the first punctuation.)
    let mut word = String::new();
    for c in p.text.trim_start().chars() {
        let joiner = matches!(c, '-' | '’' | '\'') && word.chars().next_back().is_some_and(|l| l.is_alphabetic() && !('\u{3000}'..='\u{9fff}').contains(&l));
        if !(c.is_alphanumeric() || joiner) {
            break;
        }
        word.push(c);
    }
    let word = word.trim_end_matches(['-', '’', '\'']).to_string();
    if word.is_empty() {
        "preambularParagraph".into()
    } else {
        word
    }
}

struct W<'a> {
    o: String,
    doc: &'a Document,
    /// Footnote markers already written (a second citation gets its own eId).
    written: Vec<String>,
}

impl W<'_> {
    fn note(&mut self, f: Option<&Footnote>, marker: &str, fallback_id: &str) {
        let base = f.map(|f| f.id.clone()).unwrap_or_else(|| fallback_id.to_string());
        let n = self.written.iter().filter(|m| *m == marker).count();
        let id = if n == 0 { base } else { format!("{base}__{}", n + 1) };
        self.written.push(marker.to_string());
        let text = f.map(|f| f.text.as_str()).unwrap_or("");
        self.o += &format!(
            "<authorialNote marker=\"{}\" placement=\"bottom\" eId=\"{}\"><p>{}</p></authorialNote>",
            esc(marker),
            esc(&id),
            esc(text)
        );
    }

    /// A paragraph's own words as inline content of a `p`.
    fn inline(&mut self, p: &Paragraph) {
        let doc = self.doc;
        let refs = refs_of(doc, &p.id);
        for (i, pc) in pieces(p, &refs).into_iter().enumerate() {
            match pc {
                Piece::Ref(t, href) => self.o += &format!("<ref href=\"{}\">{}</ref>", esc(&href), esc(t)),
                Piece::Lead(l) => self.o += &format!("<span class=\"italic\">{}</span>", esc(l)),
                Piece::Text(t) => self.o += &esc(t),
                Piece::Note(n) => {
                    let f = doc.footnotes.iter().find(|f| f.marker == n.marker);
                    self.note(f, &n.marker, &format!("{}__authorialNote_{}", p.id, i + 1));
                }
            }
        }
    }

    fn points(&mut self, parent: &Paragraph, indent: &str) {
        for it in &parent.items {
            self.o += &format!("{indent}<point eId=\"{}\">\n", esc(&it.id));
            if let Some(n) = &it.num {
                self.o += &format!("{indent}  <num>{}</num>\n", esc(n));
            }
            self.body(it, &format!("{indent}  "));
            self.o += &format!("{indent}</point>\n");
        }
    }

    /// `content/p` for a paragraph without items, `list/intro + point`s for one with.
    fn body(&mut self, p: &Paragraph, indent: &str) {
        if p.items.is_empty() {
            self.o += &format!("{indent}<content eId=\"{}__content\">\n{indent}  <p>", esc(&p.id));
            self.inline(p);
            self.o += "</p>\n";
            self.o += &format!("{indent}</content>\n");
        } else {
            self.o += &format!("{indent}<list eId=\"{}__list_1\">\n", esc(&p.id));
            if !p.text.is_empty() {
                self.o += &format!("{indent}  <intro eId=\"{}__list_1__intro\">\n{indent}    <p>", esc(&p.id));
                self.inline(p);
                self.o += &format!("</p>\n{indent}  </intro>\n");
            }
            self.points(p, &format!("{indent}  "));
            self.o += &format!("{indent}</list>\n");
        }
    }
}

/// The document as Akoma Ntoso 3.0 XML (AKN4UN profile).
#[cfg_attr(clausemark_size, optimize(size))]
pub fn to_akoma_ntoso(doc: &Document) -> String {
    let m = &doc.meta;
    let (tlc, uri_body, onto, body_en) = body_keys(m.body.as_deref());
    let adoption_date = valid_date(m.adoption.as_ref().and_then(|a| a.date.as_deref()));
    let date = adoption_date.unwrap_or("0001-01-01");
    let number = uri_number(m.number.as_deref());
    let lang = lang3(if m.language.is_empty() { "en" } else { &m.language });
    let work = format!("/akn/un/statement/deliberation/{uri_body}/{date}/{number}/");
    let expr = format!("{work}{lang}@");
    let mut w = W { o: String::new(), doc, written: Vec::new() };
    w.o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    w.o += &format!("<akomaNtoso xmlns=\"{NS}\">\n  <statement name=\"resolution\">\n    <meta>\n");
    w.o += "      <identification source=\"#clausemark\">\n";
    w.o += &format!(
        "        <FRBRWork>\n          <FRBRthis value=\"{w0}!main/\"/>\n          <FRBRuri value=\"{w0}\"/>\n          <FRBRdate date=\"{date}\" name=\"{dn}\"/>\n          <FRBRauthor href=\"#{tlc}\" as=\"#author\"/>\n          <FRBRcountry value=\"un\"/>\n        </FRBRWork>\n",
        w0 = esc(&work),
        dn = if adoption_date.is_some() { "adoption" } else { "unknown" }
    );
    w.o += &format!(
        "        <FRBRExpression>\n          <FRBRthis value=\"{e}!main/\"/>\n          <FRBRuri value=\"{e}/\"/>\n          <FRBRdate date=\"{date}\" name=\"{dn}\"/>\n          <FRBRauthor href=\"#{tlc}\" as=\"#issuer\"/>\n          <FRBRlanguage language=\"{l}\"/>\n        </FRBRExpression>\n",
        e = esc(&expr),
        l = esc(lang),
        dn = if adoption_date.is_some() { "adoption" } else { "unknown" }
    );
    w.o += &format!(
        "        <FRBRManifestation>\n          <FRBRthis value=\"{e}/!main.xml\"/>\n          <FRBRuri value=\"{e}.xml\"/>\n          <FRBRdate date=\"{date}\" name=\"{dn}\"/>\n          <FRBRauthor href=\"#clausemark\" as=\"#editor\"/>\n        </FRBRManifestation>\n      </identification>\n",
        e = esc(&expr),
        dn = if adoption_date.is_some() { "adoption" } else { "unknown" }
    );
    w.o += "      <references source=\"#clausemark\">\n";
    w.o += &format!(
        "        <TLCOrganization eId=\"{tlc}\" href=\"/akn/ontology/organization/un/{onto}\" showAs=\"{}\"/>\n",
        esc(m.body.as_deref().unwrap_or(body_en))
    );
    w.o += "        <TLCOrganization eId=\"clausemark\" href=\"/akn/ontology/organization/clausemark\" showAs=\"clausemark\"/>\n";
    w.o += "        <TLCConcept eId=\"dateOfAdoption\" href=\"/akn/ontology/concept/un/dateOfAdoption\" showAs=\"Date of adoption\"/>\n";
    w.o += "        <TLCConcept eId=\"symbol\" href=\"/akn/ontology/reference/un/symbol\" showAs=\"Symbol\"/>\n";
    w.o += "        <TLCRole eId=\"author\" href=\"/akn/ontology/role/un/author\" showAs=\"Author\"/>\n";
    w.o += "        <TLCRole eId=\"issuer\" href=\"/akn/ontology/role/un/issuer\" showAs=\"Issuer\"/>\n";
    w.o += "        <TLCRole eId=\"editor\" href=\"/akn/ontology/role/un/editor\" showAs=\"Editor\"/>\n";
    w.o += "        <TLCTerm eId=\"resolutionTitle\" href=\"/akn/ontology/reference/un/resolutionTitle\" showAs=\"Resolution title\"/>\n";
    w.o += "      </references>\n    </meta>\n";

    // cover page: the symbol, as the UN's files have it
    if let Some(s) = &m.symbol {
        w.o += &format!("    <coverPage>\n      <p class=\"upperRight\"><docNumber refersTo=\"#symbol\">{}</docNumber></p>\n    </coverPage>\n", esc(s));
    }
    // preface: number, title, and the notes cited only there (or in annexes)
    let loose = uncited(doc);
    if m.number.is_some() || m.title.is_some() || !loose.is_empty() {
        w.o += "    <preface>\n";
        w.o += "      <p>";
        if let Some(n) = &m.number {
            let dot = if m.title.is_some() { "." } else { "" };
            w.o += &format!("<docNumber>{}{dot}</docNumber> ", esc(n));
        }
        if let Some(t) = &m.title {
            w.o += &format!("<docTitle refersTo=\"#resolutionTitle\">{}</docTitle>", esc(t));
        }
        for f in loose {
            w.note(Some(f), &f.marker, &f.id);
        }
        w.o += "</p>\n    </preface>\n";
    }

    // preamble
    if doc.formula.is_some() || !doc.preamble.is_empty() {
        w.o += "    <preamble>\n";
        if let Some(f) = &doc.formula {
            // AKN4UN: the body's name in italics, the comma after it plain
            let core = f.trim_end_matches([',', '，', '،', ':']);
            let (core, tail) = f.split_at(core.len());
            w.o += &format!(
                "      <formula name=\"enactingFormula\" eId=\"formula_1\">\n        <p><span class=\"italic\">{}</span>{}</p>\n      </formula>\n",
                esc(core),
                esc(tail)
            );
        }
        for p in &doc.preamble {
            let name = container_name(p);
            w.o += &format!("      <container name=\"{}\" eId=\"{}\">\n", esc(&name), esc(&p.id));
            if p.items.is_empty() {
                w.o += "        <p>";
                w.inline(p);
                w.o += "</p>\n";
            } else {
                // AKN4UN: a preambular paragraph with items is a blockList
                w.o += &format!("        <blockList eId=\"{}__list_1\">\n          <listIntroduction>", esc(&p.id));
                w.inline(p);
                w.o += "</listIntroduction>\n";
                for it in &p.items {
                    w.o += &format!("          <item eId=\"{}\">\n", esc(&it.id));
                    if let Some(n) = &it.num {
                        w.o += &format!("            <num>{}</num>\n", esc(n));
                    }
                    w.o += "            <p>";
                    w.inline(it);
                    // deeper items are flattened into the item's words
                    for sub in &it.items {
                        w.o += " ";
                        if let Some(n) = &sub.num {
                            w.o += &format!("{} ", esc(n));
                        }
                        w.inline(sub);
                    }
                    w.o += "</p>\n          </item>\n";
                }
                w.o += "        </blockList>\n";
            }
            w.o += "      </container>\n";
        }
        w.o += "    </preamble>\n";
    }

    // main body
    w.o += "    <mainBody>\n";
    if doc.operative.is_empty() {
        w.o += "      <p/>\n";
    }
    let mut section: Option<&Option<String>> = None;
    let mut heads = 0;
    for p in &doc.operative {
        if let Some(s) = &p.section {
            if section != Some(s) {
                if let Some(t) = s {
                    heads += 1;
                    w.o += &format!("      <paragraph eId=\"subheading_{heads}\">\n        <subheading>{}</subheading>\n      </paragraph>\n", esc(t));
                }
                section = Some(s);
            }
        }
        w.o += &format!("      <paragraph eId=\"{}\">\n", esc(&p.id));
        if let Some(n) = &p.num {
            let shown = if n.chars().all(|c| c.is_ascii_digit()) { format!("{n}.") } else { n.clone() };
            w.o += &format!("        <num>{}</num>\n", esc(&shown));
        }
        w.body(p, "        ");
        w.o += "      </paragraph>\n";
    }
    w.o += "    </mainBody>\n";

    // conclusions
    if let Some(a) = &m.adoption {
        w.o += "    <conclusions eId=\"conclusions\">\n";
        let date = valid_date(a.date.as_deref());
        // (a line that is only a vote has no meeting or date: no empty p)
        if a.meeting.is_some() || date.is_some() || a.vote.is_none() {
            w.o += "      <p>";
            if let Some(mt) = &a.meeting {
                w.o += &format!("<inline name=\"adoptionMeeting\">{}</inline><eol/>", esc(mt));
            }
            if let Some(d) = date {
                w.o += &format!("<docDate date=\"{d}\" refersTo=\"#dateOfAdoption\">{d}</docDate>");
            }
            w.o += "</p>\n";
        }
        if let Some(v) = &a.vote {
            w.o += &format!("      <p><inline name=\"vote\">{}</inline></p>\n", esc(v));
        }
        w.o += "    </conclusions>\n";
    }

    // annexes
    if !doc.annexes.is_empty() {
        w.o += "    <attachments>\n";
        for (i, a) in doc.annexes.iter().enumerate() {
            let n = i + 1;
            let this = format!("{expr}!main/annex_{n}");
            w.o += &format!("      <attachment eId=\"{}\">\n        <doc name=\"annex\">\n          <meta>\n", esc(&a.id));
            w.o += &format!(
                "            <identification source=\"#clausemark\">\n              <FRBRWork>\n                <FRBRthis value=\"{w0}!main/annex_{n}\"/>\n                <FRBRuri value=\"{w0}\"/>\n                <FRBRdate date=\"{date}\" name=\"adoption\"/>\n                <FRBRauthor href=\"#{tlc}\" as=\"#author\"/>\n                <FRBRcountry value=\"un\"/>\n              </FRBRWork>\n              <FRBRExpression>\n                <FRBRthis value=\"{t}\"/>\n                <FRBRuri value=\"{e}/\"/>\n                <FRBRdate date=\"{date}\" name=\"adoption\"/>\n                <FRBRauthor href=\"#{tlc}\" as=\"#issuer\"/>\n                <FRBRlanguage language=\"{l}\"/>\n              </FRBRExpression>\n              <FRBRManifestation>\n                <FRBRthis value=\"{t}.xml\"/>\n                <FRBRuri value=\"{e}.xml\"/>\n                <FRBRdate date=\"{date}\" name=\"adoption\"/>\n                <FRBRauthor href=\"#clausemark\" as=\"#editor\"/>\n              </FRBRManifestation>\n            </identification>\n          </meta>\n",
                w0 = esc(&work),
                t = esc(&this),
                e = esc(&expr),
                l = esc(lang)
            );
            w.o += "          <mainBody>\n";
            if a.label.is_some() || !a.title.is_empty() {
                w.o += &format!("            <paragraph eId=\"{}__heading\">\n", esc(&a.id));
                if let Some(l) = &a.label {
                    w.o += &format!("              <num>{}</num>\n", esc(l));
                }
                if !a.title.is_empty() {
                    w.o += &format!("              <heading>{}</heading>\n", esc(&a.title));
                }
                w.o += "            </paragraph>\n";
            }
            w.o += &format!("            <p>{}</p>\n          </mainBody>\n        </doc>\n      </attachment>\n", esc(&a.text));
        }
        w.o += "    </attachments>\n";
    }
    w.o += "  </statement>\n</akomaNtoso>\n";
    w.o
}
