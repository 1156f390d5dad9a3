"""The ``sitmap`` root command (every package's commands are there, the registry is strict)
and the filter options its store-reading commands share."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from events.filters import EventFilter
from sitmap.cli import CommandRegistryError, app, register_commands
from sitmap.cliopts import (
    NO_FILTERS,
    DbOpt,
    FilterOptions,
    municipality_codes,
    split_types,
    with_filter_options,
)

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


# The shared filter options (sitmap.cliopts) that events, export and snapshot use.

LAYER = pd.DataFrame(
    {
        "municipality_code": ["28", "30"],
        "name_en": ["Zubin Potok", "Zvečan"],
        "name_sq": ["Zubin Potok", "Zveçan"],
        "name_sr_cyrl": ["Зубин Поток", "Звечан"],
    }
)


@pytest.mark.parametrize("value", ["Zvečan", "Zvecan", "Zveçan", "ZVEČAN", "Звечан", "30", " 30 "])
def test_municipality_names_and_codes_resolve(value: str) -> None:
    assert municipality_codes([value], LAYER) == ("30",)


@pytest.mark.parametrize("value", ["Atlantis", "31", "0", "030"])
def test_unknown_municipality_is_a_usage_error(value: str) -> None:
    with pytest.raises(typer.BadParameter, match="unknown municipality"):
        municipality_codes([value], LAYER)


def test_codes_need_no_built_layer_but_names_do(tmp_path: Path) -> None:
    missing = tmp_path / "municipalities.parquet"
    assert municipality_codes(["1", "38"], missing) == ("01", "38")
    with pytest.raises(typer.BadParameter, match="39"):
        municipality_codes(["39"], missing)
    with pytest.raises(typer.BadParameter, match="run `sitmap data build`"):
        municipality_codes(["30", "Zvečan"], missing)


def test_type_takes_subtypes_only_where_the_command_allows() -> None:
    assert split_types(["Incident", "arrest", "police operation"]) == (
        ("incident",),
        ("arrest", "police_operation"),
    )
    with pytest.raises(typer.BadParameter, match="unknown type 'riot'; use incident, deployment"):
        split_types(["riot"], take_subtypes=False)
    with pytest.raises(typer.BadParameter, match="unknown type 'picnic'; choose from") as caught:
        split_types(["picnic"])
    assert caught.value.message.count("deployment") == 1  # a type and a subtype, listed once


def test_filter_options_build_the_event_filter() -> None:
    options = FilterOptions(
        date_from="2023-06-01",
        date_to="2023-06-30",
        types=("arrest",),
        subtypes=("arrest", "riot"),
        actors=("Kosovo Police",),
        municipalities=("Zvecan", "28"),
        min_confidence=0.5,
        precisions=(2, 1, 2),
        type_takes_subtypes=True,
    )
    assert options.to_filter(LAYER) == EventFilter(
        date_from=date(2023, 6, 1),
        date_to=date(2023, 6, 30),
        subtypes=("arrest", "riot"),
        actors=("Kosovo Police",),
        municipalities=("30", "28"),
        min_confidence=0.5,
        geo_precisions=(1, 2),
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (FilterOptions(date_from="June"), "'June' is not a date; use YYYY-MM-DD"),
        (FilterOptions(date_from="2023-05-02", date_to="2023-05-01"), "is before --from"),
        (FilterOptions(subtypes=("picnic",)), "unknown subtype 'picnic'"),
        (FilterOptions(precisions=(7,)), "geo precision must be 1, 2, 3 or 4, got 7"),
        (FilterOptions(types=("arrest",)), "unknown type 'arrest'; use incident"),
    ],
)
def test_bad_filter_options_are_usage_errors(options: FilterOptions, message: str) -> None:
    with pytest.raises(typer.BadParameter, match=re.escape(message)):
        options.to_filter(LAYER)


def test_with_filter_options_puts_the_options_in_place_of_filters() -> None:
    seen: list[tuple[FilterOptions, str, str | None]] = []

    @with_filter_options()
    def command(
        name: Annotated[str, typer.Option("--name")] = "x",
        filters: FilterOptions = NO_FILTERS,
        db: DbOpt = None,
    ) -> None:
        seen.append((filters, name, db))

    one = typer.Typer()
    one.command("one")(command)
    one.command("two")(command)  # a second command so typer keeps the subcommand name
    result = runner.invoke(
        one, ["one", "--db", "sqlite://", "--type", "incident", "--precision", "1", "--to", "2023"]
    )
    assert result.exit_code == 0, result.output
    assert seen == [
        (
            FilterOptions(date_to="2023", types=("incident",), precisions=(1,)),
            "x",
            "sqlite://",
        )
    ]
    listed = re.findall(r"(--[a-z-]+)", runner.invoke(one, ["one", "--help"]).output)
    assert listed[:3] == ["--name", "--from", "--to"]
    assert listed.index("--precision") < listed.index("--db")


def test_with_filter_options_needs_a_filters_parameter() -> None:
    def command(db: DbOpt = None) -> None:
        del db

    with pytest.raises(TypeError, match="needs a `filters: FilterOptions` parameter"):
        with_filter_options()(command)
