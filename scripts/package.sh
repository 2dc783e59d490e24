#!/usr/bin/env bash
# Builds the Debian package of Viparita from this tree and checks it with lintian:
#
#   scripts/package.sh [--build-dir DIR]
#
# It installs what is missing, builds the release preset (DIR, default build/release) and
# runs CPack's DEB generator over its install rules (cmake/ViparitaPackaging.cmake); the
# package, viparita_VERSION-1_ARCH.deb, lands in DIR/package and its path is printed last.
# The installed programs find their plugins relative to themselves, so the release build's
# binaries are the package's. lintian must find no error and no warning: the tags that
# remain are explained in packaging/lintian-overrides and docs/packaging.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="build/release"
while (($# > 0)); do
    case "$1" in
    --build-dir)
        build_dir="${2:?--build-dir needs a folder}"
        shift 2
        ;;
    -h | --help)
        sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "package.sh: unknown argument $1" >&2
        exit 2
        ;;
    esac
done

viparita_install_packages
cd "$VIPARITA_ROOT"
if [[ "$build_dir" == build/release ]]; then
    viparita_build release
else
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVIPARITA_BUILD_TESTS=OFF
    cmake --build "$build_dir"
fi
rm -rf "$build_dir/package"
(cd "$build_dir" && cpack --config CPackConfig.cmake >/dev/null)
deb="$(find "$build_dir/package" -maxdepth 1 -name 'viparita_*.deb' | head -n 1)"
if [[ -z "$deb" ]]; then
    echo "package.sh: CPack made no package in $build_dir/package" >&2
    exit 1
fi
lintian --fail-on error,warning --info --display-info "$deb"
echo "$deb"
