#!/usr/bin/env python3
"""Checks translations/*.ts against the sources, as a release needs them.

Usage: check_translations.py LUPDATE LRELEASE PROJECT_DIR

- lupdate, run on a copy of each .ts, finds no message that the file lacks: the files hold
  every text of src/ and include/ (run `cmake --build <dir> --target update_translations`
  after changing one);
- lrelease reports no unfinished message in any language;
- each translation keeps its source's placeholders (%1 ... %9, %L1, %n) and its keyboard
  mnemonic, and a plural message has as many forms as its language has.
Every problem is printed with its file, context and source text; the status is 1 if any.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FORMS = {'en': 2, 'de': 2, 'fr': 2, 'es': 2, 'it': 2, 'pt_BR': 2, 'nl': 2, 'pl': 3, 'ar': 6}


def placeholders(text):
    return sorted(set(re.findall(r'%L?\d|%n', text or '')))


def mnemonics(text):
    return len(re.findall(r'&(?!&)', (text or '').replace('&&', '')))


def main():
    lupdate, lrelease, project = sys.argv[1:4]
    folder = os.path.join(project, 'translations')
    files = sorted(f for f in os.listdir(folder) if f.endswith('.ts'))
    problems = []
    languages = {re.match(r'viparita_(.+)\.ts$', f).group(1) for f in files}
    if languages != set(FORMS):
        problems.append(f'translations/: languages {sorted(languages)}, expected {sorted(FORMS)}')
    with tempfile.TemporaryDirectory() as scratch:
        for name in files:
            language = name[len('viparita_'):-3]
            copy = os.path.join(scratch, name)
            shutil.copy(os.path.join(folder, name), copy)
            command = [lupdate, '-silent', '-no-obsolete', '-locations', 'none',
                       os.path.join(project, 'src'), os.path.join(project, 'include'),
                       '-ts', copy]
            if language == 'en':
                command.insert(1, '-pluralonly')
            subprocess.run(command, check=True, capture_output=True)
            released = subprocess.run([lrelease, copy, '-qm', copy + '.qm'],
                                      check=True, capture_output=True, text=True).stdout
            unfinished = re.search(r'(\d+) unfinished', released)
            if not unfinished or unfinished.group(1) != '0':
                problems.append(f'{name}: lrelease says: {released.strip()}')
            for context in ET.parse(copy).getroot().iter('context'):
                context_name = context.findtext('name')
                for message in context.iter('message'):
                    source = message.findtext('source')
                    translation = message.find('translation')
                    where = f'{name}: {context_name}: {source!r}'
                    if translation.get('type') == 'unfinished':
                        problems.append(f'{where}: not translated (or new since the file '
                                        'was last updated)')
                        continue
                    plural = message.get('numerus') == 'yes'
                    texts = ([form.text for form in translation.iter('numerusform')]
                             if plural else [translation.text])
                    if plural and len(texts) != FORMS.get(language, 2):
                        problems.append(f'{where}: {len(texts)} plural forms, '
                                        f'{language} has {FORMS.get(language)}')
                    wanted = [p for p in placeholders(source) if not (plural and p == '%n')]
                    for text in texts:
                        got = [p for p in placeholders(text) if not (plural and p == '%n')]
                        if got != wanted:
                            problems.append(f'{where}: placeholders {got} in {text!r}, '
                                            f'the source has {wanted}')
                        if mnemonics(source) != mnemonics(text):
                            problems.append(f'{where}: {mnemonics(text)} mnemonics in '
                                            f'{text!r}, the source has {mnemonics(source)}')
    for problem in problems:
        print(problem)
    print(f'{len(files)} translation files checked, {len(problems)} problems')
    return 1 if problems else 0


sys.exit(main())
