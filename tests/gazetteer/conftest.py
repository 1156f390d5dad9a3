"""A gazetteer built once per session from the shared data mirror into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.build import build_gazetteer
from gazetteer.index import Gazetteer
from sitmap.settings import Settings, get_settings


@pytest.fixture(scope="session")
def gazetteer_settings(mirror_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose raw folder links to the mirror, with the gazetteer built in it."""
    data_dir = tmp_path_factory.mktemp("sitmap-data")
    raw = data_dir / "raw"
    raw.mkdir()
    for part in ("gazetteer", "boundaries"):
        (raw / part).symlink_to(mirror_dir / part, target_is_directory=True)
    settings = get_settings(data_dir=data_dir)
    build_gazetteer(settings)
    return settings


@pytest.fixture(scope="session")
def gazetteer(gazetteer_settings: Settings) -> Gazetteer:
    return Gazetteer.load(gazetteer_settings)
