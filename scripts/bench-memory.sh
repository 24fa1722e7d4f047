#!/usr/bin/env bash
# Peak memory of the CLI on a 10 MB input (target: at most 10x the input).
#   bash scripts/bench-memory.sh [CORPUS]   (default ../shared/corpus)
# Builds a 10,000,000-byte file by repeating the English Markdown (and then
# the plain-text) renditions of the corpus, parses it and reports the peak
# resident set size measured by GNU time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
corpus="${1:-../shared/corpus}"
[ -x /usr/bin/time ] || { echo "bench-memory: /usr/bin/time (GNU time) is needed: apt-get install time" >&2; exit 2; }
cargo build --release --quiet --bin clausemark
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ext in md txt; do
  python3 - "$corpus" "$ext" "$tmp/in.$ext" <<'PY'
import glob, os, sys
corpus, ext, out = sys.argv[1:4]
files = sorted(glob.glob(os.path.join(corpus, "akn", "*-en." + ext)))
data = "\n\n".join(open(f, encoding="utf-8").read() for f in files)
buf = data
while len(buf.encode()) < 10_000_000:
    buf += "\n\n" + data
open(out, "w", encoding="utf-8").write(buf.encode()[:10_000_000].decode("utf-8", "ignore"))
PY
  size=$(wc -c < "$tmp/in.$ext")
  /usr/bin/time -f "%M %e" -o "$tmp/time" target/release/clausemark parse --format json "$tmp/in.$ext" > /dev/null
  read -r kb secs < "$tmp/time"
  awk -v kb="$kb" -v size="$size" -v secs="$secs" -v ext="$ext" 'BEGIN {
    printf "%s: %.1f MB input, peak RSS %.1f MB (%.1fx the input), %s s\n", ext, size/1e6, kb*1024/1e6, kb*1024/size, secs }'
done
