#!/bin/sh
# Runs a command against a real Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon started and unlocked on it, in a
# private HOME and XDG folders, so no user's keyring is ever touched.
#   with_keyring.sh COMMAND [ARGS...]
# Without gnome-keyring-daemon or dbus-run-session the command runs with
# PASBAN_NO_KEYRING=1 set, and keystore tests skip (saying why).
set -eu
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1; then
    PASBAN_KEYRING_INNER=1 PASBAN_NO_KEYRING="gnome-keyring-daemon or dbus-run-session is not installed" exec "$@"
fi
if [ -z "${PASBAN_KEYRING_INNER:-}" ]; then
    home="$(mktemp -d "${TMPDIR:-/tmp}/pasban-keyring.XXXXXX")"
    trap 'rm -rf "$home"' EXIT INT TERM
    mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$home/run"
    chmod 700 "$home/run"
    status=0
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
        XDG_RUNTIME_DIR="$home/run" PASBAN_KEYRING_INNER=1 dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi
# Inside the private session: start the keyring in the foreground (so its process
# id is ours to stop), unlocked with a throwaway password written on its standard
# input, and wait until it owns the Secret Service name on this bus.
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
printf 'pasban-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null || true' EXIT INT TERM
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$keyring_pid" 2>/dev/null; then
        echo "with_keyring.sh: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    sleep 0.1
done
status=0
"$@" || status=$?
exit "$status"
