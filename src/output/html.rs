//! HTML: a semantic, accessible rendering of the model. The viewer renders
//! the same markup.
//!
//! The markup (a fragment; `standalone` wraps it in a page with styles):
//!
//! ```text
//! <article class="akn-statement" lang="en" id="resolution">
//!   <header class="akn-preface">
//!     <p class="akn-docNumber">A/RES/78/64</p>            symbol, when known
//!     <h1 class="akn-docTitle"><span class="akn-num">78/64.</span> Title</h1>
//!   </header>
//!   <section class="akn-preamble" aria-label="Preamble">
//!     <p class="akn-formula">The General Assembly,</p>
//!     <p class="akn-container" id="preamble__container_1"><em class="akn-lead">Recalling</em> ...</p>
//!     <div class="akn-container" id="...">  (a preambular paragraph with items:
//!       <p class="akn-intro">...</p> <ol class="akn-list">...</ol> </div>)
//!   </section>
//!   <section class="akn-mainBody" aria-label="Operative part">
//!     <h2 class="akn-subheading">Section heading</h2>           (sections only)
//!     <div class="akn-paragraph" id="para_1">
//!       <span class="akn-num">1.</span>
//!       <p class="akn-content"><em class="akn-lead">Decides</em> ... <a class="akn-ref"
//!          href="https://undocs.org/en/A/RES/70/1">70/1</a> (a citation; `#id` for an
//!          internal one) ...
//!          <sup class="akn-noteRef"><a class="akn-noteRef" href="#authorialNote_1"
//!             id="ref_authorialNote_1" aria-describedby="...">1</a></sup></p>
//!       <ol class="akn-list">                                     (items)
//!         <li class="akn-point" id="para_1__list_1__point_a">
//!           <span class="akn-num">(a)</span> <p class="akn-content">...</p>
//!           <ol class="akn-list">...</ol>                         (sub-items)
//!         </li>
//!       </ol>
//!     </div>
//!   </section>
//!   <footer class="akn-conclusions">
//!     <p class="akn-adoption"><span class="akn-meeting">42nd plenary meeting</span><br>
//!        <time class="akn-docDate" datetime="2023-12-04">2023-12-04</time></p>
//!     <p class="akn-vote">[Adopted without a vote.]</p>
//!   </footer>
//!   <section class="akn-attachments"> <section class="akn-attachment" id="att_1">
//!     <h2 class="akn-heading">Annex</h2> <p class="akn-p">...</p> </section> </section>
//!   <aside class="akn-authorialNotes" aria-label="Notes"><ol>
//!     <li class="akn-authorialNote" id="authorialNote_1"><span class="akn-marker">1</span>
//!       Text <a class="akn-noteBack" href="#ref_authorialNote_1" aria-label="Back to text">↩</a></li>
//!   </ol></aside>
//! </article>
//! ```
//!
//! Every id is the model's id (a footnote cited twice gets `ref_..._2` for
//! its second reference). All document text is escaped; nothing from the
//! input is ever written as markup. The output is well-formed XHTML as well
//! as HTML (void elements are self-closed).

use super::{esc, pieces, refs_of, Piece};
use crate::model::{Document, Paragraph};

const STYLE: &str = "
body { font-family: Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #111; }
.akn-preface { text-align: center; margin-bottom: 1.5rem; }
.akn-docNumber { text-align: right; font-family: sans-serif; font-size: .9rem; }
.akn-docTitle { font-size: 1.25rem; }
.akn-formula { font-style: italic; }
.akn-container, .akn-intro { text-indent: 2rem; margin: .4rem 0; }
.akn-lead { font-style: italic; }
.akn-paragraph { display: flex; gap: .6rem; flex-wrap: wrap; margin: .4rem 0; }
.akn-paragraph > .akn-num { min-width: 2rem; text-align: right; }
.akn-paragraph > .akn-content, .akn-paragraph > .akn-body { flex: 1; margin: 0; }
.akn-body > .akn-intro { text-indent: 0; margin-top: 0; }
.akn-list { list-style: none; padding-left: 2rem; margin: .3rem 0; }
.akn-point { margin: .2rem 0; }
.akn-point > .akn-num { margin-right: .5rem; }
.akn-point > .akn-content { display: inline; }
.akn-subheading { font-size: 1rem; font-weight: bold; text-align: center; margin: 1rem 0 .5rem; }
.akn-conclusions { margin-top: 1.5rem; font-style: italic; }
.akn-authorialNotes { border-top: 1px solid #999; margin-top: 2rem; font-size: .85rem; }
.akn-authorialNotes ol { list-style: none; padding: 0; }
.akn-marker { display: inline-block; min-width: 1.5rem; }
a.akn-noteRef { text-decoration: none; }
:target { background: #fff3b0; }
";

struct H<'a> {
    o: String,
    doc: &'a Document,
    /// (marker, reference id) in document order.
    refs: Vec<(String, String)>,
}

impl H<'_> {
    fn note_id(&self, marker: &str) -> Option<String> {
        self.doc.footnotes.iter().find(|f| f.marker == marker).map(|f| f.id.clone())
    }

    fn inline(&mut self, p: &Paragraph) {
        let refs = refs_of(self.doc, &p.id);
        for pc in pieces(p, &refs) {
            match pc {
                Piece::Ref(t, href) => self.o += &format!("<a class=\"akn-ref\" href=\"{}\">{}</a>", esc(&href), esc(t)),
                Piece::Lead(l) => self.o += &format!("<em class=\"akn-lead\">{}</em>", esc(l)),
                Piece::Text(t) => self.o += &esc(t),
                Piece::Note(n) => match self.note_id(&n.marker) {
                    Some(id) => {
                        let k = self.refs.iter().filter(|(m, _)| *m == n.marker).count();
                        let rid = if k == 0 { format!("ref_{id}") } else { format!("ref_{id}_{}", k + 1) };
                        self.o += &format!(
                            "<sup class=\"akn-noteRef\"><a class=\"akn-noteRef\" href=\"#{}\" id=\"{}\" aria-label=\"Note {}\">{}</a></sup>",
                            esc(&id),
                            esc(&rid),
                            esc(&n.marker),
                            esc(&n.marker)
                        );
                        self.refs.push((n.marker.clone(), rid));
                    }
                    // a marker without a note: shown, not linked
                    None => self.o += &format!("<sup class=\"akn-noteRef akn-missing\">{}</sup>", esc(&n.marker)),
                },
            }
        }
    }

    fn items(&mut self, p: &Paragraph) {
        if p.items.is_empty() {
            return;
        }
        self.o += "<ol class=\"akn-list\">\n";
        for it in &p.items {
            self.o += &format!("<li class=\"akn-point\" id=\"{}\">", esc(&it.id));
            if let Some(n) = &it.num {
                self.o += &format!("<span class=\"akn-num\">{}</span> ", esc(n));
            }
            self.o += "<p class=\"akn-content\">";
            self.inline(it);
            self.o += "</p>";
            if !it.items.is_empty() {
                self.o += "\n";
                self.items(it);
            }
            self.o += "</li>\n";
        }
        self.o += "</ol>\n";
    }
}

/// The document as HTML: a fragment (`<article>`), or with `standalone` a
/// complete page with embedded styles.
#[cfg_attr(clausemark_size, optimize(size))]
pub fn to_html(doc: &Document, standalone: bool) -> String {
    let m = &doc.meta;
    let lang = if m.language.is_empty() { "en" } else { m.language.as_str() };
    let dir = if matches!(lang, "ar" | "he" | "fa" | "ur") { " dir=\"rtl\"" } else { "" };
    let mut h = H { o: String::new(), doc, refs: Vec::new() };
    h.o += &format!("<article class=\"akn-statement\" lang=\"{}\"{dir} id=\"resolution\">\n", esc(lang));
    if m.symbol.is_some() || m.number.is_some() || m.title.is_some() {
        h.o += "<header class=\"akn-preface\">\n";
        if let Some(s) = &m.symbol {
            h.o += &format!("<p class=\"akn-docNumber\">{}</p>\n", esc(s));
        }
        h.o += "<h1 class=\"akn-docTitle\">";
        match (&m.number, &m.title) {
            (Some(n), Some(t)) => h.o += &format!("<span class=\"akn-num\">{}.</span> {}", esc(n), esc(t)),
            // Security Council resolutions have a number and no title
            (Some(n), None) => {
                let word = match lang {
                    "fr" => "Résolution",
                    "es" => "Resolución",
                    "ru" => "Резолюция",
                    "ar" => "القرار",
                    "zh" => "决议",
                    _ => "Resolution",
                };
                h.o += &format!("{word} <span class=\"akn-num\">{}</span>", esc(n))
            }
            (None, Some(t)) => h.o += &esc(t),
            (None, None) => {}
        }
        h.o += "</h1>\n</header>\n";
    }
    if doc.formula.is_some() || !doc.preamble.is_empty() {
        h.o += "<section class=\"akn-preamble\" aria-label=\"Preamble\">\n";
        if let Some(f) = &doc.formula {
            h.o += &format!("<p class=\"akn-formula\">{}</p>\n", esc(f));
        }
        for p in &doc.preamble {
            if p.items.is_empty() {
                h.o += &format!("<p class=\"akn-container\" id=\"{}\">", esc(&p.id));
                h.inline(p);
                h.o += "</p>\n";
            } else {
                h.o += &format!("<div class=\"akn-container\" id=\"{}\">\n<p class=\"akn-intro\">", esc(&p.id));
                h.inline(p);
                h.o += "</p>\n";
                h.items(p);
                h.o += "</div>\n";
            }
        }
        h.o += "</section>\n";
    }
    h.o += "<section class=\"akn-mainBody\" aria-label=\"Operative part\">\n";
    let mut section: Option<&Option<String>> = None;
    for p in &doc.operative {
        if let Some(s) = &p.section {
            if section != Some(s) {
                if let Some(t) = s {
                    h.o += &format!("<h2 class=\"akn-subheading\">{}</h2>\n", esc(t));
                }
                section = Some(s);
            }
        }
        h.o += &format!("<div class=\"akn-paragraph\" id=\"{}\">\n", esc(&p.id));
        if let Some(n) = &p.num {
            let shown = if n.chars().all(|c| c.is_ascii_digit()) { format!("{n}.") } else { n.clone() };
            h.o += &format!("<span class=\"akn-num\">{}</span>\n", esc(&shown));
        }
        if p.items.is_empty() {
            h.o += "<p class=\"akn-content\">";
            h.inline(p);
            h.o += "</p>\n";
        } else {
            h.o += "<div class=\"akn-body\">\n<p class=\"akn-intro\">";
            h.inline(p);
            h.o += "</p>\n";
            h.items(p);
            h.o += "</div>\n";
        }
        h.o += "</div>\n";
    }
    h.o += "</section>\n";
    if let Some(a) = &m.adoption {
        h.o += "<footer class=\"akn-conclusions\">\n";
        // (a line that is only a vote has no meeting or date: no empty line)
        if a.meeting.is_some() || a.date.is_some() {
            h.o += "<p class=\"akn-adoption\">";
            if let Some(mt) = &a.meeting {
                h.o += &format!("<span class=\"akn-meeting\">{}</span><br/>", esc(mt));
            }
            if let Some(d) = &a.date {
                h.o += &format!("<time class=\"akn-docDate\" datetime=\"{}\">{}</time>", esc(d), esc(d));
            }
            h.o += "</p>\n";
        }
        if let Some(v) = &a.vote {
            h.o += &format!("<p class=\"akn-vote\">{}</p>\n", esc(v));
        }
        h.o += "</footer>\n";
    }
    if !doc.annexes.is_empty() {
        h.o += "<section class=\"akn-attachments\" aria-label=\"Annexes\">\n";
        for a in &doc.annexes {
            h.o += &format!("<section class=\"akn-attachment\" id=\"{}\">\n", esc(&a.id));
            // one heading: the label (`Annex II`) over the annex's title
            match (&a.label, a.title.is_empty()) {
                (None, true) => {}
                (None, false) => h.o += &format!("<h2 class=\"akn-heading\">{}</h2>\n", esc(&a.title)),
                (Some(l), true) => h.o += &format!("<h2 class=\"akn-heading\"><span class=\"akn-num\">{}</span></h2>\n", esc(l)),
                (Some(l), false) => {
                    h.o += &format!("<h2 class=\"akn-heading\"><span class=\"akn-num\">{}</span> <span class=\"akn-docTitle\">{}</span></h2>\n", esc(l), esc(&a.title))
                }
            }
            h.o += &format!("<p class=\"akn-p\">{}</p>\n</section>\n", esc(&a.text));
        }
        h.o += "</section>\n";
    }
    if !doc.footnotes.is_empty() {
        h.o += "<aside class=\"akn-authorialNotes\" aria-label=\"Notes\">\n<ol>\n";
        for f in &doc.footnotes {
            h.o += &format!("<li class=\"akn-authorialNote\" id=\"{}\"><span class=\"akn-marker\">{}</span> {}", esc(&f.id), esc(&f.marker), esc(&f.text));
            let back: Vec<String> = h.refs.iter().filter(|(mk, _)| *mk == f.marker).map(|(_, r)| r.clone()).collect();
            for r in back {
                h.o += &format!(" <a class=\"akn-noteBack\" href=\"#{}\" aria-label=\"Back to text\">↩</a>", esc(&r));
            }
            h.o += "</li>\n";
        }
        h.o += "</ol>\n</aside>\n";
    }
    h.o += "</article>\n";
    if !standalone {
        return h.o;
    }
    let title = match (&m.number, &m.title) {
        (Some(n), Some(t)) => format!("{n}. {t}"),
        (Some(n), None) => format!("Resolution {n}"),
        (None, Some(t)) => t.clone(),
        (None, None) => "Resolution".into(),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"{dir}>\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        esc(lang),
        esc(&title),
        h.o
    )
}
