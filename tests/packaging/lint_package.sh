#!/usr/bin/env bash
# The Debian package made from a build, checked by lintian as Debian checks its own: no
# error, no warning (the tags that remain are overridden in the package, each with its reason).
#   lint_package.sh BUILD_FOLDER
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    exit 1
}
deb="$(find "$work" -maxdepth 1 -name 'viparita_*.deb' | head -n 1)"
[[ -n "$deb" ]] || {
    echo "no package made"
    cat "$work/cpack.log"
    exit 1
}
echo "package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
# What a person gets: the programs, their manual pages and completion, the icons.
contents="$(dpkg-deb --contents "$deb")"
for file in ./usr/bin/viparita ./usr/bin/viparita-cli ./usr/bin/viparita-reminders \
    ./usr/share/man/man1/viparita.1.gz ./usr/share/man/man1/viparita-cli.1.gz \
    ./usr/share/bash-completion/completions/viparita-cli \
    ./usr/share/applications/org.viparita.Viparita.desktop \
    ./usr/share/metainfo/org.viparita.Viparita.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.viparita.Viparita.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.viparita.Viparita.png \
    ./usr/share/doc/viparita/copyright ./usr/share/doc/viparita/changelog.Debian.gz; do
    grep -q " $file\$" <<<"$contents" || {
        echo "the package lacks $file"
        exit 1
    }
done
grep -q "/viparita/libviparita_cues.so\$" <<<"$contents" || {
    echo "the package lacks the cue plugin"
    exit 1
}
lintian --fail-on error,warning --info --display-info --no-tag-display-limit "$deb"
echo "lintian: no error, no warning"
