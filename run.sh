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

exec build/release/src/app/functions-studio "$@"
