#!/usr/bin/env python3
"""List the abbreviations of Lexicons/de/abbreviations.tsv whose letters are also a German
word form, for review against Lexicons/de/abbreviation-words.txt.

A word with a full stop at a sentence end ("in der Schweiz.", "eine Art.") must not be
read as the abbreviation of the same letters ("schweiz.", "Art.").  This script looks up
every single-part entry without its period, in the entry's own case and with the case
of its first letter flipped, in the Debian word list wngerman (/usr/share/dict/ngerman,
GPL; install with: apt-get install -y wngerman), and prints each hit with whether
abbreviation-words.txt lists it.  The word list also contains many abbreviations
themselves (bzw, Dr, usw): a person decides which hits are ordinary words and adds
those to abbreviation-words.txt by hand.  The script writes nothing.

Usage:  python3 Lexicons/build/review_abbreviation_words.py [--unlisted] [path/to/ngerman]
Output: one line per hit, "listed" or "UNLISTED", the entry, its class, the words found.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DE = os.path.join(HERE, "..", "de")


def entries(name):
    """The first two fields of each entry line of a lexicon file (comments stripped)."""
    with open(os.path.join(DE, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            body = line.split(" #")[0].split("\t#")[0].rstrip()
            fields = body.split("\t")
            yield fields[0], fields[1] if len(fields) > 1 else ""


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only_unlisted = "--unlisted" in sys.argv
    path = args[0] if args else "/usr/share/dict/ngerman"
    if not os.path.exists(path):
        sys.exit(f"no word list at {path} (apt-get install -y wngerman)")
    with open(path, encoding="utf-8") as f:
        words = set(f.read().split("\n"))
    listed = {form for form, _ in entries("abbreviation-words.txt")}
    for form, cls in entries("abbreviations.tsv"):
        body = form[:-1]
        if "." in body or not body:
            continue
        flipped = body[0].swapcase() + body[1:]
        hits = [w for w in (body, flipped) if w in words]
        if not hits or (only_unlisted and form in listed):
            continue
        print("listed  " if form in listed else "UNLISTED", form, cls, " ".join(hits), sep="\t")


if __name__ == "__main__":
    main()
