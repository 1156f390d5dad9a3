"""The ``sitmap`` command line.

Each package contributes its own commands through a ``register(*, app, eval_app, data_app)``
function in its command module, so this file stays wiring only. Every module listed in
:data:`COMMAND_MODULES` must exist: a missing one stops the command line with an error rather
than silently dropping its commands.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import typer

app = typer.Typer(
    help="sitmap: security events in Kosovo from news text to an offline map.",
    no_args_is_help=True,
    add_completion=False,
)
data_app = typer.Typer(
    help="Get the source data and build the runtime artefacts.", no_args_is_help=True
)
eval_app = typer.Typer(help="Score sitmap against labelled articles.", no_args_is_help=True)
app.add_typer(data_app, name="data")
app.add_typer(eval_app, name="eval")

COMMAND_MODULES = (
    "sitmap.datacli",
    "gazetteer.cli",
    "events.cli",
    "events.evalcli",
    "geo.cli",
    "dashboard.cli",
)
"""The modules that add commands, each through ``register(*, app, eval_app, data_app)``."""


class CommandRegistryError(ImportError):
    """A module of :data:`COMMAND_MODULES` is missing or has no ``register`` function."""


def register_commands(
    *,
    app: typer.Typer,
    eval_app: typer.Typer,
    data_app: typer.Typer,
    modules: Sequence[str] = COMMAND_MODULES,
) -> None:
    """Import each command module and let it add its commands; a missing one is an error."""
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if not _names_module(exc.name, name):
                raise  # the module exists but one of its own imports is missing
            raise CommandRegistryError(
                f"command module {name} is missing; restore it or remove it from "
                f"COMMAND_MODULES in {__name__}"
            ) from exc
        register = getattr(module, "register", None)
        if not callable(register):
            raise CommandRegistryError(
                f"{name} has no register(*, app, eval_app, data_app) function to add its commands"
            )
        register(app=app, eval_app=eval_app, data_app=data_app)


def _names_module(missing: str | None, module: str) -> bool:
    """Whether ``missing`` (from ModuleNotFoundError) is ``module`` or one of its packages."""
    return missing is not None and (module == missing or module.startswith(missing + "."))


register_commands(app=app, eval_app=eval_app, data_app=data_app)


def main() -> None:
    """The ``sitmap`` console script."""
    app()


if __name__ == "__main__":
    main()
