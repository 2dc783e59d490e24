#!/usr/bin/env bash
# The manual pages as man shows them: no troff warning, and every command of viparita-cli's
# help has its section.
#   manual_test.sh GENERATED_FOLDER VIPARITA_CLI
set -euo pipefail
folder="$1"
cli="$2"
failures=0
for name in viparita viparita-cli viparita-reminders; do
    page="$folder/$name.1.gz"
    if [[ ! -f "$page" ]]; then
        echo "no manual page $page"
        failures=$((failures + 1))
        continue
    fi
    warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$page" 2>&1 >/dev/null || echo "man failed")"
    if [[ -n "$warnings" ]]; then
        echo "$(basename "$page"): $warnings"
        failures=$((failures + 1))
    fi
done
text="$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$folder/viparita-cli.1.gz" 2>/dev/null)"
commands="$(LC_ALL=C.UTF-8 "$cli" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z ]*[a-z]\)  .*/\1/p')"
while read -r command; do
    [[ -z "$command" ]] && continue
    if ! grep -q "^   $command" <<<"$text"; then
        echo "viparita-cli(1) has no section for '$command'"
        failures=$((failures + 1))
    fi
done <<<"$commands"
for option in --database --format --guideline --skip-bad-rows; do
    grep -q -- "$option" <<<"$text" || {
        echo "viparita-cli(1) does not name $option"
        failures=$((failures + 1))
    }
done
((failures == 0)) || exit 1
echo "the manual pages read cleanly and name every command"
