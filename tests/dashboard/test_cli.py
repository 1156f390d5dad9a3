"""``sitmap serve``: the Streamlit command line it runs."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def test_stopping_serve_stops_the_server(tmp_path: Path) -> None:
    """SIGTERM to ``sitmap serve`` (run_foreground) must not leave the Streamlit server behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    pid_file = tmp_path / "child.pid"
    script = (
        "import os, pathlib, time;"
        " pathlib.Path(os.environ['PID_FILE']).write_text(str(os.getpid())); time.sleep(60)"
    )
    runner = (
        "import os, sys; from pathlib import Path; from dashboard.cli import run_foreground;"
        f" sys.exit(run_foreground([sys.executable, '-c', {script!r}], env=dict(os.environ),"
        " cwd=Path('.')))"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", runner], env={**os.environ, "PID_FILE": str(pid_file)}
    )
    deadline = time.monotonic() + 20
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    child = int(pid_file.read_text())
    parent.send_signal(signal.SIGTERM)
    parent.wait(timeout=20)
    # run_foreground passed SIGTERM on and reaped the server: the pid is gone.
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def test_map_summary_and_view_modules_do_not_need_streamlit() -> None:
    """Only app.py and the data layer use Streamlit; the rest is plain Python (bench, exports)."""
    import subprocess
    import sys

    code = (
        "import sys; import dashboard.mapview, dashboard.summary, dashboard.viewstate,"
        " dashboard.cli; assert 'streamlit' not in sys.modules, 'streamlit was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
