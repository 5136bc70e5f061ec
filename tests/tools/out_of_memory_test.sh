#!/bin/sh
# Running out of memory while parsing is AGR0005, not a syntax error (AGR0101): a 3.9 MB
# agreement (125,000 parties; about 500 MB to parse) is checked under a virtual-memory limit
# (ulimit -v) that holds agree and the file but not the parse. Usage: out_of_memory_test.sh AGREE_BINARY LIMIT_KB
set -u
agree=$1 limit=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
python3 -c "
import sys
sys.stdout.write('agreement groot { title \"Groot\" }\n')
sys.stdout.write(''.join('party p%d { name \"P%d\" }\n' % (i, i) for i in range(125000)))
" > "$tmp/big.agree"
(ulimit -v "$limit" && exec "$agree" check "$tmp/big.agree") > "$tmp/out" 2> "$tmp/err"
status=$?
if [ "$status" -ne 1 ] || ! grep -q 'error\[AGR0005\]: agree ran out of memory' "$tmp/err"; then
  echo "FAIL: exit status $status (expected 1) and AGR0005 expected on stderr:"
  head -c 2000 "$tmp/err"
  exit 1
fi
if grep -q 'AGR0101' "$tmp/err"; then
  echo "FAIL: out of memory reported as a syntax error:"
  head -c 2000 "$tmp/err"
  exit 1
fi
echo "ok: out of memory while parsing is AGR0005"
