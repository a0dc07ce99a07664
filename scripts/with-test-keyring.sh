#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring in the current (private) D-Bus session.
# Meant to be called through dbus-run-session by test.sh; the keyring lives in a temporary
# home so it never touches the user's own keyrings.
set -euo pipefail

keyring_home="$(mktemp -d -t fs-keyring-XXXXXX)"
cleanup() {
  if [ -n "${keyring_pid:-}" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
  rm -rf "$keyring_home"
}
trap cleanup EXIT

export XDG_DATA_HOME="$keyring_home/data"
export XDG_CONFIG_HOME="$keyring_home/config"
export XDG_RUNTIME_DIR="$keyring_home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Piping a password to --unlock creates and unlocks the login keyring without a prompt.
eval "$(printf 'fs-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)" || true
keyring_pid="${GNOME_KEYRING_PID:-}"
export FS_TEST_KEYRING=1

"$@"
