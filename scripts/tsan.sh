#!/usr/bin/env bash
# ThreadSanitizer run of the tests whose code uses threads: packaging (one deflate thread per
# core), off-thread decoding of large answers (api), the emulator (handler processes, watchers).
# Qt itself is not built with ThreadSanitizer: its own locks are invisible to it, so reports
# whose every frame is inside Qt are suppressed (scripts/tsan.supp); a report that names our code
# fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD"
cmake --preset tsan -DFS_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build --preset tsan
export QT_QPA_PLATFORM=offscreen
# die_after_fork=0: tests start Python (QProcess forks a multi-threaded process; the child only execs).
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 die_after_fork=0 suppressions=$PWD/scripts/tsan.supp"
cd build/tsan
for t in tst_packaging tst_codecs tst_apiclient tst_emulator tst_workflows; do
  echo "tsan: $t"
  ./tests/$t >"$t.log" 2>&1 || { tail -60 "$t.log" >&2; echo "tsan: $t FAILED (build/tsan/$t.log)" >&2; exit 1; }
done
echo "tsan: all clean"
