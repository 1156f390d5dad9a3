"""The source manifest and ``sitmap data sync``: get every source file, verified, or fail cleanly.

The manifest (``sources.toml`` beside this module) pins each file by sha256 and size. A sync
downloads it (``origin = "download"``) or copies it from an offline mirror folder laid out like
the manifest paths. Every fetch goes to a temporary file in the destination folder, is checked,
and only then renamed over the target, so a failed or interrupted sync never leaves a
half-written file and never touches a good copy already in place.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import tempfile
import tomllib
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO, Final, Literal

from sitmap.settings import Settings

PathLike = str | os.PathLike[str]
Origin = Literal["download", "mirror-only"]
Status = Literal["downloaded", "copied", "up to date"]

MANIFEST_PATH: Final = Path(__file__).with_name("sources.toml")
_ORIGINS: Final = ("download", "mirror-only")
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


# --- manifest -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One pinned source file. ``path`` is relative to the raw folder and to any mirror."""

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
    if entry["origin"] == "download" and not isinstance(url, str):
        raise ManifestError(f'{where}: `origin = "download"` needs a `url`')
    digest = entry["sha256"].lower()
    if len(digest) != 64 or any(char not in "0123456789abcdef" for char in digest):
        raise ManifestError(f"{where}: `sha256` must be 64 hex digits")
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
    the failure stay, and nothing partial is left behind.
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
    for source in resolved.sources:
        target = settings.raw_dir / source.path
        if not force and _matches(target, source):
            entries.append(SyncEntry(source.key, target, "up to date", "checksum ok"))
            continue
        if mirror_dir is not None:
            origin = mirror_dir / source.path
            _fetch(
                source,
                target,
                partial(_open_mirror, source, origin, mirror_dir),
                f"the mirror copy {origin}",
            )
            entries.append(SyncEntry(source.key, target, "copied", str(origin)))
        else:
            url = _download_url(source)
            _fetch(source, target, partial(_open_url, source, url, timeout), url)
            entries.append(SyncEntry(source.key, target, "downloaded", url))
    return SyncReport(entries=tuple(entries))


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


def _download_url(source: Source) -> str:
    if source.origin == "mirror-only" or source.url is None:
        raise MirrorOnlySource(
            f"{source.path} ({source.key}) is derived for the project and published only in the "
            f"data mirror; it comes from: {source.upstream}. Run `sitmap data sync --mirror DIR` "
            "with a mirror folder (e.g. ../shared/data/kosovo) or set SITMAP_DATA_MIRROR"
        )
    return source.url


@contextmanager
def _open_mirror(source: Source, origin: Path, mirror_dir: Path) -> Iterator[BinaryIO]:
    try:
        handle = origin.open("rb")
    except FileNotFoundError as exc:
        raise MissingSource(
            f"{source.path} is not in the mirror at {mirror_dir} (looked for {origin}); check the "
            "mirror folder, or drop `--mirror` to download it"
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


def _fetch(
    source: Source,
    target: Path,
    opener: Callable[[], AbstractContextManager[BinaryIO]],
    where: str,
) -> None:
    """Stream ``opener()`` into a temp file beside ``target``, check it, then rename it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(descriptor, "wb") as out, opener() as stream:
            try:
                while chunk := stream.read(_CHUNK):
                    out.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
            except (OSError, http.client.HTTPException) as exc:
                raise DownloadFailed(
                    f"{source.path}: reading failed after {size} bytes ({exc}); "
                    "re-run `sitmap data sync`"
                ) from exc
        _check(source, target, size, digest.hexdigest(), fix=_refetch_fix(where))
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


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
