#!/usr/bin/env bash
# The bash completion of viparita-cli as a person meets it: bash-completion's own functions,
# the generated completion, the real viparita-cli on the PATH (it lists the sequences).
#   completion_test.sh COMPLETION CLI_FOLDER
set -euo pipefail
completion="$1"
export PATH="$2:$PATH"
export XDG_DATA_HOME="$(mktemp -d)" XDG_CONFIG_HOME="$(mktemp -d)" LC_ALL=C.UTF-8
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"' EXIT
bash -n "$completion"
# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1090
source "$completion"

# What the completion offers for the words given, the last being the one completed.
offered() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _viparita_cli viparita-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}
failures=0
expect() {
    local want="$1"
    shift
    local got
    got="$(offered "$@")"
    if ! grep -qx -- "$want" <<<"$got"; then
        echo "completing '$*|': expected '$want' among: $(tr '\n' ' ' <<<"$got")"
        failures=$((failures + 1))
    fi
}
refuse() {
    local unwanted="$1"
    shift
    if grep -qx -- "$unwanted" <<<"$(offered "$@")"; then
        echo "completing '$*|': '$unwanted' offered, but it does not belong there"
        failures=$((failures + 1))
    fi
}
expect export viparita-cli exp
expect sequences viparita-cli se
expect --version viparita-cli --v
expect add viparita-cli reading ""
expect restore viparita-cli session r
expect change viparita-cli medication ""
expect --systolic viparita-cli reading add --s
expect --context viparita-cli reading add --c
expect before viparita-cli reading add --context b
expect standing viparita-cli reading add --context ""
expect pdf viparita-cli export --format p
expect sessions-csv viparita-cli export --format s
expect esc2024 viparita-cli stats --guideline e
expect left viparita-cli reading add --arm ""
expect healing viparita-cli plan h
expect --minutes viparita-cli plan healing --m
expect LAST viparita-cli export --week L
refuse --systolic viparita-cli export --s
refuse DATE viparita-cli export --week ""
if ((failures > 0)); then
    echo "$failures completion(s) wrong"
    exit 1
fi
echo "every completion as expected"
