"""Options and helpers shared by the commands that read the event store.

``sitmap events``, ``sitmap export`` and ``sitmap snapshot`` take the same filter options and
turn them into one :class:`events.filters.EventFilter` the same way, so a selection typed on the
command line means the same thing everywhere (and the same as in the dashboard). A command gets
the options by wrapping itself in :func:`with_filter_options`; typer then shows and parses them
like the command's own, and the command receives them as one :class:`FilterOptions`.

Only light modules are imported here: pandas, geopandas and the store load inside the functions
that need them, so ``sitmap --help`` stays quick.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from unidecode import unidecode

if TYPE_CHECKING:
    import pandas as pd

    from events.filters import EventFilter

NAME_COLUMNS = ("name_en", "name_sq", "name_sr_latn", "name_sr_cyrl")
"""Columns of the municipality layer whose names ``--municipality`` accepts."""

MUNICIPALITY_CODES = tuple(f"{n:02d}" for n in range(1, 39))
"""Kosovo's 38 municipality codes, used when no built layer is at hand to list them."""

FromOpt = Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD), inclusive.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last day (YYYY-MM-DD), inclusive.")]
TypeOpt = Annotated[
    list[str] | None, typer.Option("--type", help="incident or deployment (repeatable).")
]
TypeOrSubtypeOpt = Annotated[
    list[str] | None,
    typer.Option("--type", help="Event type or subtype, e.g. incident, arrest (repeatable)."),
]
SubtypeOpt = Annotated[
    list[str] | None,
    typer.Option("--subtype", help="Event subtype, e.g. arrest, deployment (repeatable)."),
]
ActorOpt = Annotated[
    list[str] | None, typer.Option("--actor", help="Canonical actor name (repeatable).")
]
MunicipalityOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--municipality", help="Municipality code 01..38 or a name in any language (repeatable)."
    ),
]
MinConfidenceOpt = Annotated[
    float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Lowest confidence kept.")
]
PrecisionOpt = Annotated[
    list[int] | None, typer.Option("--precision", help="Geo precision 1-4 to keep (repeatable).")
]
DbOpt = Annotated[
    str | None, typer.Option("--db", help="Store URL (default: settings / SITMAP_DB_URL).")
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``error: message`` to stderr and return the exit to raise (code 2: bad input)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def parse_day(value: str | None, option: str) -> date | None:
    """An ISO day from an option's text, or ``None`` when the option was not given."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option
        ) from exc


def split_types(
    values: Sequence[str], *, take_subtypes: bool = True
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``--type`` values as (types, subtypes), whatever their case or spaces.

    With ``take_subtypes`` a subtype is accepted too (``sitmap events --type arrest``);
    without, only the event types are (``sitmap export``, which has ``--subtype`` for those).
    """
    from events.schema import EVENT_TYPES, SUBTYPES_BY_TYPE

    known_subtypes = {s for subs in SUBTYPES_BY_TYPE.values() for s in subs}
    types: list[str] = []
    subtypes: list[str] = []
    for value in values:
        key = _key(value)
        if key in EVENT_TYPES:
            types.append(key)
        elif take_subtypes and key in known_subtypes:
            subtypes.append(key)
        elif take_subtypes:
            choices = ", ".join(dict.fromkeys([*EVENT_TYPES, *sorted(known_subtypes)]))
            raise typer.BadParameter(
                f"unknown type {value!r}; choose from {choices}", param_hint="--type"
            )
        else:
            raise typer.BadParameter(
                f"unknown type {value!r}; use {', '.join(EVENT_TYPES)}", param_hint="--type"
            )
    return tuple(types), tuple(subtypes)


def check_subtypes(values: Sequence[str]) -> tuple[str, ...]:
    """``--subtype`` values, normalised like ``--type``; an unknown one is a usage error."""
    from events.schema import SUBTYPES_BY_TYPE

    known_subtypes = {s for subs in SUBTYPES_BY_TYPE.values() for s in subs}
    subtypes = tuple(_key(value) for value in values)
    for value, key in zip(values, subtypes, strict=True):
        if key not in known_subtypes:
            raise typer.BadParameter(
                f"unknown subtype {value!r}; use one of {', '.join(sorted(known_subtypes))}",
                param_hint="--subtype",
            )
    return subtypes


def municipality_codes(values: Sequence[str], layer: pd.DataFrame | Path) -> tuple[str, ...]:
    """Codes "01".."38" for ``--municipality`` values, given as codes or names.

    Names may be in any of the layer's languages and match whatever the case or diacritics
    (Zvecan finds Zvečan). ``layer`` is the loaded municipality layer, or the path of the built
    one, which is then read only if a name has to be looked up (plain codes need no built data).
    """
    codes: list[str] = []
    names: dict[str, str] | None = None
    for value in values:
        wanted = value.strip()
        if wanted.isdigit():
            code = wanted.zfill(2)
            found = code if code in _known_codes(layer) else None
        else:
            if names is None:
                names = _municipality_names(layer)
            found = names.get(_fold(wanted))
        if found is None:
            hint = "a name from the municipality layer"
            if isinstance(layer, Path) and not layer.is_file():
                hint += " (names need the built layer: run `sitmap data build`)"
            raise typer.BadParameter(
                f"unknown municipality {value!r}; give a code 01..38 or {hint}",
                param_hint="--municipality",
            )
        codes.append(found)
    return tuple(codes)


@dataclass(frozen=True, slots=True)
class FilterOptions:
    """The filter options as typed on the command line, before they are checked."""

    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    min_confidence: float = 0.0
    precisions: tuple[int, ...] = ()
    type_takes_subtypes: bool = False  # how the command declared --type (see split_types)

    def to_filter(self, layer: pd.DataFrame | Path) -> EventFilter:
        """The checked :class:`EventFilter`; a bad value raises ``typer.BadParameter`` (exit 2).

        ``layer`` is as for :func:`municipality_codes`.
        """
        from events.filters import EventFilter
        from events.schema import GEO_PRECISIONS

        types, subtypes_in_type = split_types(self.types, take_subtypes=self.type_takes_subtypes)
        subtypes = tuple(dict.fromkeys([*subtypes_in_type, *check_subtypes(self.subtypes)]))
        for value in self.precisions:
            if value not in GEO_PRECISIONS:
                raise typer.BadParameter(
                    f"geo precision must be 1, 2, 3 or 4, got {value}", param_hint="--precision"
                )
        start, end = parse_day(self.date_from, "--from"), parse_day(self.date_to, "--to")
        if start and end and end < start:
            raise typer.BadParameter(f"--to {end} is before --from {start}", param_hint="--to")
        return EventFilter(
            date_from=start,
            date_to=end,
            types=types,
            subtypes=subtypes,
            actors=self.actors,
            municipalities=municipality_codes(self.municipalities, layer),
            min_confidence=self.min_confidence,
            geo_precisions=tuple(sorted(set(self.precisions))),
        )


NO_FILTERS = FilterOptions()
"""The default of a command's ``filters`` parameter (the wrapper always passes the real one)."""

_KEYWORD = inspect.Parameter.KEYWORD_ONLY


def _filter_parameters(type_option: Any) -> tuple[inspect.Parameter, ...]:
    return (
        inspect.Parameter("date_from", _KEYWORD, default=None, annotation=FromOpt),
        inspect.Parameter("date_to", _KEYWORD, default=None, annotation=ToOpt),
        inspect.Parameter("event_type", _KEYWORD, default=None, annotation=type_option),
        inspect.Parameter("subtype", _KEYWORD, default=None, annotation=SubtypeOpt),
        inspect.Parameter("actor", _KEYWORD, default=None, annotation=ActorOpt),
        inspect.Parameter("municipality", _KEYWORD, default=None, annotation=MunicipalityOpt),
        inspect.Parameter("min_confidence", _KEYWORD, default=0.0, annotation=MinConfidenceOpt),
        inspect.Parameter("precision", _KEYWORD, default=None, annotation=PrecisionOpt),
    )


Command = Callable[..., None]


def with_filter_options(*, type_takes_subtypes: bool = False) -> Callable[[Command], Command]:
    """Add the shared filter options to a typer command, handed over as ``filters``.

    The command declares a ``filters: FilterOptions`` parameter; typer sees the individual
    options (``--from`` ... ``--precision``) in its place, so help lists them there.
    ``type_takes_subtypes`` lets ``--type`` name subtypes too (see :func:`split_types`).
    """
    type_option = TypeOrSubtypeOpt if type_takes_subtypes else TypeOpt

    def decorate(command: Command) -> Command:
        signature = inspect.signature(command, eval_str=True)
        names = list(signature.parameters)
        if "filters" not in names:
            raise TypeError(f"{command.__qualname__} needs a `filters: FilterOptions` parameter")
        own = list(signature.parameters.values())
        at = names.index("filters")
        # the options stand where `filters` stands; what follows turns keyword-only to stay valid
        parameters = [
            *own[:at],
            *_filter_parameters(type_option),
            *(p.replace(kind=_KEYWORD) for p in own[at + 1 :]),
        ]

        @functools.wraps(command)
        def wrapper(**options: Any) -> None:
            filters = FilterOptions(
                date_from=options.pop("date_from"),
                date_to=options.pop("date_to"),
                types=tuple(options.pop("event_type") or ()),
                subtypes=tuple(options.pop("subtype") or ()),
                actors=tuple(options.pop("actor") or ()),
                municipalities=tuple(options.pop("municipality") or ()),
                min_confidence=options.pop("min_confidence"),
                precisions=tuple(options.pop("precision") or ()),
                type_takes_subtypes=type_takes_subtypes,
            )
            command(filters=filters, **options)

        wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        # typer reads hints of plain parameters from __annotations__: give it evaluated ones
        wrapper.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
        return wrapper

    return decorate


def _key(value: str) -> str:
    return value.strip().lower().replace(" ", "_")


def _fold(name: str) -> str:
    return unidecode(name).casefold().strip()


def _known_codes(layer: pd.DataFrame | Path) -> frozenset[str]:
    if isinstance(layer, Path):
        return frozenset(MUNICIPALITY_CODES)
    return frozenset(str(code) for code in layer["municipality_code"])


def _municipality_names(layer: pd.DataFrame | Path) -> dict[str, str]:
    """Every folded name of the layer, pointing at its code; empty without a built layer."""
    if isinstance(layer, Path):
        if not layer.is_file():
            return {}
        from geo.boundaries import load_municipalities

        layer = load_municipalities(layer)
    names: dict[str, str] = {}
    for column in NAME_COLUMNS:
        if column in layer.columns:
            for code, name in zip(layer["municipality_code"], layer[column], strict=True):
                if isinstance(name, str):
                    names.setdefault(_fold(name), str(code))
    return names
