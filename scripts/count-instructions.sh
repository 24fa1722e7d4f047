#!/usr/bin/env bash
# Instructions per parse, counted by callgrind (the same on a loaded
# machine; wall times are not): the full parse, its references stage, the
# rest, and bare pulldown-cmark event iteration on the same bytes.
#
#   bash scripts/count-instructions.sh [CORPUS_DIR]     (default ../shared/corpus)
#
# Inputs: the 200 English .md renditions of CORPUS_DIR/akn concatenated as
# benches/parse.rs does (one parse by the CLI), and the same files one by
# one (examples/profile_parse ... each: 200 parses). BIN overrides the build
# directory (default target/release) to compare two builds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
corpus=${1:-../shared/corpus}
bin=${BIN:-target/release}
command -v valgrind >/dev/null || { echo "count-instructions: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
if [ -z "${BIN:-}" ]; then
  cargo build --release --bins --examples 2>&1 | grep -E '^(error|warning)' || true
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$corpus/akn" "$tmp/concat.md" <<'EOF'
import glob, os, sys
files = sorted(glob.glob(os.path.join(sys.argv[1], "*-en.md")))
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(open(f, encoding="utf-8").read() for f in files))
EOF
inclusive() { # callgrind file, function name -> instructions
  callgrind_annotate --inclusive=yes "$1" 2>/dev/null | awk -v f="$2" '$0 ~ f" " || $0 ~ f"$" { gsub(",", "", $1); if ($1 > m) m = $1 } END { print m + 0 }'
}
count() { # label, callgrind args...
  local out=$tmp/cg.$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$out" --dump-instr=no "$@" >/dev/null 2>&1
  echo "$out"
}
report() { # label, callgrind file, parses
  local all refs
  all=$(inclusive "$2" 'clausemark::parse')
  refs=$(inclusive "$2" 'references::find_with_input')
  awk -v l="$1" -v a="$all" -v r="$refs" 'BEGIN { printf "%-34s parse %7.1f M  references %6.1f M  rest %6.1f M  references/rest %5.1f %%\n", l, a/1e6, r/1e6, (a-r)/1e6, 100*r/(a-r) }'
}
c=$(count concat --toggle-collect='clausemark::parse' "$bin/clausemark" parse --format json "$tmp/concat.md")
report "concatenation ($(wc -c <"$tmp/concat.md") bytes, 1 parse)" "$c"
e=$(count each --toggle-collect='clausemark::parse' "$bin/examples/profile_parse" "$corpus/akn" md 1 each)
report "200 files one by one" "$e"
# pulldown-cmark: one pass minus the program without it (reading the files)
p1=$(count p1 "$bin/examples/profile_parse" "$corpus/akn" md 1 pulldown)
p0=$(count p0 "$bin/examples/profile_parse" "$corpus/akn" md 0 pulldown)
total() { grep -m1 '^summary:' "$1" | awk '{print $2}'; }
all=$(inclusive "$c" 'clausemark::parse')
awk -v a="$(total "$p1")" -v b="$(total "$p0")" -v p="$all" 'BEGIN { printf "%-34s %7.1f M  (full parse / pulldown-cmark: %.1fx)\n", "pulldown-cmark events, same bytes", (a-b)/1e6, p/(a-b) }'
