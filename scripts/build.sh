#!/usr/bin/env bash
# Configures and builds agree into build/ (or build-sanitize/ with --sanitize).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=build; opts=(-DAGREE_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then dir=build-sanitize; opts+=(-DAGREE_SANITIZE=ON); fi
cmake -S "$here" -B "$here/$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${opts[@]}" >/dev/null
cmake --build "$here/$dir" -j "$(nproc)"
