"""Readers: every input format, encodings, metadata dates and the rejections of bad inputs.

The small articles below are written for these tests; the seed pages are read from ../shared.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from events.errors import InputError
from events.model import Article
from events.readers import (
    Rejected,
    article_id_for,
    decode_bytes,
    html_to_text,
    read_articles,
)

STORY = (
    "Police detain two men after a roadblock near Zvečan\n\n"
    "Kosovo police detained two men on Tuesday after a lorry was parked across the road near "
    "Zvečan, a police spokesman said, adding that traffic was moving again by the evening.\n\n"
    "Both men were released after questioning, the spokesman said."
)


def _one(path: Path, **kwargs: object) -> Article:
    results = list(read_articles(path, **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results[0]
    return results[0]


def _rejected(path: Path) -> Rejected:
    results = list(read_articles(path))
    assert len(results) == 1 and isinstance(results[0], Rejected), results
    return results[0]


# --- formats ---------------------------------------------------------------------------------


def test_plain_text_page_title_and_story(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(STORY + "\n\nLeave a Comment\n", encoding="utf-8")
    article = _one(path)
    assert article.title == "Police detain two men after a roadblock near Zvečan"
    assert article.text.startswith(article.title)
    assert "Leave a Comment" not in article.text
    assert article.input_format == "text"
    assert article.source_path == str(path)
    assert article.article_id == article_id_for(article.text)


def test_html_uses_trafilatura_metadata(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")[1:])
    html = (
        "<!DOCTYPE html><html><head><title>Two detained - Valley Herald</title>"
        '<meta property="og:title" content="Two detained near Zvečan">'
        '<meta property="og:site_name" content="Valley Herald">'
        '<meta property="og:url" content="https://herald.example/two-detained">'
        '<meta property="article:published_time" content="2023-03-14T09:00:00+01:00">'
        "</head><body><nav><a href='/'>Front page</a></nav>"
        "<article><h1>Two detained near Zvečan</h1>"
        f"{paragraphs}</article><footer>Share this article</footer></body></html>"
    )
    path = tmp_path / "story.html"
    path.write_text(html, encoding="utf-8")
    article = _one(path)
    assert article.title == "Two detained near Zvečan"
    assert article.outlet == "Valley Herald"
    assert article.url == "https://herald.example/two-detained"
    assert (article.published, article.published_source) == (date(2023, 3, 14), "metadata")
    assert "lorry was parked across the road" in article.text
    assert "Front page" not in article.text
    assert article.input_format == "html"


def test_json_single_record_and_list(tmp_path: Path) -> None:
    record = {
        "title": "Roadblock near Zvečan",
        "text": STORY.split("\n\n", 1)[1],
        "published": "2023-03-14",
        "url": "https://a.example/1",
        "outlet": "Wire A",
    }
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record), encoding="utf-8")
    article = _one(single)
    assert article.title == "Roadblock near Zvečan"
    assert article.text.startswith("Roadblock near Zvečan\n\n")
    assert (article.published, article.published_source, article.outlet) == (
        date(2023, 3, 14),
        "metadata",
        "Wire A",
    )

    many = tmp_path / "many.json"
    many.write_text(json.dumps([record, {"title": "no text here"}]), encoding="utf-8")
    results = list(read_articles(many))
    assert isinstance(results[0], Article)
    assert isinstance(results[1], Rejected)
    assert results[1].path.endswith("many.json#1")
    assert "'text'" in results[1].reason


def test_jsonl_rejects_bad_records_by_line_number(tmp_path: Path) -> None:
    good = {
        "title": "Crossing closed",
        "text": "Police closed the Jarinje crossing on Sunday night after "
        "roadblocks went up on the approach road, the police said.",
        "published": "2022-07-31",
    }
    lines = [
        json.dumps(good),
        "",
        '{"title": "cut off", "text": "Police',
        json.dumps({"title": "x", "text": ""}),
        json.dumps({**good, "text": good["text"] + " More followed."}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_articles(path))
    assert [type(r).__name__ for r in results] == [
        "ReadArticle",
        "Rejected",
        "Rejected",
        "ReadArticle",
    ]
    assert results[1].path.endswith(":3") and "line 3" in results[1].reason
    assert results[2].path.endswith(":4")
    assert results[0].source_path.endswith(":1")  # type: ignore[union-attr]


def test_jsonl_bad_published_value_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps({"title": "t", "text": STORY, "published": "next Tuesday-ish??"}) + "\n",
        encoding="utf-8",
    )
    rejected = _rejected(path)
    assert "published" in rejected.reason and "YYYY-MM-DD" in rejected.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>North Desk</title><link>https://north.example/</link>
<item><title>Roadblock cleared near Zvečan</title><link>https://north.example/1</link>
<pubDate>Tue, 14 Mar 2023 08:00:00 +0000</pubDate>
<description>&lt;p&gt;Police cleared a roadblock near Zvečan on Tuesday morning after talks
with the drivers.&lt;/p&gt;&lt;p&gt;No one was hurt, the police said.&lt;/p&gt;</description>
</item>
<item><title>Empty item</title><link>https://north.example/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ibar Notes</title><id>urn:x</id>
<updated>2023-03-15T00:00:00Z</updated>
<entry><title>Patrols stepped up in Leposavić</title><id>urn:x:1</id><link href="https://ibar.example/1"/>
<updated>2023-03-15T10:00:00Z</updated>
<content type="html">&lt;p&gt;KFOR stepped up patrols in Leposavić on Wednesday, a spokesperson
for the mission said.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "north.rss"
    path.write_text(RSS, encoding="utf-8")
    results = list(read_articles(path))
    first, second = results
    assert isinstance(first, Article) and isinstance(second, Rejected)
    assert first.title == "Roadblock cleared near Zvečan"
    assert first.outlet == "North Desk" and first.url == "https://north.example/1"
    assert (first.published, first.published_source, first.input_format) == (
        date(2023, 3, 14),
        "metadata",
        "rss",
    )
    assert "<p>" not in first.text and "No one was hurt" in first.text
    assert second.path.endswith("#entry1")


def test_atom_entry(tmp_path: Path) -> None:
    path = tmp_path / "notes.xml"
    path.write_text(ATOM, encoding="utf-8")
    article = _one(path)
    assert article.input_format == "atom"
    assert article.title == "Patrols stepped up in Leposavić"
    assert article.published == date(2023, 3, 15)


def test_html_to_text_keeps_blocks_apart() -> None:
    assert (
        html_to_text("<p>One.</p><p>Two<br>lines.</p><script>x()</script>") == "One.\n\nTwo\nlines."
    )
    assert html_to_text("plain words") == "plain words"


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(STORY.replace("two men", "three men"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    first = [r.source_path for r in read_articles(tmp_path)]  # type: ignore[union-attr]
    assert first == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]
    assert first == [r.source_path for r in read_articles(tmp_path)]  # type: ignore[union-attr]


def test_missing_path_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_articles(tmp_path / "nope.txt"))


# --- encodings -------------------------------------------------------------------------------

ENCODED = (
    "Barikade kod Zvečana\n\nNa putu kod Zvečana i Leposavića podignute su barikade, "
    "a saobraćaj je "
    "zaustavljen. Šef policije je rekao da će put biti otvoren uskoro, a žitelji čekaju.\n"
)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1250", ENCODED),
        ("utf-8-sig", ENCODED),
        ("utf-16", ENCODED),
        (
            "latin-1",
            "Sirenat në Mitrovicë\n\nNë Mitrovicë dhe Zveçan u dëgjuan sirenat gjatë natës, "
            "ndërsa policia mbylli rrugët për në Jarinjë dhe Bërnjak.\n",
        ),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    article = _one(path)
    assert article.text == text.strip()


def test_decode_prefers_regional_letters_over_latin1_lookalikes() -> None:
    data = "Zvečan, Leposavić, Đurić".encode("cp1250")
    assert decode_bytes(data) == "Zvečan, Leposavić, Đurić"


# --- rejections ------------------------------------------------------------------------------


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty file" in _rejected(path).reason
    path.write_text("  \n\n ", encoding="utf-8")
    assert "empty file" in _rejected(path).reason


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert "binary" in _rejected(path).reason


def test_truncated_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{\n  "title": "Roadblock",\n  "text": "Police cleared', encoding="utf-8")
    reason = _rejected(path).reason
    assert "JSON" in reason and "line 3" in reason and "column" in reason


def test_broken_utf16_is_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("Roadblock near Zvečan".encode("utf-16") + b"\x00")
    assert "undecodable" in _rejected(path).reason


def test_oversized_file_is_rejected_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    opened: list[Path] = []
    original = Path.open

    def spy(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    reason = _rejected(path).reason
    assert "52.4 MB" in reason and "limit" in reason
    assert path not in opened


def test_furniture_only_page_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "widgets.txt"
    path.write_text("No time to read?\nGet a summary\n\nLeave a Comment\n", encoding="utf-8")
    assert "no story text" in _rejected(path).reason


# --- publication dates -----------------------------------------------------------------------


def test_timestamp_under_headline_is_the_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "stamped.txt"
    head, body = STORY.split("\n\n", 1)
    path.write_text(f"{head}\n\nby valley news\n\n2023-03-14 18:02:00\n\n{body}", encoding="utf-8")
    article = _one(path)
    assert (article.published, article.published_source, article.outlet) == (
        date(2023, 3, 14),
        "text:timestamp",
        "valley news",
    )
    assert "18:02" not in article.text


def test_dateline_gives_the_date_with_year_from_context(tmp_path: Path) -> None:
    path = tmp_path / "dateline.txt"
    path.write_text(
        "Crossing reopens\n\nPRISTINA, Sept 24 (Reuters) - The crossing reopened on Sunday "
        "after the "
        "2023 dispute over documents was settled for now, officials said in a statement.",
        encoding="utf-8",
    )
    article = _one(path)
    assert (article.published, article.published_source) == (date(2023, 9, 24), "text:dateline")


def test_cli_date_is_the_fallback_and_unknown_is_recorded(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(STORY, encoding="utf-8")
    assert (_one(path).published, _one(path).published_source) == (None, "unknown")
    fallback = _one(path, published=date(2023, 3, 15))
    assert (fallback.published, fallback.published_source) == (date(2023, 3, 15), "cli")


def test_masthead_display_date_is_not_the_publication_date(shared_dir: Path) -> None:
    article = _one(shared_dir / "seeds" / "002_9faf7b812f693020.txt")
    assert article.published is None and article.published_source == "unknown"
    assert "display_date:2024-04-20" in article.notes  # type: ignore[attr-defined]
    gold = _seed_label(shared_dir, "seed-002")
    assert article.title == gold["title"]
    assert article.outlet == "Defence Today"


def test_seed_timestamp_and_byline(shared_dir: Path) -> None:
    article = _one(shared_dir / "seeds" / "003_e11777c47123277c.txt")
    assert (article.published, article.published_source, article.outlet) == (
        date(2023, 9, 30),
        "text:timestamp",
        "time news",
    )


def test_article_id_ignores_spacing_and_line_endings() -> None:
    assert article_id_for("Two  men\r\ndetained.") == article_id_for("Two men\ndetained. ")
    assert article_id_for("Two men detained.") != article_id_for("Three men detained.")


def test_month_only_dates_keep_month_precision(tmp_path: Path) -> None:
    head, body = STORY.split("\n\n", 1)
    page = tmp_path / "month.txt"
    page.write_text(f"{head}\n\nValley Herald\nDecember 2024\n\n{body}", encoding="utf-8")
    article = _one(page)
    assert (article.published, article.published_precision, article.published_source) == (
        date(2024, 12, 1),
        "month",
        "text:timestamp",
    )
    record = tmp_path / "month.jsonl"
    record.write_text(
        json.dumps({"title": "t", "text": STORY, "published": "2021-10"}) + "\n", encoding="utf-8"
    )
    from_json = _one(record)
    assert (from_json.published, from_json.published_precision) == (date(2021, 10, 1), "month")


def test_feed_url_is_fetched(tmp_path: Path) -> None:
    """An http(s) feed URL, served here by a local server so the test stays offline."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    (tmp_path / "north.rss").write_text(RSS, encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/north.rss"
        results = list(read_articles(url))
        missing = list(read_articles(url.replace("north", "south")))
    finally:
        server.shutdown()
        server.server_close()
    assert isinstance(results[0], Article) and results[0].title == "Roadblock cleared near Zvečan"
    assert results[0].source_path == f"{url}#entry0"
    assert len(missing) == 1 and isinstance(missing[0], Rejected)
    assert "404" in missing[0].reason


def test_text_is_normalised_before_offsets_are_taken(tmp_path: Path) -> None:
    path = tmp_path / "soft.txt"
    decomposed = STORY.replace("Zvečan", "Zvec\u030can").replace("Police", "Po\u00adlice", 1)
    path.write_text(decomposed.replace("\n", "\r\n"), encoding="utf-8")
    article = _one(path)
    assert article.text == STORY
    assert article.article_id == article_id_for(STORY)


def test_a_story_dated_after_its_publication_date_gets_a_note(tmp_path: Path) -> None:
    path = tmp_path / "later.json"
    record = {
        "title": "Talks",
        "published": "2023-09-30",
        "text": "Talks resumed on 5 October 2023 in Brussels, officials from both sides said.",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    assert "date_after_publication:2023-10-05" in _one(path).notes  # type: ignore[attr-defined]
    record["published"] = "2023-10-06"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert not _one(path).notes  # type: ignore[attr-defined]


def test_json_field_aliases(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    record = {
        "headline": "Roadblock near Zvečan",
        "body": STORY.split("\n\n", 1)[1],
        "date": "2023-03-14T08:00:00Z",
        "link": "https://b.example/2",
        "source": "Wire B",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    article = _one(path)
    assert (article.title, article.published, article.url, article.outlet) == (
        "Roadblock near Zvečan",
        date(2023, 3, 14),
        "https://b.example/2",
        "Wire B",
    )


def _seed_label(shared_dir: Path, seed_id: str) -> dict[str, object]:
    """The dev set's label for one seed page (so no seed text is copied into the tests)."""
    with (shared_dir / "dev" / "seeds.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] == seed_id:
                return record
    raise AssertionError(f"{seed_id} is not in the dev seeds")
