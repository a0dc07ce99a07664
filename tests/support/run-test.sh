#!/usr/bin/env bash
# Runs one test program the way ctest should see it (cmake/FsSettings.cmake, add_fs_test):
# - in a HOME of its own, made for this run and removed after, so settings, remembered inputs
#   and demo data never land in the real HOME and two tests (or two runs) never share them;
# - a Qt test that skipped anything ends with code 77, which ctest reports as "skipped", not
#   "passed" (a failure still fails: the exit code of the test wins over a skip).
# The D-Bus session and its keyring (scripts/with-test-keyring.sh) are left as they are.
set -uo pipefail

home="$(mktemp -d -t fs-test-home-XXXXXX)"
out="$home.out"
cleanup() { rm -rf "$home" "$out"; }
trap cleanup EXIT

export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

"$@" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 0 ] && grep -q '^SKIP   : ' "$out"; then
  echo "run-test: $(grep -c '^SKIP   : ' "$out") test function(s) skipped; reported to ctest as skipped" >&2
  exit 77
fi
exit "$rc"
