#!/usr/bin/env python3
"""Scores `lesart annotate` entities on GermEval 2014 dev and on the sample corpus gold.

Usage: scripts/evaluate_entities.py [--lesart PATH] [--shared DIR] [--show-errors N]

GermEval: writes the pipeline input with the data set's own scorer
(score_entities.py inputs), runs `lesart annotate --input jsonl`, and scores with
score_entities.py (outer level, exact spans, deriv/part as classes of their own).
Sample: the share of non-optional gold entities found with the right span, label and
form, and the actor given for each (entities of stance triples must map to the actor).
Nothing from ../shared is written into the project; temporary files go to a temp folder.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORM = {"name": "name", "deriv": "derived", "part": "part"}


def annotate(lesart, jsonl_path, out_path):
    with open(jsonl_path, "rb") as src, open(out_path, "wb") as dst:
        r = subprocess.run([lesart, "annotate", "--input", "jsonl"], stdin=src, stdout=dst, stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        sys.exit(f"lesart annotate failed ({r.returncode}): {r.stderr.decode()[:2000]}")


def germeval(lesart, shared, show):
    gold = os.path.join(shared, "eval", "entities", "germeval2014-dev.jsonl")
    scorer = os.path.join(shared, "eval", "score_entities.py")
    with tempfile.TemporaryDirectory() as tmp:
        docs, system = os.path.join(tmp, "docs.jsonl"), os.path.join(tmp, "system.jsonl")
        subprocess.run([sys.executable, scorer, "inputs", gold, docs], check=True)
        annotate(lesart, docs, system)
        args = [sys.executable, scorer, "score", gold, system]
        print("GermEval 2014 dev:")
        print(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
        if show:
            errors = subprocess.run(args + ["--show-errors"], capture_output=True, text=True).stdout.splitlines()
            for kind in ("FP", "FN"):
                rows = [e for e in errors if e.startswith(kind + "\t")]
                print(f"{kind} ({len(rows)}), first {show}:")
                for row in rows[:show]:
                    print("   ", row)


def sample(lesart, shared, show):
    corpora = os.path.join(shared, "corpora")
    for name in sorted(os.listdir(corpora)):
        if not name.endswith(".gold.json"):
            continue
        gold = json.load(open(os.path.join(corpora, name), encoding="utf-8"))
        text = open(os.path.join(corpora, gold["source"]), encoding="utf-8").read()
        with tempfile.TemporaryDirectory() as tmp:
            src, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
            with open(src, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": gold["id"], "text": text}, ensure_ascii=False) + "\n")
            annotate(lesart, src, out)
            record = json.loads(open(out, encoding="utf-8").readline())
        mine = {(e["start"], e["end"]): e for e in record.get("entities", [])}
        required = found = 0
        missed = []
        stance_names = set()
        for s in gold["sentences"]:
            for st in s.get("stances", []):
                stance_names.update(st["holder"])
                stance_names.update(st["target"])
            for e in s["entities"]:
                if e["optional"]:
                    continue
                required += 1
                m = mine.get((e["start"], e["end"]))
                if m and m["label"] == e["label"] and m["form"] == FORM[e["kind"]]:
                    found += 1
                else:
                    missed.append((e["text"], e["label"], e["kind"], m and (m["label"], m["form"])))
        extra = [e["text"] for e in record.get("entities", [])
                 if not any(g["start"] == e["start"] and g["end"] == e["end"]
                            for s in gold["sentences"] for g in s["entities"])]
        print(f"sample {gold['id']}: {found} of {required} required entities found with label and form "
              f"({100 * found / max(required, 1):.1f} %); {len(extra)} mentions not in the gold")
        actors = {}
        for e in record.get("entities", []):
            actors.setdefault(e["text"], set()).add(e["actor"])
        for surface in ("Moskau", "Kreml", "Teheran", "russische", "EU-Beitritts", "Russlands", "Iran"):
            if surface in actors:
                print(f"   actor of {surface!r}: {sorted(actors[surface])}")
        for row in missed[:show]:
            print("   missed", row)
        for row in extra[:show]:
            print("   extra", row)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lesart", default=os.path.join(ROOT, ".build", "release", "lesart"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--show-errors", type=int, default=0)
    a = ap.parse_args()
    germeval(a.lesart, a.shared, a.show_errors)
    sample(a.lesart, a.shared, a.show_errors)


if __name__ == "__main__":
    main()
