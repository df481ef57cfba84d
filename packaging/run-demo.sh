#!/usr/bin/env bash
# README command (a): install dependencies, build, create the demo store if missing, then open the
# GUI on it. With no display, render the demo map to a PNG and print a summary of the store.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/packaging/install-deps.sh"
"$here/packaging/build.sh" "$here/build"

db="${ECOSENTRY_DB:-$here/out/demo.db}"
mkdir -p "$(dirname "$db")"
exe="$here/build/app/ecosentry"
if [ ! -s "$db" ]; then
  "$exe" demo --db "$db"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$exe" --db "$db" "$@"
fi

png="$(dirname "$db")/demo-map.png"
"$exe" render --db "$db" --out "$png" --size 1920x1080
"$exe" info --db "$db"
echo "No display: the demo map was rendered to $png"
