"""Gold place table for the fourth blind set: one row per ``place_key`` used in the markup.

Kosovo points are GeoNames XK 2012 settlement points (geonameid in the comment), rounded to
three decimals; foreign points are rounded from general knowledge and only used for display.
Countries and regions carry no point, as in the development set.
"""

from __future__ import annotations

from labelkit import GoldPlace

GOLD_PLACES: dict[str, GoldPlace] = {
    # countries
    "kosovo": GoldPlace("Kosovo", "country", True),
    "serbia": GoldPlace("Serbia", "country", False),
    "italy": GoldPlace("Italy", "country", False),
    "hungary": GoldPlace("Hungary", "country", False),
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
    "varage": GoldPlace("Varage", "village", True, "Zubin Potok", 42.904, 20.736),  # 784719
    "jarinje": GoldPlace("Jarinje", "border_crossing", True, "Leposavić", 43.200, 20.721),  # 834414
    "brnjak": GoldPlace("Brnjak", "border_crossing", True, "Zubin Potok", 42.929, 20.566),  # 792265
    "merdare": GoldPlace("Merdare", "border_crossing", True, "Podujevo", 42.933, 21.235),  # 788029
    "obiliq": GoldPlace("Obiliq", "town", True, "Obiliq", 42.687, 21.070),  # 787534
    "strpce": GoldPlace("Štrpce", "town", True, "Štrpce", 42.239, 21.027),  # 785388
    "gracanica": GoldPlace("Gračanica", "town", True, "Gračanica", 42.601, 21.196),  # 790265
    "ranilug": GoldPlace("Ranilug", "village", True, "Ranilug", 42.492, 21.599),  # 786478
    "ferizaj": GoldPlace("Ferizaj", "city", True, "Ferizaj", 42.371, 21.155),  # 784759
    "gjilan": GoldPlace("Gjilan", "city", True, "Gjilan", 42.460, 21.470),  # 790674
    "peja": GoldPlace("Peja", "city", True, "Peja", 42.659, 20.288),  # 787157
    "gjakova": GoldPlace("Gjakova", "city", True, "Gjakova", 42.380, 20.431),  # 791646
    "prizren": GoldPlace("Prizren", "city", True, "Prizren", 42.214, 20.740),  # 786712
    # outside Kosovo
    "belgrade": GoldPlace("Belgrade", "city", False, None, 44.817, 20.467),
    "raska": GoldPlace("Raška", "town", False, None, 43.286, 20.609),
    "novi_pazar": GoldPlace("Novi Pazar", "city", False, None, 43.14, 20.52),
    "tutin": GoldPlace("Tutin", "town", False, None, 42.99, 20.34),
    "kursumlija": GoldPlace("Kuršumlija", "town", False, None, 43.14, 21.27),
    "vranje": GoldPlace("Vranje", "city", False, None, 42.55, 21.90),
    "bujanovac": GoldPlace("Bujanovac", "town", False, None, 42.46, 21.77),
    "presevo": GoldPlace("Preševo", "town", False, None, 42.31, 21.65),
    "naples": GoldPlace("Naples", "city", False, None, 40.85, 14.27),
    "brussels": GoldPlace("Brussels", "city", False, None, 50.847, 4.353),
    "washington": GoldPlace("Washington, D.C.", "city", False, None, 38.895, -77.037),
    "moscow": GoldPlace("Moscow", "city", False, None, 55.756, 37.617),
}
