#!/usr/bin/env python3
"""Scores `lesart tokenize` on the external evaluation data in ../shared/eval/tokens.

Usage: scripts/evaluate_tokenizer.py [--lesart PATH] [--eval DIR] [--show-errors N] [--only NAME]

Runs, for each data set, the built `lesart` executable and prints token and sentence F1
(UD German GSD dev/test with --convention ud, EmpiriST cmc with the default convention,
scored by the data set's own score_tokens.py) and the exact-match counts for pySBD's
golden rules (sentences) and SoMaJo's tokenizer and sentence cases. Nothing from the
evaluation data is written into the project; temporary files go to a temp folder.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_lesart(lesart, args, files):
    out = subprocess.run([lesart, "tokenize", *args, *files], capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"lesart failed ({out.returncode}): {out.stderr.decode()}")
    return out.stdout.decode("utf-8")


def jsonl_cases(lesart, texts, args=()):
    """Tokenizes each text as its own document; returns [(tokens, sentences)]."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, text in enumerate(texts):
            path = os.path.join(tmp, f"{i:05d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            files.append(path)
        results = []
        for line in run_lesart(lesart, ["--format", "jsonl", *args], files).split("\n"):
            if not line:
                continue
            record = json.loads(line)
            text = record["text"]
            tokens = [text[t["start"]:t["end"]] for t in record["tokens"]]
            sentences = [text[s["start"]:s["end"]] for s in record["sentences"]]
            results.append((tokens, sentences))
        return results


def score_span_set(name, lesart, eval_dir, convention, show):
    d = os.path.join(eval_dir, "tokens", name)
    raw = os.path.join(d, "raw.txt")
    args = ["--convention", convention]
    system = run_lesart(lesart, args, [raw])
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(system)
        sys_path = f.name
    scorer = os.path.join(eval_dir, "score_tokens.py")
    out = subprocess.run([sys.executable, scorer, raw, os.path.join(d, "tokens.txt"), sys_path, "--json"],
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout)
    print(f"{name:14s} ({convention:8s}) tokens F1 {100 * r['tokens']['f1']:.2f}  "
          f"sentences F1 {100 * r['sentences']['f1']:.2f}")
    if show:
        sys.path.insert(0, eval_dir)
        import score_tokens as st
        text = open(raw, encoding="utf-8").read()
        gold = st.spans_from_tokens(text, st.read_tokens(os.path.join(d, "tokens.txt")))
        mine = st.spans_from_tokens(text, st.read_tokens(sys_path))
        gt = {t for s in gold for t in s}
        mt = {t for s in mine for t in s}
        missed = sorted(gt - mt)[:show]
        print("  token errors (gold spans missed):")
        for s, e in missed:
            print("   ", repr(text[max(0, s - 25):s]), "[" + text[s:e] + "]", repr(text[e:e + 25]))
        gs = {(s[0][0], s[-1][1]) for s in gold}
        ms = {(s[0][0], s[-1][1]) for s in mine}
        print("  sentence errors (gold sentences missed):")
        for s, e in sorted(gs - ms)[:show]:
            print("   ", repr(text[s:e][:160]))
    os.unlink(sys_path)


def strip_ignorable(token):
    return "".join(c for c in token if not (c.isspace() or unicodedata.category(c) in ("Cf", "Cc")
                                            or "\ufe00" <= c <= "\ufe0f"))


def squeeze(text):
    """The text without any whitespace: sentence comparisons ignore it."""
    return "".join(text.split())


def exact_cases(path, lesart, key, show, args=()):
    cases = [json.loads(line) for line in open(path, encoding="utf-8")]
    results = jsonl_cases(lesart, [c["text"] for c in cases], args)
    ok = 0
    errors = []
    for case, (tokens, sentences) in zip(cases, results):
        if key == "tokens":
            # Invisible characters are ignored on both sides, as score_tokens.py does.
            mine = [t for t in (strip_ignorable(t) for t in tokens) if t]
            good = mine == [t for t in (strip_ignorable(t) for t in case["tokens"]) if t]
        else:
            # Whitespace-insensitive, as score_tokens.py is: some gold sentences differ from
            # the input only in whitespace (pySBD's cleaned cases, "whitespace_only_diff").
            good = [squeeze(s) for s in sentences] == [squeeze(s) for s in case["sentences"]]
            mine = sentences
        ok += good
        if not good:
            errors.append((case.get("id"), case[key], mine))
    print(f"{os.path.basename(path):28s} {key:9s} exact {ok} of {len(cases)}")
    for cid, gold, mine in errors[:show]:
        print(f"   {cid}\n     gold {gold}\n     mine {mine}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lesart", default=os.path.join(ROOT, ".build", "release", "lesart"))
    ap.add_argument("--eval", default=os.path.join(os.path.dirname(ROOT), "shared", "eval"))
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--only")
    a = ap.parse_args()
    if not os.path.isdir(a.eval):
        sys.exit(f"no evaluation data at {a.eval}")
    jobs = [
        ("ud-gsd-dev", lambda: score_span_set("ud-gsd-dev", a.lesart, a.eval, "ud", a.show_errors)),
        ("ud-gsd-test", lambda: score_span_set("ud-gsd-test", a.lesart, a.eval, "ud", a.show_errors)),
        ("empirist-cmc", lambda: score_span_set("empirist-cmc", a.lesart, a.eval, "empirist", a.show_errors)),
        ("golden", lambda: exact_cases(os.path.join(a.eval, "tokens", "golden-rules-de.jsonl"), a.lesart,
                                       "sentences", a.show_errors)),
        ("somajo-tokens", lambda: exact_cases(os.path.join(a.eval, "tokens", "somajo-tokenizer-de.jsonl"),
                                              a.lesart, "tokens", a.show_errors)),
        ("somajo-sentences", lambda: exact_cases(os.path.join(a.eval, "tokens", "somajo-sentences-de.jsonl"),
                                                 a.lesart, "sentences", a.show_errors)),
    ]
    for name, job in jobs:
        if a.only and a.only not in name:
            continue
        job()


if __name__ == "__main__":
    main()
