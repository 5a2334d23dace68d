#!/usr/bin/env python3
"""Check the format of every lexicon file under Lexicons/.

Every *.txt and *.tsv file of every lexicon folder (Lexicons/<folder>/, all but
build/) is checked; the files are found by walking the folders, so a new file is
checked without being listed here (which files each loader reads is named once,
in Sources/LesartCore/*LexiconFile.swift; `lesart lexicon check` reports a file
that no loader reads).

Rules checked (see Lexicons/README.md):
  - UTF-8; first line is a "#" comment (the header)
  - comment lines start with "#"; blank lines are ignored; a "#" preceded by
    whitespace starts a trailing comment
  - fields are separated by a single TAB; no field is empty or padded with
    spaces; the number of fields is the same for every entry of a file; a
    one-word-per-line list (*.txt) has no space inside a field
  - no entry twice within a file; in the tokenizer lists (de/, common/) no
    first field twice (clitics.txt by FORM and POSITION together)
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
# Folders whose files are keyed by their first field (a key listed twice is an error).
KEYED = ("de/", "common/")


def lexicon_files():
    """Every lexicon file, as a path relative to Lexicons/, sorted."""
    found = []
    for folder in sorted(os.listdir(ROOT)):
        path = os.path.join(ROOT, folder)
        if folder == "build" or not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith((".txt", ".tsv")):
                found.append(f"{folder}/{name}")
    return found


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


def check(rel):
    errors = []
    path = os.path.join(ROOT, rel)
    seen = {}
    count = 0
    nfields = None
    for n, body, err in entries(path):
        if err:
            errors.append(f"{rel}:{n}: {err}")
            continue
        count += 1
        fields = body.split("\t")
        where = f"{rel}:{n}: {body!r}"
        nfields = nfields or len(fields)
        if len(fields) != nfields:
            errors.append(f"{where}: expected {nfields} field(s) as the file's first entry, got {len(fields)}")
            continue
        if any(not f or f != f.strip() for f in fields):
            errors.append(f"{where}: empty field or a field padded with whitespace")
        if rel.endswith(".txt") and any(re.search(r"\s", f) for f in fields):
            errors.append(f"{where}: whitespace inside a field of a word list")
        # clitics: the same FORM may appear once as suffix and once as prefix
        keyed = rel.startswith(KEYED) and not rel.endswith("clitics.txt")
        key = fields[0] if keyed else body
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
    for rel in lexicon_files():
        count, errors = check(rel)
        print(f"{rel}: {count} entries, {len(errors)} error(s)")
        all_errors += errors
    all_errors += check_abbreviation_words()
    for e in all_errors:
        print(e, file=sys.stderr)
    sys.exit(1 if all_errors else 0)


if __name__ == "__main__":
    main()
