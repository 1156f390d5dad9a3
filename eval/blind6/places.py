"""Gold place table for the sixth blind set: one row per ``place_key`` used in the markup.

Kosovo points are the GeoNames settlement points used by the earlier sets, rounded to three
decimals; foreign points are rounded from general knowledge and only used for display.
Countries and regions carry no point, as in the development set.
"""

from __future__ import annotations

from labelkit import GoldPlace

GOLD_PLACES: dict[str, GoldPlace] = {
    # countries and regions
    "kosovo": GoldPlace("Kosovo", "country", True),
    "serbia": GoldPlace("Serbia", "country", False),
    "hungary": GoldPlace("Hungary", "country", False),
    "italy": GoldPlace("Italy", "country", False),
    "albania": GoldPlace("Albania", "country", False),
    "belgium": GoldPlace("Belgium", "country", False),
    "netherlands": GoldPlace("Netherlands", "country", False),
    "united_states": GoldPlace("United States", "country", False),
    # Kosovo settlements
    "pristina": GoldPlace("Pristina", "city", True, "Pristina", 42.673, 21.167),
    "zvecan": GoldPlace("Zvečan", "town", True, "Zvečan", 42.908, 20.840),
    "leposavic": GoldPlace("Leposavić", "town", True, "Leposavić", 43.104, 20.803),
    "zubin_potok": GoldPlace("Zubin Potok", "town", True, "Zubin Potok", 42.914, 20.690),
    "north_mitrovica": GoldPlace(
        "North Mitrovica", "town", True, "North Mitrovica", 42.883, 20.867
    ),
    "banjska": GoldPlace("Banjska", "village", True, "Zvečan", 42.973, 20.781),
    "ferizaj": GoldPlace("Ferizaj", "city", True, "Ferizaj", 42.371, 21.155),
    "prizren": GoldPlace("Prizren", "city", True, "Prizren", 42.214, 20.740),
    # outside Kosovo
    "belgrade": GoldPlace("Belgrade", "city", False, None, 44.817, 20.467),
    "raska": GoldPlace("Raška", "town", False, None, 43.286, 20.609),
    "kraljevo": GoldPlace("Kraljevo", "city", False, None, 43.724, 20.687),
    "brussels": GoldPlace("Brussels", "city", False, None, 50.847, 4.353),
    "washington": GoldPlace("Washington, D.C.", "city", False, None, 38.895, -77.037),
    "the_hague": GoldPlace("The Hague", "city", False, None, 52.08, 4.31),
    "strasbourg": GoldPlace("Strasbourg", "city", False, None, 48.573, 7.752),
    "kukes": GoldPlace("Kukës", "town", False, None, 42.08, 20.42),
    "naples": GoldPlace("Naples", "city", False, None, 40.85, 14.27),
    "budapest": GoldPlace("Budapest", "city", False, None, 47.498, 19.040),
    "sremska_mitrovica": GoldPlace("Sremska Mitrovica", "town", False, None, 44.98, 19.61),
    "novi_pazar": GoldPlace("Novi Pazar", "town", False, None, 43.137, 20.512),
}
