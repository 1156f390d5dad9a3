"""Gold place table for the third blind set: one row per ``place_key`` used in the markup.

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
    "montenegro": GoldPlace("Montenegro", "country", False),
    "north_macedonia": GoldPlace("North Macedonia", "country", False),
    "us": GoldPlace("United States", "country", False),
    "italy": GoldPlace("Italy", "country", False),
    "turkey": GoldPlace("Turkey", "country", False),
    "poland": GoldPlace("Poland", "country", False),
    "hungary": GoldPlace("Hungary", "country", False),
    "romania": GoldPlace("Romania", "country", False),
    "austria": GoldPlace("Austria", "country", False),
    "germany": GoldPlace("Germany", "country", False),
    "switzerland": GoldPlace("Switzerland", "country", False),
    "drenica": GoldPlace("Drenica", "region", True),
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
    "gotovusa": GoldPlace("Gotovuša", "village", True, "Štrpce", 42.249, 21.073),  # 790291
    "brezovica": GoldPlace("Brezovica", "village", True, "Štrpce", 42.222, 21.005),  # 829518
    "ferizaj": GoldPlace("Ferizaj", "city", True, "Ferizaj", 42.371, 21.155),  # 784759
    "lipjan": GoldPlace("Lipjan", "town", True, "Lipjan", 42.522, 21.126),  # 788652
    "podujevo": GoldPlace("Podujevo", "town", True, "Podujevo", 42.911, 21.193),  # 786950
    "vushtrri": GoldPlace("Vushtrri", "town", True, "Vushtrri", 42.823, 20.968),  # 784097
    "skenderaj": GoldPlace("Skenderaj", "town", True, "Skenderaj", 42.747, 20.789),  # 785642
    "gjilan": GoldPlace("Gjilan", "city", True, "Gjilan", 42.460, 21.470),  # 790674
    "kamenica": GoldPlace("Kamenica", "town", True, "Kamenica", 42.578, 21.580),  # 789227
    "novo_brdo": GoldPlace("Novo Brdo", "village", True, "Novo Brdo", 42.616, 21.434),  # 787589
    "peja": GoldPlace("Peja", "city", True, "Peja", 42.659, 20.288),  # 787157
    "decani": GoldPlace("Deçan", "town", True, "Deçan", 42.540, 20.288),  # 791580
    "gjakova": GoldPlace("Gjakova", "city", True, "Gjakova", 42.380, 20.431),  # 791646
    "istog": GoldPlace("Istog", "town", True, "Istog", 42.781, 20.488),  # 789996
    "klina": GoldPlace("Klina", "town", True, "Klina", 42.622, 20.578),  # 789455
    "prizren": GoldPlace("Prizren", "city", True, "Prizren", 42.214, 20.740),  # 786712
    # outside Kosovo
    "belgrade": GoldPlace("Belgrade", "city", False, None, 44.817, 20.467),
    "raska": GoldPlace("Raška", "town", False, None, 43.286, 20.609),
    "novi_pazar": GoldPlace("Novi Pazar", "city", False, None, 43.14, 20.52),
    "kursumlija": GoldPlace("Kuršumlija", "town", False, None, 43.14, 21.27),
    "nis": GoldPlace("Niš", "city", False, None, 43.32, 21.90),
    "sremska_mitrovica": GoldPlace("Sremska Mitrovica", "city", False, None, 44.98, 19.61),
    "tirana": GoldPlace("Tirana", "city", False, None, 41.33, 19.82),
    "skopje": GoldPlace("Skopje", "city", False, None, 41.996, 21.432),
    "kumanovo": GoldPlace("Kumanovo", "town", False, None, 42.13, 21.71),
    "naples": GoldPlace("Naples", "city", False, None, 40.85, 14.27),
    "brussels": GoldPlace("Brussels", "city", False, None, 50.847, 4.353),
    "washington": GoldPlace("Washington, D.C.", "city", False, None, 38.895, -77.037),
    "ankara": GoldPlace("Ankara", "city", False, None, 39.93, 32.86),
}
