"""Exports of events and aggregates that say how they were made.

Four formats, each carrying the same :class:`ExportMetadata` (the filter as data and in words,
the data's as-of time, the row count, the attribution) where a reader of that format finds it:

- CSV: the table only, so it opens cleanly in a spreadsheet (UTF-8 with a byte-order mark, so
  Excel shows Zvečan and Звечан correctly); the metadata in a sidecar ``<file>.meta.json``.
- GeoJSON: a top-level ``"metadata"`` member of the FeatureCollection (RFC 7946 allows foreign
  members; GDAL and geopandas ignore it when reading the features).
- GeoPackage: layer metadata (GDAL metadata items, stored in ``gpkg_metadata``); read it with
  ``pyogrio.read_info(path)["layer_metadata"]``.
- GeoParquet: a ``sitmap`` key in the Parquet schema metadata, beside GeoParquet's ``geo`` key.

Events without coordinates (geo precision 4) are exported with an empty (null) geometry and
empty lat/lon. Files are written to a temporary name and renamed, so a failed export never
leaves a half-written file. :func:`read_export_metadata` reads the metadata back from any of
the four.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pyogrio

from events.filters import EventFilter, apply_filter
from geo.errors import GeoDataError

ExportFormat = Literal["csv", "geojson", "gpkg", "parquet"]
SUFFIXES: Final[dict[str, str]] = {
    ".csv": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
}
FORMATS: Final = ("csv", "geojson", "gpkg", "parquet")
META_KEY: Final = "sitmap"
SIDECAR_SUFFIX: Final = ".meta.json"


class ExportError(GeoDataError):
    """An export cannot be written as asked (unknown format, missing geometry)."""


@dataclass(frozen=True, slots=True)
class ExportMetadata:
    """What an exported file holds and how it was made."""

    what: str  # "events" or "aggregates"
    filters: Mapping[str, object]  # EventFilter.to_dict()
    filters_text: str  # EventFilter.describe()
    as_of: str  # ISO 8601 time the data stands at (UTC)
    rows: int
    attribution: str | None = None
    extra: Mapping[str, object] = field(default_factory=dict)  # e.g. period, unmapped counts
    generator: str = "sitmap"

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "filters": dict(self.filters), "extra": dict(self.extra)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ExportMetadata:
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)  # type: ignore[arg-type]


def export_events(
    events: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    fmt: ExportFormat | None = None,
    flt: EventFilter | None = None,
    as_of: datetime,
    attribution: str | None = None,
) -> Path:
    """Write the events matching ``flt`` (an events frame, see ``events.schema``) to ``path``.

    ``fmt`` defaults to the file suffix. Returns the path written.
    """
    flt = flt or EventFilter()
    target = Path(path)
    chosen = _resolve_format(target, fmt)
    selected = apply_filter(events, flt)
    meta = ExportMetadata(
        what="events",
        filters=flt.to_dict(),
        filters_text=flt.describe(),
        as_of=_iso_utc(as_of),
        rows=len(selected),
        attribution=attribution,
    )
    return _write(_events_geoframe(selected), target, chosen, meta, layer="events")


def export_aggregates(
    aggregates: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    fmt: ExportFormat | None = None,
    flt: EventFilter | None = None,
    as_of: datetime,
    municipalities: gpd.GeoDataFrame | None = None,
    attribution: str | None = None,
) -> Path:
    """Write an aggregate table from ``geo.aggregate`` to ``path``.

    A ``municipality_totals`` frame carries its polygons; a long ``aggregate_by_municipality``
    table gets them from ``municipalities`` (needed for GeoJSON and GeoPackage; CSV and
    Parquet are written without geometry otherwise). ``attrs`` (unmapped counts, window,
    period) go into the metadata.
    """
    flt = flt or EventFilter()
    target = Path(path)
    chosen = _resolve_format(target, fmt)
    frame = aggregates
    if not isinstance(frame, gpd.GeoDataFrame) and municipalities is not None:
        polygons = municipalities[["municipality_code", "geometry"]]
        frame = gpd.GeoDataFrame(
            polygons.merge(frame, on="municipality_code", how="right"),
            geometry="geometry",
            crs=municipalities.crs,
        )
        frame = frame[[c for c in aggregates.columns] + ["geometry"]]
    if not isinstance(frame, gpd.GeoDataFrame) and chosen in ("geojson", "gpkg"):
        raise ExportError(
            f"{target}: {chosen} needs geometry; pass municipalities= (the municipality layer) "
            "or export as csv/parquet"
        )
    meta = ExportMetadata(
        what="aggregates",
        filters=flt.to_dict(),
        filters_text=flt.describe(),
        as_of=_iso_utc(as_of),
        rows=len(frame),
        attribution=attribution,
        extra=_jsonable_attrs(aggregates.attrs),
    )
    return _write(frame, target, chosen, meta, layer="aggregates")


def read_export_metadata(path: str | os.PathLike[str]) -> ExportMetadata | None:
    """The metadata of a file written here, or ``None`` when it has none."""
    source = Path(path)
    chosen = _resolve_format(source, None)
    raw: str | None
    if chosen == "csv":
        sidecar = sidecar_path(source)
        raw = sidecar.read_text(encoding="utf-8") if sidecar.is_file() else None
    elif chosen == "geojson":
        data = json.loads(source.read_text(encoding="utf-8")).get("metadata")
        raw = json.dumps(data) if data is not None else None
    elif chosen == "gpkg":
        raw = (pyogrio.read_info(source).get("layer_metadata") or {}).get(META_KEY)
    else:
        stored = pq.read_schema(source).metadata or {}
        value = stored.get(META_KEY.encode())
        raw = value.decode("utf-8") if value is not None else None
    return ExportMetadata.from_dict(json.loads(raw)) if raw else None


def sidecar_path(path: Path) -> Path:
    """Where a CSV export's metadata lives: ``events.csv`` -> ``events.csv.meta.json``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _resolve_format(path: Path, fmt: str | None) -> ExportFormat:
    chosen = fmt or SUFFIXES.get(path.suffix.lower())
    if chosen not in FORMATS:
        raise ExportError(
            f"{path}: cannot tell the export format (got {fmt!r}, suffix {path.suffix!r}); "
            f"use one of {', '.join(FORMATS)} or a suffix {', '.join(SUFFIXES)}"
        )
    return chosen  # type: ignore[return-value]


def _events_geoframe(events: pd.DataFrame) -> gpd.GeoDataFrame:
    """Points from lon/lat; rows without coordinates get a null geometry."""
    lon = events["lon"].to_numpy(dtype=np.float64)
    lat = events["lat"].to_numpy(dtype=np.float64)
    points = gpd.points_from_xy(lon, lat, crs="EPSG:4326")
    geometry = gpd.GeoSeries(points, index=events.index, crs="EPSG:4326")
    geometry[np.isnan(lon) | np.isnan(lat)] = None
    return gpd.GeoDataFrame(events.copy(), geometry=geometry)


def _write(
    frame: pd.DataFrame, target: Path, fmt: ExportFormat, meta: ExportMetadata, *, layer: str
) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    # A hidden temporary name beside the target (same file system, so the rename is atomic).
    tmp = target.with_name(
        f".{target.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}"
    )
    meta_json = json.dumps(meta.to_dict(), ensure_ascii=False, sort_keys=True)
    try:
        if fmt == "csv":
            _write_csv(frame, tmp)
            sidecar_tmp = tmp.with_name(tmp.name + SIDECAR_SUFFIX)
            sidecar_tmp.write_text(meta_json + "\n", encoding="utf-8")
            os.replace(sidecar_tmp, sidecar_path(target))
        elif fmt == "geojson":
            _write_geojson(frame, tmp, meta)
        elif fmt == "gpkg":
            pyogrio.write_dataframe(
                _plain_columns(frame),
                tmp,
                layer=layer,
                driver="GPKG",
                layer_metadata={META_KEY: meta_json},
            )
        else:
            _write_parquet(frame, tmp, meta_json)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + SIDECAR_SUFFIX).unlink(missing_ok=True)
    return target


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    table = pd.DataFrame(frame.drop(columns="geometry", errors="ignore"))
    for name in table.columns:
        if pd.api.types.is_datetime64_any_dtype(table[name]):
            table[name] = table[name].dt.strftime("%Y-%m-%dT%H:%M:%S").astype("string")
    table.to_csv(path, index=False, encoding="utf-8-sig")


def _write_geojson(frame: pd.DataFrame, path: Path, meta: ExportMetadata) -> None:
    if not isinstance(frame, gpd.GeoDataFrame):
        raise ExportError(f"{path}: GeoJSON needs a geometry column")
    plain = _plain_columns(frame.to_crs("EPSG:4326"))
    collection = plain.to_geo_dict(na="null", drop_id=True)
    document = {
        "type": "FeatureCollection",
        "metadata": meta.to_dict(),
        "features": collection["features"],
    }
    with path.open("w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, default=_json_default)


def _write_parquet(frame: pd.DataFrame, path: Path, meta_json: str) -> None:
    frame = frame.copy()
    frame.attrs = {}  # the metadata travels under META_KEY instead
    if isinstance(frame, gpd.GeoDataFrame):
        frame.to_parquet(path, index=False)
    else:
        frame.to_parquet(path, index=False, engine="pyarrow")
    table = pq.read_table(path)
    stored = dict(table.schema.metadata or {})
    stored[META_KEY.encode()] = meta_json.encode("utf-8")
    pq.write_table(table.replace_schema_metadata(stored), path)


def _plain_columns(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Datetimes as ISO text and nullable strings as objects, which every driver accepts."""
    out = frame.copy()
    for name in out.columns:
        if name == out.geometry.name:
            continue
        column = out[name]
        if pd.api.types.is_datetime64_any_dtype(column):
            text = column.dt.strftime("%Y-%m-%dT%H:%M:%S")
            out[name] = text.astype(object).where(column.notna(), None)
        elif pd.api.types.is_string_dtype(column) or isinstance(column.dtype, pd.StringDtype):
            out[name] = column.astype(object).where(column.notna(), None)
    return out


def _jsonable_attrs(attrs: Mapping[str, object]) -> dict[str, object]:
    return json.loads(json.dumps(dict(attrs), default=_json_default))


def _json_default(value: object) -> object:
    if isinstance(value, datetime | date | pd.Timestamp):
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)  # type: ignore[arg-type]
    raise TypeError(f"cannot write {type(value).__name__} into export metadata")


def _iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC; a naive time is taken as UTC (the store keeps naive UTC)."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.isoformat(timespec="seconds")
