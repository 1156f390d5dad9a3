"""The things the gazetteer hands out: a place, and a place mention found in a text."""

from __future__ import annotations

from dataclasses import dataclass

FEATURE_TYPES: tuple[str, ...] = (
    "city",
    "town",
    "village",
    "municipality",
    "border_crossing",
    "camp",
    "bridge",
    "lake",
    "canal",
    "river",
    "mountain",
    "monastery",
    "region",
    "country",
    "other",
)


class GazetteerError(Exception):
    """Base of the gazetteer's errors."""


class GazetteerDataError(GazetteerError, ValueError):
    """A source or built file does not hold what the gazetteer needs."""


class GazetteerFileError(GazetteerError, OSError):
    """A file the gazetteer needs is missing or unreadable."""


@dataclass(frozen=True, slots=True)
class Place:
    """One named place.

    ``place_id`` says where it comes from: ``gn:<geonameid>``, ``gns:<UFI>``,
    ``mun:<code>`` (one of the 38 municipalities) or ``ov:<slug>`` (the curated overlay).
    ``lat``/``lon`` are None for countries and regions that are not mapped.
    ``geo_precision`` is the precision a mention of this place gets by default (1 the place
    itself, 3 a municipality or region, 4 a country).
    """

    place_id: str
    name: str
    feature_type: str
    lat: float | None
    lon: float | None
    municipality_code: str | None
    municipality: str | None
    in_aoi: bool
    importance: float
    names: tuple[str, ...]
    source: str
    geo_precision: int = 1


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text, with offsets into the original text.

    ``text == original[start:end]``. ``place`` is the resolved place (None if the name could
    not be resolved); ``candidates`` are the place ids the name could have meant, best first.
    ``method`` says how the place was chosen: "exact", "fuzzy", "context:near",
    "context:article", "context:municipality", "importance".
    """

    text: str
    start: int
    end: int
    place: Place | None
    geo_precision: int
    score: float
    method: str
    candidates: tuple[str, ...] = ()
