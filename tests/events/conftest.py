"""A small in-memory gazetteer for extraction tests, with the real gazetteer's interface.

Extraction takes its gazetteer as a parameter; these tests pin the extraction rules (which
mention is the event site) independently of how the real gazetteer resolves names. Places,
rough coordinates and municipality codes are typed in by hand (codes from the 38-municipality
crosswalk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from gazetteer.model import Mention, Place

# name variants, place_id, name, feature_type, lat, lon, municipality code, municipality, in_aoi
_PLACES: tuple[tuple[tuple[str, ...], str, str, str, float | None, float | None, str | None,
                     str | None, bool], ...] = (
    (("Kosovo",), "t:kosovo", "Kosovo", "country", None, None, None, None, True),
    (("Serbia",), "t:serbia", "Serbia", "country", None, None, None, None, False),
    (("Turkey",), "t:turkey", "Turkey", "country", None, None, None, None, False),
    (("Ankara",), "t:ankara", "Ankara", "city", 39.93, 32.86, None, None, False),
    (("Belgrade",), "t:belgrade", "Belgrade", "city", 44.82, 20.46, None, None, False),
    (("Raška", "Raska"), "t:raska", "Raška", "town", 43.29, 20.61, None, None, False),
    (("Zvečan", "Zvecan"), "t:zvecan", "Zvečan", "town", 42.91, 20.84, "30", "Zvečan", True),
    (("Leposavić", "Leposavic", "Leposaviq"), "t:leposavic", "Leposavić", "town", 43.10, 20.80,
     "12", "Leposavić", True),
    (("Zubin Potok",), "t:zubin-potok", "Zubin Potok", "town", 42.91, 20.69, "29",
     "Zubin Potok", True),
    (("North Mitrovica",), "t:north-mitrovica", "North Mitrovica", "municipality", 42.90, 20.87,
     "38", "North Mitrovica", True),
    (("Mitrovica", "Kosovska Mitrovica"), "t:mitrovica", "Mitrovica", "city", 42.89, 20.87,
     "15", "Mitrovica (South)", True),
    (("Jarinje",), "t:jarinje", "Jarinje", "border_crossing", 43.20, 20.72, "12", "Leposavić",
     True),
    (("Brnjak", "Bernjak"), "t:brnjak", "Brnjak", "border_crossing", 42.95, 20.58, "29",
     "Zubin Potok", True),
    (("Banjska", "Banjske", "Banska"), "t:banjska", "Banjska", "village", 42.98, 20.77, "30",
     "Zvečan", True),
    (("Priština", "Pristina", "Prishtina"), "t:pristina", "Pristina", "city", 42.67, 21.17,
     "20", "Pristina", True),
    (("Ferizaj",), "t:ferizaj", "Ferizaj", "city", 42.37, 21.15, "03", "Ferizaj", True),
    (("Gračanica", "Gracanica"), "t:gracanica", "Gračanica", "town", 42.60, 21.19, "31",
     "Gračanica", True),
    (("Gazivode",), "t:gazivode", "Gazivode", "lake", 42.93, 20.62, "29", "Zubin Potok", True),
)


@dataclass(frozen=True)
class SmallGazetteer:
    """Finds the names above on word boundaries, longest first; one place per name."""

    places: tuple[tuple[str, Place], ...]
    pattern: re.Pattern[str]

    @classmethod
    def build(cls) -> SmallGazetteer:
        pairs: list[tuple[str, Place]] = []
        for names, pid, name, ftype, lat, lon, code, municipality, in_aoi in _PLACES:
            precision = 4 if ftype == "country" else 3 if ftype == "municipality" else 1
            place = Place(pid, name, ftype, lat, lon, code, municipality, in_aoi, 1.0, names,
                          "test", precision)
            pairs.extend((n, place) for n in names)
        body = "|".join(re.escape(n) for n, _ in sorted(pairs, key=lambda p: -len(p[0])))
        return cls(tuple(pairs), re.compile(rf"(?<!\w)(?:{body})(?!\w)"))

    def find_mentions(self, text: str) -> list[Mention]:
        lookup = dict(self.places)
        mentions = []
        for match in self.pattern.finditer(text):
            following = text[match.end():match.end() + 12]
            if re.match(r"\s+(?:Police|Force|Security|Serbs?|Albanians?)\b", following):
                continue  # organisation names and ethnonyms are not places
            place = lookup[match.group(0)]
            mentions.append(Mention(match.group(0), match.start(), match.end(), place,
                                    place.geo_precision, 1.0, "exact"))
        return mentions


@pytest.fixture(scope="session")
def small_gazetteer() -> SmallGazetteer:
    return SmallGazetteer.build()
