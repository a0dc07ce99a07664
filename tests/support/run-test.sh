#!/usr/bin/env bash
# Runs one test program the way ctest should see it (cmake/FsSettings.cmake, add_fs_test):
# - in a HOME of its own, made for this run and removed after, so settings, remembered inputs
#   and demo data never land in the real HOME and two tests (or two runs) never share them;
# - a Qt test that skipped anything ends with code 77, which ctest reports as "skipped", not
#   "passed"; a failure always stays a failure (a program that failed 77 times reports 1).
# The D-Bus session and its keyring (scripts/with-test-keyring.sh) are left as they are.
set -uo pipefail

home="$(mktemp -d -t fs-test-home-XXXXXX)" || { echo "run-test: cannot make a temporary HOME (mktemp failed)" >&2; exit 1; }
[ -n "$home" ] && [ -d "$home" ] || { echo "run-test: cannot make a temporary HOME" >&2; exit 1; }
out="$home/.test-output"
cleanup() { rm -rf "$home"; }
trap cleanup EXIT

export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

"$@" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 77 ]; then
  rc=1 # 77 failed test functions, not a skip
fi
# Qt Test always ends with "Totals: N passed, N failed, N skipped, ...".
if [ "$rc" -eq 0 ] && grep -Eq '^Totals: .*, [1-9][0-9]* skipped,' "$out"; then
  echo "run-test: $(grep -c '^SKIP   : ' "$out") test function(s) skipped; reported to ctest as skipped" >&2
  exit 77
fi
exit "$rc"
