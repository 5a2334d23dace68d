#!/usr/bin/env python3
"""Run `lesart annotate` over a JSONL corpus under Apache Spark's RDD.pipe(), and check
that every input line got exactly one output line, in the same place.

How it works
------------
The corpus is read with `sc.textFile(INPUT, minPartitions=N)`: one RDD element per line,
cut into partitions of consecutive lines. `rdd.pipe(command)` runs the command once per
partition: PySpark starts one `lesart annotate --quiet --jobs J` process for the
partition, a feeder thread writes the partition's lines to its standard input (one line
each, in partition order), and the lines lesart writes to standard output become the
elements of the output partition, in the order they were written.

Why order holds per partition
-----------------------------
`lesart annotate --input jsonl` (the default input) writes exactly one line per input
line, in input order, whatever --jobs is: a result record, or `{"id": ..., "error":
"..."}` in place of a malformed line (not JSON, no "text", "text" not a string, an empty
line). Output is flushed per batch of 256 documents, so a partition streams; it does not
wait for the whole partition. So output partition p, line i, belongs to input partition
p, line i; saveAsTextFile writes partition p as part-0000p, so the concatenated part
files are in corpus order. Across partitions nothing is interleaved, because each
partition has its own process.

The check
---------
After the run, the script compares (1) the number of input and output lines, overall and
per partition, and (2) for every (partition, position) the `id` of the output line with
the id lesart must give the input line there: the input's "id" as a string (numbers as
their decimal text; a float id is only checked to be present), null for a line that is
not a JSON object, and the 1-based line number *within the partition* for an object
without an id (lesart numbers the lines of its own standard input, so give your
documents ids of their own). Any difference is printed and the exit status is 1.
With --expect-errors N the number of error records must also be N.

Cost
----
One lexicon load per partition: each lesart process loads Lexicons/ (~0.5 s) before its
first document. Use partitions of many thousands of documents, not tiny ones. Spark
reserves one core per task; give lesart --jobs 1 when the executor runs as many tasks as
it has cores, or fewer, larger partitions and --jobs >1 otherwise.

Notes: PySpark's pipe() starts the process with exactly the environment it is given
(nothing is inherited), so the script passes PATH, LANG and, when known, LESART_LEXICONS.
pipe() does not check the exit status (lesart exits 1 when any document failed, which
malformed lines cause); a crashed lesart shows up as missing lines in the check.

Usage:
  python scripts/spark_annotate.py --lesart .build/release/lesart --input corpus.jsonl \
      --output out/ --partitions 4 --jobs 1
Without --output the results are collected and written to standard output (small inputs
only); the report goes to standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import time


def expected_id(line: str, position: int):
    """The id lesart gives input line `line` at 1-based `position` of its standard input.

    Returns a string, None (null: the line is not a JSON object) or the marker
    ANY_ID (a float id: its decimal rendering is Foundation's, only presence is checked).
    """
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    value = record.get("id")
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return ANY_ID
    return str(position)


ANY_ID = "\0any"          # a float id: only its presence is checked
UNREADABLE = "\0unreadable"  # an output line that is not a JSON object


def output_record(line: str):
    """(id, is_error) of an output line; raises ValueError if it is not a JSON object."""
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    return record.get("id"), "error" in record


def preflight(argv, env):
    """Runs lesart on one document; returns None if it answered with one record."""
    import subprocess
    try:
        done = subprocess.run(argv, env=env, input=b'{"id": "probe", "text": "Berlin."}\n',
                              capture_output=True, timeout=120)
    except OSError as error:
        return str(error)
    except subprocess.TimeoutExpired:
        return "no answer within 120 s"
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    if done.returncode != 0 or len(lines) != 1 or '"probe"' not in lines[0]:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"exit status {done.returncode}: " + (message[0] if message else "no output")
    return None


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Run `lesart annotate` under Spark RDD.pipe() and check count and order.")
    parser.add_argument("--lesart", required=True,
                        help="path to the lesart binary (on a cluster: its path on every worker)")
    parser.add_argument("--input", required=True, help="JSONL corpus (any path/URI textFile reads)")
    parser.add_argument("--output", help="output folder for saveAsTextFile (must not exist); "
                                         "without it the results are collected to standard output")
    parser.add_argument("--partitions", type=int, default=2,
                        help="minimum number of partitions for textFile (default 2)")
    parser.add_argument("--jobs", type=int, default=1, help="lesart --jobs per process (default 1)")
    parser.add_argument("--lexicons", default=os.environ.get("LESART_LEXICONS"),
                        help="Lexicons folder passed to lesart as LESART_LEXICONS "
                             "(default: $LESART_LEXICONS; lesart otherwise finds Lexicons/ "
                             "beside its binary)")
    parser.add_argument("--master", default="local[2]",
                        help="Spark master when none is configured (default local[2])")
    parser.add_argument("--expect-errors", type=int,
                        help="fail unless exactly this many error records come out")
    parser.add_argument("--show", type=int, default=10, help="differences to print (default 10)")
    args = parser.parse_args(argv)
    if args.partitions < 1 or args.jobs < 1:
        parser.error("--partitions and --jobs must be at least 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    from pyspark import SparkConf, SparkContext, StorageLevel

    argv_lesart = [args.lesart, "annotate", "--quiet", "--jobs", str(args.jobs)]
    command = shlex.join(argv_lesart)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    if args.lexicons:
        env["LESART_LEXICONS"] = args.lexicons

    conf = (SparkConf().setAppName("lesart-annotate")
            .setIfMissing("spark.master", args.master)
            .setIfMissing("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    master = sc.master
    if master.startswith("local"):
        # The workers are this machine: try the command once before starting the job, so
        # that a missing binary or a broken Lexicons/ folder is one clear message rather
        # than empty partitions (pipe() does not look at the exit status).
        problem = preflight(argv_lesart, env)
        if problem:
            print(f"spark_annotate: {command} does not work here: {problem}", file=sys.stderr)
            sc.stop()
            return 2

    started = time.monotonic()
    lines = sc.textFile(args.input, minPartitions=args.partitions)
    # The output is used three times (save, count, check): keep it instead of running
    # lesart again for each action.
    annotated = lines.pipe(command, env=env).persist(StorageLevel.MEMORY_AND_DISK)
    if args.output:
        annotated.saveAsTextFile(args.output)
        collected = None
    else:
        collected = annotated.collect()
    annotate_seconds = time.monotonic() - started

    check_started = time.monotonic()
    partitions = lines.getNumPartitions()
    n_in = lines.count()
    n_out = annotated.count()

    # Each side is keyed by (partition, position). Values are wrapped in a 1-tuple or a
    # pair so that a null id is never mistaken for the missing side of the outer join.
    def number_input(index, iterator):
        for position, line in enumerate(iterator):
            yield (index, position), (expected_id(line, position + 1),)

    def number_output(index, iterator):
        for position, line in enumerate(iterator):
            try:
                yield (index, position), output_record(line)
            except ValueError:
                yield (index, position), (UNREADABLE, False)

    expected = lines.mapPartitionsWithIndex(number_input)
    actual = annotated.mapPartitionsWithIndex(number_output)

    def differs(pair):
        want, got = pair[1]
        if want is None or got is None:
            return True          # an input line without output line, or the reverse
        if want[0] == ANY_ID:
            return got[0] is None or got[0] == UNREADABLE
        return got[0] != want[0]

    differences = expected.fullOuterJoin(actual).filter(differs)
    n_diff = differences.count()
    shown = differences.sortByKey().take(args.show) if n_diff else []
    per_partition_in = dict(lines.mapPartitionsWithIndex(
        lambda i, it: [(i, sum(1 for _ in it))]).collect())
    per_partition_out = dict(annotated.mapPartitionsWithIndex(
        lambda i, it: [(i, sum(1 for _ in it))]).collect())
    n_errors = actual.filter(lambda kv: kv[1][1]).count()
    check_seconds = time.monotonic() - check_started

    if collected is not None:
        out = sys.stdout
        for line in collected:
            out.write(line + "\n")
        out.flush()

    report = sys.stderr
    print(f"spark_annotate: master {master}, {partitions} partitions, lesart --jobs {args.jobs}",
          file=report)
    print(f"spark_annotate: input lines {n_in}, output lines {n_out}, error records {n_errors}",
          file=report)
    print(f"spark_annotate: annotate{' + save' if args.output else ' + collect'} "
          f"{annotate_seconds:.2f} s, check {check_seconds:.2f} s", file=report)
    failed = False
    if n_in != n_out:
        failed = True
        print(f"CHECK FAILED: {n_in} input lines but {n_out} output lines", file=report)
    for index in sorted(set(per_partition_in) | set(per_partition_out)):
        a, b = per_partition_in.get(index, 0), per_partition_out.get(index, 0)
        if a != b:
            failed = True
            print(f"CHECK FAILED: partition {index}: {a} input lines, {b} output lines", file=report)
    if n_diff:
        failed = True
        print(f"CHECK FAILED: {n_diff} positions where the output id is not the input's "
              f"(first {len(shown)}):", file=report)
        for (index, position), (want, got) in shown:
            if want is None:
                want_text = "<no input line>"
            elif want[0] == ANY_ID:
                want_text = "<any id>"
            else:
                want_text = json.dumps(want[0])
            if got is None:
                got_text = "<no output line>"
            elif got[0] == UNREADABLE:
                got_text = "<not a JSON object>"
            else:
                got_text = json.dumps(got[0])
            print(f"  partition {index} line {position + 1}: input id {want_text}, "
                  f"output id {got_text}", file=report)
    if args.expect_errors is not None and n_errors != args.expect_errors:
        failed = True
        print(f"CHECK FAILED: {n_errors} error records, expected {args.expect_errors}", file=report)
    if failed:
        status = 1
    else:
        print(f"CHECK OK: {n_out} output lines for {n_in} input lines; in all {partitions} "
              f"partitions every output id matches its input line", file=report)
        status = 0
    annotated.unpersist()
    sc.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
