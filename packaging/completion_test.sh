#!/bin/bash
# The bash completion completes commands, a command's options and an option's values, asking
# the program itself (here the built one, first on PATH).
# usage: completion_test.sh AGREE_BINARY SOURCE_DIR
set -eu
bin=$(mktemp -d); trap 'rm -rf "$bin"' EXIT
ln -s "$1" "$bin/agree"
PATH="$bin:$PATH"
# shellcheck source=/dev/null
source "$2/packaging/agree.bash-completion"
complete_line() {  # the words of a command line being typed, the last one unfinished
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
  _agree
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
fail=0
expect() {  # expect "WANTED" WORDS...
  local wanted=$1; shift
  local got; got=$(complete_line "$@")
  if [ "$got" != "$wanted" ]; then echo "agree ${*:2}<TAB>: wanted [$wanted], got [$got]"; fail=1; fi
}
expect "check " agree ch
expect "explain explain-code " agree expl
expect "--scenario " agree bound --sc
expect "--error-format " agree timeline --error
expect "ics json text " agree agenda --format ""
expect "en nl " agree bound --lang ""
expect "json text " agree check --error-format ""
expect "day month week " agree query --step ""
[ $fail -eq 0 ] && echo "completion works"
exit $fail
