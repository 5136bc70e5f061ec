#!/usr/bin/env bash
# Installs what agree needs to build and test on Debian 12, only when something is missing.
# Safe to run again; runs as root (or through sudo when it is available).
set -euo pipefail

packages=(
  g++ cmake make
  antlr4 default-jre-headless libantlr4-runtime-dev uuid-dev
  libboost-program-options-dev libfmt-dev nlohmann-json3-dev doctest-dev libdtl-dev libutf8proc-dev
  python3 python3-jsonschema python3-icalendar git
  clang-14 libclang-rt-14-dev
  neovim
  dpkg-dev file groff-base
  libsqlite3-dev sqlite3 libxxhash-dev pkg-config
  chromium fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Node.js and npm drive the language server's tests and build the VS Code extension. A machine
# that already has a node (NodeSource's package bundles npm) keeps it; Debian's own otherwise.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The npm packages of each JavaScript folder (its package-lock.json pins them), installed again
# only when the lock file changed since the last install.
here=$(cd "$(dirname "$0")/.." && pwd)
for lock in "$here"/editors/*/package-lock.json "$here"/tests/*/package-lock.json; do
  [ -f "$lock" ] || continue
  dir=$(dirname "$lock")
  if ! cmp -s "$lock" "$dir/node_modules/.agree-installed-lock"; then
    echo "setup: npm ci in ${dir#"$here"/}"
    # Node trusts its own CA list; behind a proxy with its own CA (installed in the system's
    # store) it must trust the system's too.
    ca=/etc/ssl/certs/ca-certificates.crt
    (cd "$dir" && NODE_EXTRA_CA_CERTS=${NODE_EXTRA_CA_CERTS:-$([ -f $ca ] && echo $ca)} \
      npm ci --no-audit --no-fund --loglevel=error)
    cp "$lock" "$dir/node_modules/.agree-installed-lock"
  fi
done
