#!/usr/bin/env bash
# Configures and builds agree:
#   scripts/build.sh                 build/           g++, Release (what users build), all targets
#   scripts/build.sh --sanitize      build-sanitize/  g++, ASan + UBSan, all targets
#   scripts/build.sh --clang-release build-clang/     clang 14, Release, the program only
# Warnings are errors here (the project's own builds); a user's plain Release build keeps them
# warnings (README "Building by hand").
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=build; type=Release; opts=(-DAGREE_WERROR=ON); targets=()
case "${1:-}" in
  --sanitize) dir=build-sanitize; type=RelWithDebInfo; opts+=(-DAGREE_SANITIZE=ON) ;;
  --clang-release) dir=build-clang; opts+=(-DCMAKE_CXX_COMPILER=clang++-14); targets=(--target agree) ;;
  "") ;;
  *) echo "usage: scripts/build.sh [--sanitize | --clang-release]" >&2; exit 2 ;;
esac
cmake -S "$here" -B "$here/$dir" -DCMAKE_BUILD_TYPE=$type "${opts[@]}" >/dev/null
cmake --build "$here/$dir" -j "$(nproc)" "${targets[@]}"
