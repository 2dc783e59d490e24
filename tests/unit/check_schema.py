#!/usr/bin/env python3
"""Checks docs/sequence.schema.json against the sequence files.

Usage: check_schema.py SCHEMA SEQUENCES_DIR TEST_DATA_DIR

Every bundled sequence and every file in TEST_DATA_DIR/valid must pass the
schema; every file in TEST_DATA_DIR/broken whose fault a JSON Schema can
express must fail it. Exits non-zero and names each file that disagrees.
"""
import json
import pathlib
import sys

import jsonschema

# Faults that only the loader can see: broken JSON, repeated ids, and cue
# times checked against their step's duration.
NOT_EXPRESSIBLE = {"duplicate-step-id", "cue-past-end", "cue-end-too-far"}


def main() -> int:
    schema_path, sequences, data = (pathlib.Path(a) for a in sys.argv[1:4])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    checked = 0

    good = sorted(sequences.glob("*.json")) + sorted((data / "valid").glob("*.json"))
    for path in good:
        checked += 1
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        for error in errors:
            failures.append(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message}")

    for path in sorted((data / "broken").glob("*.json")):
        if path.stem.startswith("syntax-") or path.stem in NOT_EXPRESSIBLE:
            continue
        checked += 1
        if validator.is_valid(json.loads(path.read_text(encoding="utf-8"))):
            failures.append(f"{path}: passes the schema but the loader rejects it")

    for failure in failures:
        print(failure)
    print(f"{checked - len(failures)} passed, {len(failures)} failed")
    return 1 if failures or checked < 10 else 0


if __name__ == "__main__":
    sys.exit(main())
