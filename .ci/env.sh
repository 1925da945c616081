# shellcheck shell=bash
# Sourced by every .ci script (and usable by hand: `source .ci/env.sh`).
# Puts the tools that .ci/setup installs on PATH and pins their versions.

SAMENSPEL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SAMENSPEL_ROOT

# Pinned tool versions. wasm-bindgen must equal the one in Cargo.lock (the
# wasm-bindgen crate and CLI must match exactly); Trunk.toml pins the same.
export TRUNK_VERSION="0.21.14"
export BINARYEN_VERSION="132.0.0"     # npm package "binaryen": wasm-opt version_132
export TERSER_VERSION="5.51.2"        # npm package "terser": minifies wasm-bindgen's JS (.ci/minify)
export CSSO_VERSION="5.0.5"           # npm package "csso": minifies the CSS (.ci/minify)
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' "$SAMENSPEL_ROOT/Cargo.lock" 2>/dev/null || true)"
export WASM_BINDGEN_VERSION="${WASM_BINDGEN_VERSION:-0.2.130}"

# Caches live under $HOME so they survive between CI runs on the same machine.
export SAMENSPEL_CACHE="${SAMENSPEL_CACHE:-$HOME/.cache/samenspel}"
export BINARYEN_DIR="$SAMENSPEL_CACHE/binaryen"
export MINIFY_DIR="$SAMENSPEL_CACHE/minify"

case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) PATH="$HOME/.cargo/bin:$PATH" ;; esac
case ":$PATH:" in *":$BINARYEN_DIR/node_modules/.bin:"*) ;; *) PATH="$BINARYEN_DIR/node_modules/.bin:$PATH" ;; esac
export PATH

# Never let Playwright (or anything) fetch a browser; we use /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false

# step NAME CMD...: run CMD (in a subshell with `set -e`, so a failing command
# inside a shell function stops it), print how long it took; fail like CMD.
step() {
  local name="$1"; shift
  local t0=$SECONDS rc=0 had_e=0
  [[ $- == *e* ]] && had_e=1
  echo "==> $name"
  set +e
  (set -e; "$@")
  rc=$?
  [ "$had_e" -eq 1 ] && set -e
  if [ "$rc" -eq 0 ]; then
    echo "<== $name: ok ($((SECONDS - t0))s)"
  else
    echo "<== $name: FAILED with exit $rc ($((SECONDS - t0))s)" >&2
  fi
  return "$rc"
}
