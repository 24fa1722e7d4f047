#!/usr/bin/env bash
# The project's test command (`npm test`): every suite, in order.
# Add a suite by adding a step below. Stops at the first failing step.
#
# Environment: CLAUSEMARK_CORPUS=DIR (default ../shared/corpus from the repo
# root) is the corpus the WASM-vs-CLI test parses.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n=== %s ===\n' "$*"; }

# Test harnesses need unwinding. The release profile unwinds (only the WASM
# profile aborts); the variable keeps it so should the profile change.
export CARGO_PROFILE_RELEASE_PANIC=unwind

step "Rust tests (cargo test --release)"
cargo test --release

step "leads for phrases no list holds (scripts/lexicon_holdout.py: the corpus in halves, each scored with lists that lack its phrases)"
python3 scripts/lexicon_holdout.py --min en=70.5,fr=64.5,es=79.5 "${CLAUSEMARK_CORPUS:-../shared/corpus}"

step "native CLI for the WASM comparison (cargo build --release)"
cargo build --release --bin clausemark

step "no panic on mutated corpus files (scripts/fuzz_mutate.py, fixed seed)"
python3 scripts/fuzz_mutate.py --seed 1 --runs 2000 "${CLAUSEMARK_CORPUS:-../shared/corpus}"

step "WASM package tests (node --test tests/wasm/)"
[ -f pkg/clausemark_bg.wasm ] || { echo "pkg/ is not built: run 'npm run build' first" >&2; exit 1; }
node --test --test-concurrency=1 tests/wasm/*.test.mjs

step "Rust unit tests in WebAssembly (scripts/build-wasm.sh --test: the simd128 classifier of references/starts.rs, in Node)"
bash scripts/build-wasm.sh --test

step "viewer tests (node --test tests/viewer/: <clause-viewer> in Chromium, axe, CSP, hostile input)"
node scripts/gen-classes.mjs --check
node scripts/build-www.mjs
node --test --test-concurrency=1 tests/viewer/*.test.mjs
