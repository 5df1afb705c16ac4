"""Terms over a whole TMX: the file cut into byte ranges that worker processes each parse and check, the
inconsistencies (one source, several targets, and back) found in a temporary SQLite table of hashes rather than
in memory.  Apart from ``terms`` so that aligning a pair imports none of it.

Each range (``tmx.ranges``) is read, its terms found and tallied, and its TUs' source and target hashed where
it is parsed; what comes back is small (a tally of the deviating units, two hashes a TU), so that the one
process that gathers does little.  The tallies are joined in the file's order: the report is the same for any
number of workers.  A file that cannot be cut, or that is one range, is read whole; a range that fails to parse (a
``</tu>`` inside a comment cuts a TU in two, an entity or a prefix is declared where a range cannot see it) sends
the whole file through again, which gives the true error or the true reading.
"""

from __future__ import annotations

import sqlite3
import tempfile
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from tmx.errors import TmxFileError
from tmx.merge import digest
from tmx.ranges import ByteRange, split
from tmx.reader import UNPARSED, TmPair, TmxInfo, TmxReader, read_info

from .model import Glossary, LanguagePair
from .parallel import process_pool, serial
from .termmatch import TermMatcher, matchers_for
from .terms import EXAMPLES, TMX_UNIT_LIMIT, Inconsistency, TermsReport, _Tally, _TermTally


@dataclass(frozen=True)
class _Part:
    """A range of the file to read (``None``: the whole file), and what to read it for."""

    path: str
    range: ByteRange | None
    info: TmxInfo
    languages: tuple[str, str]
    limit: int


@dataclass(frozen=True)
class _Read:
    """What a part gives back: its tally, two hashes a TU, and how its TUs were read."""

    by_entry: dict[int, _TermTally]
    hashes: array  # place, source, target, place, source, target ...: signed 64-bit
    languages: Counter
    elements: int  # its <tu> elements, usable or not: the places of the next part start after them
    units_read: int
    # what the part could not be read for (path, problem, fix, line), and whether its XML is what failed: said
    # as data rather than raised across processes
    error: tuple[str, str, str, int | None] | None = None
    unparsed: bool = False


class _RangeUnparsed(Exception):
    """A range of the file that does not parse as a document of its own."""


def terms_of_tmx(path: Path, glossary: Glossary, languages: LanguagePair, limit: int = TMX_UNIT_LIMIT,
                 workers: int = 1, progress: Callable[[int], object] | None = None) -> TermsReport:
    """Lists deviating TUs only (all are counted); the inconsistency checks keep their rows, as hashes, in a
    temporary SQLite file and read the texts of the few they report again."""
    info = read_info(path)  # not a TMX file: said here, before any worker starts
    wanted = (languages.source or glossary.source_lang, languages.target or glossary.target_lang)
    ranges = split(path)
    parts = [_Part(str(path), r, info, wanted, limit) for r in ranges] if ranges and len(ranges) > 1 else \
        [_Part(str(path), None, info, wanted, limit)]  # a file of one range is read whole
    run = process_pool(workers, chunk=1, window=2, initializer=_start, initargs=(glossary,)) \
        if workers > 1 and len(parts) > 1 else _serial(glossary)
    tally = _Tally(glossary, limit, list_consistent=False)
    with tempfile.TemporaryDirectory(prefix="untm-terms-") as work:
        db = sqlite3.connect(str(Path(work) / "segments.sqlite"))
        db.execute("CREATE TABLE seg(n INTEGER PRIMARY KEY, src INTEGER, tgt INTEGER)")
        try:
            counts = _gather(run, parts, tally, db, progress)
        except _RangeUnparsed:
            # a range that does not parse alone (a "</tu>" in a comment, an entity the DOCTYPE declares, a prefix
            # declared on <body>): the whole file again, for the true error or the true reading
            db.execute("DELETE FROM seg")
            tally = _Tally(glossary, limit, list_consistent=False)
            parts = [_Part(str(path), None, info, wanted, limit)]
            counts = _gather(_serial(glossary), parts, tally, db, None)
        ends = list(accumulate(counts))
        same_source = _inconsistent(db, "src", "tgt", limit)
        same_target = _inconsistent(db, "tgt", "src", limit)
        db.close()
    texts = _texts(workers, parts, ends, {n for rows in same_source + same_target for n in rows})
    return tally.report(
        glossary.source_lang, glossary.target_lang, str(path),
        same_source=_said(same_source, texts, 0), same_target=_said(same_target, texts, 1),
    )


def _gather(run, parts: list[_Part], tally: _Tally, db, progress) -> list[int]:
    """Each part's tally joined to ``tally`` and its hashes put in ``db``, in the file's order; how many
    ``<tu>`` elements (usable or not) each part holds; a language asked for that no TU holds is an error once
    all are read."""
    counts, seen, read, pairs = [], Counter(), 0, 0
    start = 0
    for part in run(_read_part, parts):
        if part.unparsed and len(parts) > 1:
            raise _RangeUnparsed
        if part.error:
            raise TmxFileError(*part.error)
        _join(tally, part)
        rows = part.hashes
        db.executemany("INSERT INTO seg VALUES (?, ?, ?)",
                       ((start + rows[i], rows[i + 1], rows[i + 2]) for i in range(0, len(rows), 3)))
        start += part.elements
        pairs += len(rows) // 3
        counts.append(part.elements)
        seen.update(part.languages)
        read += part.units_read
        if progress is not None:
            progress(part.elements)
    if not pairs:
        reader = TmxReader(parts[0].path)
        reader.languages, reader.units_read = seen, read
        reader.require(*parts[0].languages)
    db.commit()
    return counts


def _join(tally: _Tally, part: _Read) -> None:
    """A part's tally after those of the parts before it: the counts added, the units listed up to the limit."""
    tally.segments += len(part.hashes) // 3
    for entry, found in part.by_entry.items():
        mine = tally.by_entry.setdefault(entry, _TermTally())
        mine.counts.update(found.counts)
        mine.units.extend(found.units[:max(0, tally.limit - len(mine.units))])


def _start(glossary: Glossary) -> None:
    """In a worker: the glossary and its automata, built once."""
    global _glossary, _finders
    _glossary, _finders = glossary, matchers_for(glossary)


_glossary: Glossary | None = None  # a worker's glossary and its automata, set by _start
_finders: tuple[TermMatcher, TermMatcher] | None = None


def _serial(glossary: Glossary):
    """This process as the one worker: the glossary and its automata kept here, as a worker keeps them."""
    _start(glossary)
    return serial


def _read_part(part: _Part) -> _Read:
    """In a worker: a part of the file read, its terms found and tallied, its TUs hashed."""
    reader = TmxReader(part.path, part=(part.range, part.info) if part.range else None)
    tally = _Tally(_glossary, part.limit, list_consistent=False, finders=_finders)
    hashes = array("q")
    try:
        for pair in reader.pairs(*part.languages, whole=False):
            source, target = pair.source.text, pair.target.text
            tally.observe(_label(pair), source, target)
            hashes.extend((reader.elements - 1, digest(source) - (1 << 63), digest(target) - (1 << 63)))
    except TmxFileError as exc:
        return _Read({}, array("q"), Counter(), 0, 0, (exc.path, exc.problem, exc.fix, exc.line),
                     exc.problem.startswith(UNPARSED))
    return _Read(tally.by_entry, hashes, reader.languages, reader.elements, reader.units_read)


def _label(pair: TmPair) -> str:
    unit = pair.unit
    document, part = unit.prop("x-document"), unit.prop("x-unit")
    return f"{document}:{part}" if document and part else unit.tuid or f"line {unit.line}"


def _inconsistent(db, key: str, other: str, limit: int) -> list[tuple[int, ...]]:
    """The texts (as hashes) with more than one counterpart, in the order they first occur: for each, the
    first TU of each counterpart (up to ``EXAMPLES``), by its place in the file."""
    db.execute(f"CREATE INDEX IF NOT EXISTS seg_{key} ON seg({key}, {other})")
    found = []
    for (value,) in db.execute(
        f"SELECT {key} FROM seg GROUP BY {key} HAVING COUNT(DISTINCT {other}) > 1 ORDER BY MIN(n) LIMIT ?", (limit,),
    ).fetchall():
        found.append(tuple(n for (n,) in db.execute(
            f"SELECT MIN(n) FROM seg WHERE {key} = ? GROUP BY {other} ORDER BY MIN(n) LIMIT ?", (value, EXAMPLES))))
    return found


def _texts(workers: int, parts: list[_Part], ends: list[int], wanted: set[int]) -> dict[int, tuple[str, str, str]]:
    """The source, target and label of the TUs at ``wanted`` places, each part that holds one read again."""
    by_part: dict[int, list[int]] = {}
    for n in sorted(wanted):
        index = bisect_right(ends, n)
        by_part.setdefault(index, []).append(n - (ends[index - 1] if index else 0))
    texts = {}
    jobs = [(parts[index], tuple(places)) for index, places in by_part.items()]
    run = process_pool(workers, chunk=1, window=2) if workers > 1 and len(jobs) > 1 else serial
    for (index, _), found in zip(by_part.items(), run(_part_texts, jobs)):
        first = ends[index - 1] if index else 0
        texts.update({first + place: text for place, text in found.items()})
    return texts


def _part_texts(job: tuple[_Part, tuple[int, ...]]) -> dict[int, tuple[str, str, str]]:
    """The source, target and label of the TUs of a part at ``places`` (each read as a pair before)."""
    part, places = job
    reader = TmxReader(part.path, part=(part.range, part.info) if part.range else None)
    found = {}
    for place, unit in reader.units_at(set(places)):
        pair = reader.pair(unit, *part.languages)  # as pairs() read it the first time
        found[place] = (pair.source.text, pair.target.text, _label(pair))
    return found


def _said(rows: list[tuple[int, ...]], texts: dict[int, tuple[str, str, str]], side: int) -> tuple[Inconsistency, ...]:
    """Each text and its counterparts, with the unit of each (``side`` 0: one source, several targets)."""
    return tuple(Inconsistency(texts[places[0]][side], tuple((texts[n][1 - side], texts[n][2]) for n in places))
                 for places in rows)
