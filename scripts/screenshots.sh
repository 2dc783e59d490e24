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
# The settings and cautions dialogs, every tab, by day and by night; the export and import
# dialogs.
QT_QPA_PLATFORM=xcb VIPARITA_SCREENSHOTS="$VIPARITA_ROOT/docs/screenshots" xvfb-run -a -s "-screen 0 1920x1200x24" \
    build/release/tests/gui/viparita_gui_tests "[screenshots]"
# The doctor's report, its first two pages, from a journal of 90 days made with the CLI.
report_dir="$(mktemp -d)"
trap 'rm -rf "$report_dir"' EXIT
export VIPARITA_DATABASE="$report_dir/journal.sqlite"
cli=build/release/src/cli/viparita-cli
for day in $(seq 90 -2 1); do
    date="$(date -d "-$day days" +%Y-%m-%d)"
    before=$((136 + day % 9)); after=$((before - 6 - day % 5))
    "$cli" session log healing --at "${date}T19:30:00" \
        --before "$before/$((86 + day % 4))/70" --before "$((before - 2))/$((85 + day % 4))/69" \
        --after "$after/$((80 + day % 4))/63" --note "$( [ $((day % 10)) -eq 0 ] && echo 'slept well after')" >/dev/null
    "$cli" reading add --systolic $((130 + day % 7)) --diastolic $((84 + day % 3)) --pulse 66 \
        --arm left --position sitting --at "${date}T07:15:00" >/dev/null
done
"$cli" export --format pdf --name "Ana Lima" --output "$report_dir/report.pdf"
pdftoppm -png -r 80 -f 1 -l 2 "$report_dir/report.pdf" "$report_dir/page"
cp "$report_dir/page-1.png" docs/screenshots/report-page1.png
cp "$report_dir/page-2.png" docs/screenshots/report-page2.png
