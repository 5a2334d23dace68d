#!/usr/bin/env python3
"""Check the format of every lexicon file under Lexicons/.

Rules checked (see Lexicons/README.md):
  - UTF-8; first line is a "#" comment (the header)
  - comment lines start with "#"; blank lines are ignored; a "#" preceded by
    whitespace starts a trailing comment
  - fields are separated by a single TAB; no field is empty or contains a
    space; the number of fields is the same for every entry of a file
  - no duplicate entries within a file (by first field; clitics.txt by
    FORM and POSITION together)
  - per-file rules: abbreviations end in "." and have a valid CLASS and are
    not a single letter + period; months, units and clitics have no trailing
    period; clitics start with U+0027 and have POSITION suffix|prefix;
    ordinal-preceding is lowercase; TLDs are lowercase ASCII; every entry of
    abbreviation-words.txt is listed in abbreviations.tsv.

Usage: python3 Lexicons/build/check_lexicons.py   (exit status 1 on errors)
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FILES = {
    "de/abbreviations.tsv": 2,
    "de/months.txt": 1,
    "de/ordinal-preceding.txt": 1,
    "de/ordinal-following.txt": 1,
    "de/units.txt": 1,
    "de/clitics.txt": 2,
    "de/gender-suffixes.txt": 1,
    "de/sentence-starters.txt": 1,
    "de/coordinators.txt": 1,
    "de/abbreviation-endings.txt": 1,
    "de/abbreviation-words.txt": 1,
    "common/emoticons.txt": 1,
    "common/tlds.txt": 1,
    "gazetteer/rule-words.txt": 2,
    "gazetteer/group-adjective-endings.txt": 1,
    "gazetteer/adjective-prefixes.txt": 1,
    "gazetteer/adjective-stem-endings.txt": 1,
    "gazetteer/arabic-articles.txt": 1,
    "gazetteer/organ-prefixes.txt": 1,
    "stance/rule-words.tsv": 2,
    "stance/contractions.tsv": 2,
    "stance/feminine-endings.txt": 1,
}


def entries(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("#"):
        yield 1, None, "file does not start with a comment header"
    for n, line in enumerate(lines, 1):
        if line.startswith("#") or not line.strip():
            continue
        body = re.split(r"\s#", line, maxsplit=1)[0].rstrip()
        yield n, body, None


def check(rel, nfields):
    errors = []
    path = os.path.join(ROOT, rel)
    seen = {}
    count = 0
    for n, body, err in entries(path):
        if err:
            errors.append(f"{rel}:{n}: {err}")
            continue
        count += 1
        fields = body.split("\t")
        where = f"{rel}:{n}: {body!r}"
        if len(fields) != nfields:
            errors.append(f"{where}: expected {nfields} field(s), got {len(fields)}")
            continue
        if any(not f or re.search(r"\s", f) for f in fields):
            errors.append(f"{where}: empty field or whitespace inside a field")
        # clitics: the same FORM may appear once as suffix and once as prefix
        key = body if rel.endswith("clitics.txt") else fields[0]
        if key in seen:
            errors.append(f"{where}: duplicate of line {seen[key]}")
        seen[key] = n
        first = fields[0]
        if rel.endswith("abbreviations.tsv"):
            if not first.endswith("."):
                errors.append(f"{where}: abbreviation must end in '.'")
            if re.fullmatch(r"\w\.", first):
                errors.append(f"{where}: single letter + period is handled in code")
            if fields[1] not in ("title", "inner", "final"):
                errors.append(f"{where}: CLASS must be title, inner or final")
        if rel.endswith(("months.txt", "units.txt", "clitics.txt")) and first.endswith("."):
            errors.append(f"{where}: must be written without a period")
        if rel.endswith("clitics.txt"):
            if not first.startswith("'") or "\u2019" in first:
                errors.append(f"{where}: must start with U+0027")
            if fields[1] not in ("suffix", "prefix"):
                errors.append(f"{where}: POSITION must be suffix or prefix")
        if rel.endswith("ordinal-preceding.txt") and first != first.lower():
            errors.append(f"{where}: must be lowercase")
        if rel.endswith("tlds.txt") and not re.fullmatch(r"[a-z0-9-]+", first):
            errors.append(f"{where}: must be lowercase ASCII")
    return count, errors


def check_abbreviation_words():
    """Every entry of abbreviation-words.txt must be listed in abbreviations.tsv."""
    listed = {body.split("\t")[0] for _, body, err in entries(os.path.join(ROOT, "de/abbreviations.tsv")) if body}
    rel = "de/abbreviation-words.txt"
    return [f"{rel}:{n}: {body!r}: not listed in de/abbreviations.tsv"
            for n, body, err in entries(os.path.join(ROOT, rel)) if body and body not in listed]


def main():
    all_errors = []
    for rel, nfields in FILES.items():
        count, errors = check(rel, nfields)
        print(f"{rel}: {count} entries, {len(errors)} error(s)")
        all_errors += errors
    all_errors += check_abbreviation_words()
    for e in all_errors:
        print(e, file=sys.stderr)
    sys.exit(1 if all_errors else 0)


if __name__ == "__main__":
    main()
