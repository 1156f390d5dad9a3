"""The Streamlit page run headless with AppTest against a small temporary store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


@pytest.fixture()
def app(dashboard_env: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def test_page_runs(app: AppTest) -> None:
    metrics = {m.label: m.value for m in app.metric}
    print(metrics)
    assert metrics["Events"] == "10"
