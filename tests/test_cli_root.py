"""The ``sitmap`` root command: every package's commands are there, and the registry is strict."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from sitmap.cli import CommandRegistryError, app, register_commands

runner = CliRunner()


def command_names(help_text: str) -> set[str]:
    """The names in the "Commands" panel of a typer help screen."""
    panel = help_text.split("Commands", 1)[1]
    return set(re.findall(r"^[│|]\s+([a-z][a-z-]*)\s", panel, flags=re.MULTILINE))


def test_root_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    expected = {
        "data",
        "eval",
        "geoparse",
        "ingest",
        "extract",
        "events",
        "export",
        "snapshot",
        "serve",
    }
    assert expected <= command_names(result.output)


def test_eval_help_lists_the_scorers() -> None:
    result = runner.invoke(app, ["eval", "--help"])
    assert result.exit_code == 0, result.output
    assert {"geoparse", "events"} <= command_names(result.output)


def fresh_apps() -> dict[str, typer.Typer]:
    return {"app": typer.Typer(), "eval_app": typer.Typer(), "data_app": typer.Typer()}


@pytest.mark.parametrize("module", ["sitmap.no_such_cli", "no_such_package.cli"])
def test_a_missing_command_module_is_an_error(module: str) -> None:
    with pytest.raises(CommandRegistryError, match=f"{module} is missing"):
        register_commands(**fresh_apps(), modules=(module,))


def test_a_module_without_register_is_an_error() -> None:
    with pytest.raises(CommandRegistryError, match="sitmap.settings has no register"):
        register_commands(**fresh_apps(), modules=("sitmap.settings",))


def test_a_broken_import_inside_a_module_is_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "brokencli_x3.py").write_text("import no_such_dependency_x3\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError) as caught:
        register_commands(**fresh_apps(), modules=("brokencli_x3",))
    assert caught.value.name == "no_such_dependency_x3"
    assert not isinstance(caught.value, CommandRegistryError)


def test_a_module_registers_into_the_apps_it_is_given() -> None:
    apps = fresh_apps()
    register_commands(**apps, modules=("geo.cli",))
    names = {command.name for command in apps["app"].registered_commands}
    assert names == {"export", "snapshot"}


HEAVY = ("geopandas", "sqlalchemy", "streamlit", "matplotlib", "pandas")


def test_the_filter_command_modules_import_nothing_heavy() -> None:
    """Start-up cost stays in the commands: these modules load no data library on import."""
    probe = (
        "import sys, sitmap.cliopts, events.cli, geo.cli; "
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
