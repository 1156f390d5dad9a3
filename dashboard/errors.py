"""The dashboard's errors: one family, each class also a built-in, messages that name the fix."""

from __future__ import annotations


class DashboardError(Exception):
    """Base of every error the dashboard raises on purpose."""


class DashboardConfigError(DashboardError, ValueError):
    """A dashboard setting (environment variable) is malformed; names the variable and the fix."""


class MapBuildError(DashboardError, ValueError):
    """The map cannot be built from the given layers; names the input and the fix."""


class MissingAssetError(DashboardError, FileNotFoundError):
    """A vendored JavaScript or CSS file is missing; says how to vendor the assets."""
