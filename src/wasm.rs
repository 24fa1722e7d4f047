//! The WebAssembly shell: a thin wasm-bindgen layer over [`crate::parse`].
//!
//! No parsing logic lives here. The layer
//! - checks the arguments (size limit, `input`, `language`),
//! - returns the model as JSON text, the same as the CLI's `--format json`
//!   (`null` for absent values); js/clausemark.js parses it and adds the
//!   offsets in UTF-16 code units (`span16` and the like),
//! - renders HTML and Akoma Ntoso for `toHtml` and `toAkomaNtoso`.
//!
//! Errors are thrown as JavaScript `Error`s with a `code` property
//! (`input-too-large`, `invalid-argument`). A text that does not read as a
//! resolution is not an error: it comes back with diagnostics (each with a
//! line and column).

use js_sys::{Error, JsString, Reflect};
use wasm_bindgen::prelude::*;

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

/// Parse a resolution into the model as JSON text (the CLI's `--format
/// json`, compact). The JavaScript `parse()` turns it into objects with
/// `JSON.parse` and adds the UTF-16 offsets (js/clausemark.js): one string
/// crosses into JavaScript instead of one call per field.
#[wasm_bindgen(js_name = parseJson)]
pub fn parse_json(text: &JsValue, options: &JsValue) -> Result<String, JsValue> {
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
    serde_json::to_string(&doc).map_err(|e| error("internal", &format!("parse: the model could not be converted: {e}")))
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
