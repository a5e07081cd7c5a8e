#!/bin/sh
# Runs a command inside a throw-away D-Bus session with an unlocked gnome-keyring holding its
# files in a temporary home, so keychain tests never touch the user's own keyring.
# Usage: dbus-run-session -- sh with-keyring.sh COMMAND [ARGS...]
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data"
printf 'test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
