#!/usr/bin/env bash
# Installs what is missing, builds the release preset and runs every test
# (unit, CLI and GUI) with ctest on the offscreen Qt platform.
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

viparita_install_packages
viparita_build release
cd "$VIPARITA_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset release --parallel "$(nproc)" "$@"
