#!/usr/bin/env python3
"""Writes the manual page of a Viparita program from its own --help text, so that the two
never say different things.

    scripts/man-page.py viparita PROGRAM VERSION DATE OUT.1
    scripts/man-page.py viparita-cli PROGRAM VERSION DATE OUT.1
    scripts/man-page.py viparita-reminders PROGRAM VERSION DATE OUT.1

PROGRAM is the built binary. For viparita-cli each command's --help is read too (and each
sub-command's, for "session ..." and "medication ..."). The help is read in English
(LC_ALL=C) and without a display (QT_QPA_PLATFORM=offscreen).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from help_text import help_of, section  # noqa: E402


def roff(text):
    """`text` safe in a roff line: backslashes, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    # A long word of a list ("date=COL,time=COL,...") may break after its commas.
    text = re.sub(r"(?<=\S),(?=\S)", ",\\:", text)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def description(help_text):
    """The words between the usage line and the first list ("Options:", "Commands:")."""
    words = []
    for line in help_text.strip().splitlines()[1:]:
        if re.match(r"^[A-Z][A-Za-z -]*:$", line.strip()):
            break
        words += line.split()
    return " ".join(words)


def options(help_text):
    """The options, without the help and version ones every command has."""
    shared = ("-h, --help", "--help-all", "-v, --version")
    return [entry for entry in section(help_text, "Options") if entry[0] not in shared]


def write_options(out, entries):
    for name, text in entries:
        out.append(".TP")
        out.append(f".B {roff(name)}")
        out.append(roff(text))


def cli_page(program):
    top = help_of(program)
    out = [".SH SYNOPSIS", f".B viparita\\-cli", "[\\fB\\-\\-help\\fR] [\\fB\\-\\-version\\fR]",
           "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]",
           ".SH DESCRIPTION", roff(description(top)),
           "Messages to people follow the system's language; JSON and CSV output is the same "
           "in every language.",
           ".SH COMMANDS"]
    commands = []
    for name, summary in section(top, "Commands"):
        if name.endswith(" ..."):
            group = name[:-4]
            for sub, sub_summary in section(help_of(program, [group]), "Sub-commands"):
                commands.append((sub, sub_summary))
            for sub, sub_summary in section(help_of(program, [group]), "Commands"):
                commands.append((sub, sub_summary))
        else:
            commands.append((name, summary))
    helps = {name: help_of(program, name.split()) for name, _ in commands}
    # The options every command takes are said once.
    shared = None
    for text in helps.values():
        names = {entry[0] for entry in options(text)}
        shared = names if shared is None else shared & names
    shared = shared or set()
    first = options(next(iter(helps.values()))) if helps else []
    global_options = [entry for entry in first if entry[0] in shared]
    commands_at = out.index(".SH COMMANDS")
    block = [".SH OPTIONS", "Every command takes these:"]
    write_options(block, global_options)
    out[commands_at:commands_at] = block
    for name, summary in commands:
        text = helps[name]
        usage = text.splitlines()[0].replace("Usage: ", "")
        out.append(f".SS {roff(name)}")
        out.append(roff(summary))
        out.append(".PP")
        out.append(f".B {roff(usage)}")
        write_options(out, [entry for entry in options(text) if entry[0] not in shared])
    footer = [line for line in top.strip().splitlines() if line.startswith("Exit status")]
    out += [".SH EXIT STATUS", roff(footer[0].split(":", 1)[1].strip() if footer else "")]
    return out, commands


def app_page(program, name, more):
    text = help_of(program)
    out = [".SH SYNOPSIS", f".B {roff(name)}", "[\\fIOPTIONS\\fR]", ".SH DESCRIPTION",
           roff(description(text)), more, ".SH OPTIONS"]
    write_options(out, options(text))
    return out


def main():
    if len(sys.argv) != 6:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    which, program, version, date, output = sys.argv[1:]
    if which == "viparita-cli":
        body, _ = cli_page(program)
        name = "viparita\\-cli \\- Viparita's journal and sequences from the command line"
        see = "\\fBviparita\\fR(1)"
    elif which == "viparita":
        body = app_page(program, which,
                        "It plays a sequence as a timed, guided session (cue text, pose "
                        "pictures, a countdown, breath pacing, chimes and spoken cues), keeps "
                        "each session with the blood\\-pressure readings taken before, during "
                        "and after it, shows their trends, and exports them for a doctor as "
                        "CSV, a PDF report or FHIR R4.")
        name = "viparita \\- guided legs\\-up\\-the\\-wall practice with a blood\\-pressure journal"
        see = "\\fBviparita\\-cli\\fR(1), \\fBviparita\\-reminders\\fR(1)"
    elif which == "viparita-reminders":
        body = app_page(program, which,
                        "Viparita starts it at login when reminders are turned on in its "
                        "settings; it is not meant to be started by hand.")
        name = "viparita\\-reminders \\- Viparita's reminders while its window is closed"
        see = "\\fBviparita\\fR(1)"
    else:
        raise SystemExit(f"man-page: unknown program {which}")
    title = roff(which.upper())
    page = [
        f'.TH {title} 1 "{date}" "Viparita {version}" "User Commands"',
        # Left-aligned: lines of long option lists are not stretched to the margin.
        ".ad l",
        ".SH NAME", name,
    ] + body + [
        ".SH ENVIRONMENT",
        ".TP", ".B VIPARITA_DATABASE",
        "The journal to use when \\fB\\-\\-database\\fR is not given.",
        ".TP", ".B LANG, LC_ALL, LC_MESSAGES",
        "The language of the messages, and how numbers and dates are written.",
        ".SH FILES",
        ".TP", ".I ~/.local/share/viparita/journal.sqlite",
        "The journal: every session and reading, in one SQLite file, with a dated copy a day "
        "under \\fIbackups/\\fR.",
        ".TP", ".I ~/.local/share/viparita/sequences/",
        "Your own sequences, beside the bundled ones in \\fI/usr/share/viparita/sequences/\\fR.",
        ".SH SEE ALSO", see,
        ".PP",
        "The user guide: \\fI/usr/share/doc/viparita/user\\-guide.md\\fR.",
    ]
    with open(output, "w", encoding="utf-8") as file:
        file.write("\n".join(page) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
