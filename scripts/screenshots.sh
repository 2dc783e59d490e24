#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ from the real app under Xvfb,
# with a fresh data folder. Needs xvfb, xdotool and imagemagick.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh needs $tool (xvfb, xdotool, imagemagick)"; exit 2; }
done
viparita_build release

display=":97"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
trap 'kill "$xvfb" "${app:-}" 2>/dev/null || true; rm -rf "$data"' EXIT
export DISPLAY="$display" XDG_DATA_HOME="$data/data" XDG_CONFIG_HOME="$data/config"
sleep 1

out="$VIPARITA_ROOT/docs/screenshots"
mkdir -p "$out"

# shot NAME WIDTH HEIGHT: starts the app, sizes its window and saves it.
shot() {
    "$VIPARITA_ROOT/build/release/src/app/viparita" >/dev/null 2>&1 &
    app=$!
    local window=""
    for _ in $(seq 50); do
        window=$(xdotool search --name '^Viparita$' 2>/dev/null | head -1 || true)
        [[ -n "$window" ]] && break
        sleep 0.2
    done
    [[ -n "$window" ]] || { echo "the app window did not appear"; exit 1; }
    xdotool windowmove "$window" 0 0 windowsize "$window" "$2" "$3"
    sleep 1.5
    import -window "$window" "$out/$1.png"
    kill "$app"
    wait "$app" 2>/dev/null || true
    echo "wrote docs/screenshots/$1.png ($2x$3)"
}

shot home 1000 700
shot home-800x600 800 600
shot home-1920x1080 1920 1080
