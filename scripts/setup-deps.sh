#!/usr/bin/env bash
# The one list of Debian 12 packages Functions Studio needs to build, run and test.
# Installs only what is missing; a no-op (well under a second) when everything is present.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang-format
  # fuzzing (scripts/fuzz.sh): clang 14 with libFuzzer
  clang libclang-rt-14-dev
  # Qt 6 (Core, Network, Widgets, HttpServer, Sql, NetworkAuth, Charts, Concurrent, LinguistTools, Test)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-networkauth-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-websockets-dev libqt6sql6-sqlite
  libqt6opengl6-dev libgl-dev libxkbcommon-dev qt6-qpa-plugins qt6-wayland
  # Qt's own catalogues (qtbase_de: standard buttons follow the app's language)
  qt6-translations-l10n
  # SVG icons (the bundled fallbacks and the app icon): the iconengines/imageformats plugins
  libqt6svg6
  # third-party libraries
  qtkeychain-qt6-dev libquazip1-qt6-dev zlib1g-dev
  # Python: the emulator runs handlers with it; tests read zips with its zipfile module
  python3 python3-venv python3-pip
  # the emulator's sandbox for handlers (bwrap)
  bubblewrap
  # Cognite Toolkit files (YAML); PyYAML, the Toolkit's own reader, which tst_toolkit checks ours against
  libyaml-cpp-dev python3-yaml
  # the cron oracle: Python's croniter, which CDF's service reads cron with (tests compare against it)
  python3-croniter
  # tests: offscreen/Xvfb GUI, a private D-Bus session with a real Secret Service
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  # packaging checks (tests/support/test-package.sh)
  desktop-file-utils appstream
  # screenshots for the README
  imagemagick
  # benchmarks and tools used by scripts
  curl tzdata procps zip
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup-deps: error: not root and sudo is not available; install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -q >/dev/null; then
  echo "setup-deps: error: 'apt-get update' failed; check the network connection to the Debian archive" >&2
  exit 1
fi
if ! $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"; then
  echo "setup-deps: error: could not install: ${missing[*]}" >&2
  echo "setup-deps: run 'apt-get install ${missing[*]}' by hand to see why" >&2
  exit 1
fi
echo "setup-deps: done"
