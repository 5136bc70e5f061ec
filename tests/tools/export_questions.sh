#!/bin/sh
# agree export --sqlite answers three analyst questions with the sqlite3 CLI (issue 15): who is
# bound on a date and by what, which notice windows close next quarter, which duties fall due
# per party. Each question is tests/e2e/export/NAME.sql (its answer worked out by hand in its
# comments) and its answer NAME.expected.
# Usage: export_questions.sh AGREE REPO_ROOT
set -eu
agree=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
"$agree" export examples/heliomare/heliomare.agree examples/calidus/calidus.agree examples/dvo-beek/dvo-beek.agree \
  --from 2026-01-01 --to 2027-12-31 --sqlite "$tmp/portfolio.db"
status=0
for q in bound notice duties; do
  sqlite3 -header -batch "$tmp/portfolio.db" <"tests/e2e/export/$q.sql" >"$tmp/$q.out"
  diff -u "tests/e2e/export/$q.expected" "$tmp/$q.out" || status=1
done
exit $status
