#!/usr/bin/env python3
"""Check the word forms of Lexicons/stance/cues.tsv against German morphology sources.

Lesart generates the forms of a cue from its lemma (Sources/LesartWords/
GermanMorphology+Verbs.swift) and adds the irregular forms listed in the FORMS column.
This script computes the same form set for every verb, noun, adjective and
phrase verb (the generator is mirrored below) and compares it with:

  - ablaut (PyPI, MIT OR Apache-2.0): a German verb conjugator; its present,
    preterite, Konjunktiv I/II, participle and zu-infinitive are the reference
    paradigm of a verb (finite forms without the separable particle, participle
    and zu-infinitive with it, as FORMS lists them);
  - german-nouns (PyPI, CC BY-SA 4.0, compiled from German Wiktionary): all
    case forms of a noun (singular and plural) with its gender;
  - /usr/share/dict/ngerman (Debian package wngerman, igerman98, GPL-2+): a
    full-form word list that attests whether a form is a real German word.

It reports, per entry:
  missing     reference forms (ablaut for verbs, german-nouns for nouns) that
              Lesart neither generates nor lists: the forms to add to FORMS;
  unattested  generated forms found in no source (harmless overgeneration of a
              regular pattern, e.g. weak "greifte" for a strong verb; a verb
              with many of them and no FORMS is probably strong);
  particle    the entry's PARTICLE disagrees with ablaut's split of the verb
              (an entry whose comment says "separable" or "inseparable" is not
              compared: über-/unter-/um- verbs have both readings);
  unknown     the lemma is in no source (check the spelling).
With --write it adds the missing forms to the
FORMS column of cues.tsv (Konjunktiv forms only when the word list attests them;
nothing is removed; comments and order are kept), so
the irregular forms of the lexicon are derived reproducibly from the packages.

Also checked without any package: seven fields, known POS, label and slots,
no duplicate LEMMA+POS.

Install once (then it runs offline):
    pip install ablaut==0.11.0 german-nouns==1.2.5
    apt-get install -y wngerman
Usage:
    python3 Lexicons/build/check_stance_forms.py            # report
    python3 Lexicons/build/check_stance_forms.py --write    # add attested missing forms
    python3 Lexicons/build/check_stance_forms.py --verbose  # also list unattested forms
A missing package is reported and its part of the check skipped.  This is a
maintainer's tool: CI and check_lexicons.py do not depend on it.
Exit status: 1 on format errors, or (with --strict) on missing forms.
"""
import argparse
import csv
import importlib.resources
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CUES = os.path.join(ROOT, "stance", "cues.tsv")
NGERMAN = "/usr/share/dict/ngerman"
POS = {"verb", "noun", "adj", "phrase"}
LABELS = {"support", "distancing", "threat"}
SLOT = re.compile(r"^(subject|object|gen|prep:[a-zäöüß]+)$")

# --- mirror of Sources/LesartWords/GermanMorphology(+Verbs).swift ----------
INSEPARABLE = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "wider", "hinter"]


def stem(infinitive):
    if infinitive.endswith("eln") or infinitive.endswith("ern"):
        return infinitive[:-1]
    if infinitive.endswith("en"):
        return infinitive[:-2]
    if infinitive.endswith("n"):
        return infinitive[:-1]
    return infinitive


def verb_forms(base, particle):
    """(form, needs_particle) pairs that Lesart generates for a verb."""
    s = stem(base)
    e = "e" if s.endswith(("t", "d", "chn", "ffn")) else ""
    sep = particle is not None
    out = [(f, sep) for f in [s + "e", s + e + "st", s + e + "t", base, s + e + "te", s + e + "ten",
                              s + e + "test", s + e + "tet"]]
    inseparable = base.endswith("ieren") or any(base.startswith(p) and len(base) > len(p) + 3 for p in INSEPARABLE)
    participle = ("" if inseparable else "ge") + s + e + "t"
    if particle:
        out += [(particle + participle, False), (particle + "zu" + base, False), (particle + base, False)]
    else:
        out += [(participle, False), (base, False)]
    return out


def noun_forms(lemma):
    if lemma.endswith(("ung", "ion", "heit", "keit")):
        return [lemma, lemma + "en"]
    if lemma.endswith("er"):
        return [lemma, lemma + "s", lemma + "n", lemma + "in", lemma + "innen"]
    if lemma.endswith("e"):
        return [lemma, lemma + "n"]
    return [lemma, lemma + "s", lemma + "es", lemma + "e", lemma + "en", lemma + "n"]


def adjective_forms(base):
    return [base + x for x in ["", "e", "en", "er", "es", "em"]]


def lesart_verb_forms(lemma, particle, listed):
    """Every form Lesart matches for a verb entry (generated, listed, particle-joined)."""
    base = lemma[len(particle):] if particle and lemma.startswith(particle) else lemma
    forms = set()
    for form, needs in verb_forms(base, particle):
        forms.add(form)
        if particle and needs and form != base:
            forms.add(particle + form)
    for form in listed:
        forms.add(form)
        if particle and not form.startswith(particle):
            forms.add(particle + form)
    return base, forms


# --- reference sources ------------------------------------------------------
def load_wordlist():
    if not os.path.exists(NGERMAN):
        print(f"note: {NGERMAN} not found (apt-get install wngerman): attestation skipped", file=sys.stderr)
        return None
    with open(NGERMAN, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def load_nouns():
    try:
        path = importlib.resources.files("german_nouns") / "nouns.csv"
        text = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        print("note: german-nouns not installed (pip install german-nouns): noun check skipped", file=sys.stderr)
        return None
    nouns = {}
    reader = csv.reader(text.splitlines())
    header = next(reader)
    case_columns = [i for i, h in enumerate(header) if re.match(r"(nominativ|genitiv|dativ|akkusativ) ", h)]
    for row in reader:
        if len(row) < len(header) or "Substantiv" not in row[1]:
            continue
        forms = {row[i] for i in case_columns if row[i] and row[i] != "—" and " " not in row[i]}
        nouns.setdefault(row[0], set()).update(forms)
    return nouns


def load_conjugator():
    try:
        import ablaut
    except ModuleNotFoundError:
        print("note: ablaut not installed (pip install ablaut): verb paradigm check skipped", file=sys.stderr)
        return None
    return ablaut


# Forms of a cue that are also forms of a commoner word: never written by --write
# and not reported as missing (read by hand; add to this table when one turns up).
HOMOGRAPHS = {
    "schelten": {"schälte", "schälten"},  # rare Konjunktiv II; schälen "peel"
    "zwingen": {"zwängen"},  # zwängen "squeeze"
    "eindringen": {"drängen"},  # drängen "push"
    "vordringen": {"drängen"},
    "Bruch": {"Brücher", "Brüchern"},  # der Bruch "marsh" (plural Brücher)
}

# Rows of a conjugation table checked: 1sg, 3sg, 1pl, 3pl (news and quotes; the
# second person is left to the generator).
PERSONS = (0, 2, 3, 5)


def reference_verb(ablaut, infinitive):
    """({form: mood}, particle) of a verb from the conjugator, forms as FORMS lists them."""
    try:
        table = ablaut.conjugate(infinitive)
    except Exception:  # the conjugator rejects a word it cannot parse
        return None, None
    forms, particles = {}, set()
    rows = (("indicative", table.present), ("indicative", table.preterite),
            ("subjunctive", table.konjunktiv1), ("subjunctive", table.konjunktiv2))
    for mood, row in rows:
        for person in PERSONS:
            words = row[person].split()
            forms.setdefault(words[0], mood)
            if len(words) == 2:
                particles.add(words[1])
    forms[table.past_participle] = "indicative"
    if " " not in table.zu_infinitive:  # "zu unterstützen" is two words: the infinitive matches
        forms[table.zu_infinitive] = "indicative"
    return forms, (particles.pop() if len(particles) == 1 else None)


# --- the lexicon --------------------------------------------------------------
def read_cues():
    with open(CUES, encoding="utf-8") as f:
        lines = f.read().split("\n")
    entries, errors, seen = [], [], {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = re.split(r"\s#", line, maxsplit=1)
        body, comment = parts[0].rstrip(), (parts[1] if len(parts) > 1 else "")
        fields = body.split("\t")
        if len(fields) != 7:
            errors.append(f"cues.tsv:{n}: {len(fields)} fields, expected 7")
            continue
        lemma, pos, label, particle, forms, holder, target = fields
        if pos not in POS:
            errors.append(f"cues.tsv:{n}: unknown POS {pos!r}")
        if label not in LABELS:
            errors.append(f"cues.tsv:{n}: unknown label {label!r}")
        for slot in holder.split(",") + target.split(","):
            if not SLOT.match(slot):
                errors.append(f"cues.tsv:{n}: unknown slot {slot!r}")
        if " " in lemma and pos != "phrase":
            errors.append(f"cues.tsv:{n}: a {pos} lemma contains a space")
        key = (lemma, pos)
        if key in seen:
            errors.append(f"cues.tsv:{n}: duplicate of line {seen[key]} ({lemma} {pos})")
        seen[key] = n
        if particle != "-" and pos in ("verb", "phrase"):
            verb = lemma.split(" ")[-1]
            if not verb.startswith(particle):
                errors.append(f"cues.tsv:{n}: verb {verb!r} does not start with its particle {particle!r}")
        entries.append({"line": n, "lemma": lemma, "pos": pos, "label": label, "comment": comment,
                        "particle": None if particle == "-" else particle,
                        "forms": [] if forms == "-" else forms.split("|")})
    return lines, entries, errors


def check_entry(entry, words, nouns, ablaut):
    """Findings for one entry: dict with missing, unattested, notes."""
    result = {"missing": [], "unattested": [], "notes": []}
    pos, lemma, listed = entry["pos"], entry["lemma"], entry["forms"]
    if pos in ("verb", "phrase"):
        verb = lemma.split(" ")[-1]
        particle = entry["particle"]
        base, ours = lesart_verb_forms(verb, particle, listed)
        generated = {f for f, _ in verb_forms(base, particle)}
        if ablaut and "separable" in entry["comment"]:
            # über-/unter-/um- verbs are separable in one reading and inseparable in the
            # other; the entry's comment names its reading and the conjugator is not asked.
            result["notes"].append("reading fixed by the entry's comment: conjugator not asked")
        elif ablaut:
            reference, their_particle = reference_verb(ablaut, verb)
            if reference is None:
                result["notes"].append(f"unknown to the conjugator: {verb}")
            else:
                if (their_particle or None) != particle:
                    result["notes"].append(f"particle: lexicon {particle or '-'}, conjugator {their_particle or '-'}")
                else:
                    result["missing"] = sorted(set(reference) - ours - HOMOGRAPHS.get(verb, set()))
                    # Konjunktiv forms are written only when the word list attests them
                    # (the conjugator also gives archaic ones: hülfe, stünde).
                    result["subjunctive"] = {f for f, mood in reference.items() if mood == "subjunctive"}
                generated -= set(reference)
        if words is not None:
            if verb not in words:
                result["notes"].append(f"infinitive {verb} not in the word list")
            result["unattested"] = sorted(f for f in generated if f not in words and f not in listed)
    elif pos == "noun":
        ours = set(noun_forms(lemma)) | set(listed)
        if nouns is not None:
            if lemma in nouns:
                result["missing"] = sorted(nouns[lemma] - ours - HOMOGRAPHS.get(lemma, set()))
            else:
                result["notes"].append("not in german-nouns")
        if words is not None:
            if lemma not in words and (nouns is None or lemma not in nouns):
                result["notes"].append("not in the word list either")
            attested = nouns.get(lemma, set()) if nouns else set()
            result["unattested"] = sorted(f for f in set(noun_forms(lemma)) - attested if f not in words)
    elif pos == "adj":
        if words is not None:
            missing = [f for f in adjective_forms(lemma) if f not in words]
            if lemma not in words:
                result["notes"].append("base form not in the word list")
            result["unattested"] = missing
    return result


def write_forms(lines, entries, findings, words):
    """Adds the attested missing forms to the FORMS column; returns the number of entries changed."""
    changed = 0
    for entry in entries:
        missing = findings[entry["line"]]["missing"]
        # Noun forms come from Wiktionary itself; verb forms from the conjugator, the
        # subjunctive ones only when the word list attests them too.
        subjunctive = findings[entry["line"]].get("subjunctive", set())
        add = [f for f in missing if words is None or f in words or f not in subjunctive]
        if not add:
            continue
        n = entry["line"] - 1
        line = lines[n]
        match = re.search(r"\s#", line)
        body, comment = (line[:match.start()], line[match.start():]) if match else (line, "")
        fields = body.split("\t")
        forms = entry["forms"] + [f for f in add if f not in entry["forms"]]
        fields[4] = "|".join(forms)
        lines[n] = "\t".join(fields) + comment
        changed += 1
    with open(CUES, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return changed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="add attested missing forms to FORMS")
    parser.add_argument("--verbose", action="store_true", help="also list unattested generated forms")
    parser.add_argument("--strict", action="store_true", help="exit 1 when forms are missing")
    args = parser.parse_args()

    lines, entries, errors = read_cues()
    for error in errors:
        print("error:", error)
    words, nouns, ablaut = load_wordlist(), load_nouns(), load_conjugator()
    findings = {e["line"]: check_entry(e, words, nouns, ablaut) for e in entries}

    counts = {"missing": 0, "unattested": 0, "notes": 0}
    for entry in entries:
        found = findings[entry["line"]]
        where = f"cues.tsv:{entry['line']}: {entry['lemma']} ({entry['pos']})"
        if found["missing"]:
            counts["missing"] += 1
            attested = [f if words is None or f in words else f + "?" for f in found["missing"]]
            print(f"{where}: missing {'|'.join(attested)}")
        for note in found["notes"]:
            counts["notes"] += 1
            print(f"{where}: {note}")
        if found["unattested"]:
            counts["unattested"] += 1
            if args.verbose:
                print(f"{where}: unattested {'|'.join(found['unattested'])}")
    by_pos = {}
    for entry in entries:
        by_pos[entry["pos"]] = by_pos.get(entry["pos"], 0) + 1
    print(f"{len(entries)} entries ({', '.join(f'{k} {v}' for k, v in sorted(by_pos.items()))}); "
          f"{counts['missing']} with missing forms, {counts['notes']} notes, "
          f"{counts['unattested']} with unattested generated forms; {len(errors)} format errors"
          " (a form marked ? is not in the word list; a Konjunktiv form so marked is not written)")
    if args.write:
        print(f"--write: FORMS extended in {write_forms(lines, entries, findings, words)} entries")
    return 1 if errors or (args.strict and counts["missing"]) else 0


if __name__ == "__main__":
    sys.exit(main())
