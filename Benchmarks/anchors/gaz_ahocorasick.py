"""pyahocorasick over the token stream: the gazetteer forms as keys (tokens joined by a
double space, with a space either side), the stream as one string with tokens joined by
a double space and sentences by a newline, leftmost-longest non-overlapping matches
(Automaton.iter_long). `seconds` is the matching only; building the string and the
automaton is `load_seconds`."""
import argparse
import json
import time

import ahocorasick

from gazetteer_forms import forms, sentences

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("vertical", help="token stream, `lesart tokenize --format vertical` output")
args = parser.parse_args()

started = time.perf_counter()
automaton = ahocorasick.Automaton()
form_list = forms()
for index, form in enumerate(form_list):
    automaton.add_word(" " + "  ".join(form) + " ", index)
automaton.make_automaton()
stream = sentences(args.vertical)
tokens = sum(len(s) for s in stream)
haystack = "\n".join(" " + "  ".join(s) + " " for s in stream)
load = time.perf_counter() - started

started = time.perf_counter()
matches = sum(1 for _ in automaton.iter_long(haystack))
seconds = time.perf_counter() - started
print(json.dumps({"tool": "pyahocorasick", "forms": len(form_list), "tokens": tokens, "matches": matches,
                  "seconds": round(seconds, 4), "load_seconds": round(load, 4)}))
