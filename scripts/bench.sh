#!/usr/bin/env bash
# Measures Viparita's performance figures, each against a reference measured
# in the same run (these machines are shared and noisy: absolute times alone
# mean little), prints one table and writes it into docs/performance.md with
# the machine and the date. Exits 1 when a target is missed or a benchmark
# cannot run. Not part of scripts/test.sh or CI; it takes about ten minutes.
#
#   scripts/bench.sh [--build-dir DIR] [--runs N] [--no-doc]
#
#   --build-dir DIR  build the release preset in DIR (default build/release)
#   --runs N         start-up runs of each program (default 20)
#   --no-doc         print the table only; leave docs/performance.md as it is
#
# It installs what it needs (the build's packages, and sqlite3, libxml2-utils,
# xvfb, xauth, valgrind) with apt-get when they are missing, and runs the window under its
# own Xvfb, stopped again at the end. How each figure is taken:
# docs/performance.md and the comment at the top of each tests/bench/*.cpp.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="build/release"
runs=20
write_doc=1
while (($# > 0)); do
    case "$1" in
    --build-dir)
        build_dir="${2:?--build-dir needs a folder}"
        shift 2
        ;;
    --runs)
        runs="${2:?--runs needs a number}"
        shift 2
        ;;
    --no-doc)
        write_doc=0
        shift
        ;;
    -h | --help)
        sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench.sh: unknown option '$1' (see --help)" >&2
        exit 2
        ;;
    esac
done
if ! [[ "$runs" =~ ^[0-9]+$ ]] || ((runs < 3)); then
    echo "bench.sh: --runs must be a whole number of at least 3, not '$runs'" >&2
    exit 2
fi

VIPARITA_PACKAGES+=(sqlite3 libxml2-utils xvfb xauth valgrind)
viparita_install_packages

cd "$VIPARITA_ROOT"
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake --preset release -B "$build_dir"
fi
cmake --build "$build_dir" --target viparita viparita-cli viparita_benchmarks
build_dir="$(cd "$build_dir" && pwd)"
bench="$build_dir/tests/bench"

work="$(mktemp -d "${TMPDIR:-/tmp}/viparita-bench.XXXXXX")"
xvfb_pid=""
cleanup() {
    if [[ -n "$xvfb_pid" ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
logs="$build_dir/bench-logs"
rm -rf "$logs"
mkdir -p "$logs"

# The app's settings, data and logs stay in the work folder.
mkdir -p "$work/config" "$work/data" "$work/runtime" "$work/records"
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
unset VIPARITA_DATABASE QT_QPA_PLATFORM VIPARITA_CLOCK_SPEED VIPARITA_AUTO_READING \
    VIPARITA_QUIT_AFTER_FIRST_FRAME

# A display of our own: the first free one from :117.
display=117
while [[ -e "/tmp/.X${display}-lock" || -e "/tmp/.X11-unix/X${display}" ]]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    [[ -e "/tmp/.X11-unix/X${display}" ]] && break
    if ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "bench.sh: Xvfb :$display did not start (see $logs/xvfb.log)" >&2
        exit 1
    fi
    sleep 0.1
done

# Shared machines: give other work up to three minutes to calm down first.
cores="$(nproc)"
load_now() { cut -d' ' -f1 /proc/loadavg; }
for _ in $(seq 36); do
    awk -v load="$(load_now)" -v cores="$cores" 'BEGIN { exit !(load < cores) }' && break
    echo "The machine is busy (load $(load_now) on $cores cores); waiting..."
    sleep 5
done
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"

failed=0
run() { # NAME PROGRAM ARGS...: its figures go to NAME.out, its messages to NAME.log
    local name="$1"
    shift
    echo "Running $name..."
    if ! "$@" >"$logs/$name.out" 2>"$logs/$name.log"; then
        echo "bench.sh: $name failed:" >&2
        tail -n 5 "$logs/$name.log" >&2
        failed=1
    fi
}

run fill-10k "$bench/viparita_bench_fill" "$work/journal-10k.sqlite" 10000 700 1 \
    --acknowledge-cautions
run fill-100k "$bench/viparita_bench_fill" "$work/journal-100k.sqlite" 100000 7000 10
run records env QT_QPA_PLATFORM=offscreen "$bench/viparita_bench_records" \
    "$work/journal-100k.sqlite" "$build_dir/src/cli/viparita-cli" "$work/records"
run import "$bench/viparita_bench_import" "$build_dir/src/cli/viparita-cli" "$work/records"
cp "$work/journal-10k.sqlite" "$work/journal-session.sqlite"
run session env DISPLAY=":$display" "$bench/viparita_bench_session" "$work/journal-session.sqlite"
cp "$work/journal-10k.sqlite" "$work/journal-app.sqlite"
run app env DISPLAY=":$display" "$bench/viparita_bench_app" "$build_dir/src/app/viparita" \
    "$bench/viparita_bench_minimal_window" "$work/journal-app.sqlite" "$runs"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

rows="$(cat "$logs/app.out" "$logs/session.out" "$logs/records.out" "$logs/import.out" | grep '^FIGURE|' |
    cut -d'|' -f2- || true)"
if [[ -z "$rows" ]]; then
    echo "bench.sh: no figure was measured (logs in $logs)" >&2
    exit 1
fi

# The table on the terminal.
echo
{
    echo "figure|value|reference|ratio|target|result"
    echo "$rows"
} | awk -F'|' '
    { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > width[i]) width[i] = length($i) } }
    END {
        for (r = 1; r <= NR; r++) {
            line = ""
            for (i = 1; i <= 6; i++) line = line sprintf("%-" width[i] "s  ", cell[r, i])
            print line
        }
    }'
echo
echo "Load average before: $load_before; after: $load_after ($cores cores). Logs: $logs"

misses="$(echo "$rows" | awk -F'|' '$6 == "FAIL"' | wc -l)"

if ((write_doc)); then
    doc="$VIPARITA_ROOT/docs/performance.md"
    if ! grep -q '^<!-- bench:table:begin -->$' "$doc" || ! grep -q '^<!-- bench:table:end -->$' "$doc"; then
        echo "bench.sh: $doc has no <!-- bench:table:begin/end --> markers" >&2
        exit 1
    fi
    cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    memory="$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
    system="$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
    qt="$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)"
    sqlite="$(sqlite3 --version | cut -d' ' -f1)"
    table="$work/table.md"
    {
        echo "<!-- bench:table:begin -->"
        echo "Measured by \`scripts/bench.sh\` on $started: $cpu, $cores cores, $memory;"
        echo "$system; Qt $qt; SQLite $sqlite. Load average (1, 5, 15 min) before the"
        echo "run: $load_before; after: $load_after. $((misses)) target(s) missed."
        echo
        echo "| figure | value | reference | ratio | target | result |"
        echo "|---|---|---|---|---|---|"
        echo "$rows" | awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
        echo "<!-- bench:table:end -->"
    } >"$table"
    awk -v table="$table" '
        /^<!-- bench:table:begin -->$/ { while ((getline line < table) > 0) print line; skip = 1; next }
        /^<!-- bench:table:end -->$/ { skip = 0; next }
        !skip { print }' "$doc" >"$work/performance.md"
    cp "$work/performance.md" "$doc"
    echo "The table is in docs/performance.md."
fi

if ((failed)); then
    echo "bench.sh: a benchmark could not run (logs in $logs)" >&2
    exit 1
fi
if ((misses > 0)); then
    echo "bench.sh: $misses target(s) missed" >&2
    exit 1
fi
echo "Every target met."
