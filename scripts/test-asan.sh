#!/usr/bin/env bash
# Builds the asan preset (a debug build with AddressSanitizer and UndefinedBehaviorSanitizer;
# any finding stops the test: halt_on_error, leaks included) and runs every test under it.
# Extra arguments go to ctest, e.g. scripts/test-asan.sh -L storage
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

viparita_install_packages
viparita_build asan
cd "$VIPARITA_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset asan --parallel "$(nproc)" "$@"
