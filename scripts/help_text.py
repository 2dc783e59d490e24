"""Reading a Viparita program's --help text: shared by scripts/man-page.py and
scripts/bash-completion.py, which are made from it."""

import os
import re
import subprocess

# The help is read in English and without a display.
ENVIRONMENT = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="",
                   QT_QPA_PLATFORM="offscreen")


def help_of(program, arguments=()):
    """The --help text of `program` (with `arguments`, a command); stops on a failure."""
    result = subprocess.run([program, *arguments, "--help"], capture_output=True, text=True,
                            env=ENVIRONMENT, timeout=60)
    if result.returncode != 0:
        raise SystemExit(f"{program} {' '.join(arguments)} --help failed: "
                         f"{result.stderr.strip()}")
    return result.stdout


def section(help_text, title):
    """The entries under `title:` in a help text ("Options", "Commands"): [name, text] each,
    with the text's wrapped lines joined again."""
    lines = help_text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == title + ":")
    except StopIteration:
        return []
    entries = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        match = re.match(r"^  (\S.*?)(?: {2,}(.*))?$", line)
        if match and not line.startswith("   "):
            entries.append([match.group(1), match.group(2) or ""])
        elif entries:
            # Qt cuts a word too long for its line where the line ends: "diastolic=" and
            # "COL" are one word again.
            before = entries[-1][1]
            glue = "" if before.endswith(("=", "/")) else " "
            entries[-1][1] = (before + glue + line.strip()).strip()
    return entries
