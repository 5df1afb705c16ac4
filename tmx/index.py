"""An index of a TM's source segments, for fuzzy lookup without scanning the TM.

translate-toolkit's ``translate.search.match`` compares a segment with every
unit of a store: fine for a project, not for a million-TU archive.  This
index keeps the TM in SQLite (standard library) with an FTS5 full-text table
over the sources.  An exact match is found by hash.  Fuzzy candidates are
the TUs holding at least two of the segment's six rarest words (three, four…
when two select too many); they are scored with a word-level edit distance
(rapidfuzz), the measure CAT tools' fuzzy matches are close to.  A fuzzy
match sharing fewer than two of those words is not found: at 50 % and
above, that is rare.

``untm tm index FILE.tmx`` stores the index beside the TM as
``FILE.tmx.index``; a stored index records the TM's size and modification
time and is rebuilt when they change.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from itertools import combinations
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .errors import TmxFileError
from .merge import digest
from .reader import TmxReader
from .units import LanguagePair

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
RAREST_WORDS = 6
CANDIDATES = 1000
SHORTLIST = 20
SCHEMA_VERSION = "4"


@dataclass(frozen=True)
class TmMatch:
    score: int  # 0-100
    source: str
    target: str
    tuid: str | None
    document: str | None


def fuzzy_score(segment: str, candidate: str) -> int:
    """100 for the same text; otherwise word-level similarity, at most 99."""
    if segment == candidate:
        return 100
    similarity = Levenshtein.normalized_similarity(_TOKEN.findall(segment), _TOKEN.findall(candidate))
    return min(99, int(similarity * 100))


def _fold(word: str) -> str:
    """Lower case without diacritics: what FTS5's unicode61 tokenizer stores."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class TmIndex:
    def __init__(self, connection: sqlite3.Connection):
        self.db = connection

    @classmethod
    def build(cls, tmx: Path, location: str | Path = ":memory:", languages: LanguagePair = LanguagePair(),
              progress: Callable[[int], object] | None = None) -> TmIndex:
        if str(location) != ":memory:":
            Path(location).unlink(missing_ok=True)
        db = sqlite3.connect(str(location))
        db.executescript(
            """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE tu(id INTEGER PRIMARY KEY, hash INTEGER, tokens INTEGER, source TEXT, target TEXT, tuid TEXT, document TEXT);
            CREATE VIRTUAL TABLE tu_text USING fts5(source, content='', tokenize='unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE vocabulary USING fts5vocab(tu_text, 'row');
            """
        )
        reader = TmxReader(tmx, progress)
        rows = ((p.source.text, p.target.text, p.unit.tuid, p.unit.prop("x-document")) for p in reader.pairs(languages.source, languages.target))
        with db:
            for number, row in enumerate(rows, start=1):
                db.execute(
                    "INSERT INTO tu VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (number, _hash(row[0]), len(_TOKEN.findall(row[0])), *row),
                )
                db.execute("INSERT INTO tu_text(rowid, source) VALUES (?, ?)", (number, row[0]))
            db.execute("CREATE INDEX tu_hash ON tu(hash)")
            # fts5vocab scans the whole vocabulary on each lookup: keep a keyed copy.
            db.execute("CREATE TABLE frequency(term TEXT PRIMARY KEY, docs INTEGER) WITHOUT ROWID")
            db.execute("INSERT INTO frequency SELECT term, doc FROM vocabulary")
            stat = Path(tmx).stat()
            meta = {
                "schema": SCHEMA_VERSION,
                "tmx": str(Path(tmx).resolve()),
                "size": str(stat.st_size),
                "mtime": str(stat.st_mtime_ns),
                "languages": f"{languages.source}|{languages.target}",
                "skipped": str(sum(reader.skipped.values())),
            }
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        return cls(db)

    @classmethod
    def open_fresh(cls, tmx: Path, location: Path, languages: LanguagePair) -> TmIndex | None:
        """The stored index of ``tmx`` if it is up to date, else ``None``."""
        if not location.exists():
            return None
        try:
            db = sqlite3.connect(str(location))
            meta = dict(db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError:
            return None
        stat = Path(tmx).stat()
        expected = {
            "schema": SCHEMA_VERSION,
            "size": str(stat.st_size),
            "mtime": str(stat.st_mtime_ns),
            "languages": f"{languages.source}|{languages.target}",
        }
        if any(meta.get(key) != value for key, value in expected.items()):
            db.close()
            return None
        return cls(db)

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM tu").fetchone()[0]

    def best(self, segment: str) -> TmMatch | None:
        """The best match of a segment in the TM, or ``None`` when no TU shares a word.

        An exact match is found by hash; fuzzy candidates are the TUs that
        FTS5 ranks highest for the segment's rarest words.
        """
        exact = self.db.execute(
            "SELECT source, target, tuid, document FROM tu WHERE hash = ? AND source = ? LIMIT 1",
            (_hash(segment), segment),
        ).fetchone()
        if exact:
            return TmMatch(100, *exact)
        words = sorted({_fold(w) for w in _WORD.findall(segment)})
        if not words:
            return None
        marks = ",".join("?" * len(words))
        frequency = dict(self.db.execute(f"SELECT term, docs FROM frequency WHERE term IN ({marks})", words))
        rarest = sorted(frequency, key=lambda w: (frequency[w], w))[:RAREST_WORDS]
        if not rarest:
            return None
        ids = self._candidates(rarest)
        # A match of 50 % or more has between half and twice the segment's tokens.
        tokens = len(_TOKEN.findall(segment))
        rows = self.db.execute(
            f"SELECT source, target, tuid, document FROM tu WHERE id IN ({','.join('?' * len(ids))}) "
            "AND tokens BETWEEN ? AND ?",
            (*ids, tokens // 2, tokens * 2),
        ).fetchall()
        # Character similarity (in C++) picks a short list; word-level scoring decides.
        shortlist = process.extract(segment, [row[0] for row in rows], scorer=fuzz.ratio, limit=SHORTLIST)
        best = None
        for _, _, position in shortlist:
            source, target, tuid, document = rows[position]
            score = fuzzy_score(segment, source)
            if best is None or score > best.score:
                best = TmMatch(score, source, target, tuid, document)
        return best

    def _candidates(self, rarest: list[str]) -> list[int]:
        """TUs holding at least k of the segment's rarest words, k raised until few enough.

        Without ``ORDER BY rank`` FTS5 stops at the limit instead of ranking
        every match, so each query costs little even on a million TUs.
        """
        quoted = ['"' + w.replace('"', '""') + '"' for w in rarest]
        ids: list[int] = []
        for k in range(min(2, len(quoted)), len(quoted) + 1):
            query = " OR ".join("(" + " AND ".join(group) + ")" for group in combinations(quoted, k))
            ids = [row[0] for row in self.db.execute(
                "SELECT rowid FROM tu_text WHERE tu_text MATCH ? LIMIT ?", (query, CANDIDATES + 1)
            )]
            if len(ids) <= CANDIDATES:
                return ids
        return ids[:CANDIDATES]

    def close(self) -> None:
        self.db.close()


def _hash(text: str) -> int:
    """A signed 64-bit hash of a text, as SQLite stores integers."""
    return digest(text) - (1 << 63)


def index_path(tmx: Path) -> Path:
    return tmx.with_name(tmx.name + ".index")


def load_or_build(tmx: Path, languages: LanguagePair, progress: Callable[[int], object] | None = None) -> TmIndex:
    """The stored index when fresh, else one built in memory for this run (``progress``: as ``TmxReader``'s)."""
    if not tmx.exists():
        raise TmxFileError(str(tmx), "no such file", "check the path")
    return TmIndex.open_fresh(tmx, index_path(tmx), languages) or TmIndex.build(tmx, ":memory:", languages, progress)
