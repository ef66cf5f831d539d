#!/usr/bin/env bash
# Installs what is missing, builds, and opens the editor on the bundled demo project.
# Without a display it says so and runs the command-line demo instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"

editor=build/dev/app/cuesheet-editor
if [[ -x "$editor" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
  exec "$editor" --demo
fi
if [[ -x "$editor" ]]; then
  echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): showing the command-line demo."
  echo "On a desktop, run: $editor --demo"
  echo
fi
exec scripts/cli-demo.sh
