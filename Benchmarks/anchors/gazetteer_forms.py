"""The surface forms of Lesart's gazetteer, approximated from Lexicons/gazetteer/*.tsv,
and the token stream both anchors match over.

Forms: the FORMS column (5th) of countries, regions, cities, places-hand, organisations
and persons (`|`-separated, a leading `?` — ambiguous form — dropped), plus, for entries
marked `inflect`, the genitive in -s (`Russlands`, `Moskaus`; not after s, ß, x, z), plus
every form of demonyms.tsv (3rd column). Not included, so the anchors do less work than
Lesart: the other inflections Lesart generates (`Vereinigten Staaten`, `Nahen Ostens`),
names inside hyphenated compounds (`EU-Beitritt`), persons by rule (first names, role
words) and the evidence checks for ambiguous forms. Each form is split into tokens at
spaces, as Lesart's tokenizer would for these plain-word names.

Token stream: Lesart's own tokenization (`lesart tokenize --format vertical`, one token a
line, a blank line after each sentence), so all three matchers see the same tokens.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Lexicons", "gazetteer")
ENTRY_FILES = ["countries.tsv", "regions.tsv", "cities.tsv", "places-hand.tsv", "organisations.tsv", "persons.tsv"]


def _rows(name):
    with open(os.path.join(GAZETTEER, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            hash_at = line.find(" #")
            if hash_at >= 0:
                line = line[:hash_at].rstrip()
            yield line.split("\t")


def forms():
    """A sorted list of forms, each a tuple of tokens."""
    result = set()
    for name in ENTRY_FILES:
        for fields in _rows(name):
            if len(fields) < 5:
                continue
            inflect = len(fields) > 5 and fields[5] == "inflect"
            for form in fields[4].split("|"):
                form = form.lstrip("?")
                if not form:
                    continue
                result.add(tuple(form.split(" ")))
                if inflect and form[-1] not in "sßxzSXZ" and form[-1].isalpha():
                    result.add(tuple((form + "s").split(" ")))
    for fields in _rows("demonyms.tsv"):
        if len(fields) >= 3:
            for form in fields[2].split("|"):
                if form:
                    result.add(tuple(form.split(" ")))
    return sorted(result)


def sentences(vertical_path):
    """The token stream as a list of sentences (lists of token strings)."""
    result, current = [], []
    with open(vertical_path, encoding="utf-8") as f:
        for line in f:
            token = line.rstrip("\n")
            if token:
                current.append(token.split("\t", 1)[0])
            elif current:
                result.append(current)
                current = []
    if current:
        result.append(current)
    return result
