#!/usr/bin/env bash
# The packages work: builds the .deb and .tar.gz from this build tree (CPack), unpacks the .deb
# into a scratch root (dpkg -x: nothing is installed on the machine), checks its metadata, and
# runs both programs from it.
#   test-package.sh <build dir> <source dir>
set -euo pipefail
build="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/functions-studio_*.deb)
tgz=$(ls "$work"/out/functions-studio-*.tar.gz)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$tgz")"

# Metadata: Debian 12's runtime packages, found from the binaries.
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: Depends: $depends"
for need in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 libquazip1-qt6 python3 bubblewrap; do
  grep -q "$need" <<<"$depends" || { echo "package: Depends lacks $need" >&2; exit 1; }
done

# The layout: FHS under /usr.
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/functions-studio usr/bin/functions-emulator \
         usr/share/applications/dev.functionsstudio.FunctionsStudio.desktop \
         usr/share/metainfo/dev.functionsstudio.FunctionsStudio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/dev.functionsstudio.FunctionsStudio.svg \
         usr/share/icons/hicolor/48x48/apps/dev.functionsstudio.FunctionsStudio.png \
         usr/share/icons/hicolor/256x256/apps/dev.functionsstudio.FunctionsStudio.png; do
  [ -e "$root/$f" ] || { echo "package: $f is missing" >&2; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/dev.functionsstudio.FunctionsStudio.desktop"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/dev.functionsstudio.FunctionsStudio.metainfo.xml"

# Both programs run from the unpacked package and report the project's one version.
version=$(sed -n 's/^project(FunctionsStudio VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
got=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/functions-studio" --version)
[ "$got" = "Functions Studio $version" ] || { echo "package: functions-studio --version said '$got', expected 'Functions Studio $version'" >&2; exit 1; }
# Read whole, then searched: `grep -q` in a pipe stops reading at the first match, and with
# pipefail the writer's SIGPIPE would fail the check (the help grew with --no-sandbox and friends).
help=$("$root/usr/bin/functions-emulator" --help)
grep -q -- "--no-sandbox" <<<"$help" && grep -q -- "--data-dir" <<<"$help" || { echo "package: functions-emulator --help" >&2; exit 1; }
[ "$("$root/usr/bin/functions-emulator" --version)" = "functions-emulator $version" ] || { echo "package: functions-emulator --version" >&2; exit 1; }
tar -tzf "$tgz" | grep "bin/functions-studio$" >/dev/null || { echo "package: the .tar.gz lacks bin/functions-studio" >&2; exit 1; }
echo "package: ok (version $version)"
