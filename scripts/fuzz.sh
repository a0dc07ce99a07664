#!/usr/bin/env bash
# Build the libFuzzer targets (preset "fuzz") and run each one.
#   scripts/fuzz.sh              every target for 20 s (what .ci/run does)
#   scripts/fuzz.sh 600          every target for 10 minutes
#   scripts/fuzz.sh 600 fuzz_cron   one target
# Each starts from its seed corpus in tests/fuzz/corpus/<target>/ (in the repo); new inputs it finds go
# to build/fuzz/corpus/<target>/ (not in the repo). A crash leaves build/fuzz/crash-* and fails
# the run; reproduce with: build/fuzz/tests/fuzz/<target> build/fuzz/crash-<hash>
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  # the one list of targets: tests/fuzz/targets.cmake
  read -r -a targets <<<"$(sed -n 's/^set(FS_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/targets.cmake)"
fi

./scripts/setup-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=true # Debug builds too: debug info names the build folder "." (cmake/FsSettings.cmake)
cmake --preset fuzz -DFS_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build --preset fuzz

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
out=build/fuzz
total=0
for t in "${targets[@]}"; do
  mkdir -p "$out/corpus/$t"
  log="$out/$t.log"
  # -rss_limit_mb bounds memory per input; -timeout fails an input that takes over 10 s (a hang).
  if ! (cd "$out" && "./tests/fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
          -print_final_stats=1 "corpus/$t" "../../tests/fuzz/corpus/$t" >"$t.log" 2>&1); then
    echo "fuzz: $t FAILED — see $log" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  total=$((total + runs))
  printf 'fuzz: %-20s %10s executions in %ss, coverage %s edges, no findings\n' "$t" "$runs" "$seconds" "$cov"
done
echo "fuzz: $total executions in total, no findings"
