"""Gold place table for the fifth blind set: one row per ``place_key`` used in the markup.

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
    "romania": GoldPlace("Romania", "country", False),
    "turkey": GoldPlace("Turkey", "country", False),
    "western_balkans": GoldPlace("Western Balkans", "region", False),
    "balkans": GoldPlace("Balkans", "region", False),
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
    "ferizaj": GoldPlace("Ferizaj", "city", True, "Ferizaj", 42.371, 21.155),  # 784759
    "peja": GoldPlace("Peja", "city", True, "Peja", 42.659, 20.288),  # 787157
    "prizren": GoldPlace("Prizren", "city", True, "Prizren", 42.214, 20.740),  # 786712
    "gazivode": GoldPlace("Gazivode", "village", True, "Zubin Potok", 42.938, 20.671),  # 790752
    # Veliko Rudare, geonameid 784523
    "rudare": GoldPlace("Rudare", "village", True, "Zvečan", 42.918, 20.843),
    "suhareka": GoldPlace("Suhareka", "town", True, "Suhareka", 42.359, 20.825),  # 785238
    "vermica": GoldPlace("Vërmica", "border_crossing", True, "Prizren", 42.160, 20.565),  # 784184
    # outside Kosovo
    "germany": GoldPlace("Germany", "country", False),
    "ukraine": GoldPlace("Ukraine", "country", False),
    "russia": GoldPlace("Russia", "country", False),
    "united_states": GoldPlace("United States", "country", False),
    "albania": GoldPlace("Albania", "country", False),
    "netherlands": GoldPlace("Netherlands", "country", False),
    "the_hague": GoldPlace("The Hague", "city", False, None, 52.08, 4.31),
    "sremska_mitrovica": GoldPlace("Sremska Mitrovica", "town", False, None, 44.98, 19.61),
    "kukes": GoldPlace("Kukës", "town", False, None, 42.08, 20.42),
    "morine": GoldPlace("Morinë", "border_crossing", False, None, 42.11, 20.55),
    "belgrade": GoldPlace("Belgrade", "city", False, None, 44.817, 20.467),
    "raska": GoldPlace("Raška", "town", False, None, 43.286, 20.609),
    "naples": GoldPlace("Naples", "city", False, None, 40.85, 14.27),
    "brussels": GoldPlace("Brussels", "city", False, None, 50.847, 4.353),
    "washington": GoldPlace("Washington, D.C.", "city", False, None, 38.895, -77.037),
}
