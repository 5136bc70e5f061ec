#!/usr/bin/env bash
# `git diff` shows agree's semantic report for *.agree files after the one set-up command of
# the README. A real repository with two commits: Heliomare 2021, then the 2023 revision.
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
git add heliomare.agree && git commit -qm "2021"
cp "$root/examples/heliomare/versions/heliomare-2023.agree" heliomare.agree
git commit -qam "2023"
# The set-up command, as the README gives it (with this build's agree):
git config diff.agree.command "$agree diff --git" && echo '*.agree diff=agree' >> .git/info/attributes
out=$(git diff HEAD~1 HEAD)
echo "$out"
grep -qF "agree diff heliomare.agree (old) -> heliomare.agree (new)" <<<"$out"
grep -qF "renewal period: 1 year -> 2 years" <<<"$out"
grep -qF "notice period: 1 month -> 3 months" <<<"$out"
grep -qF "art. 6.1 disappeared: 2023-02-18 -> (none)" <<<"$out"
# A plain `git diff --no-ext-diff` still shows the text lines.
git diff --no-ext-diff HEAD~1 HEAD | grep -qF -- '+    renew automatically every 2 years'
echo "git diff shows the semantic report"
