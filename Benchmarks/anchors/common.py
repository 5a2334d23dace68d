"""Shared helpers for the anchor scripts: read the corpus (or a prefix of it) as
paragraphs, time the work, print one JSON result line.

Every anchor prints {"tool", "bytes", "tokens", "sentences", "seconds", "load_seconds"}:
`seconds` is the processing time only (after imports and model set-up, which are
`load_seconds`), measured with time.perf_counter in the process itself.
"""
import argparse
import json
import sys
import time


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", help="UTF-8 text, paragraphs separated by blank lines")
    parser.add_argument("--prefix-mb", type=float, default=0,
                        help="process only the first N MB (cut at a paragraph break)")
    return parser.parse_args()


def paragraphs(path, prefix_mb=0):
    """The corpus as a list of paragraphs and the number of UTF-8 bytes they cover."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if prefix_mb:
        limit = int(prefix_mb * 1_000_000)
        encoded = text.encode("utf-8")
        if len(encoded) > limit:
            cut = encoded.rfind(b"\n\n", 0, limit)
            text = encoded[:cut if cut > 0 else limit].decode("utf-8", "ignore")
    size = len(text.encode("utf-8"))
    return [p for p in text.split("\n\n") if p.strip()], size


class Timer:
    def __init__(self):
        self.started = time.perf_counter()

    def lap(self):
        now = time.perf_counter()
        elapsed, self.started = now - self.started, now
        return elapsed


def report(tool, size, tokens, sentences, seconds, load_seconds, **extra):
    record = {"tool": tool, "bytes": size, "tokens": tokens, "sentences": sentences,
              "seconds": round(seconds, 4), "load_seconds": round(load_seconds, 4)}
    record.update(extra)
    print(json.dumps(record, ensure_ascii=False))
    sys.stdout.flush()
