"""Errors raised by the geo package.

Every class also inherits a built-in so callers can catch ``ValueError`` / ``OSError`` without
importing this module. Messages name the file, the field and the fix.
"""

from __future__ import annotations


class GeoDataError(ValueError):
    """A geographic input or artefact is unusable (root of the family)."""


class MissingDataFile(GeoDataError, FileNotFoundError):
    """A file the geo layer needs is absent (a source not synced or an artefact not built)."""


class BoundaryFileError(GeoDataError):
    """A boundary source (TopoJSON, GeoJSON) cannot be read or holds the wrong geometries."""


class CrosswalkError(GeoDataError):
    """The municipality crosswalk CSV lacks a column, a row, or disagrees with the polygons."""


class LayerSchemaError(GeoDataError):
    """A built GeoParquet layer does not have the columns or CRS the contract promises."""
