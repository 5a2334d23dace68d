#!/usr/bin/env python3
"""Generate a synthetic German news corpus for `lesart network` benchmarks and demos.

Writes JSON lines {"id", "date", "text"} to standard output: short fictional news items
built from templates ("{A} droht {B} mit Sanktionen.") over a list of real state names
(facts, not copied text), dated over two years. Deterministic for a given --seed.
Annotate the result with `lesart annotate` to get Lesart JSONL; concatenate copies of
the annotated file to reach any size (e.g. 1 GB) for the memory benchmark.

Usage: python3 scripts/make_network_corpus.py --documents 20000 > news.jsonl
       lesart annotate --quiet news.jsonl > news.annotated.jsonl
"""
import argparse
import json
import random

STATES = [
    "Russland", "die Ukraine", "China", "Frankreich", "Deutschland", "Polen", "Ungarn", "die Türkei", "der Iran",
    "Israel", "Ägypten", "Saudi-Arabien", "Japan", "Indien", "Pakistan", "Brasilien", "Mexiko", "Kanada", "Italien",
    "Spanien", "Griechenland", "Serbien", "Kroatien", "Rumänien", "Bulgarien", "Litauen", "Lettland", "Estland",
    "Finnland", "Schweden", "Norwegen", "Dänemark", "die Niederlande", "Belgien", "Österreich", "die Schweiz",
    "Tschechien", "die Slowakei", "Slowenien", "Albanien", "Georgien", "Armenien", "Aserbaidschan", "Kasachstan",
    "Usbekistan", "Syrien", "der Irak", "Jordanien", "der Libanon", "Katar", "Südafrika", "Nigeria", "Kenia",
    "Äthiopien", "Vietnam", "Indonesien", "Australien", "Neuseeland", "Argentinien", "Chile", "Kolumbien",
    "Venezuela", "Kuba", "Nordkorea", "Südkorea", "Taiwan", "die Mongolei", "Belarus", "Moldau", "Marokko",
]

# {A} holder in the nominative, {B} target in the accusative, {Bd} in the dative.
TEMPLATES = [
    "{A} unterstützt {B}.",
    "{A} kritisiert {B} scharf.",
    "{A} droht {Bd} mit Vergeltung.",
    "{A} liefert {Bd} Waffen.",
    "Laut Berichten will {A} {Bd} helfen.",
    "{A} verurteilt {B}.",
    "{A} greift {B} an.",
    "{A} sagt {Bd} weitere Hilfe zu.",
    "{A} distanziert sich von {Bd}.",
    "{A} verhängt Sanktionen gegen {B}.",
]
FILLER = [
    "Die Lage bleibt angespannt.",
    "Beobachter erwarten weitere Gespräche.",
    "Am Abend tagte der Ausschuss erneut.",
    "Die Börsen reagierten kaum.",
]

DATIVE = {"die": "der", "der": "dem"}


def dative(name):
    art, _, rest = name.partition(" ")
    if rest and art in DATIVE:
        return DATIVE[art] + " " + rest
    return name


def accusative(name):
    art, _, rest = name.partition(" ")
    return "den " + rest if rest and art == "der" else name


def capital(s):
    return s[0].upper() + s[1:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--documents", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--states", type=int, default=len(STATES), help="how many states to use (at most %d)" % len(STATES))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    states = STATES[: max(2, min(args.states, len(STATES)))]
    # A few strong relations so the network has structure.
    favourites = [(rng.choice(states), rng.choice(states)) for _ in range(12)]
    for n in range(args.documents):
        sentences = []
        for _ in range(rng.randint(4, 12)):
            if rng.random() < 0.3:
                sentences.append(rng.choice(FILLER))
                continue
            a, b = rng.choice(favourites) if rng.random() < 0.4 else (rng.choice(states), rng.choice(states))
            if a == b:
                continue
            sentences.append(capital(rng.choice(TEMPLATES).format(A=a, B=accusative(b), Bd=dative(b))))
        month = rng.randint(1, 24)
        date = "%04d-%02d-%02d" % (2025 + (month - 1) // 12, (month - 1) % 12 + 1, rng.randint(1, 28))
        print(json.dumps({"id": "n%06d" % n, "date": date, "text": " ".join(sentences)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
