#!/usr/bin/env python3
"""Check that `lesart network` output loads in the tools researchers use: the GraphML in
networkx, the edge list, node table and event rows in pandas; and that the numbers agree.

Builds a dated synthetic corpus (scripts/make_network_corpus.py), annotates it, writes
csv (--output folder), graphml and events, then checks:
  - networkx reads the GraphML as a directed (multi)graph whose nodes are the rows of
    nodes.csv and whose edges carry label, count, negated and bucket as in edges.csv;
  - pandas reads edges.csv, nodes.csv and the events (one row per stance record: with
    --polarity affirmed, as many rows as the edge counts add up to);
  - states carry ISO 3166-1 alpha-3 codes, every event of a known label has a CAMEO code
    and the quad class of its root.

Usage: python3 scripts/check_network_outputs.py [--lesart .build/debug/lesart]
Needs: pip install networkx pandas.  Exit status 1 when a check fails.
"""
import argparse
import io
import os
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
        **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lesart", default=os.path.join(ROOT, ".build/debug/lesart"))
    args = ap.parse_args()
    try:
        import networkx as nx
        import pandas as pd
    except ImportError as e:
        print(f"check_network_outputs: {e} (pip install networkx pandas)", file=sys.stderr)
        return 1
    lesart = os.path.abspath(args.lesart)
    problems = []

    def check(ok, what):
        if not ok:
            problems.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        news = subprocess.run([sys.executable, os.path.join(ROOT, "scripts/make_network_corpus.py"), "--documents", "500"],
                              capture_output=True, check=True).stdout
        annotated = subprocess.run([lesart, "annotate", "--quiet"], input=news, capture_output=True, check=True).stdout
        corpus = os.path.join(tmp, "news.jsonl")
        open(corpus, "wb").write(annotated)
        dated = ["--date-field", "date", "--bucket", "month"]
        folder = os.path.join(tmp, "net")
        subprocess.run([lesart, "network", "--output", folder] + dated + [corpus], check=True, capture_output=True)
        graph_path = os.path.join(tmp, "news.graphml")
        subprocess.run([lesart, "network", "--format", "graphml", "--output", graph_path] + dated + [corpus],
                       check=True, capture_output=True)
        events_csv = subprocess.run([lesart, "network", "--format", "events", "--polarity", "affirmed"] + dated + [corpus],
                                    check=True, capture_output=True).stdout

        edges = pd.read_csv(os.path.join(folder, "edges.csv"), keep_default_na=False)
        nodes = pd.read_csv(os.path.join(folder, "nodes.csv"), keep_default_na=False)
        events = pd.read_csv(io.BytesIO(events_csv), keep_default_na=False, dtype={"cameo_code": str, "cameo_root": str})
        graph = nx.read_graphml(graph_path)

        check(graph.is_directed(), "the GraphML graph is not directed")
        check(set(graph.nodes) == set(nodes["id"]), "GraphML nodes differ from nodes.csv")
        check(graph.number_of_edges() == len(edges), f"GraphML has {graph.number_of_edges()} edges, edges.csv {len(edges)}")
        total = sum(d["count"] for _, _, d in graph.edges(data=True))
        check(total == edges["count"].sum(), "GraphML counts differ from edges.csv")
        check(len(events) == edges["count"].sum(), f"{len(events)} event rows, edge counts add up to {edges['count'].sum()}")
        check(set(edges["label"]) <= {"support", "distancing", "threat"}, f"unknown labels {set(edges['label'])}")
        check(all(len(b) == 7 and b[4] == "-" for b in edges["bucket"]), "buckets are not YYYY-MM")
        russia = nodes[nodes["id"] == "Russland"]
        check(len(russia) == 1 and russia.iloc[0]["code"] == "RUS" and russia.iloc[0]["kind"] == "state",
              "Russland is not coded RUS/state")
        states = nodes[nodes["kind"] == "state"]
        check(len(states) > 0 and all(len(c) == 3 and c.isupper() for c in states["code"]), "a state without an alpha-3 code")
        check(all(events["cameo_code"].str.len() >= 3), "an event without a CAMEO code")
        check(all(int(q) == QUAD[r] for q, r in zip(events["quad_class"], events["cameo_root"])), "a quad class that does not fit its root")
        mentions = dict(zip(nodes["id"], nodes["mentions"]))
        check(all(graph.nodes[n]["mentions"] == mentions[n] for n in graph.nodes), "GraphML mentions differ from nodes.csv")
        print(f"check_network_outputs: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges "
              f"({type(graph).__name__}), {len(events)} events, {events['cameo_root'].nunique()} CAMEO roots")
    for p in problems:
        print("FAIL " + p, file=sys.stderr)
    print("check_network_outputs: " + ("all checks passed" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
