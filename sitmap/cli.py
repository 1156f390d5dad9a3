"""The ``sitmap`` command line.

Each core package contributes its own commands through a ``register(app, eval_app, data_app)``
function in its ``cli`` module, so this file stays wiring only.
"""

from __future__ import annotations

import importlib

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

# Packages that add commands; a package without a cli module yet is simply skipped.
_COMMAND_MODULES = (
    "sitmap.datacli",
    "gazetteer.cli",
    "events.cli",
    "events.evalcli",
    "geo.cli",
    "dashboard.cli",
)


def _register_all() -> None:
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(app=app, eval_app=eval_app, data_app=data_app)


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
