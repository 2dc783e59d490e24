#!/usr/bin/env python3
"""The version is set in one place (the project() call of CMakeLists.txt) and every other
place that names it agrees: the newest entry of CHANGELOG.md, of the AppStream metainfo and
of the Debian changelog, with the same date.

    check_version.py SOURCE_FOLDER
"""
import email.utils
import re
import sys
import xml.etree.ElementTree as ElementTree


def main():
    root = sys.argv[1]
    cmake = open(f"{root}/CMakeLists.txt", encoding="utf-8").read()
    version = re.search(r"project\(viparita\s+VERSION\s+([0-9.]+)", cmake).group(1)
    problems = []

    changelog = open(f"{root}/CHANGELOG.md", encoding="utf-8").read()
    heading = re.search(r"^## ([0-9.]+) \((\d{4}-\d{2}-\d{2})\)$", changelog, re.MULTILINE)
    if not heading or heading.group(1) != version:
        problems.append(f"CHANGELOG.md: the newest entry is not {version}")
    date = heading.group(2) if heading else None

    metainfo = ElementTree.parse(f"{root}/resources/org.viparita.Viparita.metainfo.xml")
    release = metainfo.getroot().find("releases/release")
    if release is None or release.get("version") != version:
        problems.append(f"metainfo: the newest release is not {version}")
    elif release.get("date") != date:
        problems.append(f"metainfo: release {version} is dated {release.get('date')}, "
                        f"the changelog says {date}")

    debian = open(f"{root}/packaging/changelog.Debian", encoding="utf-8").read()
    first = re.match(r"viparita \(([^)]+)\)", debian)
    if not first or first.group(1) != f"{version}-1":
        problems.append(f"packaging/changelog.Debian: the newest entry is not {version}-1")
    signed = re.search(r"^ -- .*>  (.+)$", debian, re.MULTILINE)
    if signed and date:
        when = email.utils.parsedate_to_datetime(signed.group(1)).date().isoformat()
        if when != date:
            problems.append(f"packaging/changelog.Debian: {version}-1 is dated {when}, "
                            f"the changelog says {date}")
    for problem in problems:
        print(problem)
    print(f"version {version} of {date}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
