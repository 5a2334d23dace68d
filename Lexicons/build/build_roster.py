#!/usr/bin/env python3
"""Write Lexicons/gazetteer/roster.tsv to stdout from Lexicons/build/roster-source.txt.

The source is hand-kept (see its header): one person per line with the actor
they stand for, the role (the rule that maps the person to the actor) and the
years in office.  This script turns each line into a gazetteer entry with the
columns of the other entity files plus ROLE and YEARS:

    ID  LABEL  CANONICAL  ACTOR  FORMS  POLICY  ROLE  YEARS

- ID is `per:` + an ASCII slug of the first name form (`per:ashton-carter`).
- FORMS are the full-name forms, then the surname alone (the last word of each
  full form, and any `=Surname` form of the source; none after `bin`, `ibn`,
  `bint` or `Al`, a patronymic or a ruling house).  A surname alone gets a
  leading `?` (it counts only after a full mention of the same person in the
  document) when it is a German word (ngerman), a listed first name, shorter
  than four letters, the surname of two roster persons, or a place name of the
  gazetteer (León, Bolton).
- Persons already in persons.tsv (same canonical name) are skipped: that file
  wins, so the roster only adds.

Stop words: /usr/share/dict/ngerman from the Debian package wngerman (GPL-2+).
Usage:
    apt-get install -y wngerman
    python3 Lexicons/build/build_roster.py > Lexicons/gazetteer/roster.tsv
Deterministic: the same inputs give the same file.
"""
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(HERE, "..", "gazetteer")
SOURCE = os.path.join(HERE, "roster-source.txt")
NGERMAN = "/usr/share/dict/ngerman"
ROLES = {
    "head-of-state", "head-of-government", "foreign-minister", "defence-minister", "spokesperson",
    "minister", "military", "regional-leader", "opposition", "secretary-general", "head", "group-leader",
    "vice-president", "security-adviser", "ambassador", "envoy", "negotiator", "religious-leader",
}
TITLES = {"König", "Königin", "Scheich", "Sultan", "Mullah", "Papst", "Prinz"}
# Family name first (Xi Jinping, Park Geun-hye, Nguyen Phu Trong); Myanmar's names have no surname.
FAMILY_FIRST = {"China", "Taiwan", "Nordkorea", "Südkorea", "Vietnam", "Kambodscha"}
NO_SURNAME = {"Myanmar"}
PATRONYMIC = {"bin", "ibn", "bint", "Al"}
# Arabic article prefixes: "al-Baschir" is also written "Baschir" alone.
ARTICLES = ("al-", "el-", "as-", "asch-", "ad-", "ar-", "at-", "an-")


def slug(name):
    ascii_name = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def words(path):
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: apt-get install -y wngerman")
    with open(path, encoding="utf-8", errors="replace") as f:
        return {line.strip().lower() for line in f if line.strip()}


def gazetteer_lines(name):
    with open(os.path.join(GAZETTEER, name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def source_rows():
    with open(SOURCE, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4:
                sys.exit(f"{SOURCE}:{number}: expected 4 fields, got {len(fields)}")
            actor, role, years, names = fields
            if role not in ROLES:
                sys.exit(f"{SOURCE}:{number}: unknown role '{role}'")
            if not re.fullmatch(r"\d{4}-(\d{4})?", years):
                sys.exit(f"{SOURCE}:{number}: years must be FROM-TO or FROM-, not '{years}'")
            forms = names.split("|")
            yield number, actor, role, years, [f for f in forms if not f.startswith("=")], [f[1:] for f in forms if f.startswith("=")]


def surnames(form, actor):
    """The surname-alone forms of a full name: the last word (the first for family-name-first
    countries), and for an Arabic article name also the name without the article."""
    parts = form.split()
    if len(parts) < 2 or parts[0] in TITLES or actor in NO_SURNAME:
        return []
    # "bin Alawi", "Al Khalifa": a patronymic or a ruling house, no surname of one person.
    if parts[-2] in PATRONYMIC:
        return []
    last = parts[0] if actor in FAMILY_FIRST else parts[-1]
    bare = next((last[len(a):] for a in ARTICLES if last.startswith(a) and len(last) > len(a) + 2), None)
    return [last, bare] if bare else [last]


def main():
    german = words(NGERMAN)
    first_names = {l[0] for l in gazetteer_lines("first-names.txt")}
    known = {l[2] for l in gazetteer_lines("persons.tsv") if len(l) >= 3}
    # Place names (León, Santos): a surname that is also one needs a full mention first.
    places = {f.lstrip("?") for name in ("countries.tsv", "regions.tsv", "cities.tsv", "places-hand.tsv")
              for l in gazetteer_lines(name) if len(l) >= 5 for f in l[4].split("|")}
    actors = set()
    for name in os.listdir(GAZETTEER):
        if name.endswith(".tsv") and name not in ("demonyms.tsv", "roster.tsv"):
            actors |= {l[2] for l in gazetteer_lines(name) if len(l) >= 3}
            actors |= {l[3] for l in gazetteer_lines(name) if len(l) >= 4}
    rows = list(source_rows())
    surname_count = Counter(s for row in rows for s in {x for f in row[4] for x in surnames(f, row[1])} | set(row[5]))
    surname_count.update({l[2].split()[-1] for l in gazetteer_lines("persons.tsv") if len(l) >= 3 and " " in l[2]})
    print("# Lexicons/gazetteer/roster.tsv -- persons who act for states, bodies and groups. GENERATED, do not edit.")
    print("# Made by Lexicons/build/build_roster.py from Lexicons/build/roster-source.txt (hand-kept;")
    print("# its header gives the rule and the sources).  ROLE: the office that makes the person")
    print("# stand for ACTOR; YEARS: the time in office.  Licence: as the project (MIT).")
    print("#   ID<TAB>LABEL<TAB>CANONICAL<TAB>ACTOR<TAB>FORMS<TAB>POLICY<TAB>ROLE<TAB>YEARS")
    seen = set()
    for number, actor, role, years, full, extra in rows:
        canonical = full[0]
        if canonical in known or canonical in seen:
            continue
        if actor not in actors:
            sys.exit(f"{SOURCE}:{number}: actor '{actor}' names no gazetteer entry")
        seen.add(canonical)
        forms = list(dict.fromkeys(full))
        for s in dict.fromkeys([x for f in full for x in surnames(f, actor)] + extra):
            if s in forms or "?" + s in forms:
                continue
            bare = next((s[len(a):] for a in ARTICLES if s.startswith(a)), s)
            ambiguous = (bare.lower() in german or bare in first_names or len(bare) < 4 or surname_count[s] > 1
                         or s in places or bare in places)
            forms.append(("?" if ambiguous else "") + s)
        print("\t".join(["per:" + slug(canonical), "PER", canonical, actor, "|".join(forms), "inflect", role, years]))


if __name__ == "__main__":
    main()
