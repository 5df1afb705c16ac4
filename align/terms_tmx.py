"""Terms over a whole TMX: streamed, the inconsistencies (one source, several targets, and back) found in a
temporary SQLite table rather than in memory.  Apart from ``terms`` so that aligning a pair imports none of it."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from itertools import tee
from pathlib import Path

from tmx.merge import digest
from tmx.reader import TmxReader

from .model import Glossary, LanguagePair
from .termmatch import Occurrence, TermMatcher, matchers_for
from .terms import EXAMPLES, TMX_UNIT_LIMIT, Inconsistency, TermsReport, _Tally


def terms_of_tmx(path: Path, glossary: Glossary, languages: LanguagePair, limit: int = TMX_UNIT_LIMIT,
                 workers: int = 1, progress: Callable[[int], object] | None = None) -> TermsReport:
    """Streams the TMX; lists deviating TUs only (all are counted); the
    inconsistency checks keep their rows in a temporary SQLite file.

    With ``workers`` above 1, the terms are found in that many processes
    (finding them is most of the work), each with its own automata, while
    this one reads the TMX and tallies, in the TMX's order: the report is the
    same for any number of workers.
    """
    tally = _Tally(glossary, limit, list_consistent=False)
    reader = TmxReader(path, progress)
    with tempfile.TemporaryDirectory(prefix="untm-terms-") as work:
        db = sqlite3.connect(str(Path(work) / "segments.sqlite"))
        db.execute("CREATE TABLE seg(src INTEGER, tgt INTEGER, source TEXT, target TEXT, unit TEXT)")
        rows, texts = tee(_tmx_rows(reader.pairs(languages.source or glossary.source_lang,
                                                 languages.target or glossary.target_lang)))
        if workers > 1:
            from .parallel import process_pool

            pool = process_pool(workers, chunk=256, initializer=_start_finding, initargs=(glossary,))
            found = pool(_find_both, ((source, target) for _, source, target in texts))
        else:
            found = (tally.find(source, target) for _, source, target in texts)

        def observed():
            # The pool reads ahead of this loop by at most its window of chunks: tee holds no more.
            for (unit, source, target), (src, tgt) in zip(rows, found):
                tally.count(unit, target, src, tgt)
                yield _signed(source), _signed(target), source, target, unit

        with db:
            db.executemany("INSERT INTO seg VALUES (?, ?, ?, ?, ?)", observed())
        same_source = _inconsistent(db, "src", "tgt", "source", "target", limit)
        same_target = _inconsistent(db, "tgt", "src", "target", "source", limit)
        db.close()
    return tally.report(
        glossary.source_lang, glossary.target_lang, str(path), same_source=same_source, same_target=same_target
    )


_finders: tuple[TermMatcher, TermMatcher] | None = None  # a worker's automata, built once by _start_finding


def _start_finding(glossary: Glossary) -> None:
    global _finders
    _finders = matchers_for(glossary)


def _find_both(texts: tuple[str, str]) -> tuple[list[Occurrence], list[Occurrence]]:
    """In a worker: the terms of a TU's source and of its target."""
    source, target = texts
    return _finders[0].find(source), _finders[1].find(target)


def _tmx_rows(pairs) -> Iterator[tuple[str, str, str]]:
    for pair in pairs:
        unit = pair.unit
        document, part = unit.prop("x-document"), unit.prop("x-unit")
        label = f"{document}:{part}" if document and part else unit.tuid or f"line {unit.line}"
        yield label, pair.source.text, pair.target.text


def _signed(text: str) -> int:
    return digest(text) - (1 << 63)


def _inconsistent(db, key: str, other: str, key_text: str, other_text: str, limit: int) -> tuple[Inconsistency, ...]:
    db.execute(f"CREATE INDEX IF NOT EXISTS seg_{key} ON seg({key}, {other})")
    found = []
    for (value,) in db.execute(
        f"SELECT {key} FROM seg GROUP BY {key} HAVING COUNT(DISTINCT {other}) > 1 ORDER BY MIN(rowid) LIMIT ?",
        (limit,),
    ).fetchall():
        rows = db.execute(
            f"SELECT {key_text}, {other_text}, unit FROM seg WHERE {key} = ? GROUP BY {other} ORDER BY MIN(rowid) LIMIT ?",
            (value, EXAMPLES),
        ).fetchall()
        found.append(Inconsistency(rows[0][0], tuple((row[1], row[2]) for row in rows)))
    return tuple(found)

