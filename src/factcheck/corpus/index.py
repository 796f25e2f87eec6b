"""The corpus index: what `factcheck check` knows about every article without reading it again.

For each article file it keeps the file's stamp (modification time and size, its sidecar's
too), the hash of its content, its named event, and its phrase signature (hashes of every
five words in a row of its body). An inverted index maps each phrase to the articles that
contain it, and *links* record the pairs of articles that share enough phrases. It lives in
one SQLite file (stdlib; point lookups without loading the whole index), is updated
incrementally, and an unchanged article is never read, let alone parsed, twice.

Checking one new article against a large archive then costs a walk of the folder, the new
article's phrases looked up in the inverted index, and the members of its event: never a
comparison with every article.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck import __version__
from factcheck.align.diff import fold
from factcheck.corpus.events import assign_events, event_of
from factcheck.discover import SIDECAR_SUFFIXES
from factcheck.errors import FactcheckError
from factcheck.load import article_ids, load_article

# Articles on one event share passages (a quote, a name with its title and a figure): two
# articles are linked when they share a passage of at least eight words, i.e. four five-word
# phrases in a row. Scattered shared phrases are not enough: templated sentences ("shares of …
# rose 17% in early trading", "plans to add 66,000 jobs") coincide across unrelated events.
# Phrases found in many articles (site furniture, stock lines) say nothing about the event.
SHINGLE_WORDS = 5
MIN_SHARED_RUN = 4
# ... or when they share two names and two numbers, one of them distinctive (not a round
# 10% or 250): outlets that paraphrase every quote still name the same people and print the
# same figures, while "New York" and two round percentages link unrelated stories.
MIN_SHARED_NAMES = 2
MIN_SHARED_NUMBERS = 2
MIN_SHARED_FEATURES = MIN_SHARED_NAMES + MIN_SHARED_NUMBERS
MAX_ARTICLES_PER_SHINGLE = 50  # phrases, names or numbers in more articles link nothing
_PARAGRAPH_BREAK = 0  # in a signature, between paragraphs: a run never spans two
_FEATURES_MARK = -(1 << 63)  # in a signature, between the phrases and the features

# Recomputing every link in one pass beats per-article lookups once this share of the corpus
# changed (a first build, a rebuilt archive); both give the same links.
FULL_REBUILD_SHARE = 0.2

_SETTINGS = (
    f"factcheck {__version__}; rolling hashes of {SHINGLE_WORDS} words; links at "
    f"{MIN_SHARED_RUN} in a row or {MIN_SHARED_NAMES} names and {MIN_SHARED_NUMBERS} numbers, "
    f"weighed; "
    f"phrases in more than {MAX_ARTICLES_PER_SHINGLE} ignored; "
    # What an article's named event is: bumped when `event_of` changes, so that an index
    # built by other rules is built again.
    "named events 2 (files outside the corpus are loose)"
)

_SCHEMA = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    stamp TEXT NOT NULL,
    digest TEXT NOT NULL,
    named_event TEXT,
    signature BLOB NOT NULL
);
CREATE TABLE shingles (shingle INTEGER, file INTEGER, PRIMARY KEY (shingle, file)) WITHOUT ROWID;
CREATE TABLE links (a INTEGER, b INTEGER, weight INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX links_by_b ON links (b);
"""


_TABLES = frozenset({"settings", "files", "shingles", "links"})


def _discard(location: Path) -> None:
    try:
        location.unlink(missing_ok=True)
    except OSError as exc:
        raise FactcheckError(str(location), f"cannot replace the index ({exc.strerror})") from None


@dataclass(frozen=True)
class IndexUpdate:
    """What an update did: articles parsed, found unchanged, and dropped from the index."""

    parsed: int
    unchanged: int
    removed: int


_MASK = (1 << 64) - 1
_BASE = 0x100000001B3  # odd, so the rolling hash below loses no bits
_TOP = pow(_BASE, SHINGLE_WORDS - 1, 1 << 64)
_word_codes: dict[str, int] = {}


def _word_code(word: str) -> int:
    code = _word_codes.get(word)
    if code is None:
        if len(_word_codes) > 1_000_000:
            _word_codes.clear()
        code = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        _word_codes[word] = code
    return code


def signature(paragraphs: list[str]) -> array:
    """The 64-bit hashes of every run of five words within a paragraph, in text order, with
    a break between paragraphs (folded: case and punctuation do not count); then a mark and
    the article's *features*: its names and its numbers (`features`). Stable across
    processes, unlike `hash`. Phrases never span two paragraphs: a stock line after a common
    sentence end would otherwise make phrases that look rare and link unrelated articles.

    Each word is hashed once (blake2b), and a phrase's hash rolls from the previous one
    (a polynomial over the words' hashes, modulo 2**64): hashing every phrase afresh was most
    of the time spent indexing an archive."""
    hashes = array("q")
    for paragraph in paragraphs:
        codes = [_word_code(word) for word in fold(paragraph).split()]
        if len(codes) >= SHINGLE_WORDS:
            rolling = 0
            for code in codes[:SHINGLE_WORDS]:
                rolling = (rolling * _BASE + code) & _MASK
            rolled = [rolling]
            for i in range(SHINGLE_WORDS, len(codes)):
                rolling = ((rolling - codes[i - SHINGLE_WORDS] * _TOP) * _BASE + codes[i]) & _MASK
                rolled.append(rolling)
            hashes.extend(_signed(h) for h in rolled)
        hashes.append(_PARAGRAPH_BREAK)
    hashes.append(_FEATURES_MARK)
    hashes.extend(sorted(features(paragraphs)))
    return hashes


def _signed(code: int) -> int:
    """An unsigned 64-bit hash as SQLite's signed integer, clear of the two markers."""
    value = code - (1 << 64) if code >> 63 else code
    return value if value not in (_PARAGRAPH_BREAK, _FEATURES_MARK) else 1


# Names: two capitalised words or more ("Mark Zuckerberg", "Menlo Park"), without the
# capitalised function word that opens a sentence.
_NAME = re.compile(
    r"[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|de|van|von|der|bin|al))*\s+[A-Z][\w’'\-]*"
)
_NOT_NAME_START = frozenset(
    "the a an in on at but and for as after before when while it he she we they this that its "
    "his her our their if of to by with from so yet or nor".split()
)
# Numbers with their scale or percent sign ("40.11 billion", "350,000", "25%"); years and
# small numbers say little about which event an article covers.
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?(%|(?:percent|per cent|trillion|billion|million|thousand|bn|tn)\b)|(?![\d,.]\d))",
    re.IGNORECASE,
)
_UNIT_NAMES = {"percent": "%", "per cent": "%", "bn": "billion", "tn": "trillion"}


_NAME_KIND, _NUMBER_KIND, _DISTINCT_NUMBER_KIND = 0, 1, 3  # a feature hash's two low bits


def _distinctive(whole: str, decimals: str | None) -> bool:
    """A number unlikely to recur by chance: two significant digits or more, not a round
    multiple of five ("1,200", "14", "$310 million", "40.11"; not "10%", "5%", "250")."""
    significant = (whole + (decimals or "").lstrip(".")).strip("0")
    return len(significant) >= 2 and int(significant) % 5 != 0


def features(paragraphs: list[str]) -> set[int]:
    """Hashes of the names and numbers the article prints, their kind in the low bits."""
    found: set[int] = set()
    for paragraph in paragraphs:
        for match in _NAME.finditer(paragraph):
            words = match.group().split()
            while words and words[0].casefold() in _NOT_NAME_START:
                words.pop(0)
            found.update(
                _feature(f"name {first} {second}".casefold(), kind=_NAME_KIND)
                for first, second in itertools.pairwise(words)
            )
        for match in _NUMBER.finditer(paragraph):
            whole, decimals, unit = match.groups()
            whole = whole.replace(",", "")
            unit = _UNIT_NAMES.get((unit or "").casefold(), (unit or "").casefold())
            if not unit and (len(whole) < 2 or re.fullmatch(r"1[89]\d\d|20\d\d", whole)):
                continue
            kind = _DISTINCT_NUMBER_KIND if _distinctive(whole, decimals) else _NUMBER_KIND
            found.add(_feature(f"number {whole}{decimals or ''} {unit}", kind=kind))
    return found


def _feature(text: str, kind: int) -> int:
    code = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
    return _signed((code & ~3) | kind)


def _split(sequence: array) -> tuple[array, array]:
    """A signature's phrases (with paragraph breaks) and its features."""
    mark = sequence.index(_FEATURES_MARK) if _FEATURES_MARK in sequence else len(sequence)
    return sequence[:mark], sequence[mark + 1 :]


def _phrases(sequence: array) -> set[int]:
    """Everything the inverted index holds for a signature: its phrases and its features."""
    return set(sequence) - {_PARAGRAPH_BREAK, _FEATURES_MARK}


def _has_run(sequence: array, shared: set[int]) -> bool:
    """Whether ``sequence`` holds MIN_SHARED_RUN phrases of ``shared`` in a row."""
    marks = bytes(map(shared.__contains__, sequence))
    return b"\x01" * MIN_SHARED_RUN in marks


def link_weight(a: array, b: array, frequent: set[int]) -> int:
    """How much two signatures share (frequent phrases and features aside), when they share
    a passage (enough phrases in a row, read in both articles' order so the answer does not
    depend on which comes first) or enough features (names and numbers, both); 0 when not."""
    phrases_a, features_a = _split(a)
    phrases_b, features_b = _split(b)
    shared = set(phrases_a).intersection(phrases_b)
    shared.discard(_PARAGRAPH_BREAK)
    shared -= frequent
    common = set(features_a).intersection(features_b) - frequent
    passage = (
        len(shared) >= MIN_SHARED_RUN
        and _has_run(phrases_a, shared)
        and _has_run(phrases_b, shared)
    )
    names = sum(1 for feature in common if feature & 3 == _NAME_KIND)
    numbers = len(common) - names
    distinct = sum(1 for feature in common if feature & 3 == _DISTINCT_NUMBER_KIND)
    facts = names >= MIN_SHARED_NAMES and numbers >= MIN_SHARED_NUMBERS and distinct >= 1
    return len(shared) + len(common) if passage or facts else 0


def _sidecars(files: list[Path]) -> set[str]:
    """The sidecar metadata files next to ``files``, from one listing of each folder (most
    articles have none: no need to ask for each)."""
    found: set[str] = set()
    for folder in {os.path.dirname(path) for path in map(str, files)}:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        found.update(os.path.join(folder, n) for n in names if n.endswith(SIDECAR_SUFFIXES))
    return found


def _with_sidecars(path: Path) -> list[str]:
    """The article file and the sidecars it may have: what its stamp and digest cover."""
    return [str(path), *(str(path.with_name(path.stem + suffix)) for suffix in SIDECAR_SUFFIXES)]


def _stamp(path: Path, sidecars: set[str]) -> str:
    # Sidecars' names are worked out only in folders that have any: an archive stamps every
    # article on every run.
    candidates = _with_sidecars(path) if sidecars else [str(path)]
    parts = []
    for number, candidate in enumerate(candidates):
        if number and candidate not in sidecars:
            parts.append("-")
            continue
        try:
            status = os.stat(candidate)
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{status.st_mtime_ns}:{status.st_size}")
    if not sidecars:
        parts.extend("-" for _ in SIDECAR_SUFFIXES)
    return " ".join(parts)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    for candidate in _with_sidecars(path):
        try:
            digest.update(Path(candidate).read_bytes())
        except OSError:
            digest.update(b"-")
        digest.update(b"\x00")
    return digest.hexdigest()


# How long a run waits for another that is updating the index before giving up (an error,
# never a deleted index).
LOCK_TIMEOUT = 60.0


def _configure(db: sqlite3.Connection) -> None:
    # A bigger page cache than the default 2 MB keeps the inverted index's tree in memory while
    # it is searched and updated (64 MB: indexing 10,000 articles took no longer than with
    # 256 MB and peaked at 250 MB instead of 580 MB). The index is a cache of the articles,
    # so a power cut may cost it (it is then rebuilt), never an article: syncing every commit
    # to disk buys nothing.
    db.execute("PRAGMA cache_size = -65536")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("CREATE TEMP TABLE staged (shingle INTEGER, file INTEGER)")


class EventIndex:
    """The index of one corpus folder, on disk at ``location`` (in memory when None)."""

    def __init__(self, location: Path | None, corpus: Path) -> None:
        self.location = location
        self.corpus = corpus
        self._key = os.path.abspath(corpus)
        self._db = self._open()

    def __enter__(self) -> EventIndex:
        return self

    def __exit__(self, *_: object) -> None:
        self._db.close()

    def _open(self) -> sqlite3.Connection:
        if self.location is not None:
            try:
                self.location.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise FactcheckError(
                    str(self.location.parent), f"cannot create the cache folder ({exc.strerror})"
                ) from None
        db = sqlite3.connect(self.location or ":memory:", timeout=LOCK_TIMEOUT)
        try:
            _configure(db)
            self._prepare(db)
        except BaseException:
            db.close()  # group_paths decides: an error, or a damaged index built again
            raise
        return db

    def _prepare(self, db: sqlite3.Connection) -> None:
        """Keep the index when these settings built it for this corpus; else (new, or made by
        another version) empty it and lay out the tables. Under a write lock: two runs that
        start together never both build it."""
        db.execute("BEGIN IMMEDIATE")
        try:
            tables = {
                name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            found = (
                dict(db.execute("SELECT key, value FROM settings")) if "settings" in tables else {}
            )
            if found != {"settings": _SETTINGS, "corpus": self._key}:
                for table in sorted(tables & _TABLES):
                    db.execute(f"DROP TABLE {table}")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.executemany(
                    "INSERT INTO settings VALUES (?, ?)",
                    [("settings", _SETTINGS), ("corpus", self._key)],
                )
        except BaseException:
            db.rollback()
            raise
        db.commit()

    def update(self, files: list[Path]) -> IndexUpdate:
        """Bring the index in line with ``files``: parse what is new or changed, drop what is
        gone, and relink only the articles whose links can have changed."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            result = self._update(files)
        except BaseException:
            db.rollback()
            raise
        db.commit()
        return result

    def _update(self, files: list[Path]) -> IndexUpdate:
        db = self._db
        known = {
            path: (file_id, stamp, digest)
            for file_id, path, stamp, digest in db.execute(
                "SELECT id, path, stamp, digest FROM files"
            )
        }
        sidecars = _sidecars(files)
        seen: set[str] = set()
        fresh: list[tuple[int | None, str, str, str, str | None, array]] = []
        unchanged = 0
        for path in files:
            key = os.path.abspath(path)
            if key in seen:
                continue
            seen.add(key)
            stamp = _stamp(path, sidecars)
            row = known.get(key)
            if row is not None and row[1] == stamp:
                unchanged += 1
                continue
            digest = _digest(path)
            if row is not None and row[2] == digest:
                # Touched, not changed (a checkout, a copy): the content hash says so.
                db.execute("UPDATE files SET stamp = ? WHERE id = ?", (stamp, row[0]))
                unchanged += 1
                continue
            article = load_article(path)
            body = [block.span.slice(article.text) for block in article.body_blocks()]
            fresh.append(
                (
                    row[0] if row is not None else None,
                    key,
                    stamp,
                    digest,
                    event_of(article, self.corpus),
                    signature(body),
                )
            )
        gone = [row[0] for path, row in known.items() if path not in seen]
        replaced = [file_id for file_id, *_ in fresh if file_id is not None]
        if not fresh and not gone:
            return IndexUpdate(parsed=0, unchanged=unchanged, removed=0)

        before: Counter[int] = Counter()  # phrase → holders lost, to spot threshold crossings
        for file_id in gone + replaced:
            (blob,) = db.execute("SELECT signature FROM files WHERE id = ?", (file_id,)).fetchone()
            old = _phrases(_array(blob))
            before.update(old)
            db.executemany(
                "DELETE FROM shingles WHERE shingle = ? AND file = ?",
                ((shingle, file_id) for shingle in old),
            )
        db.executemany("DELETE FROM files WHERE id = ?", ((file_id,) for file_id in gone))
        changed: list[int] = []
        for file_id, key, stamp, digest, named, shingles in fresh:
            row = (key, stamp, digest, named, shingles.tobytes())
            if file_id is None:
                file_id = db.execute(
                    "INSERT INTO files (path, stamp, digest, named_event, signature) "
                    "VALUES (?, ?, ?, ?, ?)",
                    row,
                ).lastrowid
            else:
                db.execute(
                    "UPDATE files SET path = ?, stamp = ?, digest = ?, named_event = ?, "
                    "signature = ? WHERE id = ?",
                    (*row, file_id),
                )
            assert file_id is not None
            changed.append(file_id)
            db.executemany(
                "INSERT INTO staged VALUES (?, ?)",
                ((shingle, file_id) for shingle in _phrases(shingles)),
            )
        # Into the inverted index in its own order: SQLite sorts in C, and the tree then grows
        # at its end instead of at random pages (indexing 10,000 articles: 11 s less).
        db.execute("INSERT INTO shingles SELECT shingle, file FROM staged ORDER BY shingle, file")
        db.execute("DELETE FROM staged")

        total = db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        if len(changed) + len(gone) > FULL_REBUILD_SHARE * max(total, 1):
            self._relink_all()
        else:
            added: Counter[int] = Counter()
            for *_, shingles in fresh:
                added.update(_phrases(shingles))
            dirty = set(changed) | self._holders_of_crossings(before, added)
            self._relink(dirty | set(gone))
        return IndexUpdate(parsed=len(fresh), unchanged=unchanged, removed=len(gone))

    def _holders_of_crossings(self, lost: Counter[int], gained: Counter[int]) -> set[int]:
        """Articles holding a phrase that crossed the many-articles threshold: their links
        through that phrase appear or vanish."""
        crossed = []
        for shingle in set(lost) | set(gained):
            after = self._db.execute(
                "SELECT COUNT(*) FROM shingles WHERE shingle = ?", (shingle,)
            ).fetchone()[0]
            before = after - gained[shingle] + lost[shingle]
            if (before <= MAX_ARTICLES_PER_SHINGLE) != (after <= MAX_ARTICLES_PER_SHINGLE):
                crossed.append(shingle)
        holders: set[int] = set()
        for shingle in crossed:
            holders.update(
                file_id
                for (file_id,) in self._db.execute(
                    "SELECT file FROM shingles WHERE shingle = ?", (shingle,)
                )
            )
        return holders

    def _sequence(self, file_id: int) -> array | None:
        row = self._db.execute("SELECT signature FROM files WHERE id = ?", (file_id,)).fetchone()
        return None if row is None else _array(row[0])

    def _relink(self, dirty: set[int]) -> None:
        db = self._db
        db.executemany("DELETE FROM links WHERE a = ?", ((file_id,) for file_id in dirty))
        db.executemany("DELETE FROM links WHERE b = ?", ((file_id,) for file_id in dirty))
        pairs: dict[tuple[int, int], int] = {}
        for file_id in sorted(dirty):
            sequence = self._sequence(file_id)
            if sequence is None:
                continue  # removed
            shared: Counter[int] = Counter()
            frequent: set[int] = set()
            for chunk in _chunks(sorted(_phrases(sequence)), 500):
                holders = db.execute(
                    "SELECT shingle, file FROM shingles WHERE shingle IN "
                    f"({','.join('?' * len(chunk))}) ORDER BY shingle",
                    chunk,
                )
                for shingle, group in itertools.groupby(holders, key=lambda r: r[0]):
                    others = [other for _, other in group]
                    if len(others) > MAX_ARTICLES_PER_SHINGLE:
                        frequent.add(shingle)
                    else:
                        shared.update(other for other in others if other != file_id)
            for other, count in shared.items():
                if count >= min(MIN_SHARED_RUN, MIN_SHARED_FEATURES):
                    other_sequence = self._sequence(other)
                    if other_sequence is None:
                        continue
                    weight = link_weight(sequence, other_sequence, frequent)
                    if weight:
                        pairs[min(file_id, other), max(file_id, other)] = weight
        db.executemany(
            "INSERT OR IGNORE INTO links VALUES (?, ?, ?)",
            [(a, b, weight) for (a, b), weight in sorted(pairs.items())],
        )

    def _relink_all(self) -> None:
        db = self._db
        db.execute("DELETE FROM links")
        frequent = {
            shingle
            for (shingle,) in db.execute(
                "SELECT shingle FROM shingles GROUP BY shingle HAVING COUNT(*) > ?",
                (MAX_ARTICLES_PER_SHINGLE,),
            )
        }
        # Only phrases held by two articles or more (SQLite finds them without Python seeing
        # the millions held by one).
        rows = db.execute(
            "SELECT s.shingle, s.file FROM shingles s JOIN (SELECT shingle FROM shingles "
            "GROUP BY shingle HAVING COUNT(*) BETWEEN 2 AND ?) USING (shingle) "
            "ORDER BY s.shingle, s.file",
            (MAX_ARTICLES_PER_SHINGLE,),
        )
        shared: Counter[tuple[int, int]] = Counter()
        for _, group in itertools.groupby(rows, key=lambda r: r[0]):
            shared.update(itertools.combinations([file_id for _, file_id in group], 2))
        least = min(MIN_SHARED_RUN, MIN_SHARED_FEATURES)
        candidates = sorted(pair for pair, count in shared.items() if count >= least)
        sequences: dict[int, array] = {}
        for file_id in sorted({file_id for pair in candidates for file_id in pair}):
            sequence = self._sequence(file_id)
            assert sequence is not None
            sequences[file_id] = sequence
        weighed = ((a, b, link_weight(sequences[a], sequences[b], frequent)) for a, b in candidates)
        db.executemany("INSERT INTO links VALUES (?, ?, ?)", (link for link in weighed if link[2]))

    def events(self, files: list[Path]) -> dict[str, list[Path]]:
        """Events in name order, each with its articles in the order of ``files`` (which must
        all be indexed: call `update` first)."""
        position = {os.path.abspath(path): number for number, path in enumerate(files)}
        ids = article_ids(files)
        named: list[str | None] = [None] * len(files)
        by_id: dict[int, int] = {}
        for file_id, path, event in self._db.execute("SELECT id, path, named_event FROM files"):
            number = position.get(path)
            if number is not None:
                by_id[file_id] = number
                named[number] = event
        links = (
            (by_id[a], by_id[b], weight)
            for a, b, weight in self._db.execute("SELECT a, b, weight FROM links ORDER BY a, b")
            if a in by_id and b in by_id
        )
        assigned = assign_events(named, ids, links)
        events: dict[str, list[Path]] = {}
        for path, event in zip(files, assigned, strict=True):
            events.setdefault(event, []).append(path)
        return dict(sorted(events.items()))


def _array(blob: bytes) -> array:
    sequence = array("q")
    sequence.frombytes(blob)
    return sequence


def _chunks(values: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def index_location(cache: Path, corpus: Path) -> Path:
    """The index file of ``corpus`` in the ``cache`` folder: one per corpus folder, so two
    corpora that share a cache folder do not rebuild one index in turn."""
    digest = hashlib.sha256(os.path.abspath(corpus).encode("utf-8")).hexdigest()[:12]
    return cache / f"index-{Path(os.path.abspath(corpus)).name or 'root'}-{digest}.sqlite3"


def group_paths(
    files: list[Path], corpus: Path, location: Path | None = None
) -> tuple[dict[str, list[Path]], IndexUpdate]:
    """Update the index of ``corpus`` at ``location`` (in memory when None) with ``files`` and
    return their events. An index found damaged while it is updated is built again; one that
    cannot be used (locked, read-only) is a one-line error."""
    for attempt in (1, 2):
        try:
            with EventIndex(location, corpus) as index:
                update = index.update(files)
                return index.events(files), update
        except sqlite3.OperationalError as exc:
            raise FactcheckError(
                str(location or "index"), f"cannot use the index ({exc})"
            ) from None
        except sqlite3.DatabaseError as exc:
            if location is None or attempt == 2:
                raise FactcheckError(str(location or "index"), f"damaged index ({exc})") from None
            _discard(location)
    raise AssertionError("unreachable")
