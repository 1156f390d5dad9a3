"""Fixtures shared by every test package.

``../shared`` (the data mirror and the labelled dev set) is part of the project's test set-up,
as it is in CI: a test that needs it fails with a clear message when it is missing rather than
being skipped silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitmap.settings import Settings, get_settings

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED_DIR / "data" / "kosovo" / "SOURCES.md").is_file():
        pytest.fail(f"{SHARED_DIR} is missing: clone sitmap beside the shared folder, as CI does")
    return SHARED_DIR


@pytest.fixture(scope="session")
def mirror_dir(shared_dir: Path) -> Path:
    return shared_dir / "data" / "kosovo"


@pytest.fixture(scope="session")
def dev_dir(shared_dir: Path) -> Path:
    return shared_dir / "dev"


@pytest.fixture(scope="session")
def built_settings() -> Settings:
    """Settings whose data folder holds the built artefacts (``make data`` / ``sitmap data build``)."""
    settings = get_settings()
    if not settings.municipalities_path.is_file() or not settings.gazetteer_path.is_file():
        pytest.fail(
            f"no built data in {settings.data_dir}: run `make data` "
            "(or `sitmap data sync && sitmap data build`) first"
        )
    return settings
