#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (a package of their own, with ASan) and runs each
# for a bounded time or number of executions, with seeds from the project's texts, tests
# and lexicons and the dictionaries in Fuzz/dictionaries/. Prints per target: executions,
# coverage (libFuzzer's cov: and ft:), corpus size and crashes (inputs kept under
# $LESART_FUZZ_DIR/artifacts/TARGET/). Exit status 1 when any target found a crash, a leak
# or a broken invariant.
#
#   bash scripts/fuzz.sh                       # every target, 120 s each
#   bash scripts/fuzz.sh --time 600 FuzzPipeline
#   bash scripts/fuzz.sh --runs 1000           # the smoke run (CI): the seeds, then a fixed number
#                                              # of executions with a fixed random seed
#
# The corpus grows across runs in $LESART_FUZZ_DIR (default /tmp/lesart-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TARGETS_ALL=(FuzzTokenizer FuzzJSONObject FuzzOffsets FuzzPipeline FuzzLexicon FuzzLexiconLoad)
LIMIT=(-max_total_time=120)
TARGETS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --time) LIMIT=(-max_total_time="$2"); shift 2 ;;
        --runs) LIMIT=(-runs="$2" -seed=1); shift 2 ;;  # fixed seed: a repeatable smoke run
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        Fuzz*) TARGETS+=("$1"); shift ;;
        *) echo "fuzz.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${TARGETS_ALL[@]}")
WORK=${LESART_FUZZ_DIR:-/tmp/lesart-fuzz}
mkdir -p "$WORK"

# The build plan lists the main package's files: drop it so files added there are seen.
rm -f Fuzz/.build/release.yaml
# `--sanitize=fuzzer` alone leaves the library modules without coverage counters in this
# toolchain's release builds: ask for libFuzzer's coverage explicitly.
(cd Fuzz && swift build -c release --sanitize=fuzzer --sanitize=address \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp 2>&1 \
    | grep -v "Cannot export local symbol" >&2)
BIN=Fuzz/.build/release
python3 Fuzz/make_seeds.py "$WORK/seeds" >&2

failed=0
printf '%-16s %12s %8s %8s %8s %8s %s\n' target executions exec/s cov ft corpus crashes
for target in "${TARGETS[@]}"; do
    corpus="$WORK/corpus/$target"
    artifacts="$WORK/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    dict=Fuzz/dictionaries/german.dict
    case "$target" in FuzzJSONObject) dict=Fuzz/dictionaries/json.dict ;; esac
    maxlen=4096 timeout=30 limit=("${LIMIT[@]}")
    case "$target" in FuzzLexicon|FuzzLexiconLoad) maxlen=16384 ;; esac
    log="$WORK/$target.log"
    # Crashes, leaks, timeouts, out-of-memory inputs; not the slow units libFuzzer also keeps.
    before=$(ls "$artifacts" | grep -cv '^slow-unit-' || true)
    status=0
    # Swift's own crash backtracer would run after libFuzzer's report: off.
    # Leaks of the toolchain's own objects are suppressed (scripts/lsan.supp says which).
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
        LSAN_OPTIONS="suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0" "$BIN/$target" "${limit[@]}" -max_len=$maxlen -timeout=$timeout \
        -rss_limit_mb=3072 -dict="$dict" -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "$WORK/seeds/$target" > "$log" 2>&1 || status=$?
    after=$(ls "$artifacts" | grep -cv '^slow-unit-' || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
    size=$(ls "$corpus" | wc -l)
    printf '%-16s %12s %8s %8s %8s %8s %s\n' "$target" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$size" \
        "$((after - before))"
    if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
        failed=1
        echo "  $target failed (exit $status); log: $log" >&2
        grep -E "INVARIANT FAILED|ERROR: AddressSanitizer|ERROR: LeakSanitizer|Fatal error|SUMMARY" "$log" | head -5 >&2 || true
    fi
done
exit $failed
