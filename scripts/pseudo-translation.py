#!/usr/bin/env python3
"""Writes a pseudo-translation of Viparita's messages, to find text that a longer language
would clip.

    scripts/pseudo-translation.py translations/viparita_de.ts OUT.ts

Every message of the input .ts (its source texts; the translations are not read) is
"translated" into an accented, bracketed text 40 % longer than the English, the way German
or Polish run longer: "Start" becomes "[Śţàŕţ ~~]". Placeholders (%1, %n, %L2), keyboard
mnemonics (&Save), HTML tags and entities are kept as they are, so the program works as in
any other language. A clipped text shows as a missing "]"; an English text that is not
translated at all shows without accents.
"""

import re
import sys
import xml.etree.ElementTree as ElementTree

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕşţûṽŵẋýžÀßÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŞŢÛṼŴẊÝŽ",
)
# Kept as written: placeholders, mnemonics, tags, entities.
KEPT = re.compile(r"%L?\d+|%n|&&|&(?=\w)|<[^>]*>|&[a-z]+;|&#\d+;")
# How much longer the pseudo-language runs than the English.
GROWTH = 0.4


def pseudo(text: str) -> str:
    parts = []
    at = 0
    letters = 0
    for kept in KEPT.finditer(text):
        plain = text[at : kept.start()]
        parts.append(plain.translate(ACCENTED))
        letters += len(plain)
        parts.append(kept.group(0))
        at = kept.end()
    plain = text[at:]
    parts.append(plain.translate(ACCENTED))
    letters += len(plain)
    # In words of at most six, as a real language's words are: one long run would be a word
    # no label can wrap.
    grown = "~" * max(1, round(letters * GROWTH))
    padding = " ".join(grown[i : i + 6] for i in range(0, len(grown), 6))
    # A text of several lines grows on its first line, where a label is widest.
    body = "".join(parts)
    first, newline, rest = body.partition("\n")
    return "[" + first + " " + padding + newline + rest + "]"


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    source, output = sys.argv[1], sys.argv[2]
    tree = ElementTree.parse(source)
    root = tree.getroot()
    # Two plural forms, as in English.
    root.set("language", "en")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                form = ElementTree.SubElement(translation, "numerusform")
                form.text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(output, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
