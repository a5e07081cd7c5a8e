#!/bin/sh
# CI's short version of the sanitizer build and of fuzzing (ctest: sanitizers_and_fuzzers_short).
# Builds the fuzz targets with clang, libFuzzer, AddressSanitizer and UBSan (the SHUZAI_FUZZ build
# of tests/fuzz/README.md; they link only shuzai_formats, the importers), runs every seed and kept
# finding through them and fuzzes each target for SECONDS (default 5).
# The long versions: `ctest --preset asan` (the whole suite) and tests/fuzz/run.sh (10 minutes a
# target).
#
# Usage: tests/sanitize/short.sh [SECONDS] [BUILD_DIR]   (default build: build/sanitize-short)
set -eu
seconds=${1:-5}
cd "$(dirname "$0")/../.."
build=${2:-build/sanitize-short}
jobs=${SANITIZE_JOBS:-2}

exec env FUZZ_BUILD_DIR="$build" FUZZ_JOBS="$jobs" sh tests/fuzz/run.sh "$seconds"
