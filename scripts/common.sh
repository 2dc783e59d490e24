# Shared by run.sh, test.sh and bench.sh: the Debian packages Viparita needs,
# installing the missing ones, and building a preset.
# shellcheck shell=bash

VIPARITA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Everything a fresh Debian 12 needs to build, run and test Viparita.
VIPARITA_PACKAGES=(
    # toolchain
    g++ cmake ninja-build ccache
    # Qt 6 and libraries
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libgl-dev libxkbcommon-dev
    libspdlog-dev libqt6sql6-sqlite libsqlite3-dev libboost-dev libzip-dev pkg-config
    qt6-multimedia-dev qt6-speech-dev qt6-declarative-dev qt6-speech-flite-plugin
    qt6-charts-dev libqt6opengl6-dev qt6-connectivity-dev
    appstream desktop-file-utils
    # translations: lupdate and lrelease, their CMake functions, and Qt's own translations
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    # tests
    catch2 python3 python3-jsonschema poppler-utils
    # a simulated BlueZ for the cuff tests (a private D-Bus bus and python3-dbusmock)
    dbus-daemon python3-dbusmock python3-dbus python3-gi
    # what a screen reader finds, over AT-SPI on an X server of the test's own
    xvfb xauth at-spi2-core python3-pyatspi
    # the Debian package: its manual pages, completion and lintian's check
    man-db bash-completion lintian
)

# Prints the packages of VIPARITA_PACKAGES that are not installed.
viparita_missing_packages() {
    local package status
    for package in "${VIPARITA_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        [[ "$status" == "install ok installed" ]] || echo "$package"
    done
}

# Installs the missing packages with apt-get (through sudo when not root);
# does nothing when all are there.
viparita_install_packages() {
    local missing
    mapfile -t missing < <(viparita_missing_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if ((EUID != 0)); then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# Configures (once) and builds a preset: release, debug or asan.
viparita_build() {
    local preset="$1"
    cd "$VIPARITA_ROOT" || return 1
    if [[ ! -f "build/$preset/CMakeCache.txt" ]]; then
        cmake --preset "$preset" || return 1
    fi
    cmake --build --preset "$preset"
}
