"""``sitmap data sync`` and ``sitmap data build``: get the sources, compile the runtime artefacts.

``build_data`` is a plain function (the CLI only prints its report) so tests and scripts can run
the build without typer. Failures print one clear line and exit with code 2, never a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Final

import typer

from geo.errors import GeoDataError
from sitmap.settings import Settings, get_settings
from sitmap.sources import (
    Manifest,
    SourceError,
    attribution_text,
    load_manifest,
    source_states,
    sync_sources,
    verify_sources,
)

EXIT_FAILURE: Final = 2
GAZETTEER_MODULE: Final = "gazetteer.build"
# The sources the layer build reads; the gazetteer build checks its own.
_LAYER_SOURCES: Final = ("municipality_boundaries", "municipality_crosswalk", "country_outlines")


@dataclass(frozen=True, slots=True)
class BuildStep:
    """One artefact of the build: its name, where it went (None if skipped), and a note."""

    name: str
    path: Path | None
    seconds: float
    note: str = ""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """The steps of one ``build_data`` run, in order."""

    steps: tuple[BuildStep, ...]


def build_data(
    settings: Settings,
    *,
    manifest: Manifest | None = None,
    gazetteer_builder: Callable[[Settings], Path] | None = None,
) -> BuildReport:
    """Build the municipality and country layers, then the gazetteer when that step exists.

    Reads only ``settings.raw_dir`` (checked against the manifest first) and writes GeoParquet
    files atomically with a fixed row order, so the same sources give the same bytes.
    ``gazetteer_builder`` overrides the lookup of ``gazetteer.build.build_gazetteer``.
    """
    # geopandas is loaded here, not at import: the CLI root must start quickly.
    from geo.boundaries import build_country_layer, build_municipality_layer, write_layer

    resolved = manifest or load_manifest()
    verify_sources(settings, manifest=resolved, keys=_LAYER_SOURCES)
    steps = []

    started = time.perf_counter()
    municipalities = build_municipality_layer(
        resolved.raw_path(settings, "municipality_boundaries"),
        resolved.raw_path(settings, "municipality_crosswalk"),
    )
    path = write_layer(municipalities, settings.municipalities_path)
    steps.append(
        BuildStep(
            "municipalities", path, time.perf_counter() - started, f"{len(municipalities)} rows"
        )
    )

    started = time.perf_counter()
    countries = build_country_layer(resolved.raw_path(settings, "country_outlines"))
    path = write_layer(countries, settings.countries_path)
    steps.append(
        BuildStep("countries", path, time.perf_counter() - started, f"{len(countries)} rows")
    )

    builder = gazetteer_builder or _find_gazetteer_builder()
    if builder is None:
        steps.append(
            BuildStep("gazetteer", None, 0.0, f"not available yet: no {GAZETTEER_MODULE} module")
        )
    else:
        started = time.perf_counter()
        path = builder(settings)
        steps.append(BuildStep("gazetteer", path, time.perf_counter() - started))
    return BuildReport(steps=tuple(steps))


def _find_gazetteer_builder() -> Callable[[Settings], Path] | None:
    if (
        importlib.util.find_spec("gazetteer") is None
        or importlib.util.find_spec(GAZETTEER_MODULE) is None
    ):
        return None
    module = importlib.import_module(GAZETTEER_MODULE)
    builder: Callable[[Settings], Path] | None = getattr(module, "build_gazetteer", None)
    return builder


def _fail(exc: Exception) -> typer.Exit:
    typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
    return typer.Exit(code=EXIT_FAILURE)


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``sitmap data sync``, ``sitmap data build`` and ``sitmap data status``."""
    del app, eval_app  # this module only adds data commands

    @data_app.command("sync")
    def sync_command(
        mirror: Annotated[
            Path | None,
            typer.Option(
                help="Copy from this mirror folder instead of downloading "
                "(default: SITMAP_DATA_MIRROR)."
            ),
        ] = None,
        force: Annotated[
            bool, typer.Option(help="Fetch again even when a file is already up to date.")
        ] = False,
    ) -> None:
        """Download (or copy from a mirror) every source file, checked against the manifest."""
        settings = get_settings()
        try:
            report = sync_sources(settings, mirror=mirror, force=force)
        except SourceError as exc:
            raise _fail(exc) from None
        for entry in report.entries:
            typer.echo(f"{entry.status:>10}  {entry.target}  <- {entry.origin}")
        typer.echo(
            f"{len(report.fetched)} fetched, {len(report.up_to_date)} up to date "
            f"in {settings.raw_dir}"
        )

    @data_app.command("build")
    def build_command() -> None:
        """Build the municipality and country layers and the gazetteer from the synced sources."""
        settings = get_settings()
        try:
            report = build_data(settings)
        except (SourceError, GeoDataError, OSError, ValueError) as exc:
            # Every package's error family inherits OSError or ValueError (the gazetteer's too).
            raise _fail(exc) from None
        for step in report.steps:
            where = str(step.path) if step.path is not None else "-"
            typer.echo(f"{step.name:>14}  {step.seconds:6.2f} s  {where}  {step.note}".rstrip())

    @data_app.command("status")
    def status_command() -> None:
        """List each source with its state, licence and origin, then the attribution line."""
        settings = get_settings()
        try:
            states = source_states(settings)
        except SourceError as exc:
            raise _fail(exc) from None
        for item in states:
            source = item.source
            typer.echo(f"{item.state:>8}  {source.path}  [{source.origin}, {source.licence}]")
        for artefact in (
            settings.municipalities_path,
            settings.countries_path,
            settings.gazetteer_path,
        ):
            typer.echo(f"{'built' if artefact.is_file() else 'not built':>9}  {artefact}")
        typer.echo(f"attribution: {attribution_text()}")
        if any(item.state != "ok" for item in states):
            raise typer.Exit(code=1)
