#!/usr/bin/env bash
# How `lesart annotate` scales with threads on real news, measured as issue 14 asks: runs
# with `--jobs 1` and `--jobs N` alternate, each timed by its own summary line (start-up
# excluded), and the ratio of the medians is reported beside the ratio of each pair. As
# the anchor, the machine's own scaling: N independent `--jobs 1` processes at once against
# one alone (what N cores give to work that shares nothing).
#
#   bash Benchmarks/jobs_scaling.sh                  # N = nproc, 5 runs each
#   JOBS=4 RUNS=7 bash Benchmarks/jobs_scaling.sh
#   LESART_BIN=/path/to/lesart bash Benchmarks/jobs_scaling.sh
#
# Environment: JOBS (nproc), RUNS (5), LESART_BIN (skip the release build),
# LESART_NEWS_CORPUS (JSON lines; default ../shared/corpora/derstandard/10kgnad-test.jsonl
# beside the repository, read at run time; the script stops with a message when it is
# absent), NEWS_REPEAT (10: the corpus is repeated into a temporary file outside the
# project, so a run lasts long enough to time).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JOBS=${JOBS:-$(nproc)}
RUNS=${RUNS:-5}
NEWS_REPEAT=${NEWS_REPEAT:-10}
NEWS=${LESART_NEWS_CORPUS:-$ROOT/../shared/corpora/derstandard/10kgnad-test.jsonl}
if [ ! -f "$NEWS" ]; then
    echo "jobs_scaling: no real news at $NEWS (set LESART_NEWS_CORPUS to JSON lines)" >&2
    exit 1
fi
if [ -z "${LESART_BIN:-}" ]; then
    (cd "$ROOT" && swift build -c release --product lesart >&2)
    LESART_BIN="$ROOT/.build/release/lesart"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
INPUT="$WORK/news.jsonl"
for _ in $(seq "$NEWS_REPEAT"); do cat "$NEWS"; done > "$INPUT"

# Seconds from the summary line ("… in 1.87 s (15.0 MB/s)") of one run.
seconds() {
    "$LESART_BIN" annotate --input jsonl --jobs "$1" < "$INPUT" 2>&1 > /dev/null | tail -1 \
        | sed -nE 's/.* in ([0-9.]+) s .*/\1/p'
}

one=() many=() alone=() together=()
for run in $(seq "$RUNS"); do
    one+=("$(seconds 1)")
    many+=("$(seconds "$JOBS")")
    alone+=("$(seconds 1)")
    pids=()
    for k in $(seq "$JOBS"); do
        ( seconds 1 > "$WORK/together-$k" ) &
        pids+=($!)
    done
    wait "${pids[@]}"
    slowest=$(cat "$WORK"/together-* | sort -n | tail -1)
    together+=("$slowest")
    echo "run $run: --jobs 1 ${one[-1]} s, --jobs $JOBS ${many[-1]} s; alone ${alone[-1]} s, $JOBS at once ${slowest} s" >&2
done

python3 - "$JOBS" "$(stat -c %s "$INPUT")" "${one[*]}" "${many[*]}" "${alone[*]}" "${together[*]}" <<'EOF'
import statistics, sys
jobs, size = int(sys.argv[1]), int(sys.argv[2])
one, many, alone, together = ([float(x) for x in a.split()] for a in sys.argv[3:7])
mb = size / 1e6
m1, mn = statistics.median(one), statistics.median(many)
print(f"input: {mb:.1f} MB of JSON lines; {len(one)} runs each, alternating")
print(f"--jobs 1: median {m1:.2f} s ({mb / m1:.1f} MB/s)")
print(f"--jobs {jobs}: median {mn:.2f} s ({mb / mn:.1f} MB/s)")
print(f"--jobs {jobs} / --jobs 1: x{m1 / mn:.2f} (medians); pairs " + ", ".join(f"x{a / b:.2f}" for a, b in zip(one, many)))
anchor = [jobs * a / t for a, t in zip(alone, together)]
print(f"machine anchor, {jobs} independent --jobs 1 processes against one: median x{statistics.median(anchor):.2f} "
      f"(" + ", ".join(f"x{x:.2f}" for x in anchor) + ")")
EOF
