#!/bin/sh
# Builds the Debian package of Shuzai: a Release build without the test suite, then
# `cpack -G DEB`. The package lands in the build folder: shuzai_VERSION_ARCH.deb.
#   packaging/build-deb.sh [BUILD_DIR]        (default: build-deb)
# Install it with: sudo apt install ./build-deb/shuzai_*.deb
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-deb}

"$src/packaging/install-deps.sh"
# No install RPATH: the programs use the system's Qt from /usr/lib, like any Debian package.
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSHUZAI_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_SKIP_INSTALL_RPATH=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"
(cd "$build" && cpack -G DEB)
ls "$build"/shuzai_*.deb
