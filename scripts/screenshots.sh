#!/usr/bin/env bash
# Retakes the pictures in docs/screenshots/ from the real windows under Xvfb
# (home page, the safety check, the player by day and by night, the readings
# after and the summary; at 1000x700, 800x600 and 1920x1080).
# Needs xvfb (installed with: apt-get install xvfb xauth).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

command -v xvfb-run >/dev/null || { echo "screenshots.sh needs xvfb-run (apt-get install xvfb xauth)"; exit 2; }
viparita_build release
cd "$VIPARITA_ROOT"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1200x24" \
    build/release/tests/tools/viparita_screenshots docs/screenshots
# The settings and cautions dialogs, every tab, by day and by night.
QT_QPA_PLATFORM=xcb VIPARITA_SCREENSHOTS="$VIPARITA_ROOT/docs/screenshots" xvfb-run -a -s "-screen 0 1920x1200x24" \
    build/release/tests/gui/viparita_gui_tests "[screenshots]"
