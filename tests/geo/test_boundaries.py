"""The municipality layer and the border rule of assign_municipality.

Exact edge cases use two hand-made squares; real cases use the layer built from the mirror and
coordinates read from the GeoNames file in the mirror by geonameid.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import box

from geo.boundaries import (
    BORDER,
    INSIDE,
    MISSING,
    MUNICIPALITY_COLUMNS,
    OUTSIDE,
    SNAPPED,
    assign_municipality,
    assign_municipality_detailed,
    build_country_layer,
    build_municipality_layer,
    load_countries,
    load_municipalities,
    write_layer,
)
from geo.errors import (
    BoundaryFileError,
    CrosswalkError,
    GeoDataError,
    LayerSchemaError,
    MissingDataFile,
)

# Two 0.1-degree squares near Pristina sharing the edge lon = 21.1.
WEST = box(21.0, 42.5, 21.1, 42.6)
EAST = box(21.1, 42.5, 21.2, 42.6)
# Kilometres per degree of longitude at the squares' southern edge (spherical approximation;
# the assertions leave a margin well above its error against UTM 34N).
KM_PER_DEG_LON = 111.32 * math.cos(math.radians(42.55))
KM_PER_DEG_LAT = 111.0


@pytest.fixture()
def squares() -> gpd.GeoDataFrame:
    # Rows deliberately out of code order: the rule must not depend on row order.
    return gpd.GeoDataFrame(
        {"municipality_code": ["02", "01"]}, geometry=[EAST, WEST], crs="EPSG:4326"
    )


@pytest.fixture(scope="module")
def layer(mirror_dir: Path) -> gpd.GeoDataFrame:
    boundaries = mirror_dir / "boundaries"
    return build_municipality_layer(
        boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson",
        boundaries / "xk_municipalities.csv",
    )


@pytest.fixture(scope="module")
def geonames_points(mirror_dir: Path) -> dict[int, tuple[float, float]]:
    """(lon, lat) by geonameid from the GeoNames dump in the mirror."""
    path = mirror_dir / "gazetteer" / "XK_geonames_2012-12.txt"
    points: dict[int, tuple[float, float]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            points[int(row[0])] = (float(row[5]), float(row[4]))
    return points


# --- synthetic edge cases -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lon", "lat", "code", "how"),
    [
        pytest.param(21.05, 42.55, "01", INSIDE, id="inside-west"),
        pytest.param(21.15, 42.55, "02", INSIDE, id="inside-east"),
        pytest.param(21.0, 42.55, "01", INSIDE, id="on-outer-edge-counts-as-inside"),
        pytest.param(21.1, 42.55, "01", BORDER, id="shared-edge-lowest-code"),
        pytest.param(21.1, 42.6, "01", BORDER, id="shared-corner-lowest-code"),
        pytest.param(21.2 + 1.0 / KM_PER_DEG_LON, 42.55, "02", SNAPPED, id="1km-east-snaps"),
        pytest.param(21.0 - 1.9 / KM_PER_DEG_LON, 42.55, "01", SNAPPED, id="1.9km-west-snaps"),
        pytest.param(21.1, 42.5 - 1.0 / KM_PER_DEG_LAT, "01", SNAPPED, id="equidistant-lowest"),
        pytest.param(21.2 + 2.2 / KM_PER_DEG_LON, 42.55, None, OUTSIDE, id="2.2km-east-outside"),
        pytest.param(19.0, 44.0, None, OUTSIDE, id="far-outside"),
        pytest.param(float("nan"), 42.55, None, MISSING, id="nan"),
    ],
)
def test_border_rule_on_two_squares(
    squares: gpd.GeoDataFrame, lon: float, lat: float, code: str | None, how: str
) -> None:
    result = assign_municipality_detailed([lon], [lat], squares)
    assert result.codes.tolist() == [code]
    assert result.how.tolist() == [how]


def test_snapping_can_be_turned_off(squares: gpd.GeoDataFrame) -> None:
    lon = 21.2 + 1.0 / KM_PER_DEG_LON
    assert assign_municipality([lon], [42.55], squares, snap_km=0).tolist() == [None]
    assert assign_municipality([lon], [42.55], squares, snap_km=0.5).tolist() == [None]
    assert assign_municipality([lon], [42.55], squares, snap_km=1.5).tolist() == ["02"]


def test_many_points_match_one_by_one(squares: gpd.GeoDataFrame) -> None:
    rng = np.random.default_rng(7)
    lon = rng.uniform(20.95, 21.25, 400)
    lat = rng.uniform(42.45, 42.65, 400)
    together = assign_municipality(lon, lat, squares)
    alone = [assign_municipality([x], [y], squares)[0] for x, y in zip(lon, lat, strict=True)]
    assert together.tolist() == alone
    assert {"01", "02", None} <= set(together.tolist())


def test_result_is_an_object_array_of_codes(squares: gpd.GeoDataFrame) -> None:
    codes = assign_municipality(np.array([21.05, 25.0]), np.array([42.55, 42.55]), squares)
    assert codes.dtype == object
    assert codes.tolist() == ["01", None]
    assert assign_municipality(21.15, 42.55, squares).tolist() == ["02"]
    assert assign_municipality([], [], squares).tolist() == []


def test_callers_geometries_are_left_alone(squares: gpd.GeoDataFrame) -> None:
    assign_municipality([21.05], [42.55], squares)
    assert not shapely.is_prepared(squares.geometry.to_numpy()).any()


@pytest.mark.parametrize(
    ("lon", "lat", "message"),
    [([1.0, 2.0], [1.0], "same length"), ([[1.0]], [[1.0]], "1-D")],
)
def test_bad_coordinates_raise(
    squares: gpd.GeoDataFrame, lon: object, lat: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        assign_municipality(lon, lat, squares)  # type: ignore[arg-type]


def test_projected_layer_is_refused(squares: gpd.GeoDataFrame) -> None:
    with pytest.raises(LayerSchemaError, match="EPSG:32634"):
        assign_municipality([21.0], [42.5], squares.to_crs("EPSG:32634"))


# --- the real layer -----------------------------------------------------------------------


def test_real_layer_has_38_valid_polygons_sorted_by_code(layer: gpd.GeoDataFrame) -> None:
    assert list(layer.columns) == list(MUNICIPALITY_COLUMNS)
    assert layer["municipality_code"].tolist() == [f"{n:02d}" for n in range(1, 39)]
    assert layer.crs.to_epsg() == 4326
    assert layer.geometry.is_valid.all()
    assert set(layer.geom_type) <= {"Polygon", "MultiPolygon"}
    names = dict(zip(layer["municipality_code"], layer["name_sr_latn"], strict=True))
    assert names["30"] == "Zvečan"
    assert names["38"] == "Severna Kosovska Mitrovica"
    assert layer.loc[layer["municipality_code"] == "30", "name_sr_cyrl"].item() == "Звечан"


@pytest.mark.parametrize(
    ("geonameid", "code", "name"),
    [
        pytest.param(783770, "30", "Zvečan", id="zvecan-town"),
        pytest.param(792910, "30", "Zvečan", id="banjska-monastery-village"),
        pytest.param(792911, "28", "Vushtrri", id="banjska-in-vushtrri"),
        pytest.param(834414, "12", "Leposavić", id="jarinje"),
        pytest.param(792265, "29", "Zubin Potok", id="brnjak"),
        pytest.param(790265, "31", "Gračanica", id="gracanica"),
    ],
)
def test_real_places(
    layer: gpd.GeoDataFrame,
    geonames_points: dict[int, tuple[float, float]],
    geonameid: int,
    code: str,
    name: str,
) -> None:
    lon, lat = geonames_points[geonameid]
    assigned = assign_municipality([lon], [lat], layer)[0]
    assert assigned == code
    assert layer.loc[layer["municipality_code"] == assigned, "name_en"].item() == name


def test_centre_of_north_mitrovica(layer: gpd.GeoDataFrame) -> None:
    # Central North Mitrovica, north of the main Ibar bridge (about 42.894 N, 20.864 E).
    assert assign_municipality([20.864], [42.894], layer).tolist() == ["38"]
    # The GeoNames point for Mitrovica (789225) is south of the river: South Mitrovica.
    assert assign_municipality([20.86667], [42.88333], layer).tolist() == ["15"]


def test_raska_in_serbia_is_outside(layer: gpd.GeoDataFrame) -> None:
    result = assign_municipality_detailed([20.612, 20.609], [43.286, 43.286], layer)
    assert result.codes.tolist() == [None, None]
    assert result.how.tolist() == [OUTSIDE, OUTSIDE]


@pytest.mark.xfail(
    strict=True,
    reason="Fushë Kosovë's seat (GeoNames 789228) lies 0.3 km over the simplified line, "
    "inside Obiliq's polygon; covered points never snap, so the rule gives Obiliq (17)",
)
def test_fushe_kosove_seat(
    layer: gpd.GeoDataFrame, geonames_points: dict[int, tuple[float, float]]
) -> None:
    lon, lat = geonames_points[789228]
    assert assign_municipality([lon], [lat], layer).tolist() == ["04"]


def test_fushe_kosove_seat_gives_obiliq_by_the_rule(
    layer: gpd.GeoDataFrame, geonames_points: dict[int, tuple[float, float]]
) -> None:
    lon, lat = geonames_points[789228]
    result = assign_municipality_detailed([lon], [lat], layer)
    assert (result.codes.tolist(), result.how.tolist()) == (["17"], [INSIDE])


def test_agrees_with_sjoin_inside(layer: gpd.GeoDataFrame) -> None:
    rng = np.random.default_rng(3)
    lon = rng.uniform(20.0, 21.8, 5000)
    lat = rng.uniform(41.85, 43.27, 5000)
    result = assign_municipality_detailed(lon, lat, layer)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    joined = gpd.sjoin(points, layer[["municipality_code", "geometry"]], predicate="intersects")
    expected = joined.groupby(level=0)["municipality_code"].min()
    inside = np.flatnonzero(np.isin(result.how, [INSIDE, BORDER]))
    assert inside.size > 2000
    assert result.codes[inside].tolist() == expected.loc[inside].tolist()
    assert set(np.flatnonzero(result.how == OUTSIDE)).isdisjoint(expected.index)


# --- build and load -----------------------------------------------------------------------


def test_layers_round_trip_through_geoparquet(
    layer: gpd.GeoDataFrame, mirror_dir: Path, tmp_path: Path
) -> None:
    path = write_layer(layer, tmp_path / "m.parquet")
    loaded = load_municipalities(path)
    assert loaded["municipality_code"].tolist() == layer["municipality_code"].tolist()
    assert loaded.geometry.geom_equals(layer.geometry).all()
    countries = build_country_layer(
        mirror_dir / "boundaries" / "ne10m_balkans_admin0_worldatlas.geojson"
    )
    loaded_countries = load_countries(write_layer(countries, tmp_path / "c.parquet"))
    assert loaded_countries["name"].tolist() == [
        "Albania",
        "Bosnia and Herzegovina",
        "Bulgaria",
        "Croatia",
        "Greece",
        "Kosovo",
        "Montenegro",
        "North Macedonia",
        "Serbia",
    ]
    assert loaded_countries.geometry.is_valid.all()
    assert list(tmp_path.iterdir()) and not list(tmp_path.glob(".*tmp*"))


def test_load_missing_layer_says_build(tmp_path: Path) -> None:
    with pytest.raises(MissingDataFile, match="sitmap data build"):
        load_municipalities(tmp_path / "nope.parquet")


def test_load_layer_without_code_column(layer: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = write_layer(layer.drop(columns="municipality_code"), tmp_path / "m.parquet")
    with pytest.raises(LayerSchemaError, match="municipality_code"):
        load_municipalities(path)


def test_truncated_topojson(mirror_dir: Path, tmp_path: Path) -> None:
    source = mirror_dir / "boundaries" / "geoBoundaries-XKX-ADM2_simplified.topojson"
    broken = tmp_path / source.name
    broken.write_bytes(source.read_bytes()[:20000])
    with pytest.raises(BoundaryFileError, match=broken.name) as caught:
        build_municipality_layer(broken, mirror_dir / "boundaries" / "xk_municipalities.csv")
    assert "sitmap data sync --force" in str(caught.value)


def test_crosswalk_missing_column(mirror_dir: Path, tmp_path: Path) -> None:
    boundaries = mirror_dir / "boundaries"
    lines = (boundaries / "xk_municipalities.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    drop = header.index("name_sr_cyrl")
    # Drop the column by position (no field before it holds a comma).
    cut = [",".join(line.split(",")[:drop] + line.split(",")[drop + 1 :]) for line in lines]
    broken = tmp_path / "xk_municipalities.csv"
    broken.write_text("\n".join(cut) + "\n", encoding="utf-8")
    with pytest.raises(CrosswalkError, match=r"missing column\(s\) \['name_sr_cyrl'\]"):
        build_municipality_layer(boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson", broken)


def test_crosswalk_swapped_shapes_fail_the_area_check(mirror_dir: Path, tmp_path: Path) -> None:
    boundaries = mirror_dir / "boundaries"
    text = (boundaries / "xk_municipalities.csv").read_text(encoding="utf-8")
    # Swap the shapeIDs of Zvečan (130.6 km²) and Prizren (631.3 km²).
    zvecan, prizren = "XKX-ADM2-46174442B53799227", "XKX-ADM2-46174442B5743842,"
    swapped = text.replace(zvecan, "@").replace(prizren, zvecan + ",").replace("@", prizren[:-1])
    broken = tmp_path / "xk_municipalities.csv"
    broken.write_text(swapped, encoding="utf-8")
    with pytest.raises(CrosswalkError, match=r"area_km2.*\['21', '30'\]"):
        build_municipality_layer(boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson", broken)


def test_missing_boundary_file(mirror_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(MissingDataFile, match="sitmap data sync") as caught:
        build_municipality_layer(
            tmp_path / "none.topojson", mirror_dir / "boundaries" / "xk_municipalities.csv"
        )
    assert isinstance(caught.value, FileNotFoundError)
    assert isinstance(caught.value, GeoDataError)


def test_a_changed_layer_is_not_served_from_the_cache(squares: gpd.GeoDataFrame) -> None:
    lon = 21.2 + 1.0 / KM_PER_DEG_LON
    assert assign_municipality([lon], [42.55], squares).tolist() == ["02"]
    moved = squares.copy()
    moved.loc[moved["municipality_code"] == "02", "geometry"] = box(21.1, 42.5, 21.3, 42.6)
    result = assign_municipality_detailed([lon], [42.55], moved)
    assert (result.codes.tolist(), result.how.tolist()) == (["02"], [INSIDE])
    far = squares.copy()
    far["geometry"] = [box(25.0, 42.5, 25.1, 42.6), box(24.0, 42.5, 24.1, 42.6)]
    assert assign_municipality([lon], [42.55], far).tolist() == [None]
