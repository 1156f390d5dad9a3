"""Place names of Kosovo and of the places its news names: lookup, mentions, resolution.

``Gazetteer.load()`` once, then ``find_mentions(text)``; see docs/gazetteer.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gazetteer.model import GazetteerDataError, GazetteerError, GazetteerFileError, Mention, Place
from gazetteer.normalize import normalize_name

if TYPE_CHECKING:
    from gazetteer.index import Gazetteer

__all__ = [
    "Gazetteer",
    "GazetteerDataError",
    "GazetteerError",
    "GazetteerFileError",
    "Mention",
    "Place",
    "normalize_name",
]


def __getattr__(name: str) -> object:
    # The index pulls in wordfreq and pyarrow; load it on first use so that importing a light
    # module of this package (the command line, the model) stays fast.
    if name == "Gazetteer":
        from gazetteer.index import Gazetteer

        return Gazetteer
    raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
