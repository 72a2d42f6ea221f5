#!/bin/bash
# Renders every page and dialog of the wizard, in every state worth a look, into PNG files under a real X server
# (Xvfb), one folder per language. The pictures are for looking at, not for committing.
#
#   scripts/screenshots.sh [--build DIR] [--out DIR] [LANG...]
#
#   --build DIR   a configured and built tree (default: build); the tour is its tests/gui/gui_screenshot_tour
#   --out DIR     where the pictures go (default: DIR/screenshots of the build tree), as OUT/LANG/NN-state.png
#   LANG          languages to render (default: en de)
#
# Needs the Debian package xvfb (listed in scripts/debian-packages.txt).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
out=""
languages=()
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) languages+=("$1"); shift ;;
    esac
done
[ ${#languages[@]} -gt 0 ] || languages=(en de)
[ -n "$out" ] || out="$build/screenshots"
tour="$build/tests/gui/gui_screenshot_tour"
if [ ! -x "$tour" ]; then
    echo "screenshots.sh: $tour is missing: build the tree first (cmake --build $build)" >&2
    exit 2
fi
if ! command -v Xvfb > /dev/null; then
    echo "screenshots.sh: Xvfb is missing: apt-get install xvfb" >&2
    exit 2
fi

# Xvfb picks a free display and writes its number to the descriptor, so no other X server is disturbed.
runtime=$(mktemp -d)
trap 'kill "$xvfb" 2> /dev/null || true; wait "$xvfb" 2> /dev/null || true; rm -rf "$runtime"' EXIT
exec {display_fd}<> <(:)
Xvfb -displayfd "$display_fd" -screen 0 1280x1024x24 -nolisten tcp > "$runtime/xvfb.log" 2>&1 &
xvfb=$!
read -r -t 20 display <&"$display_fd" || { echo "screenshots.sh: Xvfb did not start:" >&2; cat "$runtime/xvfb.log" >&2; exit 1; }
chmod 700 "$runtime"

mkdir -p "$out"
DISPLAY=":$display" QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR="$runtime" VSCWIZARD_SHOTS_DIR="$out" \
    VSCWIZARD_SHOTS_LANGS="${languages[*]}" "$tour" -silent
for language in "${languages[@]}"; do
    echo "$language: $(find "$out/$language" -name '*.png' | wc -l) pictures in $out/$language"
done
