#!/usr/bin/env bash
# ThreadSanitizer run of the tests whose threads it can see: the package writer (std::thread and
# std::async, one deflate thread per core, byte-identical zips) and the codecs.
#   scripts/tsan.sh                 those
#   scripts/tsan.sh tst_apiclient   another test (see the limit below)
# The limit: Debian's Qt is not built with ThreadSanitizer, so its locks are invisible to it.
# Work handed to QtConcurrent::run / QThreadPool (large-answer decoding, code hashing, unpacking)
# is reported as a race on the hand-off itself (qtconcurrentrunbase.h), which is Qt's own mutex.
# Interceptors called from Qt and glib are not checked (scripts/tsan.supp); our frames never are
# suppressed, so the QtConcurrent tests stay out of the default run rather than hide real reports.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=true # Debug builds too: debug info names the build folder "." (cmake/FsSettings.cmake)
cmake --preset tsan -DFS_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build --preset tsan
export QT_QPA_PLATFORM=offscreen
# die_after_fork=0: tests start Python (QProcess forks a multi-threaded process; the child only execs).
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 die_after_fork=0 suppressions=$PWD/scripts/tsan.supp"
cd build/tsan
tests=("$@")
[ ${#tests[@]} -eq 0 ] && tests=(tst_packaging tst_codecs)
for t in "${tests[@]}"; do
  echo "tsan: $t"
  ./tests/$t >"$t.log" 2>&1 || { tail -60 "$t.log" >&2; echo "tsan: $t FAILED (build/tsan/$t.log)" >&2; exit 1; }
done
echo "tsan: all clean"
