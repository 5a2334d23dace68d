#!/usr/bin/env python3
"""Scores `lesart annotate` stance records on the sample corpus gold.

Usage: scripts/evaluate_stance.py [--lesart PATH] [--shared DIR] [--show-errors]

Runs the built `lesart annotate` on each ../shared/corpora/*.txt that has a gold file and
scores the records with ../shared/eval/score_stance.py (required / optional / forbidden
triples). Nothing from ../shared is written into the project.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lesart", default=os.path.join(ROOT, ".build", "release", "lesart"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--show-errors", action="store_true")
    a = ap.parse_args()
    corpora = os.path.join(a.shared, "corpora")
    scorer = os.path.join(a.shared, "eval", "score_stance.py")
    for name in sorted(os.listdir(corpora)):
        if not name.endswith(".gold.json"):
            continue
        gold_path = os.path.join(corpora, name)
        gold = json.load(open(gold_path, encoding="utf-8"))
        text = open(os.path.join(corpora, gold["source"]), encoding="utf-8").read()
        with tempfile.TemporaryDirectory() as tmp:
            src, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
            with open(src, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": gold["id"], "text": text}, ensure_ascii=False) + "\n")
            with open(src, "rb") as i, open(out, "wb") as o:
                subprocess.run([a.lesart, "annotate"], stdin=i, stdout=o, check=False)
            args = [sys.executable, scorer, gold_path, out] + (["--show-errors"] if a.show_errors else [])
            print(subprocess.run(args, capture_output=True, text=True).stdout)


if __name__ == "__main__":
    main()
