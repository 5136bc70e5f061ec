#!/bin/sh
# Runs hover_and_diagnostics.lua in headless Neovim against `agree lsp` and compares what the
# client got with the expected file. usage: nvim_test.sh AGREE FILE LINE CHARACTER EXPECTED
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
AGREE_BIN=$1 AGREE_FILE=$2 AGREE_HOVER_LINE=$3 AGREE_HOVER_CHARACTER=$4 AGREE_OUT=$out \
  timeout 60 nvim --headless --clean -u NONE -c "luafile $here/hover_and_diagnostics.lua" >/dev/null 2>&1
status=$?
if [ $status -ne 0 ]; then
  echo "nvim exited with $status"
  cat "$out"
  exit 1
fi
diff -u "$5" "$out"
