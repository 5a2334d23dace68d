#!/usr/bin/env python3
"""Scores Lesart's stance records on a stance gold set and groups the missed triples by cause.

Usage: scripts/diagnose_stance.py [--lesart PATH] [--gold DEV.json] [--docs DOCS.jsonl]
                                  [--show CAUSE[,CAUSE]] [--show-fp]

Defaults: the development set ../shared/eval/stance (dev.json, docs.jsonl) and the release
build. Runs `lesart annotate` on the documents, scores with ../shared/eval/score_stance.py
(P/R/F1, forbidden records) and then, for every required triple that was not found, names
the first cause that applies:

  actor-missing     one of the two actors is not an entity of the sentence (by any name
                    the gold lists: actor, canonical name or surface text)
  no-cue            both actors are there, but `lesart explain` saw no cue in the sentence
  cue-without-slots a cue was seen, but no record of this pair came out of it
  wrong-label       a record of the pair exists with another label
  negated/modal     a record of the pair with the gold label exists, but it is negated or
                    possible/conditional/intended (not a claim)

so that the next error class is always visible. Nothing from ../shared is written into the
project; the shared folder is only read.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def norm(s):
    return " ".join(str(s).casefold().replace("-", " ").split())


def entity_names(e):
    return {norm(e[k]) for k in ("actor", "canonical", "text") if e.get(k)}


def run_annotate(lesart, docs_path, out_path):
    with open(docs_path, "rb") as i, open(out_path, "wb") as o:
        subprocess.run([lesart, "annotate", "--input", "jsonl", "--format", "jsonl", "--quiet"],
                       stdin=i, stdout=o, check=False)


def explain_cues(lesart, text):
    """Per sentence text of `lesart explain`: the cue lines of its trace."""
    out = subprocess.run([lesart, "explain"], input=text.encode("utf-8"), capture_output=True).stdout.decode("utf-8")
    cues, current = {}, None
    for line in out.split("\n"):
        m = re.match(r"^sentence (\d+): ", line)
        if m:
            current = int(m.group(1))
            cues[current] = []
        elif current is not None and line.startswith("    cue "):
            cues[current].append(line.strip())
        elif line.startswith("records:"):
            current = None
    return cues


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lesart", default=os.path.join(ROOT, ".build", "release", "lesart"))
    ap.add_argument("--gold", default=os.path.join(SHARED, "eval", "stance", "dev.json"))
    ap.add_argument("--docs", default=os.path.join(SHARED, "eval", "stance", "docs.jsonl"))
    ap.add_argument("--show", default="", help="comma-separated causes whose triples to print")
    ap.add_argument("--show-fp", action="store_true", help="print the false positives too")
    a = ap.parse_args()
    if not os.path.exists(a.gold):
        print(f"diagnose_stance: {a.gold} not found (../shared is absent); nothing to score", file=sys.stderr)
        return 0
    scorer = os.path.join(SHARED, "eval", "score_stance.py")
    gold = json.load(open(a.gold, encoding="utf-8"))
    gold_docs = gold["docs"] if "docs" in gold else [gold]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        run_annotate(a.lesart, a.docs, out)
        res = subprocess.run([sys.executable, scorer, a.gold, out, "--show-errors"], capture_output=True, text=True).stdout
        system = {str(json.loads(l)["id"]): json.loads(l) for l in open(out, encoding="utf-8") if l.strip()}
    lines = res.strip().split("\n")
    summary = [l for l in lines if not l.startswith(("FN\t", "FP\t", "FP-forbidden\t"))]
    fps = [l for l in lines if l.startswith(("FP\t", "FP-forbidden\t"))]
    causes = collections.Counter()
    examples = collections.defaultdict(list)
    for gd in gold_docs:
        sd = system.get(str(gd["id"]), {})
        ents = sd.get("entities", [])
        sents = sd.get("sentences", [])
        recs = sd.get("stances", [])
        trace = None
        for gs in gd["sentences"]:
            for g in gs["stances"]:
                if g["status"] != "required":
                    continue
                gh, gt = {norm(x) for x in g["holder"]}, {norm(x) for x in g["target"]}
                inside = [e for e in ents if gs["start"] <= e["start"] < gs["end"]]
                has_h = any(entity_names(e) & gh for e in inside)
                has_t = any(entity_names(e) & gt for e in inside)

                def pair(r):
                    h = entity_names(ents[r["holder"]["entity"]]) | {norm(r["holder"].get("actor", ""))}
                    t = entity_names(ents[r["target"]["entity"]]) | {norm(r["target"].get("actor", ""))}
                    return (h & gh and t & gt) or (g.get("symmetric") and h & gt and t & gh)

                def in_sentence(r):
                    c = r.get("cue") or {}
                    return gs["start"] <= c.get("start", -1) < gs["end"]

                here = [r for r in recs if pair(r) and in_sentence(r)]
                claim = [r for r in here if r.get("label") in g["labels"]
                         and r.get("polarity", "affirmed") == "affirmed"
                         and r.get("modality", "asserted") in ("asserted", "reported")]
                if claim:
                    continue  # found (or used up by another gold item)
                if not (has_h and has_t):
                    cause = "actor-missing"
                elif any(r.get("label") in g["labels"] for r in here):
                    cause = "negated/modal"
                elif here:
                    cause = "wrong-label"
                else:
                    if trace is None:
                        trace = explain_cues(a.lesart, gd["text"])
                    ours = [k for k, s in enumerate(sents) if s["start"] < gs["end"] and gs["start"] < s["end"]]
                    seen = [c for k in ours for c in trace.get(k, [])]
                    cause = "cue-without-slots" if seen else "no-cue"
                causes[cause] += 1
                text = gd["text"][gs["start"]:gs["end"]]
                examples[cause].append(f"{gd['id']}\t{g['holder'][0]} -{'/'.join(g['labels'])}-> {g['target'][0]}\t{text[:200]}")
    print("\n".join(summary))
    total = sum(causes.values())
    print(f"missed required triples by cause ({total}):")
    for cause, n in causes.most_common():
        print(f"  {cause:18s} {n}")
    for cause in filter(None, a.show.split(",")):
        print(f"\n== {cause}")
        for e in examples.get(cause, []):
            print(e)
    if a.show_fp:
        print("\n== false positives")
        print("\n".join(fps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
