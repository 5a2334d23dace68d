"""spaCy's PhraseMatcher over the token stream: the gazetteer forms as pattern Docs
(their tokens as words), the stream as Docs of 20 sentences built from Lesart's tokens
with Doc(vocab, words=...) (no spaCy tokenizer). `seconds` is the matcher calls only;
`doc_seconds` is building the Docs, `load_seconds` loading the patterns. PhraseMatcher
reports every match, overlapping ones included."""
import argparse
import json
import time

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from gazetteer_forms import forms, sentences

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("vertical", help="token stream, `lesart tokenize --format vertical` output")
args = parser.parse_args()

started = time.perf_counter()
nlp = spacy.blank("de")
matcher = PhraseMatcher(nlp.vocab)
form_list = forms()
matcher.add("GAZETTEER", [Doc(nlp.vocab, words=list(form)) for form in form_list])
stream = sentences(args.vertical)
tokens = sum(len(s) for s in stream)
load = time.perf_counter() - started

doc_seconds = seconds = 0.0
matches = 0
for at in range(0, len(stream), 20):
    words = [token for sentence in stream[at:at + 20] for token in sentence]
    t0 = time.perf_counter()
    doc = Doc(nlp.vocab, words=words)
    t1 = time.perf_counter()
    matches += len(matcher(doc))
    t2 = time.perf_counter()
    doc_seconds += t1 - t0
    seconds += t2 - t1
print(json.dumps({"tool": "spacy PhraseMatcher", "forms": len(form_list), "tokens": tokens, "matches": matches,
                  "seconds": round(seconds, 4), "doc_seconds": round(doc_seconds, 4),
                  "load_seconds": round(load, 4)}))
