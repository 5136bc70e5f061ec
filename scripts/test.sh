#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite: once in a normal build, once under
# AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
(cd "$here/build" && ctest --output-on-failure -j "$(nproc)")
"$here/scripts/build.sh" --sanitize
# The Debian ANTLR runtime is not instrumented: container-overflow reports from it are false
# positives (antlr4#2332), so that one check is off.
(cd "$here/build-sanitize" && ASAN_OPTIONS=detect_container_overflow=0:detect_leaks=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j "$(nproc)")
# Fuzzing (libFuzzer, clang, ASan + UBSan): each target for a bounded time; fails on a crash,
# a leak, an input slower than 2 s or memory over 2 GB.
"$here/scripts/fuzz.sh" "${AGREE_FUZZ_SECONDS:-60}"
echo "all tests passed: unit and end-to-end (normal and sanitized builds), fuzzing"
