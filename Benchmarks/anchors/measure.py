"""Runs one command several times pinned to one core under /usr/bin/time -v and prints
one JSON line with the medians.

If the command prints a JSON line with "seconds" (the anchor scripts do), that in-process
processing time is used; otherwise (Lesart's CLI, output discarded) the wall time of the
process minus --startup seconds. Peak RSS is the median of "Maximum resident set size".

  measure.py --job tokenize --tool lesart --runs 3 --core 0 --bytes N --tokens N \
             [--startup S] [--discard-output] [--scale F] [--note TEXT] -- COMMAND...
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument("--job", required=True)
parser.add_argument("--tool", required=True)
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--core", default="0")
parser.add_argument("--bytes", type=int, default=0, help="input bytes when the command does not report them")
parser.add_argument("--tokens", type=int, default=0, help="tokens when the command does not report them")
parser.add_argument("--startup", type=float, default=0.0, help="seconds to subtract from the wall time")
parser.add_argument("--discard-output", action="store_true")
parser.add_argument("--note", default="")
parser.add_argument("command", nargs=argparse.REMAINDER)
args = parser.parse_args()
command = args.command[1:] if args.command[:1] == ["--"] else args.command

runs = []
for _ in range(args.runs):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        full = ["/usr/bin/time", "-v", "-o", timing.name, "taskset", "-c", args.core] + command
        started = time.perf_counter()
        result = subprocess.run(full, stdout=subprocess.DEVNULL if args.discard_output else subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - started
        report = timing.read()
    if result.returncode != 0:
        sys.stderr.write(f"{args.tool}: exit {result.returncode}\n{result.stderr[-2000:]}\n")
        sys.exit(1)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    record = {}
    if not args.discard_output:
        for line in result.stdout.splitlines():
            if line.startswith("{"):
                record = json.loads(line)
    seconds = record.get("seconds", max(wall - args.startup, 1e-9))
    runs.append({"seconds": seconds, "wall": wall, "rss_kb": rss, "record": record})

median = lambda key: statistics.median(run[key] for run in runs)  # noqa: E731
last = runs[-1]["record"]
out = {
    "job": args.job, "tool": args.tool, "runs": args.runs,
    "bytes": last.get("bytes", args.bytes), "tokens": last.get("tokens", args.tokens),
    "sentences": last.get("sentences"), "matches": last.get("matches"),
    "seconds": round(median("seconds"), 4), "wall": round(median("wall"), 4),
    "rss_kb": int(median("rss_kb")), "all_seconds": [round(r["seconds"], 4) for r in runs],
    "note": args.note or last.get("note", ""),
}
for key in ("doc_seconds", "load_seconds", "version", "forms"):
    if key in last:
        out[key] = last[key]
print(json.dumps(out, ensure_ascii=False))
