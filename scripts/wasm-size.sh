#!/usr/bin/env bash
# Sizes of the WASM package as a browser downloads it (`npm run size`):
# raw, gzip -9 and brotli -q 11 bytes of the .wasm, of the JavaScript glue
# (wasm-bindgen's pkg/clausemark.js and the entry js/clausemark.js) and of
# the two together. Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=(pkg/clausemark_bg.wasm pkg/clausemark.js js/clausemark.js)
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "$f is missing: run 'npm run build' first" >&2; exit 1; }
done
gz() { gzip -9c "$1" | wc -c; }
br() { if command -v brotli >/dev/null; then brotli -q 11 -c "$1" | wc -c; else echo -; fi; }
printf '%-24s %9s %9s %9s\n' file raw gzip brotli
tr=0; tg=0; tb=0
for f in "${files[@]}"; do
  r=$(wc -c <"$f"); g=$(gz "$f"); b=$(br "$f")
  printf '%-24s %9d %9d %9s\n' "$f" "$r" "$g" "$b"
  tr=$((tr + r)); tg=$((tg + g)); [ "$b" = - ] || tb=$((tb + b))
done
printf '%-24s %9d %9d %9s\n' "WASM + JS glue" "$tr" "$tg" "$tb"
