"""Place names of Kosovo and of the places its news names: lookup, mentions, resolution.

``Gazetteer.load()`` once, then ``find_mentions(text)``; see docs/gazetteer.md.
"""

from gazetteer.index import Gazetteer
from gazetteer.model import GazetteerDataError, GazetteerError, GazetteerFileError, Mention, Place
from gazetteer.normalize import normalize_name

__all__ = [
    "Gazetteer",
    "GazetteerDataError",
    "GazetteerError",
    "GazetteerFileError",
    "Mention",
    "Place",
    "normalize_name",
]
