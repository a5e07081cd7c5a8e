#!/bin/sh
# Runs every seed and kept finding through each fuzz target once (ctest: fuzz_regressions).
# Usage: replay.sh BUILD_DIR_OF_TESTS_FUZZ
# Works on both builds: the replay binaries of the normal build, and the libFuzzer binaries of
# a SHUZAI_FUZZ build (given files, libFuzzer runs each once and stops).
set -eu
bin=$1
cd "$(dirname "$0")/../.."
. tests/fuzz/targets.sh
status=0
for target in $FUZZ_TARGETS; do
    files=$(for dir in $(fuzz_seed_dirs "$target") $(fuzz_regression_dir "$target"); do
        [ -d "$dir" ] && find "$dir" -type f ! -name '*.md' ! -name 'LICENSE*'
    done | sort)
    count=$(printf '%s\n' "$files" | grep -c . || true)
    printf '%s: %s inputs\n' "$target" "$count"
    # shellcheck disable=SC2086 # one argument per file; the paths hold no spaces
    if ! "$bin/fuzz_$target" $files >"$bin/replay-$target.log" 2>&1; then
        echo "fuzz_$target failed; its output:"
        tail -n 40 "$bin/replay-$target.log"
        status=1
    elif grep -q '^Executed ' "$bin/replay-$target.log"; then
        echo "$(grep -c '^Executed ' "$bin/replay-$target.log") inputs run by libFuzzer"
    else
        tail -n 1 "$bin/replay-$target.log"
    fi
done
exit $status
