#!/usr/bin/env bash
# Build the WebAssembly package into pkg/ (called by `npm run build`).
#
# Follows ../shared/TOOLCHAIN.md:
#  1. use an installed rustup wasm32-unknown-unknown target when there is one;
#     otherwise Debian's rustc-web/cargo-web/rust-web-src (installed with
#     apt-get when missing and running as root) with -Zbuild-std;
#  2. wasm-bindgen-cli at exactly the version pinned in Cargo.toml
#     (installed with cargo when missing or different);
#  3. wasm-bindgen --target web into pkg/;
#  4. wasm-opt from the npm package binaryen.
# Each step says what it does; a failure says which step failed and why.
#
# `build-wasm.sh --test` builds nothing into pkg/: it runs the unit tests of
# src/references/starts.rs compiled to WebAssembly (same toolchain, flags and
# profile) under wasm-bindgen-test-runner in Node, i.e. the simd128
# classifier against its definition. Needs the wasm-bindgen-cli that a
# plain build installs.
#
# Environment: CLAUSEMARK_WASM_PATH=rustup|debian forces a path;
# CLAUSEMARK_SKIP_OPT=1 skips wasm-opt; CLAUSEMARK_WASM_OPT_LEVEL (default
# -O3) is wasm-opt's level; on the Debian path CLAUSEMARK_WASM_RUSTFLAGS and
# CLAUSEMARK_WASM_STD_FEATURES replace the size flags below;
# CLAUSEMARK_WASM_SIMD=0 builds without WebAssembly SIMD (see SIMD below).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

STEP="start"
say() { printf '[build-wasm] %s\n' "$*" >&2; }
step() { STEP="$1"; say "step: $1"; }
fail() { say "FAILED at step '$STEP': $*"; exit 1; }
trap 'rc=$?; if [ $rc -ne 0 ]; then say "FAILED at step '"'"'$STEP'"'"' (exit status $rc; see the messages above)"; fi' EXIT

mode=build
case "${1:-}" in
  "") ;;
  --test) mode=test ;;
  *) fail "unknown argument '$1' (usage: build-wasm.sh [--test])" ;;
esac

TARGET=wasm32-unknown-unknown
PROFILE=wasm-release
TARGET_DIR="$ROOT/target/wasm"
OUT="$ROOT/pkg"
NAME=clausemark

# SIMD: WebAssembly's fixed-width SIMD (`simd128`) for the crate, memchr
# (its simd128 paths compile only with the feature on) and, on the Debian
# path, std. Every browser in current use runs it (Chrome/Edge 91+,
# Firefox 89+, Safari 16.4+) and so does Node 16.4+; a runtime without it
# refuses the module at init().
simd_flags=""
if [ "${CLAUSEMARK_WASM_SIMD:-1}" != 0 ]; then
  simd_flags="-Ctarget-feature=+simd128"
fi

# cargo's subcommand and its arguments after the common ones
if [ "$mode" = test ]; then
  RUNNER="$HOME/.cargo/bin/wasm-bindgen-test-runner"
  [ -x "$RUNNER" ] || fail "$RUNNER is missing: run 'npm run build' first (it installs wasm-bindgen-cli)"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$RUNNER"
  cargo_cmd=test
  # The code with a WebAssembly SIMD path: the references' block classifier
  # and the text buffer's plain-run check (the runner takes one filter a run)
  filters=(references::starts textbuf::tests::plain_run)
else
  cargo_cmd=build
  filters=("")
fi

# --- 1. toolchain -----------------------------------------------------------
step "choose the wasm32 toolchain"
path="${CLAUSEMARK_WASM_PATH:-}"
if [ -z "$path" ]; then
  if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    path=rustup
  else
    path=debian
  fi
fi
say "using the $path path"

if [ "$path" = debian ]; then
  step "check Debian's rustc-web, cargo-web and rust-web-src"
  need=()
  for p in rustc-web cargo-web rust-web-src; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
      fail "the $TARGET rustup target is not installed and Debian packages ${need[*]} are missing; run 'rustup target add $TARGET' (or, as root, 'apt-get install ${need[*]}')"
    fi
    step "install ${need[*]} with apt-get"
    apt-get update -qq || fail "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || fail "apt-get install ${need[*]} failed"
  fi
  [ -x /usr/bin/cargo ] || fail "/usr/bin/cargo is missing although cargo-web is installed"
  step "find rustup's rust-lld linker"
  command -v rustc >/dev/null 2>&1 || fail "rustup's rustc is not on PATH (needed for its rust-lld linker)"
  RUST_LLD="$(rustc --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"
  [ -x "$RUST_LLD" ] || fail "no rust-lld at $RUST_LLD"
  # Size: no file/line strings in panic messages and no Debug formatting
  # code (nothing the module returns uses Debug); a panic aborts at once,
  # without formatting a message nobody sees (-Cpanic=immediate-abort: the
  # same WebAssembly trap as panic=abort); std built with its
  # optimize_for_size feature (smaller sort and integer-formatting code).
  # `--cfg clausemark_size`: the largest functions off the parse() path
  # optimized for size (#[optimize(size)], see src/lib.rs).
  flags="${CLAUSEMARK_WASM_RUSTFLAGS--Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort --cfg clausemark_size}"
  flags="$flags${simd_flags:+ $simd_flags}"
  std_features="${CLAUSEMARK_WASM_STD_FEATURES-optimize_for_size}"
  # Tests with one panic strategy (abort) for the test and std alike: else
  # cargo builds std twice and the two cores clash (E0152).
  zflags=()
  [ "$mode" = build ] || zflags=(-Zpanic-abort-tests)
  for filter in "${filters[@]}"; do
    cargo_tail=()
    [ -z "$filter" ] || cargo_tail=(-- "$filter")
    step "cargo $cargo_cmd ${filter:+$filter }($PROFILE, $TARGET, std from source with Debian's cargo $(/usr/bin/cargo --version | cut -d' ' -f2), RUSTFLAGS='$flags', std features '$std_features')"
    RUSTFLAGS="$flags" RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$RUST_LLD" \
      /usr/bin/cargo "$cargo_cmd" --profile "$PROFILE" --target "$TARGET" --lib --no-default-features \
        -Zbuild-std=std,panic_abort ${std_features:+-Zbuild-std-features=$std_features} --target-dir "$TARGET_DIR" \
        ${zflags[@]+"${zflags[@]}"} ${cargo_tail[@]+"${cargo_tail[@]}"} \
      || fail "cargo $cargo_cmd for $TARGET failed (see the output above)"
  done
else
  for filter in "${filters[@]}"; do
    cargo_tail=()
    [ -z "$filter" ] || cargo_tail=(-- "$filter")
    step "cargo $cargo_cmd ${filter:+$filter }($PROFILE, $TARGET, rustup target, RUSTFLAGS='$simd_flags')"
    RUSTFLAGS="$simd_flags" cargo "$cargo_cmd" --profile "$PROFILE" --target "$TARGET" --lib --no-default-features --target-dir "$TARGET_DIR" ${cargo_tail[@]+"${cargo_tail[@]}"} \
      || fail "cargo $cargo_cmd for $TARGET failed (see the output above)"
  done
fi
if [ "$mode" = test ]; then
  say "done: unit tests in WebAssembly passed"
  exit 0
fi
WASM_IN="$TARGET_DIR/$TARGET/$PROFILE/$NAME.wasm"
[ -f "$WASM_IN" ] || fail "the build did not produce $WASM_IN"

# --- 2. wasm-bindgen CLI ----------------------------------------------------
step "check wasm-bindgen-cli against the version pinned in Cargo.toml"
want="$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -1)"
[ -n "$want" ] || fail "Cargo.toml does not pin wasm-bindgen with '=' (wasm-bindgen = \"=X.Y.Z\")"
export PATH="$HOME/.cargo/bin:$PATH"
have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have" != "$want" ]; then
  step "install wasm-bindgen-cli $want (was: ${have:-missing}; takes ~10 min on 2 cores, once per machine)"
  # Not --locked: its lock file names a webpki-roots version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$want" --force || fail "cargo install wasm-bindgen-cli $want failed"
  have="$(wasm-bindgen --version | awk '{print $2}')"
  [ "$have" = "$want" ] || fail "wasm-bindgen is $have after the install, expected $want"
fi
say "wasm-bindgen $have"

# --- 3. bindings ------------------------------------------------------------
step "wasm-bindgen --target web into pkg/"
rm -rf "$OUT.tmp"
wasm-bindgen --target web --out-dir "$OUT.tmp" --out-name "$NAME" "$WASM_IN" \
  || fail "wasm-bindgen could not bind $WASM_IN"

# --- 4. optimise ------------------------------------------------------------
if [ "${CLAUSEMARK_SKIP_OPT:-0}" = 1 ]; then
  say "skipping wasm-opt (CLAUSEMARK_SKIP_OPT=1)"
else
  step "wasm-opt ${CLAUSEMARK_WASM_OPT_LEVEL:--O3} (npm package binaryen)"
  WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"
  [ -x "$WASM_OPT" ] || fail "$WASM_OPT is missing: run 'npm ci' (binaryen is a devDependency)"
  "$WASM_OPT" ${CLAUSEMARK_WASM_OPT_LEVEL:--O3} --enable-bulk-memory --enable-nontrapping-float-to-int ${simd_flags:+--enable-simd} --strip-debug --strip-producers \
    -o "$OUT.tmp/${NAME}_bg.opt.wasm" "$OUT.tmp/${NAME}_bg.wasm" || fail "wasm-opt failed"
  mv "$OUT.tmp/${NAME}_bg.opt.wasm" "$OUT.tmp/${NAME}_bg.wasm"
fi

step "install pkg/"
rm -rf "$OUT"
mv "$OUT.tmp" "$OUT"
raw=$(wc -c <"$OUT/${NAME}_bg.wasm")
gz=$(gzip -9c "$OUT/${NAME}_bg.wasm" | wc -c)
say "done: pkg/${NAME}_bg.wasm $raw bytes ($gz gzipped), pkg/$NAME.js, pkg/$NAME.d.ts"
