#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-fuzz/ and runs each one.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
# Fails on a crash, a leak, an input slower than 5 s or memory over 2 GB. Each target starts
# from the examples and test inputs (seed corpus) and the language's keywords (dictionary);
# what it learns is kept in build-fuzz/corpus/ between runs. A crashing input is left in
# build-fuzz/artifacts/: add it to tests/e2e/bad/ (or tests/fuzz/regressions/) as a test.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build=$here/build-fuzz
cmake -S "$here" -B "$build" -DAGREE_FUZZ=ON -DAGREE_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzz_compile fuzz_simulate fuzz_diff fuzz_scanner

seeds=$build/seeds
rm -rf "$seeds" && mkdir -p "$seeds/compile" "$seeds/simulate" "$seeds/diff" "$build/artifacts"
find "$here/examples" "$here/tests/e2e" "$here/tests/fuzz/regressions" -name '*.agree' -size -100k \
  -exec cp -t "$seeds/compile" {} + 2>/dev/null || true
cp "$seeds"/compile/* "$seeds/simulate/"
# The scanner target compares the hand-written scanner with the generated lexer on the same files.
cp -r "$seeds/compile" "$seeds/scanner"
# Agreements with each scenario appended, so the simulation target starts from real timelines.
for s in "$here"/examples/*/scenarios/*.scenario; do
  [ -e "$s" ] || continue
  a=$(dirname "$(dirname "$s")")/$(basename "$(dirname "$(dirname "$s")")").agree
  [ -f "$a" ] && cat "$a" "$s" > "$seeds/simulate/$(basename "$s").agree"
done

# Version pairs for the diff target: old, a NUL byte, new.
for v in "$here"/examples/*/versions/*.agree; do
  [ -e "$v" ] || continue
  a=$(dirname "$(dirname "$v")")/$(basename "$(dirname "$(dirname "$v")")").agree
  [ -f "$a" ] && { cat "$a"; printf '\0'; cat "$v"; } > "$seeds/diff/$(basename "$v")"
done
cp "$here/tests/e2e/diff/small-old.agree" "$seeds/diff/small-old.agree"

# The timeout is 5 s per input: the slowest seed takes about 0.6 s under ASan + UBSan and the
# coverage instrumentation (fuzz_simulate on Walcheren with a scenario, docs/PERFORMANCE.md), so
# a busy or slow machine keeps a wide margin, while a hang or a blow-up still fails the run.
timeout=5
status=0
for target in fuzz_compile fuzz_simulate fuzz_diff fuzz_scanner; do
  corpus=$build/corpus/$target
  mkdir -p "$corpus"
  seed=$seeds/${target#fuzz_}
  echo "fuzz: $target for ${seconds}s"
  # The Debian ANTLR runtime is not instrumented: its container-overflow reports are false
  # positives (antlr4#2332).
  if ! ASAN_OPTIONS=detect_container_overflow=0:detect_leaks=1 \
       "$build/tests/fuzz/$target" "$corpus" "$seed" -dict="$here/tests/fuzz/agree.dict" \
       -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len=100000 \
       -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 2>"$build/$target.log"; then
    echo "fuzz: $target FAILED; see $build/$target.log and $build/artifacts/"
    tail -40 "$build/$target.log"
    status=1
  fi
  grep -E "stat::number_of_executed_units|cov:" "$build/$target.log" | tail -2
done
exit $status
