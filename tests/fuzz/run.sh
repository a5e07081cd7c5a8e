#!/bin/sh
# Builds the fuzz targets with clang and libFuzzer (in build-fuzz/, ASan and UBSan throughout)
# and runs each for SECONDS_PER_TARGET seconds (default 600), one after the other, at the lowest
# CPU priority. Prints the executions per target; exits non-zero if any target crashed, hung,
# ran out of memory or failed a check. See README.md.
#
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (compile jobs, default 1).
set -eu
seconds=${1:-600}
[ $# -gt 0 ] && shift
cd "$(dirname "$0")/../.."
. tests/fuzz/targets.sh
targets=${*:-$FUZZ_TARGETS}
build=${FUZZ_BUILD_DIR:-build-fuzz}

nice -n 19 cmake -S . -B "$build" -G Ninja --no-warn-unused-cli \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHUZAI_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
# shellcheck disable=SC2046 # one word per target
nice -n 19 ninja -C "$build" -j "${FUZZ_JOBS:-1}" $(for t in $targets; do echo "fuzz_$t"; done)

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
work=$build/fuzz-runs
summary=$work/summary.txt
mkdir -p "$work"
: >"$summary"
status=0
for target in $targets; do
    # The first folder is the working corpus libFuzzer adds to; the seeds are only read.
    corpus=$work/$target/corpus
    artifacts=$work/$target/artifacts
    mkdir -p "$corpus" "$artifacts"
    seeds=""
    for dir in $(fuzz_seed_dirs "$target") $(fuzz_regression_dir "$target"); do
        [ -d "$dir" ] && seeds="$seeds $dir"
    done
    log=$work/$target/fuzz.log
    printf '%s: fuzzing for %s s ... ' "$target" "$seconds"
    started=$(date +%s)
    # -timeout catches a hang, not a slow input: an impossible recurrence rule (FREQ=SECONDLY,
    # 30 February) costs libical 0.7 s plain and 3 s under the sanitizers, and the short run
    # shares two cores with the rest of the suite at the lowest priority.
    # shellcheck disable=SC2086 # seed folders are words
    if nice -n 19 "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=60 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -dict="tests/fuzz/dicts/$target.dict" -artifact_prefix="$artifacts/" \
        "$corpus" $seeds >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log; input in $artifacts/)"
        status=1
    fi
    elapsed=$(($(date +%s) - started))
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    # CI keeps only what is printed: show why it failed.
    [ "$result" = ok ] || grep -E -A12 'fuzz check failed|ERROR:|SUMMARY:' "$log" | head -n 40 >&2 || true
    line=$(printf '%-7s %12s executions in %5s s  %s' "$target" "${executions:-?}" "$elapsed" "$result")
    echo "$line" | tee -a "$summary" | sed 's/^[a-z]* *//'
done
echo "Summary (also in $summary):"
cat "$summary"
exit $status
