#!/usr/bin/env python3
"""Writes the bash completion of viparita-cli from its own --help texts, so that it knows
every command and option the program has.

    scripts/bash-completion.py PROGRAM OUT

PROGRAM is the built viparita-cli. The completion offers the commands and sub-commands, each
command's options, the values an option lists in its help (--format, --guideline, --context,
...), the ids of the sequences (asked of viparita-cli when completing), and file names where
a file is wanted.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from help_text import help_of, section  # noqa: E402

# A value typed as it is: "pdf", "sessions-csv", "aha2025".
VALUE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# Words that begin a part of a description without being a value.
STOPWORDS = {"a", "an", "the", "one", "of", "and", "or", "to", "for", "with", "by", "in", "on",
             "at", "from", "as", "is", "its", "it", "each", "only", "now", "default"}
# Options whose value is a pattern written for the file at hand.
FREE_PATTERNS = {"--date-format", "--map"}
# Value names that stand for a file or a folder.
FILE_VALUES = {"FILE", "PATH", "FILE...", "SEQUENCE"}


def values_in(value_name, text):
    """The values an option's help lists: "<aha2025|esc2024>", "csv (...), pdf (...) or
    fhir (...)", or "...: omron-connect, withings, apple-health."."""
    if "|" in value_name:
        # "<LAST|DATE>": a literal value, and a placeholder in the value names' capitals.
        return [v for v in value_name.strip("<>").split("|")
                if v not in ("DATE", "N", "ID", "FILE", "TIME")]
    if value_name.strip("<>") in FILE_VALUES | {"N", "ID", "DATE", "TIME", "TEXT", "DOSE",
                                                 "MAP", "S/D[/P]", "MINUTES", "NAME"}:
        if value_name.strip("<>") != "NAME":
            return []
    # "...: omron-connect, withings, apple-health.": the list after the last colon.
    after_colon = text.rsplit(": ", 1)
    if len(after_colon) == 2:
        words = []
        for word in (w.strip(" .'") for w in re.split(r",| or ", after_colon[1])):
            if not VALUE.fullmatch(word):
                break  # "..., bedtime, separated by commas."
            words.append(word)
        if len(words) >= 2:
            return words
    # "csv (one row a reading, the default), sessions-csv (...) or fhir (...)", "standalone
    # (the default); before, during or after a session; or standing (...)": the first word
    # of each part, when it is a value.
    text = re.sub(r"\([^)]*\)", "", text)
    words = []
    for part in re.split(r"[,;]| or ", text):
        first = part.strip(" .'").split(" ")[0].strip(" .'")
        if VALUE.fullmatch(first) and first not in STOPWORDS and first not in words:
            words.append(first)
    return words if len(words) >= 2 else []


def commands_of(program):
    top = help_of(program)
    commands = []
    for name, _ in section(top, "Commands"):
        if name.endswith(" ..."):
            group = name[:-4]
            sub_help = help_of(program, [group])
            for sub, _ in section(sub_help, "Sub-commands") + section(sub_help, "Commands"):
                commands.append(sub)
        else:
            commands.append(name)
    described = {}
    for command in commands:
        text = help_of(program, command.split())
        usage = text.splitlines()[0]
        positional = usage.split(command, 1)[1].split() if command in usage else []
        options = []
        for names, description in section(text, "Options"):
            if names in ("-h, --help", "--help-all", "-v, --version"):
                continue
            match = re.match(r"^(?:-\w, )?(--[\w-]+)(?: (<[^>]+>))?$", names)
            if not match:
                continue
            option, value = match.group(1), match.group(2) or ""
            # Options that take a pattern of the person's own have no values to offer.
            listed = [] if option in FREE_PATTERNS else values_in(value, description)
            options.append((option, value.strip("<>"), listed))
        described[command] = (positional, options)
    return described


def quote(words):
    return " ".join(words)


def write(program, output):
    described = commands_of(program)
    firsts = []
    groups = {}
    for command in described:
        first, _, rest = command.partition(" ")
        if first not in firsts:
            firsts.append(first)
        if rest:
            groups.setdefault(first, []).append(rest)
    lines = [
        "# bash completion for viparita-cli. Made from its --help texts by",
        "# scripts/bash-completion.py when Viparita is built: do not edit.",
        "",
        "_viparita_cli_sequences()",
        "{",
        "    viparita-cli sequences --json 2>/dev/null |",
        "        sed -n 's/^ *\"id\": *\"\\([^\"]*\\)\".*/\\1/p'",
        "}",
        "",
        "_viparita_cli()",
        "{",
        "    local cur prev words cword",
        "    _init_completion || return",
        "",
        "    # The command: its first word, and its second when it is a group's.",
        "    local command=\"\" at=1",
        "    while [[ $at -lt $cword && ${words[at]} == -* ]]; do",
        "        [[ ${words[at]} == --database ]] && ((at++))",
        "        ((at++))",
        "    done",
        "    if [[ $at -eq $cword ]]; then",
        f"        COMPREPLY=($(compgen -W '{quote(firsts)} --help --version --database --verbose' -- \"$cur\"))",
        "        return",
        "    fi",
        "    command=${words[at]}",
        "    case $command in",
    ]
    for first, subs in groups.items():
        lines += [
            f"    {first})",
            "        if [[ $((at + 1)) -eq $cword ]]; then",
            f"            COMPREPLY=($(compgen -W '{quote(subs)}' -- \"$cur\"))",
            "            return",
            "        fi",
            "        command+=\" ${words[at + 1]}\"",
            "        ;;",
        ]
    lines += ["    esac", "", "    local options=\"\" positional=\"\"", "    case $command in"]
    for command, (positional, options) in described.items():
        lines.append(f"    \"{command}\")")
        lines.append(f"        options='{quote(o for o, _, _ in options)} --help'")
        lines.append(f"        positional='{quote(positional)}'")
        value_cases = []
        for option, value, values in options:
            if values:
                value_cases.append(
                    f"        {option}) COMPREPLY=($(compgen -W '{quote(values)}' -- \"$cur\")); return ;;")
            elif value in FILE_VALUES:
                value_cases.append(f"        {option}) _filedir; return ;;")
            elif value:
                value_cases.append(f"        {option}) return ;;")
        if value_cases:
            lines.append("        case $prev in")
            lines += [f"    {case}" for case in value_cases]
            lines.append("        esac")
        lines.append("        ;;")
    lines += [
        "    esac",
        "    case $prev in",
        "    --database) _filedir; return ;;",
        "    esac",
        "    if [[ $cur == -* ]]; then",
        "        COMPREPLY=($(compgen -W \"$options --database --verbose\" -- \"$cur\"))",
        "        return",
        "    fi",
        "    case $positional in",
        "    *SEQUENCE*)",
        "        COMPREPLY=($(compgen -W \"$(_viparita_cli_sequences)\" -- \"$cur\"))",
        "        _filedir json",
        "        ;;",
        "    *FILE*) _filedir ;;",
        "    esac",
        "} &&",
        "    complete -F _viparita_cli viparita-cli",
    ]
    with open(output, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    write(sys.argv[1], sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
