//! The WebAssembly shell: a thin wasm-bindgen layer over [`crate::parse`].
//!
//! No parsing logic lives here. The layer
//! - checks the arguments (size limit, `input`, `language`),
//! - serializes the [`Document`] into plain JavaScript objects with
//!   serde-wasm-bindgen (the same shape as the CLI's JSON: `null` for absent
//!   values, objects for maps),
//! - adds offsets in UTF-16 code units next to the byte offsets, so that
//!   JavaScript can slice the string it passed in:
//!   `span16` beside every `span` (paragraphs and items, footnotes, annexes,
//!   diagnostics), `lead_span16` beside `lead_span`, `spans16` beside the
//!   header `spans`, `offset16` (into the paragraph's `text`) beside every
//!   note's `offset`, and for every reference `span16` (into the text of the
//!   node it stands in) and `input_span16` (into the input).
//!
//! Errors are thrown as JavaScript `Error`s with a `code` property
//! (`input-too-large`, `invalid-argument`). A text that does not read as a
//! resolution is not an error: it comes back with diagnostics (each with a
//! line and column).

use std::collections::HashMap;

use js_sys::{Array, Error, JsString, Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::model::{Document, Paragraph, Span};
use crate::{InputFormat, ParseOptions};

/// The largest input `parse` accepts, in bytes of UTF-8 (16 MiB). Every
/// resolution in the corpus is below 200 KB.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The size limit, for the JavaScript side to show.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> u32 {
    MAX_INPUT_BYTES as u32
}

fn error(code: &str, message: &str) -> JsValue {
    let e = Error::new(message);
    e.set_name("ClausemarkError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&e, &"code".into(), &code.into());
    e.into()
}

fn options_from(options: &JsValue) -> Result<ParseOptions, JsValue> {
    let mut o = ParseOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(o);
    }
    if !options.is_object() {
        return Err(error("invalid-argument", "parse: options must be an object such as { input: 'markdown', language: 'en' }"));
    }
    let get = |k: &str| Reflect::get(options, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let input = get("input");
    if !input.is_undefined() && !input.is_null() {
        let s = input
            .as_string()
            .ok_or_else(|| error("invalid-argument", "parse: options.input must be 'auto', 'markdown' or 'text'"))?;
        o.input = s
            .parse::<InputFormat>()
            .map_err(|e| error("invalid-argument", &format!("parse: options.input: {e}")))?;
    }
    let language = get("language");
    if !language.is_undefined() && !language.is_null() {
        let l = language
            .as_string()
            .ok_or_else(|| error("invalid-argument", "parse: options.language must be a string such as 'en'"))?;
        if crate::lexicon::get(&l).is_none() {
            let known: Vec<&str> = crate::lexicon::all().iter().map(|x| x.language).collect();
            return Err(error(
                "invalid-argument",
                &format!("parse: unknown language '{l}' (known: {})", known.join(", ")),
            ));
        }
        o.language = Some(l);
    }
    Ok(o)
}

/// Parse a resolution; see the module documentation.
#[wasm_bindgen(js_name = parse)]
pub fn parse_js(text: &JsValue, options: &JsValue) -> Result<JsValue, JsValue> {
    let Some(js) = text.dyn_ref::<JsString>() else {
        return Err(error("invalid-argument", "parse: the text must be a string"));
    };
    // UTF-8 never has fewer bytes than UTF-16 has code units: refuse what is
    // certainly too large before copying it into WebAssembly memory.
    let too_large = |n: usize| {
        error(
            "input-too-large",
            &format!(
                "parse: the input is {n} bytes or more; the limit is {MAX_INPUT_BYTES} bytes (16 MiB) of UTF-8"
            ),
        )
    };
    let units = js.length() as usize;
    if units > MAX_INPUT_BYTES {
        return Err(too_large(units));
    }
    let options = options_from(options)?;
    // Lone surrogates become U+FFFD, which is one UTF-16 unit as well, so
    // the UTF-16 offsets still index the caller's string.
    let input: String = text.as_string().unwrap_or_default();
    if input.len() > MAX_INPUT_BYTES {
        return Err(too_large(input.len()));
    }
    let doc = crate::parse(&input, &options);
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    let value = doc
        .serialize(&ser)
        .map_err(|e| error("internal", &format!("parse: the model could not be converted: {e}")))?;
    add_utf16(&input, &doc, &value);
    Ok(value)
}

/// The text and options checked as `parse` checks them.
fn input_of(text: &JsValue, options: &JsValue, what: &str) -> Result<(String, ParseOptions), JsValue> {
    let input = text.as_string().ok_or_else(|| error("invalid-argument", &format!("{what}: the text must be a string")))?;
    if input.len() > MAX_INPUT_BYTES {
        return Err(error("input-too-large", &format!("{what}: the input is {} bytes; the limit is {MAX_INPUT_BYTES} bytes (16 MiB) of UTF-8", input.len())));
    }
    Ok((input, options_from(options)?))
}

/// The HTML fragment (or, with `standalone`, the page) of a resolution: the
/// markup of `clausemark parse --format html`. The JavaScript `toHtml(model)`
/// calls this with the text the model was parsed from.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(text: &JsValue, options: &JsValue, standalone: bool) -> Result<String, JsValue> {
    let (input, options) = input_of(text, options, "toHtml")?;
    Ok(crate::output::html::to_html(&crate::parse(&input, &options), standalone))
}

/// Akoma Ntoso (AKN4UN) of a resolution, as `clausemark parse --format akn`.
#[wasm_bindgen(js_name = renderAkomaNtoso)]
pub fn render_akoma_ntoso(text: &JsValue, options: &JsValue) -> Result<String, JsValue> {
    let (input, options) = input_of(text, options, "toAkomaNtoso")?;
    Ok(crate::output::akn::to_akoma_ntoso(&crate::parse(&input, &options)))
}

/// Byte offsets to UTF-16 offsets for one input: every offset the model
/// names, converted in one pass over the text.
struct Utf16Map {
    bytes: Vec<usize>,
    units: Vec<u32>,
}

impl Utf16Map {
    fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Map {
        offsets.sort_unstable();
        offsets.dedup();
        let mut units = Vec::with_capacity(offsets.len());
        let mut u: u32 = 0;
        let mut chars = text.char_indices().peekable();
        for &o in &offsets {
            // Count every character that starts before `o`.
            while let Some(&(b, c)) = chars.peek() {
                if b >= o {
                    break;
                }
                u += c.len_utf16() as u32;
                chars.next();
            }
            units.push(u);
        }
        Utf16Map { bytes: offsets, units }
    }
    fn get(&self, byte: usize) -> u32 {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            // Not collected: cannot happen, every offset is collected first.
            Err(_) => 0,
        }
    }
    fn span(&self, s: Span) -> JsValue {
        let a = Array::new_with_length(2);
        a.set(0, self.get(s.start).into());
        a.set(1, self.get(s.end).into());
        a.into()
    }
}

fn collect(doc: &Document) -> Vec<usize> {
    let mut v = Vec::new();
    let mut push = |s: Span| {
        v.push(s.start);
        v.push(s.end);
    };
    for p in doc.paragraphs() {
        push(p.span);
        if let Some(s) = p.lead_span {
            push(s);
        }
    }
    doc.footnotes.iter().for_each(|f| push(f.span));
    doc.annexes.iter().for_each(|a| push(a.span));
    doc.diagnostics.iter().for_each(|d| push(d.span));
    doc.references.iter().filter_map(|r| r.input_span).for_each(&mut push);
    let h = &doc.spans;
    [h.symbol, h.number, h.title, h.formula, h.adoption].into_iter().flatten().for_each(push);
    v
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // The targets are plain objects just made by the serializer.
    let _ = Reflect::set(target, &key.into(), value);
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The element `i` of the array `target[key]`.
fn nth(target: &JsValue, key: &str, i: usize) -> JsValue {
    get(target, key).dyn_into::<Array>().map(|a| a.get(i as u32)).unwrap_or(JsValue::UNDEFINED)
}

fn add_utf16(text: &str, doc: &Document, value: &JsValue) {
    let map = Utf16Map::new(text, collect(doc));
    fn paragraphs(map: &Utf16Map, ps: &[Paragraph], arr: &JsValue) {
        let Some(arr) = arr.dyn_ref::<Array>() else { return };
        for (i, p) in ps.iter().enumerate() {
            let o = arr.get(i as u32);
            if !o.is_object() {
                continue;
            }
            set(&o, "span16", &map.span(p.span));
            set(&o, "lead_span16", &p.lead_span.map_or(JsValue::NULL, |s| map.span(s)));
            if !p.notes.is_empty() {
                // Offsets into the paragraph's own text.
                let notes = get(&o, "notes");
                let local = Utf16Map::new(&p.text, p.notes.iter().map(|n| n.offset).collect());
                for (j, n) in p.notes.iter().enumerate() {
                    if let Some(no) = notes.dyn_ref::<Array>().map(|a| a.get(j as u32)) {
                        set(&no, "offset16", &local.get(n.offset).into());
                    }
                }
            }
            paragraphs(map, &p.items, &get(&o, "items"));
        }
    }
    paragraphs(&map, &doc.preamble, &get(value, "preamble"));
    paragraphs(&map, &doc.operative, &get(value, "operative"));
    for (i, f) in doc.footnotes.iter().enumerate() {
        set(&nth(value, "footnotes", i), "span16", &map.span(f.span));
    }
    for (i, a) in doc.annexes.iter().enumerate() {
        set(&nth(value, "annexes", i), "span16", &map.span(a.span));
    }
    for (i, d) in doc.diagnostics.iter().enumerate() {
        set(&nth(value, "diagnostics", i), "span16", &map.span(d.span));
    }
    if !doc.references.is_empty() {
        // A reference's `span` is into the text of the node it stands in:
        // one conversion map per node (a long annex can hold many).
        let mut texts: HashMap<&str, &str> = HashMap::new();
        for p in doc.paragraphs() {
            texts.insert(&p.id, &p.text);
        }
        doc.footnotes.iter().for_each(|f| {
            texts.insert(&f.id, &f.text);
        });
        doc.annexes.iter().for_each(|a| {
            texts.insert(&a.id, &a.text);
        });
        let mut wanted: HashMap<&str, Vec<usize>> = HashMap::new();
        for r in &doc.references {
            let v = wanted.entry(r.paragraph.as_str()).or_default();
            v.push(r.span.start);
            v.push(r.span.end);
        }
        let maps: HashMap<&str, Utf16Map> = wanted
            .into_iter()
            .map(|(id, offsets)| (id, Utf16Map::new(texts.get(id).copied().unwrap_or(""), offsets)))
            .collect();
        let refs = get(value, "references");
        if let Some(refs) = refs.dyn_ref::<Array>() {
            for (i, r) in doc.references.iter().enumerate() {
                let o = refs.get(i as u32);
                if let Some(local) = maps.get(r.paragraph.as_str()) {
                    set(&o, "span16", &local.span(r.span));
                }
                set(&o, "input_span16", &r.input_span.map_or(JsValue::NULL, |s| map.span(s)));
            }
        }
    }
    let h = &doc.spans;
    let spans16 = Object::new();
    for (k, s) in [("symbol", h.symbol), ("number", h.number), ("title", h.title), ("formula", h.formula), ("adoption", h.adoption)] {
        set(&spans16, k, &s.map_or(JsValue::NULL, |s| map.span(s)));
    }
    set(value, "spans16", &spans16);
}
