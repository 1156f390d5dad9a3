"""``sitmap serve``: the Streamlit command line it runs."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dashboard.cli import APP_PATH, serve_command
from sitmap.cli import app


def test_serve_runs_the_packaged_app_with_offline_options() -> None:
    command = serve_command(port=8600, address="127.0.0.1")
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert Path(command[4]) == APP_PATH and APP_PATH.is_file()
    options = dict(zip(command[5::2], command[6::2], strict=True))
    assert options["--server.port"] == "8600"
    assert options["--server.address"] == "127.0.0.1"
    assert options["--server.enableStaticServing"] == "true"
    assert options["--browser.gatherUsageStats"] == "false"


def test_serve_is_registered() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "--db" in result.output
