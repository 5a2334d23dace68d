#!/usr/bin/env bash
# Gate the benchmark suite on deterministic counters, as swift-nio gates allocation counts:
# runs Benchmarks/ (package-benchmark 1.38.1) and compares each benchmark's malloc count
# per pass (p90 of its iterations) with the committed file Benchmarks/Thresholds/
# LesartBenchmarks.NAME.p90.json. Wall-clock and CPU times are not gated (they follow the
# machine's load); the counts are the same run after run for the same code, corpus and
# lexicons. Not part of `swift test`; a release build of the suite takes several minutes.
#
#   bash scripts/check_benchmark_thresholds.sh            # check; exit 1 on a regression
#   bash scripts/check_benchmark_thresholds.sh --update   # rewrite the files after an intended change
#   FILTER='Tokenizer.*' bash scripts/check_benchmark_thresholds.sh   # some benchmarks only
#
# Tolerance: a count may differ from its threshold by 1 % either way
# (BenchmarkSettings.gatedTolerancePercent); "Gazetteer matcher" allocates nothing, and any
# malloc there fails. More is a regression: the check fails. Fewer is an improvement: the
# check passes and asks for `--update`, so the gate stays tight.
#
# What the counts depend on, fixed here so that they compare:
# - the corpus: a 2 MB corpus written by `make_corpus.py --mb 2` (seeded, the same bytes
#   everywhere) into Benchmarks/corpus/gate/ (gitignored), not the 21 MB default;
# - the real-news rows: ../shared/corpora/derstandard/10kgnad-test.jsonl beside the
#   repository (or LESART_NEWS_CORPUS); when it is absent they are skipped, and so is their check;
# - 5 measured iterations per benchmark (LESART_BENCH_ITERATIONS), after one warm-up.
#
# Environment: SCRATCH (build folder, default ../.build-bench beside Benchmarks/, shared with
# the suite), FILTER (a package-benchmark --filter regex), NICE (default 15: `nice -n` level).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/Benchmarks"
SCRATCH="${SCRATCH:-$ROOT/.build-bench}"
NICE="${NICE:-15}"
# The gated counters: the same list as BenchmarkSettings.gatedMetrics.
METRICS=(--metric mallocCountTotal)
MODE=check
case "${1:-}" in
    "") ;;
    --update) MODE=update ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "check_benchmark_thresholds.sh: unknown argument '$1' (use --update or nothing)" >&2; exit 2 ;;
esac

GATE_CORPUS="$BENCH/corpus/gate"
if [ ! -s "$GATE_CORPUS/news-de.txt" ]; then
    python3 "$BENCH/make_corpus.py" --mb 2 --out "$GATE_CORPUS" >&2
fi
export LESART_BENCH_CORPUS="$GATE_CORPUS/news-de.txt"
export LESART_BENCH_ITERATIONS="${LESART_BENCH_ITERATIONS:-5}"

FILTER_ARGS=()
[ -n "${FILTER:-}" ] && FILTER_ARGS=(--filter "$FILTER")

cd "$BENCH"
if [ "$MODE" = update ]; then
    rm -f Thresholds/LesartBenchmarks.*.p90.json
    nice -n "$NICE" swift package --scratch-path "$SCRATCH" --allow-writing-to-package-directory \
        benchmark thresholds update --path Thresholds "${METRICS[@]}" "${FILTER_ARGS[@]}" --no-progress
    echo "thresholds written to Benchmarks/Thresholds/ ($(ls Thresholds/LesartBenchmarks.*.p90.json | wc -l) files); review and commit them"
    exit 0
fi

# package-benchmark 1.38.1 writes a threshold file with the spaces of the benchmark's name
# turned into '_' but reads it under the name with spaces; the check reads a copy of the
# committed files under both spellings.
READ_DIR="$(mktemp -d)"
OUTPUT="$(mktemp)"
trap 'rm -rf "$READ_DIR" "$OUTPUT"' EXIT
for file in Thresholds/LesartBenchmarks.*.p90.json; do
    [ -e "$file" ] || { echo "no threshold files in Benchmarks/Thresholds: run with --update first" >&2; exit 2; }
    name="$(basename "$file")"
    cp "$file" "$READ_DIR/$name"
    cp "$file" "$READ_DIR/${name//_/ }"
done

set +e
nice -n "$NICE" swift package --scratch-path "$SCRATCH" \
    benchmark thresholds check --path "$READ_DIR" "${METRICS[@]}" "${FILTER_ARGS[@]}" --no-progress 2>&1 | tee "$OUTPUT"
status=${PIPESTATUS[0]}
set -e

# Each verdict is looked for twice: the tool's closing line can be cut by its own error
# message on standard error ("…BETTER than the defined terror: …hresholds"), its per-benchmark
# headers cannot.
if grep -q "is WORSE than the defined thresholds\|Deviations worse than threshold" "$OUTPUT"; then
    echo "check_benchmark_thresholds: FAILED: a count is above its threshold by more than the tolerance (table above)." >&2
    echo "If the change is intended, run 'bash scripts/check_benchmark_thresholds.sh --update' and commit Benchmarks/Thresholds/." >&2
    exit 1
elif grep -q "is BETTER than the defined thresholds\|Deviations better than threshold" "$OUTPUT"; then
    echo "check_benchmark_thresholds: passed; some counts are below their thresholds by more than the tolerance:" >&2
    echo "run 'bash scripts/check_benchmark_thresholds.sh --update' and commit Benchmarks/Thresholds/ to keep the gate tight." >&2
    exit 0
elif grep -q "is EQUAL to the defined thresholds" "$OUTPUT"; then
    echo "check_benchmark_thresholds: passed: every count within 1 % of its threshold."
    exit 0
fi
echo "check_benchmark_thresholds: the benchmark run did not finish (exit status $status; output above)." >&2
exit 1
