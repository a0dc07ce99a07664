#!/usr/bin/env bash
# Install what is missing, build the release configuration, and start Functions Studio on the
# local emulator with demo data.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/setup-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD" # hits across clones in other folders (CI)
export CCACHE_NOHASHDIR=true # Debug builds too: debug info names the build folder "." (cmake/FsSettings.cmake)
cmake --preset release >/dev/null
cmake --build --preset release --target functions-studio functions-emulator

app=build/release/src/app/functions-studio
if [ -x "$app" ]; then
  exec "$app" "$@"
fi
# Until the desktop app lands, run.sh starts the local emulator with demo data (Ctrl+C stops it).
echo "run.sh: starting the local CDF Functions emulator with demo data (Ctrl+C to stop)" >&2
exec build/release/src/emulator/functions-emulator --demo "$@"
