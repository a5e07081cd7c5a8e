#!/bin/sh
# The README's two set-up commands:
#   packaging/setup.sh run    install what is missing, build, start the GUI (embedded SQLite)
#   packaging/setup.sh test   install what is missing, build, run the whole test suite
# BUILD_DIR (default: build) and BUILD_TYPE (default: RelWithDebInfo) can be set.
set -eu
mode=${1:-run}
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}

packaging/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
run)
    shift || true
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found. Run it under Xvfb: xvfb-run -a packaging/setup.sh run" >&2
        echo "(or set QT_QPA_PLATFORM=offscreen to start it without showing anything)" >&2
        exit 1
    fi
    exec "$build/app/shuzai" "$@"
    ;;
test)
    runtime=$(mktemp -d)
    chmod 700 "$runtime"
    trap 'rm -rf "$runtime"' EXIT
    XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 300
    ;;
*)
    echo "usage: packaging/setup.sh run|test" >&2
    exit 2
    ;;
esac
