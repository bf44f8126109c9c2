# Shared by scripts/run, scripts/test, scripts/package, scripts/screenshots:
# installs the Debian/Ubuntu packages Pasban needs, only those missing, with apt
# (as root, or through sudo).

PASBAN_BUILD_PACKAGES=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 qt6-svg-dev libgl-dev qt6-connectivity-dev qt6-serialport-dev
    qt6-charts-dev libssl-dev libsqlite3-dev qtkeychain-qt6-dev libusb-1.0-0-dev
    fonts-noto-core
)
PASBAN_TEST_PACKAGES=(
    clang-format appstream desktop-file-utils python3-dbusmock dbus
    gnome-keyring libsecret-tools
    xvfb xauth x11-utils imagemagick
    rsyslog rsyslog-gnutls openssl poppler-utils
    umockdev libumockdev-dev
)
PASBAN_PACKAGE_PACKAGES=(dpkg-dev file)

pasban_missing_packages() {
    local pkg
    for pkg in "$@"; do
        if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
            printf '%s\n' "$pkg"
        fi
    done
}

# pasban_ensure_deps [build] [test] [package]
pasban_ensure_deps() {
    local wanted=() group
    for group in "${@:-build}"; do
        case "$group" in
            build) wanted+=("${PASBAN_BUILD_PACKAGES[@]}") ;;
            test) wanted+=("${PASBAN_TEST_PACKAGES[@]}") ;;
            package) wanted+=("${PASBAN_PACKAGE_PACKAGES[@]}") ;;
            *) echo "pasban_ensure_deps: unknown group $group" >&2; return 2 ;;
        esac
    done
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "Not a Debian/Ubuntu system: install the equivalents of: ${wanted[*]}" >&2
        return 0
    fi
    local missing
    mapfile -t missing < <(pasban_missing_packages "${wanted[@]}")
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Missing packages (${missing[*]}) and neither root nor sudo: install them and run again." >&2
            return 1
        fi
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Ninja + ccache, cache paths relative to the checkout so two build folders share hits.
pasban_build_env() {
    export CCACHE_BASEDIR="${PASBAN_ROOT}"
    export CCACHE_NOHASHDIR=1
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
}

pasban_jobs() {
    nproc 2>/dev/null || echo 2
}
