#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, run every test.
#   ./test.sh          Debug build (preset "dev")
#   ./test.sh --asan   AddressSanitizer + UndefinedBehaviorSanitizer build (preset "asan")
# Tests run inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service for the keychain tests) and QT_QPA_PLATFORM=offscreen.
set -euo pipefail
cd "$(dirname "$0")"

preset=dev
for arg in "$@"; do
  case "$arg" in
    --asan) preset=asan ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option '$arg' (use --asan or nothing)" >&2; exit 2 ;;
  esac
done

./scripts/setup-deps.sh
./scripts/check-format.sh # unformatted code fails the run (fix: scripts/check-format.sh --fix)

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD" # hits across clones in other folders (CI)
export CCACHE_NOHASHDIR=true # Debug builds too: debug info names the build folder "." (cmake/FsSettings.cmake)
cmake --preset "$preset" -DFS_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build --preset "$preset"

export QT_QPA_PLATFORM=offscreen
if [ "$preset" = asan ]; then
  export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

# The tests run with a temporary HOME (each test program gets one of its own on top:
# tests/support/run-test.sh), so settings, remembered inputs and demo data never land in the real
# HOME; and in a private session bus with its own keyring, so keychain tests never touch the
# user's real keyring.
test_home="$(mktemp -d -t fs-test-run-XXXXXX)"
trap 'rm -rf "$test_home"' EXIT
chmod 711 "$test_home" # a test that drops to another user (tst_packaging unreadableFile) must reach its temporary folder
# TMPDIR too: what a test killed on its timeout leaves behind goes with this folder.
HOME="$test_home" TMPDIR="$test_home" dbus-run-session -- bash scripts/with-test-keyring.sh ctest --preset "$preset" --output-on-failure
