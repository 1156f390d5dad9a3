"""Gold place table for the second blind set: one row per ``place_key`` used in the markup.

Kosovo points are GeoNames XK 2012 settlement points (geonameid in the comment), rounded to
three decimals; foreign points are rounded from general knowledge and only used for display.
Countries and regions carry no point, as in the development set.
"""

from __future__ import annotations

from labelkit import GoldPlace

GOLD_PLACES: dict[str, GoldPlace] = {
    # countries and regions
    "kosovo": GoldPlace("Kosovo", "country", True),
    "serbia": GoldPlace("Serbia", "country", False),
    "albania": GoldPlace("Albania", "country", False),
    "north_macedonia": GoldPlace("North Macedonia", "country", False),
    "montenegro": GoldPlace("Montenegro", "country", False),
    "us": GoldPlace("United States", "country", False),
    "uk": GoldPlace("United Kingdom", "country", False),
    "italy": GoldPlace("Italy", "country", False),
    "hungary": GoldPlace("Hungary", "country", False),
    "poland": GoldPlace("Poland", "country", False),
    "austria": GoldPlace("Austria", "country", False),
    "switzerland": GoldPlace("Switzerland", "country", False),
    "romania": GoldPlace("Romania", "country", False),
    "turkey": GoldPlace("Turkey", "country", False),
    "germany": GoldPlace("Germany", "country", False),
    "france": GoldPlace("France", "country", False),
    # Kosovo settlements and crossings
    "pristina": GoldPlace("Pristina", "city", True, "Pristina", 42.673, 21.167),  # 786714
    "zvecan": GoldPlace("Zvečan", "town", True, "Zvečan", 42.908, 20.840),  # 783770
    "leposavic": GoldPlace("Leposavić", "town", True, "Leposavić", 43.104, 20.803),  # 788731
    "zubin_potok": GoldPlace("Zubin Potok", "town", True, "Zubin Potok", 42.914, 20.690),  # 783802
    "north_mitrovica": GoldPlace(
        "North Mitrovica", "town", True, "North Mitrovica", 42.883, 20.867
    ),
    "mitrovica": GoldPlace(
        "Mitrovica",
        "city",
        True,
        None,
        42.883,
        20.867,  # 789225
        ("Mitrovica", "North Mitrovica"),
    ),
    "banjska": GoldPlace("Banjska", "village", True, "Zvečan", 42.973, 20.781),  # 792910
    "jarinje": GoldPlace("Jarinje", "border_crossing", True, "Leposavić", 43.200, 20.721),  # 834414
    "brnjak": GoldPlace("Brnjak", "border_crossing", True, "Zubin Potok", 42.929, 20.566),  # 792265
    "merdare": GoldPlace("Merdare", "border_crossing", True, "Podujevo", 42.933, 21.235),  # 788029
    "gracanica": GoldPlace("Gračanica", "town", True, "Gračanica", 42.601, 21.196),  # 790265
    "strpce": GoldPlace("Štrpce", "town", True, "Štrpce", 42.239, 21.027),  # 785388
    "podujevo": GoldPlace("Podujevo", "town", True, "Podujevo", 42.911, 21.193),  # 786950
    "gjilan": GoldPlace("Gjilan", "city", True, "Gjilan", 42.460, 21.470),  # 790674
    "kamenica": GoldPlace("Kamenica", "town", True, "Kamenica", 42.578, 21.580),  # 789227
    "ferizaj": GoldPlace("Ferizaj", "city", True, "Ferizaj", 42.371, 21.155),  # 784759
    "kacanik": GoldPlace("Kaçanik", "town", True, "Kaçanik", 42.232, 21.259),  # 789721
    "hani_i_elezit": GoldPlace(
        "Hani i Elezit", "town", True, "Hani i Elezit", 42.150, 21.297
    ),  # 791539
    "peja": GoldPlace("Peja", "city", True, "Peja", 42.659, 20.288),  # 787157
    "decani": GoldPlace("Deçan", "town", True, "Deçan", 42.540, 20.288),  # 791580
    "gjakova": GoldPlace("Gjakova", "city", True, "Gjakova", 42.380, 20.431),  # 791646
    "istog": GoldPlace("Istog", "town", True, "Istog", 42.781, 20.488),  # 789996
    "klina": GoldPlace("Klina", "town", True, "Klina", 42.622, 20.578),  # 789455
    "junik": GoldPlace("Junik", "town", True, "Junik", 42.476, 20.277),  # 789739
    "rahovec": GoldPlace("Rahovec", "town", True, "Rahovec", 42.399, 20.655),  # 787456
    "prizren": GoldPlace("Prizren", "city", True, "Prizren", 42.214, 20.740),  # 786712
    "dragash": GoldPlace("Dragash", "town", True, "Dragash", 42.027, 20.653),  # 791122
    "suhareka": GoldPlace("Suhareka", "town", True, "Suhareka", 42.359, 20.825),  # 785238
    "malisheva": GoldPlace("Malisheva", "town", True, "Malisheva", 42.482, 20.746),  # 788239
    # outside Kosovo
    "belgrade": GoldPlace("Belgrade", "city", False, None, 44.817, 20.467),
    "raska": GoldPlace("Raška", "town", False, None, 43.286, 20.609),
    "novi_pazar": GoldPlace("Novi Pazar", "city", False, None, 43.14, 20.52),
    "kursumlija": GoldPlace("Kuršumlija", "town", False, None, 43.14, 21.27),
    "nis": GoldPlace("Niš", "city", False, None, 43.32, 21.90),
    "vranje": GoldPlace("Vranje", "city", False, None, 42.55, 21.90),
    "bujanovac": GoldPlace("Bujanovac", "town", False, None, 42.46, 21.77),
    "sremska_mitrovica": GoldPlace("Sremska Mitrovica", "city", False, None, 44.98, 19.61),
    "tirana": GoldPlace("Tirana", "city", False, None, 41.33, 19.82),
    "skopje": GoldPlace("Skopje", "city", False, None, 41.996, 21.432),
    "podgorica": GoldPlace("Podgorica", "city", False, None, 42.44, 19.26),
    "brussels": GoldPlace("Brussels", "city", False, None, 50.847, 4.353),
    "washington": GoldPlace("Washington, D.C.", "city", False, None, 38.895, -77.037),
}
