#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (the `fuzz` preset, in build/fuzz) and
# runs each for SECONDS, one after the other, at a low priority. Prints per target the
# executions, executions a second, coverage and findings; exits non-zero when anything is found
# (a crash, a broken rule, a leak, a timeout or too much memory). See docs/reliability.md.
#
#   scripts/fuzz.sh SECONDS [TARGET...]      e.g. scripts/fuzz.sh 600, scripts/fuzz.sh 60 csv_own
#
# New corpus entries go to build/fuzz/runs/TARGET/corpus (kept between runs, never in git), the
# inputs of findings to build/fuzz/runs/TARGET/findings, libFuzzer's output to
# build/fuzz/runs/TARGET/log.txt. VIPARITA_FUZZ_JOBS is not supported: one process at a time.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
    echo "usage: scripts/fuzz.sh SECONDS [TARGET...]" >&2
    echo "targets: sequence_loader csv_own csv_mapped import_detect apple_health cli_input cuff_record" >&2
    exit 2
}

(($# >= 1)) || usage
seconds="$1"
shift
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
all_targets=(sequence_loader csv_own csv_mapped import_detect apple_health cli_input cuff_record)
targets=("$@")
((${#targets[@]} > 0)) || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $target "* ]] || usage
done

# clang 14 and its libFuzzer runtime, besides what every build needs.
VIPARITA_PACKAGES+=(clang libclang-rt-14-dev)
viparita_install_packages

cd "$VIPARITA_ROOT"
export CCACHE_BASEDIR="$VIPARITA_ROOT"
if [[ ! -f build/fuzz/CMakeCache.txt ]]; then
    cmake --preset fuzz
fi
cmake --build --preset fuzz

# The seeds of each target: the files of the product and the small ones stored with the fuzzers.
seeds_of() {
    case "$1" in
    sequence_loader) echo "sequences tests/data tests/fuzz/corpus/sequence_loader" ;;
    csv_own) echo "tests/fuzz/corpus/csv_own" ;;
    csv_mapped) echo "tests/fuzz/corpus/csv_mapped" ;;
    import_detect) echo "tests/data/import tests/fuzz/corpus/csv_own" ;;
    apple_health) echo "tests/fuzz/corpus/apple_health" ;;
    cli_input) echo "tests/fuzz/corpus/cli_input" ;;
    cuff_record) echo "tests/fuzz/corpus/cuff_record" ;;
    esac
}
dict_of() {
    case "$1" in
    sequence_loader) echo json ;;
    csv_own | csv_mapped | import_detect) echo csv ;;
    apple_health) echo xml ;;
    cli_input) echo cli ;;
    cuff_record) echo cuff ;;
    esac
}
max_len_of() {
    case "$1" in
    sequence_loader) echo 16384 ;;
    csv_own | csv_mapped | import_detect) echo 8192 ;;
    apple_health) echo 16384 ;;
    cli_input) echo 1024 ;;
    cuff_record) echo 64 ;;
    esac
}

# The last value of a "stat::NAME: value" line, or of "NAME: value" on libFuzzer's last status.
stat_of() { sed -n "s/^stat::$2: *//p" "$1" | tail -n 1; }
status_of() { sed -n "s/^#[0-9].* $2: \([0-9]*\).*/\1/p" "$1" | tail -n 1; }

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
runs="build/fuzz/runs"
summary="$runs/summary.txt"
mkdir -p "$runs"
{
    echo "scripts/fuzz.sh $seconds on $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    printf '%-16s %8s %12s %8s %6s %7s %7s %9s\n' target seconds executions exec/s cov ft corpus findings
} >"$summary"

found=0
for target in "${targets[@]}"; do
    work="$runs/$target"
    mkdir -p "$work/corpus" "$work/findings"
    log="$work/log.txt"
    read -r -a seeds <<<"$(seeds_of "$target")"
    before=$(find "$work/findings" -type f | wc -l)
    echo "== fuzz_$target for $seconds s (log: $log)"
    status=0
    # The scratch corpus comes first: libFuzzer writes what it finds into the first folder only.
    nice -n 10 "build/fuzz/tests/fuzz/fuzz_$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        -max_len="$(max_len_of "$target")" -dict="tests/fuzz/dict/$(dict_of "$target").dict" \
        -artifact_prefix="$work/findings/" -print_final_stats=1 \
        "$work/corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?
    after=$(find "$work/findings" -type f | wc -l)
    findings=$((after - before))
    if ((status != 0 && findings == 0)); then
        findings=1 # stopped on something that left no input: the log tells
    fi
    executions=$(stat_of "$log" number_of_executed_units)
    rate=$(stat_of "$log" average_exec_per_sec)
    cov=$(status_of "$log" cov)
    ft=$(status_of "$log" ft)
    corpus=$(find "$work/corpus" -type f | wc -l)
    printf '%-16s %8s %12s %8s %6s %7s %7s %9s\n' "$target" "$seconds" "${executions:-?}" \
        "${rate:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$findings" | tee -a "$summary"
    if ((findings > 0)); then
        found=1
        echo "   finding(s) in $work/findings (exit status $status):"
        grep -E '^==[0-9]+==ERROR|^==viparita-fuzz==|runtime error|SUMMARY|Test unit written' "$log" |
            head -n 8 | sed 's/^/   /'
    fi
done

echo
cat "$summary"
if ((found)); then
    echo "fuzz: FINDINGS (see the logs above); each must become a regression test and be fixed"
    exit 1
fi
echo "fuzz: nothing found"
