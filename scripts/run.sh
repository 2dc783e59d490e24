#!/usr/bin/env bash
# Installs what is missing, builds the release preset and starts Viparita.
# Arguments go to the app, e.g. scripts/run.sh --verbose
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

viparita_install_packages
viparita_build release
exec "$VIPARITA_ROOT/build/release/src/app/viparita" "$@"
