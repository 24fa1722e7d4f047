// The parser: clausemark compiled to WebAssembly (the package's ES module,
// copied next to the viewer as www/js/ and www/pkg/ by `npm run build:www`).
// Loaded lazily on the first parse; a page that only sets `model` never
// downloads it.

let loading = null;

/** Where the package's module is; may be set before the first parse. */
export const config = { moduleUrl: new URL('../js/clausemark.js', import.meta.url).href };

export function loadParser() {
  if (!loading) {
    loading = import(config.moduleUrl)
      .then(async (m) => {
        await m.init();
        return m;
      })
      .catch((e) => {
        loading = null;
        const err = new Error(`the parser (WebAssembly) could not be loaded: ${e?.message || e}`);
        err.cause = e;
        throw err;
      });
  }
  return loading;
}

/** Parse `text` to the model. Resolves once the parser is loaded. */
export async function parse(text, options = {}) {
  const m = await loadParser();
  const opts = {};
  if (options.input) opts.input = options.input;
  if (options.language) opts.language = options.language;
  return m.parse(text, opts);
}
