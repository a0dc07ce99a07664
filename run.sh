#!/usr/bin/env bash
# Install what is missing, build the release configuration, and start Functions Studio.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/setup-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset release >/dev/null
cmake --build --preset release

app=build/release/src/app/functions-studio
if [ -x "$app" ]; then
  exec "$app" "$@"
fi
echo "run.sh: built the core library (build/release). The emulator and the desktop app are not" \
     "part of this version yet; run ./test.sh to exercise what exists." >&2
