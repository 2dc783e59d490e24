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
# The medication of the period (its timeline and table), and a home-monitoring week with its
# evening readings, whose one-page report is pictured too.
"$cli" medication add --name Amlodipine --dose "5 mg" --times morning \
    --since "$(date -d '-75 days' +%Y-%m-%d)" >/dev/null
"$cli" medication change --name Amlodipine --dose "2.5 mg" --reason "dizzy on standing" \
    --on "$(date -d '-30 days' +%Y-%m-%d)" >/dev/null
"$cli" medication add --name Hydrochlorothiazide --dose "12.5 mg" --times morning,evening \
    --since "$(date -d '-50 days' +%Y-%m-%d)" >/dev/null
"$cli" week start --on "$(date -d '-7 days' +%Y-%m-%d)" --reason "Before a doctor's visit" >/dev/null
for day in $(seq 7 -1 1); do
    date="$(date -d "-$day days" +%Y-%m-%d)"
    "$cli" reading add --systolic $((129 + day % 4)) --diastolic $((82 + day % 3)) --pulse 65 \
        --arm left --position sitting --at "${date}T07:17:00" >/dev/null
    for minute in 20 22; do
        "$cli" reading add --systolic $((133 + day % 5)) --diastolic $((84 + day % 2)) --pulse 68 \
            --arm left --position sitting --at "${date}T21:${minute}:00" >/dev/null
    done
done
"$cli" export --format pdf --name "Ana Lima" --output "$report_dir/report.pdf"
# (-singlefile: one page's picture, named as asked whatever the page count.)
for page in 1 2; do
    pdftoppm -png -r 80 -f $page -l $page -singlefile "$report_dir/report.pdf" \
        "docs/screenshots/report-page$page"
done
"$cli" export --format pdf --name "Ana Lima" --week LAST --output "$report_dir/week.pdf"
pdftoppm -png -r 80 -singlefile "$report_dir/week.pdf" docs/screenshots/report-week
# The same report in Arabic: mirrored, its letters joined, the language's digits.
LC_ALL=ar_EG.UTF-8 LANG=ar_EG.UTF-8 "$cli" export --format pdf --name "Ana Lima" \
    --output "$report_dir/report-arabic.pdf"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$report_dir/report-arabic.pdf" \
    docs/screenshots/report-arabic
