#!/usr/bin/env python3
"""Write Lexicons/gazetteer/first-names.txt to stdout.

Source: nam_dict.txt (Joerg Michael's first-name dictionary, GNU FDL 1.2 or
later) as shipped in the PyPI package gender-guesser (0.4.0; its Python code
is GPLv3, the data file GFDL).  Stop words: /usr/share/dict/ngerman from the
Debian package wngerman (GPL-2+).

Selection: a name is kept if its frequency value (hex 1..D, logarithmic,
one column per country) reaches the threshold of at least one country in
THRESHOLDS (German-speaking countries low, other countries common in German
news higher).  Dropped: names shorter than 3 letters, names whose lowercase
form is a German word in ngerman (will, gut, rosa ...) unless in KEEP, and the
hand list NOUNS of names that are also ordinary capitalised German words.

Usage:
    pip install gender-guesser==0.4.0
    apt-get install -y wngerman
    python3 Lexicons/build/build_first_names.py > Lexicons/gazetteer/first-names.txt
Deterministic: same package versions give the same file.
"""
import importlib.metadata
import os
import subprocess
import sys

import gender_guesser

NAM_DICT = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
NGERMAN = "/usr/share/dict/ngerman"

# Column index (0-based, counted from character position 30 of a line) of
# each country in nam_dict.txt, as documented in its header.
COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium "
    "luxembourg the_netherlands east_frisia germany austria swiss iceland "
    "denmark norway sweden finland estonia latvia lithuania poland "
    "czech_republic slovakia hungary romania bulgaria bosnia croatia kosovo "
    "macedonia montenegro serbia slovenia albania greece russia belarus "
    "moldova ukraine armenia azerbaijan georgia the_stans turkey arabia "
    "israel china india japan korea vietnam other_countries"
).split()

# Minimum frequency value (1 = rare ... 13 = extremely common) per country.
# Countries not listed are ignored.
THRESHOLDS = {
    "germany": 1, "austria": 1, "swiss": 1, "east_frisia": 4,
    "great_britain": 2, "ireland": 5, "usa": 2, "france": 4, "italy": 4,
    "spain": 4, "portugal": 5, "the_netherlands": 4, "belgium": 5,
    "denmark": 5, "norway": 5, "sweden": 5, "finland": 5, "iceland": 6,
    "estonia": 5, "latvia": 5, "lithuania": 5,
    "poland": 3, "czech_republic": 4, "slovakia": 4, "hungary": 4,
    "romania": 4, "bulgaria": 4, "bosnia": 4, "croatia": 4, "kosovo": 4,
    "macedonia": 4, "montenegro": 4, "serbia": 4, "slovenia": 4,
    "albania": 4, "greece": 4,
    "russia": 3, "belarus": 4, "moldova": 4, "ukraine": 3, "armenia": 4,
    "azerbaijan": 4, "georgia": 4, "the_stans": 4,
    "turkey": 3, "arabia": 3, "israel": 4,
    "china": 5, "india": 5, "japan": 5, "korea": 5, "vietnam": 6,
}

# The thresholds before 2026-12 (German-speaking countries 2, English 4): a name below
# them is rare and must not also be a dictionary word.
COMMON = dict(THRESHOLDS, germany=2, austria=2, swiss=2, great_britain=4, usa=4)

# Names kept although their lowercase form is a German word.
KEEP = {
    "Ernst", "Franz", "Fritz", "Hanna", "Ali", "Heinz", "Hein", "Konstantin",
    "Kurt", "Otto", "Bruno", "Alexander", "Anton", "Nina", "Rosa", "Lea",
    "Igor", "Ilja", "Dana", "Dora", "Hermann", "Eva", "Bernhard",
    # capitalised mid-sentence these are names ("reiner", "dick", "max." are words only
    # in lowercase or as abbreviations)
    "Albert", "Max", "Reiner", "Dick", "Malte", "Fidel", "Urban", "Will", "Andre", "Kasper",
    "Lasse", "Jette", "Adele", "Nasser", "Traute",
}

# Names dropped because the capitalised form is an ordinary German noun or
# another common capitalised word (month, season, thing).  ngerman lists
# names and nouns alike, so this list is kept by hand.
NOUNS = {
    "Adler", "April", "August", "Bart", "Bauer", "Berg", "Biene", "Blume",
    "Born", "Brand", "Christ", "Dame", "Ehre", "Eiche", "Engel", "Fuchs",
    "Gabe", "Glück", "Gold", "Graf", "Hafen", "Heide", "Heil", "Held", "Herz",
    "Himmel", "Hoffnung", "Jäger", "Juni", "Juli", "Kaiser", "Kerze", "Kind",
    "König", "Krone", "Lamm", "Land", "Liebe", "Linde", "Löwe", "Mai", "Mark",
    "Meer", "Mond", "Morgen", "Nelke", "Ort", "Palme", "Perle", "Pfeil",
    "Prinz", "Rabe", "Rose", "Ritter", "Sommer", "Sonne", "Stern", "Sturm",
    "Tag", "Taube", "Treue", "Tulpe", "Wald", "Welle", "Wind", "Winter",
    "Wolke", "Golf", "Ball", "Berlin", "Paris", "Florenz", "Union", "Mode",
    "Fortuna", "Camel", "Boss", "Chef", "Opa", "Oma", "Papa", "Mama", "Baby",
    "Kanzler", "Präsident", "Minister", "Kosmos", "Tanne", "Birke", "Dahlie",
    "Lilie", "Gut", "Friede", "Frieden", "Sieg", "Sieger", "Trost", "Horst",
    "Wolf", "Bill", "Ferien",
    "Alp", "Arie", "Assel", "Brett", "Despot", "Ding", "Dung", "Elle",
    "Fang", "Gang", "Hai", "Hang", "Ion", "Kader", "Kamel", "Leib", "Liane",
    "Lore", "Marge", "Marine", "Maxime", "Mentor", "Mine", "Olive", "Pille",
    "Rain", "Roman", "Rosette", "Rune", "Seher", "Stein", "Sultan", "Tal",
    "Ton", "Tone", "Tor", "Tore", "Granit", "Mensur",
    # places, brands, other capitalised words found in ngerman
    "Anker", "Basel", "Haifa", "Medina", "Kobra", "Lama", "Nato", "Nil",
    "Rosen", "Islam", "Israel", "Ararat", "Santa", "San", "Silvester", "Jet",
    "Fan", "Ing", "Fata", "Kadi", "Kais", "Karo", "Mercedes", "Sherry",
    "Lourdes", "Olympia", "Clinton", "Edison", "Salvador", "Sydney", "Zion",
    "Ulan", "Yen", "Song", "Sun", "Dias", "Ami", "Assen", "Arsen", "Anis",
    "Ebbe", "Domen", "Seiko",
}
# Frequent names such as "Wolf", "Horst", "Mark", "August", "Bill" are
# dropped on purpose: as nouns they would make the "first name +
# capitalised word" rule fire too often.  Well-known people with these
# names are matched through persons.tsv instead.


# Added by hand (project, MIT): German press transliterations and other
# given names of people often in German news that nam_dict.txt lacks.
# Words nam_dict.txt lists as given names that in German text are mostly something else:
# English and Romance articles and function words, which open titles ("The Lancet",
# "El Pais"), and English words that open names of things ("Young Men", "Public").
NOT_NAMES = {
    "The", "And", "For", "With", "From", "Our", "Your", "His", "Her", "Their", "This", "That",
    "Young", "Public", "School", "Dime", "Del", "Della", "Las", "Los", "Les", "Une", "Una",
    "Des", "Der", "Die", "Das", "Den", "Dem", "Von", "Van", "Ten", "Ter", "Bin", "Ibn",
}

EXTRA = {
    "Annalena", "Frank-Walter", "Hans-Georg", "Karl-Theodor", "Hans-Dietrich",
    "Wolodymyr", "Olexander", "Oleksandr", "Oleksij", "Olexij", "Andrij",
    "Dmytro", "Mychajlo", "Serhij", "Petro", "Witali", "Witalij", "Wiktor",
    "Jewgeni", "Jewgenij", "Sergej", "Dmitri", "Dmitrij", "Alexej", "Juri",
    "Jurij", "Wassili", "Wassilij", "Nikolai", "Michail", "Anatoli",
    "Gennadi", "Waleri", "Walerij", "Ramsan", "Sergei", "Schamil", "Ilja",
    "Jelena", "Julija", "Swetlana", "Tatjana", "Natalja", "Marija",
    "Jekaterina", "Ljudmila", "Walentina", "Maria",
    "Jitzchak", "Jahja", "Jair", "Naftali", "Benny", "Jossi", "Mahmud",
    "Baschar", "Dschawad", "Abbas", "Ebrahim", "Hassan", "Jussuf", "Recep",
    "Keir", "Giorgia", "Narendra", "Luiz", "Pete", "Kassym-Dschomart",
    "Nikol", "Ilham", "Kaja", "Emmanuel", "Pedro", "Viktor",
}


def ngerman_words():
    with open(NGERMAN, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def wngerman_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wngerman"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def read_names():
    """Yield (name, {country: freq}) from nam_dict.txt."""
    with open(NAM_DICT, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if not line or line[0] in "#=":
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1]
            values = line[30:]
            freqs = {}
            for i, country in enumerate(COUNTRIES):
                if i < len(values) and values[i] not in " $":
                    freqs[country] = int(values[i], 16)
            yield name, freqs


def expand(name):
    """'+' stands for '-', ' ' or nothing; keep one-token forms only."""
    if "+" not in name:
        return [name]
    return [name.replace("+", ""), name.replace("+", "-")]


def place_names():
    """Canonical names of the gazetteer's cities, regions and countries."""
    names = set()
    for file in ("cities.tsv", "regions.tsv", "countries.tsv"):
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gazetteer", file), encoding="utf-8") as f:
            names |= {line.split("\t")[2] for line in f if line.strip() and not line.startswith("#")}
    return names


def main():
    words = ngerman_words()
    lower_words = {w for w in words if w[:1].islower()}
    capitalised_words = {w for w in words if w[:1].isupper()}
    places = place_names()
    selected = set()
    for name, freqs in read_names():
        if not any(freqs.get(c, 0) >= t for c, t in THRESHOLDS.items()):
            continue
        # A rare name (below the COMMON thresholds) that is also a dictionary word or a
        # place is more often that word or place: "Fee", "Dallas", "Cleveland".
        rare = not any(freqs.get(c, 0) >= t for c, t in COMMON.items())
        for form in expand(name):
            if len(form) < 3 or not form[0].isupper():
                continue
            if not all(ch.isalpha() or ch in "-'" for ch in form):
                continue
            if form in NOUNS or form in NOT_NAMES:
                continue
            if form.lower() in lower_words and form not in KEEP:
                continue
            if form not in KEEP and rare and (form in places or form in capitalised_words):
                continue
            selected.add(form)
    selected |= EXTRA
    gg_version = importlib.metadata.version("gender-guesser")
    out = sys.stdout
    out.write(
        "# Lexicons/gazetteer/first-names.txt -- given names for the person rule.\n"
        "#\n"
        "# Used by: the entity tagger treats a listed given name followed by a\n"
        "# capitalised word as the start of a person name (PER).\n"
        "# One name per line, sorted.  GENERATED -- do not edit by hand; change\n"
        "# Lexicons/build/build_first_names.py and rerun it.\n"
        "#\n"
        "# Source: nam_dict.txt (first-name dictionary by Joerg Michael,\n"
        "# 2007-2008) from the PyPI package gender-guesser %s; names frequent\n"
        "# in German-speaking countries and in countries common in German news\n"
        "# (thresholds in the script).  Stop words: /usr/share/dict/ngerman,\n"
        "# Debian package wngerman %s (GPL-2+): names whose lowercase form is a\n"
        "# German word are dropped, plus a hand list of names that are also\n"
        "# German nouns (Mai, Sommer, Rose, Stern, Engel ...).  A short hand\n"
        "# list (EXTRA in the script) adds German press transliterations\n"
        "# (Wolodymyr, Jewgeni, Jitzchak ...) missing from nam_dict.txt.\n"
        "# Licence: GNU Free Documentation License 1.2 or later (the licence of\n"
        "# nam_dict.txt, which requires derived versions to stay under the\n"
        "# GFDL); no Invariant Sections, no Front-Cover or Back-Cover Texts.\n"
        "# %d names.\n\n" % (gg_version, wngerman_version(), len(selected)))
    for name in sorted(selected):
        out.write(name + "\n")


if __name__ == "__main__":
    main()
