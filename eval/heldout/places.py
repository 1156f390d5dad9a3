"""Gold place table for the held-out set: one row per ``place_key`` used in the markup.

Kosovo points are GeoNames XK 2012 settlement points (geonameid in the comment); foreign points
are rounded to two decimals from general knowledge and only used for display. Countries, regions
and lakes carry no point, as in the development set.
"""

from __future__ import annotations

from labelkit import GoldPlace

GOLD_PLACES: dict[str, GoldPlace] = {
    # countries and regions
    "kosovo": GoldPlace("Kosovo", "country", True),
    "serbia": GoldPlace("Serbia", "country", False),
    "albania": GoldPlace("Albania", "country", False),
    "uk": GoldPlace("United Kingdom", "country", False),
    "us": GoldPlace("United States", "country", False),
    "italy": GoldPlace("Italy", "country", False),
    "hungary": GoldPlace("Hungary", "country", False),
    "vojvodina": GoldPlace("Vojvodina", "region", False),
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
    "varage": GoldPlace("Varage", "village", True, "Zubin Potok", 42.904, 20.736),  # 784719
    "gazivode": GoldPlace("Gazivode Lake", "lake", True, "Zubin Potok"),  # 823862, lake
    "obiliq": GoldPlace("Obiliq", "town", True, "Obiliq", 42.687, 21.070),  # 787534
    "gracanica": GoldPlace("Gračanica", "town", True, "Gračanica", 42.601, 21.196),  # 790265
    "strpce": GoldPlace("Štrpce", "town", True, "Štrpce", 42.239, 21.027),  # 785388
    "gotovusa": GoldPlace("Gotovuša", "village", True, "Štrpce", 42.249, 21.073),  # 790291
    "brezovica": GoldPlace("Brezovica", "village", True, "Štrpce", 42.222, 21.005),  # 829518
    "novo_brdo": GoldPlace("Novo Brdo", "town", True, "Novo Brdo", 42.616, 21.434),  # 787589
    "gjilan": GoldPlace("Gjilan", "city", True, "Gjilan", 42.460, 21.470),  # 790674
    "kamenica": GoldPlace("Kamenica", "town", True, "Kamenica", 42.578, 21.580),  # 789227
    "ferizaj": GoldPlace("Ferizaj", "city", True, "Ferizaj", 42.371, 21.155),  # 784759
    "decani": GoldPlace("Deçan", "town", True, "Deçan", 42.540, 20.288),  # 791580
    "peja": GoldPlace("Peja", "city", True, "Peja", 42.659, 20.288),  # 787157
    "prizren": GoldPlace("Prizren", "city", True, "Prizren", 42.214, 20.740),  # 786712
    "podujevo": GoldPlace("Podujevo", "town", True, "Podujevo", 42.911, 21.193),  # 786950
    "vushtrri": GoldPlace("Vushtrri", "town", True, "Vushtrri", 42.823, 20.968),  # 784097
    "skenderaj": GoldPlace("Skenderaj", "town", True, "Skenderaj", 42.747, 20.789),  # 785642
    "lipjan": GoldPlace("Lipjan", "town", True, "Lipjan", 42.522, 21.126),  # 788652
    # outside Kosovo
    "belgrade": GoldPlace("Belgrade", "city", False, None, 44.817, 20.467),
    "raska": GoldPlace("Raška", "town", False, None, 43.286, 20.609),
    "novi_pazar": GoldPlace("Novi Pazar", "city", False, None, 43.14, 20.52),
    "kraljevo": GoldPlace("Kraljevo", "city", False, None, 43.72, 20.69),
    "nis": GoldPlace("Niš", "city", False, None, 43.32, 21.90),
    "sremska_mitrovica": GoldPlace("Sremska Mitrovica", "city", False, None, 44.98, 19.61),
    "tirana": GoldPlace("Tirana", "city", False, None, 41.33, 19.82),
    "skopje": GoldPlace("Skopje", "city", False, None, 41.996, 21.432),
    "ohrid": GoldPlace("Ohrid", "city", False, None, 41.12, 20.80),
    "brussels": GoldPlace("Brussels", "city", False, None, 50.847, 4.353),
    "moscow": GoldPlace("Moscow", "city", False, None, 55.76, 37.62),
    "washington": GoldPlace("Washington, D.C.", "city", False, None, 38.895, -77.037),
    "london": GoldPlace("London", "city", False, None, 51.51, -0.13),
}
