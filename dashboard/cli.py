"""``sitmap serve``: run the dashboard with Streamlit in the foreground."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import typer

APP_PATH = Path(__file__).resolve().parent / "app.py"
VENDOR_CHECK = APP_PATH.parent / "static" / "vendor" / "leaflet" / "leaflet.js"


def serve_command(*, port: int, address: str) -> list[str]:
    """The ``streamlit run`` command line; server options are passed so any working folder works."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_PATH),
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.headless",
        "true",
        "--server.enableStaticServing",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--browser.serverAddress",
        "localhost",
    ]


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``sitmap serve`` to the CLI."""
    del eval_app, data_app

    @app.command("serve")
    def serve(
        port: int = typer.Option(8501, "--port", help="Port to listen on."),
        address: str = typer.Option(
            "localhost",
            "--address",
            help="Interface to bind (0.0.0.0 for a wall screen on the LAN).",
        ),
        db: str | None = typer.Option(
            None, "--db", help="Event store URL (default SITMAP_DB_URL)."
        ),
    ) -> None:
        """Serve the dashboard (offline map, filters, exports) until interrupted."""
        if not VENDOR_CHECK.is_file():
            typer.echo(
                f"{VENDOR_CHECK} is missing: run `npm ci && python3 scripts/copy_assets.py` "
                "(or `make assets`) so the map works offline",
                err=True,
            )
            raise typer.Exit(code=2)
        env = dict(os.environ)
        if db:
            env["SITMAP_DB_URL"] = db
        typer.echo(f"sitmap dashboard on http://{address}:{port} (Ctrl+C to stop)")
        # The repository root holds .streamlit/config.toml (theme); run from there.
        code = run_foreground(
            serve_command(port=port, address=address), env=env, cwd=APP_PATH.parents[1]
        )
        raise typer.Exit(code=code)


def run_foreground(command: list[str], *, env: dict[str, str], cwd: Path) -> int:
    """Run a server until it exits; SIGTERM and Ctrl+C are passed on so it never outlives us."""
    process = subprocess.Popen(command, env=env, cwd=cwd)
    previous = signal.signal(signal.SIGTERM, lambda signum, _frame: process.send_signal(signum))
    try:
        while True:
            try:
                return process.wait()
            except KeyboardInterrupt:
                process.send_signal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if process.poll() is None:
            process.kill()
