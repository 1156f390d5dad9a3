"""The loaded gazetteer: lookup by any spelling, and place mentions found in a text.

All names are searched at once with an Aho-Corasick automaton over the folded text (keys are
padded with spaces, so every hit is on word boundaries); overlapping hits keep the longest.
Capitalised words that hit nothing are tried against the names of places that matter with
rapidfuzz (a high cutoff, same first letter, no common English words), which catches
"Leposavik" for Leposavić. Guards against ordinary words, organisations and people follow;
resolution from context is in :mod:`gazetteer.resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import ahocorasick
import pyarrow.parquet as pq
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from gazetteer.model import GazetteerFileError, Mention, Place
from gazetteer.nonplace import NonPlaceRules, load_rules
from gazetteer.normalize import fold_text, normalize_name
from gazetteer.resolve import Match, prior, resolve_matches
from sitmap.settings import Settings, get_settings

STOPWORDS_PATH = Path(__file__).with_name("stopwords.txt")
MIN_KEY_LENGTH = 3
# Names of minor features (terrain, streams, localities) must be at least this long to match.
MIN_MINOR_KEY_LENGTH = 5
MINOR_IMPORTANCE = 0.3
FUZZY_CUTOFF = 88.0
FUZZY_MIN_LENGTH = 6
# Tokens at least this frequent in English (wordfreq Zipf scale) are never fuzzy-matched.
FUZZY_MAX_ENGLISH_ZIPF = 3.0
FUZZY_MIN_IMPORTANCE = 0.55  # towns, municipalities, overlay rows, curated villages
# One vowel written for another ("Zvecen" for Zvečan) is a common transliteration slip; on
# names this long it falls below FUZZY_CUTOFF (a 6-letter name scores 83) yet is a safe match.
_VOWELS = frozenset("aeiouy")
# Candidate tokens for fuzzy matching: a capital (Latin or Cyrillic) and 5+ more word chars.
_CAPITALISED = re.compile(r"(?<!\w)[A-Z\u00c0-\u00de\u0100-\u017f\u0400-\u042f][\w’']{5,}")
_POSSESSIVE = re.compile(r"[’']s?$")
# "Don't", "Won’t": a word glued to a contraction is not a name.
_CONTRACTION = re.compile(r"[’'](?:t|ll|re|ve|d|m)\b")
# All-capital words this short ("HAS", "DON") match only names that are acronyms.
SHORT_CAPS = 3
_WORDS = re.compile(r"[^\W\d_]+")
# A phrase name may start in lower case only with one of these words ("northern Kosovo").
LOWERCASE_LEADS = frozenset(
    {
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
        "west",
        "western",
        "central",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
    }
)
# Places this important are never taken for a person's name (Zvečan Mayor ..., Prizren Hotel).
PERSON_GUARD_IMPORTANCE = 0.8
# In a headline, only a neighbour rarer than this in English marks a person's name.
HEADLINE_NAME_MAX_ZIPF = 3.0
# "in the north", "across the north" (not "the north of X", which names X).
_VAGUE_NORTH = re.compile(r"\b(?:in|to|from|across|throughout|of)\s+(the north)\b(?!\s+of\b)(?!-)")
VAGUE_NORTH_ID = "ov:north-kosovo"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w’']*) $")
_WORD_AFTER = re.compile(r"^(?: |-)([^\W\d_][\w’']*)")


def _load_stopwords(path: Path) -> frozenset[str]:
    words = (
        line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
    )
    return frozenset(normalize_name(w) for w in words if w)


def _vowel_swap(key: str, choices: list[str]) -> str | None:
    """The one fuzzy key that differs from ``key`` only by one vowel replaced by another."""
    near = process.extract(key, choices, scorer=Levenshtein.distance, score_cutoff=1,
                           limit=3)
    hits = [
        choice for choice, _, _ in near
        if len(choice) == len(key) and any(
            a != b and a in _VOWELS and b in _VOWELS for a, b in zip(key, choice, strict=True))
    ]
    return hits[0] if len(hits) == 1 else None


def _in_title_case_line(text: str, position: int) -> bool:
    """Whether the line around ``position`` is written in title case (most words of four or
    more letters capitalised), as headlines are."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in _WORDS.findall(line) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


class Gazetteer:
    """Places and their names, loaded once from the built Parquet file."""

    def __init__(
        self,
        places: list[Place],
        keys: list[list[str]],
        caps_keys: list[list[str]],
        quiet_keys: list[list[str]] | None = None,
    ) -> None:
        self._places = places
        self._by_id = {p.place_id: p for p in places}
        self._stopwords = _load_stopwords(STOPWORDS_PATH)
        self._rules: NonPlaceRules = load_rules()
        by_key: dict[str, list[int]] = {}  # searched in text
        lookup: dict[str, list[int]] = {}  # every spelling, for lookup()
        caps_only: dict[str, bool] = {}
        commons = quiet_keys if quiet_keys is not None else [[] for _ in places]
        for index, (place, place_keys, place_caps, place_common) in enumerate(
            zip(places, keys, caps_keys, commons, strict=True)
        ):
            caps = set(place_caps)
            common = set(place_common)
            minor = place.importance < MINOR_IMPORTANCE
            for key in place_keys:
                lookup.setdefault(key, []).append(index)
                if key in common:
                    continue  # an English word such as "Has" or "Term"
                if len(key) < MIN_KEY_LENGTH and key not in caps:
                    continue
                if minor and len(key) < MIN_MINOR_KEY_LENGTH:
                    continue
                if key in self._stopwords and key not in caps:
                    continue
                by_key.setdefault(key, []).append(index)
                caps_only[key] = caps_only.get(key, True) and key in caps
        for indices in [*by_key.values(), *lookup.values()]:
            indices.sort(key=lambda i: (-prior(places[i]), places[i].place_id))
        self._by_key = by_key
        self._lookup = lookup
        self._caps_only = frozenset(k for k, v in caps_only.items() if v)
        self._automaton = ahocorasick.Automaton()
        for key in by_key:
            self._automaton.add_word(f" {key} ", len(key))
        self._automaton.make_automaton()
        fuzzy_keys: dict[str, list[str]] = {}
        for key, indices in by_key.items():
            if " " in key or len(key) < FUZZY_MIN_LENGTH or key in self._caps_only:
                continue
            # Only sub-national places in Kosovo: foreign names and countries are spelled
            # consistently in English news, and fuzzy hits on them are mostly adjectives
            # ("Serbian" ~ Serbia).
            if any(
                places[i].importance >= FUZZY_MIN_IMPORTANCE
                and places[i].in_aoi
                and places[i].feature_type not in ("country", "region")
                for i in indices
            ):
                fuzzy_keys.setdefault(key[0], []).append(key)
        self._fuzzy_keys = {letter: sorted(ks) for letter, ks in fuzzy_keys.items()}
        self._municipalities = {
            p.municipality_code: p
            for p in places
            if p.feature_type == "municipality" and p.municipality_code
        }
        self._fuzzy = lru_cache(maxsize=65536)(self._fuzzy_uncached)
        # Pay the one-time costs now (fold table, English word list) rather than on the
        # first text.
        fold_text("")
        zipf_frequency("kosovo", "en")

    # --- loading --------------------------------------------------------------------------

    @classmethod
    def load(cls, path_or_settings: str | Path | Settings | None = None) -> Gazetteer:
        """Load the built gazetteer (``settings.gazetteer_path`` by default)."""
        if path_or_settings is None:
            path = get_settings().gazetteer_path
        elif isinstance(path_or_settings, Settings):
            path = path_or_settings.gazetteer_path
        else:
            path = Path(path_or_settings)
        if not path.is_file():
            raise GazetteerFileError(
                f"{path} does not exist: run `sitmap data build` to build the gazetteer"
            )
        try:
            table = pq.read_table(path).to_pydict()
        except (OSError, ValueError) as exc:
            raise GazetteerFileError(
                f"{path} is not a readable gazetteer ({exc}); run `sitmap data build`"
            ) from exc
        places = [
            Place(
                place_id=pid,
                name=name,
                feature_type=ftype,
                lat=lat,
                lon=lon,
                municipality_code=code,
                municipality=mun,
                in_aoi=aoi,
                importance=imp,
                names=tuple(names),
                source=source,
                geo_precision=prec,
            )
            for pid, name, ftype, lat, lon, code, mun, aoi, imp, names, source, prec in zip(
                table["place_id"],
                table["name"],
                table["feature_type"],
                table["lat"],
                table["lon"],
                table["municipality_code"],
                table["municipality"],
                table["in_aoi"],
                table["importance"],
                table["names"],
                table["source"],
                table["geo_precision"],
                strict=True,
            )
        ]
        return cls(places, table["keys"], table["caps_keys"], table.get("quiet_keys"))

    # --- lookups --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._places)

    @property
    def places(self) -> tuple[Place, ...]:
        return tuple(self._places)

    def lookup(self, name: str) -> list[Place]:
        """Every place with this name in any spelling, best prior first (empty if none)."""
        return [self._places[i] for i in self._lookup.get(normalize_name(name), ())]

    def place(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        return self._by_id.get(place_id)

    def municipality(self, code: str) -> Place | None:
        """The municipality place for a code "01".."38", or None for an unknown code."""
        return self._municipalities.get(code)

    # --- mentions -------------------------------------------------------------------------

    def find_mentions(self, text: str, *, vague_regions: bool = False) -> list[Mention]:
        """Resolved place mentions in ``text``, in order, with offsets into ``text``.

        Only names are mentions. With ``vague_regions``, "the north" also becomes the region
        North Kosovo (precision 3, method "context:region") in a text that names Kosovo or a
        place in it: useful to place an event, but not a proper name, so off by default.
        """
        matches = self._exact_matches(text)
        matches = self._add_fuzzy(text, matches)
        matches = self._drop_person_names(text, matches)
        matches = self._drop_non_places(text, matches)
        mentions = resolve_matches(text, matches, self._places, self._by_id)
        if vague_regions:
            mentions = self._add_vague_regions(text, mentions)
        return mentions

    def _add_vague_regions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        region = self._by_id.get(VAGUE_NORTH_ID)
        about_kosovo = any(m.place is not None and m.place.in_aoi for m in mentions)
        if region is None or not about_kosovo:
            return mentions
        taken = [(m.start, m.end) for m in mentions]
        added = [
            Mention(
                text=found.group(1),
                start=found.start(1),
                end=found.end(1),
                place=region,
                geo_precision=region.geo_precision,
                score=0.6,
                method="context:region",
                candidates=(region.place_id,),
            )
            for found in _VAGUE_NORTH.finditer(text)
            if not any(s < found.end(1) and found.start(1) < e for s, e in taken)
        ]
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def _exact_matches(self, text: str) -> list[Match]:
        folded = fold_text(text)
        padded = f" {folded.folded} "
        hits: list[tuple[int, int]] = []
        for end_index, length in self._automaton.iter(padded):
            # end_index is the trailing pad space; the key ends just before it, and the
            # leading pad shifts padded indices one past folded ones.
            start = end_index - length - 1
            hits.append((start, start + length))
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))  # longest first, then leftmost
        taken = bytearray(len(folded.folded))
        matches: list[Match] = []
        for start, end in hits:
            if any(taken[start:end]):
                continue
            o_start, o_end = folded.span(start, end)
            surface = text[o_start:o_end]
            key = folded.folded[start:end]
            if not self._case_ok(surface, key) or _CONTRACTION.match(text, o_end):
                continue
            if "." in surface and surface[-1:].isalpha() and text[o_end : o_end + 1] == ".":
                o_end += 1  # "U.S." keeps its final period
            taken[start:end] = b"\x01" * (end - start)
            matches.append(Match(o_start, o_end, tuple(self._by_key[key]), "exact", 1.0))
        matches.sort(key=lambda m: m.start)
        return matches

    def _case_ok(self, surface: str, key: str) -> bool:
        """Proper-noun guard: a capitalised first letter (or a capitalised later word in a
        phrase such as "northern Kosovo"); acronyms only in capitals, and short words in
        capitals ("TERM", "HAS") only when the name itself is an acronym."""
        letters = [c for c in surface if c.isalpha()]
        if key in self._caps_only:
            return all(c.isupper() for c in letters)
        if len(letters) <= SHORT_CAPS and all(c.isupper() for c in letters):
            return False
        if surface[:1].isupper():
            return True
        words = surface.split()
        return (
            len(words) > 1
            and words[0].casefold() in LOWERCASE_LEADS
            and any(word[:1].isupper() for word in words[1:])
        )

    def _fuzzy_uncached(self, word: str) -> tuple[int, str, float] | None:
        """(matched length in the word, key, ratio) of a near miss for one token, or None."""
        if not word[0].isupper() or word.isupper():
            return None
        word = _POSSESSIVE.sub("", word)
        key = normalize_name(word)
        if len(key) < FUZZY_MIN_LENGTH or " " in key or key in self._stopwords:
            return None
        if zipf_frequency(key, "en") >= FUZZY_MAX_ENGLISH_ZIPF:
            return None  # an English word ("Parties", "Pristine") near a place name
        choices = self._fuzzy_keys.get(key[0])
        if not choices:
            return None
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best is None:
            swap = _vowel_swap(key, choices)
            return None if swap is None else (len(word), swap, fuzz.ratio(key, swap) / 100.0)
        return len(word), best[0], best[1] / 100.0

    def _add_fuzzy(self, text: str, matches: list[Match]) -> list[Match]:
        added: list[Match] = []
        covered = [(m.start, m.end) for m in matches]
        position = 0
        for token in _CAPITALISED.finditer(text):
            start, end = token.span()
            while position < len(covered) and covered[position][1] <= start:
                position += 1
            if position < len(covered) and covered[position][0] < end:
                continue
            found = self._fuzzy(token.group())
            if found is None:
                continue
            length, key, ratio = found
            added.append(Match(start, start + length, tuple(self._by_key[key]), "fuzzy", ratio))
        if not added:
            return matches
        return sorted(matches + added, key=lambda m: m.start)

    def _drop_person_names(self, text: str, matches: list[Match]) -> list[Match]:
        """Drop one-word minor places written next to another capitalised word ("Milun
        Milenković", "Dejan Pantić", "Teranda Hotel"): in news these are names of people or
        businesses. A name once seen that way is dropped everywhere in the text."""
        person_keys: set[str] = set()
        candidates: list[tuple[Match, str]] = []
        for index, match in enumerate(matches):
            headline: bool | None = None  # decided only when a neighbour needs it
            surface = text[match.start : match.end]
            important = (
                max(self._places[i].importance for i in match.candidates) >= PERSON_GUARD_IMPORTANCE
            )
            if " " in surface or (important and match.method == "exact"):
                continue
            key = normalize_name(surface)
            candidates.append((match, key))
            for found, offset in (
                (_WORD_BEFORE.search(text[max(0, match.start - 30) : match.start]), -1),
                (_WORD_AFTER.match(text[match.end : match.end + 30]), 1),
            ):
                if found is None:
                    continue
                word = found.group(1)
                word_key = normalize_name(_POSSESSIVE.sub("", word))
                if not word[:1].isupper() or word_key in self._stopwords:
                    continue
                # In a headline every word is capitalised: only an unusual word (a name,
                # not "Residents" or "Protest") next to the place makes it a person there.
                if headline is None:
                    headline = _in_title_case_line(text, match.start)
                if headline and zipf_frequency(word_key, "en") >= HEADLINE_NAME_MAX_ZIPF:
                    continue
                neighbour_start = match.start - 1 - len(word) if offset < 0 else match.end + 1
                beside = matches[index + offset] if 0 <= index + offset < len(matches) else None
                if beside is not None and beside.start <= neighbour_start < beside.end:
                    continue  # the neighbour is itself a place ("Banjska Zvečan" lists)
                person_keys.add(key)
        if not person_keys:
            return matches
        dropped = {(m.start, m.end) for m, key in candidates if key in person_keys}
        return [m for m in matches if (m.start, m.end) not in dropped]

    def _drop_non_places(self, text: str, matches: Iterable[Match]) -> list[Match]:
        name_spans = self._rules.name_spans(text)
        kept: list[Match] = []
        for match in matches:
            if any(s <= match.start and match.end <= e for s, e in name_spans):
                continue
            if self._rules.is_non_place(text, match.start, match.end):
                continue
            kept.append(match)
        return kept
