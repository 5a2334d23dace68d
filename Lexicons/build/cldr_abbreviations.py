#!/usr/bin/env python3
"""Compare Lexicons/de/abbreviations.tsv with CLDR's German sentence-break
suppressions and print the CLDR entries that the lexicon lacks.

Source: Unicode CLDR, common/segments/de.xml, <suppression> elements
(from the ULI project), as installed by the Debian package
`unicode-cldr-core` under /usr/share/unicode/cldr (licence Unicode-DFS-2016).
Install it with:  apt-get install -y unicode-cldr-core

This script does not write the lexicon: its output is a review list for a
person, who adds entries by hand with a CLASS.  Entries are normalised the
way the tokenizer matches them (spaces removed), and single letter + period
is skipped because the tokenizer handles it on its own.

Usage:
    python3 Lexicons/build/cldr_abbreviations.py [path/to/de.xml]
Exit status 0; output is sorted and deterministic.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "de", "abbreviations.tsv")
DEFAULT_XML = "/usr/share/unicode/cldr/common/segments/de.xml"


def read_lexicon(path):
    entries = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            line = re.sub(r"\s#.*", "", line).strip()
            if line:
                entries.add(line.split("\t")[0])
    return entries


def read_cldr(path):
    tree = ET.parse(path)
    return [s.text for s in tree.iter("suppression") if s.text]


def main():
    xml = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_XML
    if not os.path.exists(xml):
        sys.exit(f"{xml} not found: apt-get install -y unicode-cldr-core")
    have = read_lexicon(LEXICON)
    lower = {e.lower() for e in have}
    missing = {}
    for raw in read_cldr(xml):
        norm = raw.replace(" ", "")
        if re.fullmatch(r"\w\.", norm):  # single letter + period: handled in code
            continue
        if norm in have:
            continue
        # a capitalised form of a lowercase entry is accepted by the code
        if norm[:1].isupper() and norm[:1].lower() + norm[1:] in have:
            continue
        missing.setdefault(norm, (raw, norm.lower() in lower))
    for norm in sorted(missing):
        raw, case_variant = missing[norm]
        note = "  # differs only in case from a listed entry" if case_variant else ""
        spaced = f"  (CLDR: {raw!r})" if raw != norm else ""
        print(f"{norm}{spaced}{note}")
    print(f"# {len(missing)} CLDR suppressions not in {os.path.relpath(LEXICON)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
