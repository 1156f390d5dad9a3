"""Where sitmap keeps its data, read from the environment with documented defaults.

Every path is derived from one data folder so that a whole installation can be moved,
wiped or pointed elsewhere with a single variable:

- ``SITMAP_DATA_DIR``: the data folder (default ``$XDG_DATA_HOME/sitmap``, i.e.
  ``~/.local/share/sitmap``). The Makefile points it at ``var/`` inside the checkout.
- ``SITMAP_DATA_MIRROR``: a folder laid out like ``../shared/data/kosovo``; when set,
  ``sitmap data sync`` copies from it instead of downloading.
- ``SITMAP_DB_URL``: the event store (default SQLite ``<data>/sitmap.db``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def _default_data_dir() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "sitmap"


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved locations. Build with :func:`get_settings`; pass explicitly to core code."""

    data_dir: Path
    mirror_dir: Path | None
    db_url: str

    @property
    def raw_dir(self) -> Path:
        """Synced source files, laid out as in the manifest (``boundaries/``, ``gazetteer/``)."""
        return self.data_dir / "raw"

    @property
    def build_dir(self) -> Path:
        """Runtime artefacts compiled by ``sitmap data build``."""
        return self.data_dir / "build"

    @property
    def municipalities_path(self) -> Path:
        return self.build_dir / "municipalities.parquet"

    @property
    def countries_path(self) -> Path:
        return self.build_dir / "countries.parquet"

    @property
    def gazetteer_path(self) -> Path:
        return self.build_dir / "gazetteer.parquet"


def get_settings(
    *,
    data_dir: str | os.PathLike[str] | None = None,
    mirror_dir: str | os.PathLike[str] | None = None,
    db_url: str | None = None,
) -> Settings:
    """Settings from explicit arguments, then the environment, then the defaults."""
    resolved_data = Path(data_dir or os.environ.get("SITMAP_DATA_DIR") or _default_data_dir())
    resolved_data = resolved_data.expanduser().resolve()
    mirror = mirror_dir or os.environ.get("SITMAP_DATA_MIRROR") or None
    resolved_mirror = Path(mirror).expanduser().resolve() if mirror else None
    url = db_url or os.environ.get("SITMAP_DB_URL") or f"sqlite:///{resolved_data / 'sitmap.db'}"
    return Settings(data_dir=resolved_data, mirror_dir=resolved_mirror, db_url=url)
