#!/usr/bin/env bash
# `git diff` shows agree's semantic report for *.agree files after the one set-up command of
# the README. A real repository with two commits: Heliomare 2021, then the 2023 revision, and a
# second agreement that does not compile in the second commit.
# Usage: git_diff_test.sh AGREE_BINARY REPO_ROOT
set -euo pipefail
agree=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q repo && cd repo
git config user.email test@example.invalid && git config user.name test
cp "$root/examples/heliomare/heliomare.agree" heliomare.agree
# A second agreement that gets a typo in the next commit: the normal state while editing. git
# diffs it first (b < h); the driver must not die on it, or git stops before heliomare.agree.
cp "$root/tests/e2e/diff/small-old.agree" broken.agree
git add heliomare.agree broken.agree && git commit -qm "2021"
cp "$root/examples/heliomare/versions/heliomare-2023.agree" heliomare.agree
sed -i '0,/^party /s/^party /partyy /' broken.agree
git commit -qam "2023"
# The set-up command, as the README gives it (with this build's agree):
git config diff.agree.command "$agree diff --git" && echo '*.agree diff=agree' >> .git/info/attributes
out=$(git diff HEAD~1 HEAD)
echo "$out"
# The broken file: a note and its lines, and the errors on stderr; then the report on the next.
grep -qF "agree diff broken.agree: the new version has errors (on stderr), so no report; the lines that changed:" <<<"$out"
grep -qF -- "+++ b/broken.agree" <<<"$out"
grep -qE -- "^\+partyy " <<<"$out"
grep -qE -- "^-party " <<<"$out"
grep -qF "agree diff heliomare.agree (old) -> heliomare.agree (new)" <<<"$out"
grep -qF "renewal period: 1 year -> 2 years" <<<"$out"
grep -qF "notice period: 1 month -> 3 months" <<<"$out"
grep -qF "art. 6.1 disappeared: 2023-02-18 -> (none)" <<<"$out"
# A plain `git diff --no-ext-diff` still shows the text lines.
# (Read whole first: `grep -q` on a pipe quits at its match, and under pipefail git's SIGPIPE
# would fail the test whenever git is still writing.)
plain=$(git diff --no-ext-diff HEAD~1 HEAD)
grep -qF -- '+    renew automatically every 2 years' <<<"$plain"
echo "git diff shows the semantic report"
