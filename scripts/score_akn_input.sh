#!/usr/bin/env bash
# Score `--input akn` (reading the UN's own Akoma Ntoso files) against the
# corpus's expected.json. score.py only picks up .md/.txt inputs, so this
# makes a temporary directory with NAME.txt -> NAME.akn.xml symlinks beside
# the NAME.expected.json files.
#
#   scripts/score_akn_input.sh [CORPUS_AKN_DIR] [extra score.py args]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-${CLAUSEMARK_CORPUS:-$here/../shared/corpus}/akn}"
shift || true
[ -d "$corpus" ] || { echo "score_akn_input: no corpus directory at $corpus" >&2; exit 2; }
scorer="${CLAUSEMARK_SCORER:-$(dirname "$(dirname "$corpus")")/tools/score.py}"
[ -f "$scorer" ] || scorer="$here/../shared/tools/score.py"
bin="${CLAUSEMARK_BIN:-$here/target/release/clausemark}"
[ -x "$bin" ] || { echo "score_akn_input: build first (cargo build --release), or set CLAUSEMARK_BIN" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
n=0
for x in "$corpus"/*.akn.xml; do
  name="$(basename "$x" .akn.xml)"
  [ -f "$corpus/$name.expected.json" ] || continue
  ln -s "$(cd "$(dirname "$x")" && pwd)/$(basename "$x")" "$tmp/$name.txt"
  ln -s "$(cd "$corpus" && pwd)/$name.expected.json" "$tmp/$name.expected.json"
  n=$((n + 1))
done
echo "score_akn_input: $n Akoma Ntoso files from $corpus" >&2
python3 "$scorer" --cmd "$bin parse --input akn --format json {file}" "$tmp" "$@"
