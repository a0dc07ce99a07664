#!/usr/bin/env bash
# Targeted mutation check: every mutant in scripts/mutants.list (a one-line edit that removes one
# promise of the README) must turn at least one of its test programs red. Applies each in turn,
# rebuilds only the named test programs (preset "dev"), runs them and restores the file.
# Run it before resolving an issue that touches deploy, promotion, schedules, the live tail,
# retries, secrets, redirects or the emulator's auth and limits. Not in CI: it takes minutes.
#   scripts/mutants.sh                 all mutants (a baseline run first: the tests must be green)
#   scripts/mutants.sh rollback tail   only mutants whose name contains "rollback" or "tail"
#   scripts/mutants.sh --no-baseline   skip the baseline run
# Details of each build and test run: build/mutants.log. Exit code 0 only when every mutant is killed.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${FS_MUTANTS_IN_SESSION:-}" ]; then
  ./scripts/setup-deps.sh
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
  export CCACHE_BASEDIR="$PWD"
  export CCACHE_NOHASHDIR=true # Debug builds too: debug info names the build folder "." (cmake/FsSettings.cmake)
  cmake --preset dev -DFS_WARNINGS_AS_ERRORS=ON >/dev/null
  if ! git diff --quiet -- src resources; then
    echo "mutants: note: src/ or resources/ has uncommitted changes; they are part of every run" >&2
  fi
  # Tests need a private D-Bus session with a keyring, as in ./test.sh.
  export FS_MUTANTS_IN_SESSION=1
  exec dbus-run-session -- bash scripts/with-test-keyring.sh bash "$0" "$@"
fi
exec python3 scripts/mutants.py "$@"
