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
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
