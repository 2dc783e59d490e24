#!/usr/bin/env bash
# Installs the Debian package into a fresh Debian 12 root and uses it as a person would,
# then removes it and checks that nothing of it is left. Slow (a debootstrap and a few
# hundred MB of packages from the archive), so not part of scripts/test.sh or CI.
#
#   scripts/test-package.sh [PACKAGE.deb]
#
# Without a package it runs scripts/package.sh first. Needs root, debootstrap and the Debian
# archive (http://deb.debian.org). The fresh root is cached in build/bookworm-root.tar so that
# a second run starts in seconds; delete it to start from a new debootstrap.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$VIPARITA_ROOT"

if ((EUID != 0)); then
    echo "test-package.sh: needs root (debootstrap and chroot)" >&2
    exit 2
fi
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
deb="${1:-}"
if [[ -z "$deb" ]]; then
    deb="$(scripts/package.sh | tail -n 1)"
fi
deb="$(realpath "$deb")"

cache="build/bookworm-root.tar"
root="$(mktemp -d /tmp/viparita-root.XXXXXX)"
cleanup() {
    for mount in dev/pts dev proc sys; do
        umount "$root/$mount" 2>/dev/null || true
    done
    rm -rf "$root"
}
trap cleanup EXIT
if [[ -f "$cache" ]]; then
    tar -xf "$cache" -C "$root"
else
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
    mkdir -p build
    tar -cf "$cache" -C "$root" .
fi
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

step() { echo "== $*"; }
step "apt install ./$(basename "$deb") (its dependencies from the archive)"
in_root apt-get update -qq
in_root apt-get install -y -qq "/tmp/$(basename "$deb")"
step "the tools of the check itself (an X server, man)"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils man-db
failures=0
check() {
    local what="$1"
    shift
    if "$@"; then
        echo "ok: $what"
    else
        echo "FAILED: $what"
        failures=$((failures + 1))
    fi
}
check "viparita-cli --version names the version" \
    in_root sh -c 'viparita-cli --version | grep -q "viparita-cli '"$(dpkg-deb --field "$deb" Version | cut -d- -f1)"'"'
check "viparita-cli reading add saves a reading" \
    in_root viparita-cli reading add --systolic 128 --diastolic 82 --pulse 64
check "viparita-cli export gives it back as CSV" \
    in_root sh -c 'viparita-cli export --format csv --output - | grep -q ",128,82,"'
check "the journal is in the home folder" in_root test -f /root/.local/share/viparita/journal.sqlite
check "man viparita-cli shows the manual" \
    in_root sh -c 'MANWIDTH=80 man viparita-cli 2>/dev/null | grep -q "reading add"'
check "the completion is where bash-completion finds it" \
    in_root test -f /usr/share/bash-completion/completions/viparita-cli
cat >"$root/tmp/window.sh" <<'CHECK'
#!/bin/sh
# The app started on this X server shows a top-level window named Viparita within 20 s.
viparita >/tmp/app.log 2>&1 &
app=$!
for second in $(seq 1 20); do
    if xwininfo -root -tree | grep -q '"Viparita"'; then
        kill "$app"
        exit 0
    fi
    sleep 1
done
kill "$app"
cat /tmp/app.log
exit 1
CHECK
chmod +x "$root/tmp/window.sh"
check "viparita opens its window under Xvfb" in_root xvfb-run -a /tmp/window.sh
step "apt remove --purge viparita"
files="$(in_root dpkg -L viparita | sort)"
in_root apt-get remove --purge -y -qq viparita
left=""
while read -r file; do
    [[ -z "$file" || "$file" == "/." ]] && continue
    if [[ -e "$root$file" && ! -d "$root$file" ]]; then
        left+="$file "
    fi
done <<<"$files"
check "nothing of the package is left after purging it" test -z "$left"
[[ -z "$left" ]] || echo "left behind: $left"
if ((failures > 0)); then
    echo "test-package.sh: $failures check(s) failed"
    exit 1
fi
echo "test-package.sh: the package installs, works and purges cleanly on a fresh Debian 12"
