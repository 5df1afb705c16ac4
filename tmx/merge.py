"""Merging TMX files: the union, exact duplicates removed, conflicts listed.

Two TUs are duplicates when their source and target texts are the same (in a
TM of several languages, every language's); they conflict when the source is
the same and the targets differ.  Merging reads
the inputs twice, streaming: once to find the sources that conflict (keeping
8-byte hashes, not texts), once to write.  Each TU keeps its props and notes
and gains ``x-origin`` (the file it came from) unless it already has one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from .reader import TmPair, TmxReader, base_language
from .units import LanguagePair, TmxHeader, TmxUnit
from .writer import write_tmx


def digest(*texts: str) -> int:
    """An 8-byte hash of texts, for sets of millions of segments."""
    hasher = hashlib.blake2b(digest_size=8)
    for text in texts:
        hasher.update(text.encode("utf-8"))
        hasher.update(b"\x00")
    return int.from_bytes(hasher.digest(), "big")


@dataclass(frozen=True)
class Conflict:
    source: str
    targets: tuple[tuple[str, str], ...]  # (target text, origin file)


@dataclass(frozen=True)
class MergeResult:
    written: int
    duplicates: int
    conflicts: tuple[Conflict, ...]
    skipped: dict[str, str] = field(default_factory=dict)


class Duplicates:
    """Counts duplicates and finds conflicting sources, on hashes."""

    def __init__(self) -> None:
        self.pairs: set[int] = set()
        self.first_target: dict[int, int] = {}
        self.conflicting: set[int] = set()
        self.duplicates = 0

    def add(self, source: str, targets: tuple[tuple[str, str], ...]) -> bool:
        """Record a TU, its source and its (language, text) targets (``targets_of``); False when it was seen
        already.  Its source conflicts with an earlier TU's when the two render it in one language otherwise."""
        key = digest(source, *(f"{language}\x01{text}" for language, text in targets))
        if key in self.pairs:
            self.duplicates += 1
            return False
        self.pairs.add(key)
        for language, text in targets:
            rendering = digest(text)
            if self.first_target.setdefault(digest(source, language), rendering) != rendering:
                self.conflicting.add(digest(source))
        return True


def targets_of(pair: TmPair, languages: LanguagePair) -> tuple[tuple[str, str], ...]:
    """What a TU says beside its source, as duplicates and conflicts compare it, as (base language, text): the
    target asked for, or every other language's: two TUs of six languages are duplicates only when all six
    are the same, and an en-fr TU and an en-es one of the same source neither duplicates nor conflicts."""
    chosen = (pair.target,) if languages.target else [v for v in pair.unit.variants if v is not pair.source]
    return tuple(sorted((base_language(v.lang), v.text) for v in chosen))


def translations(pair: TmPair, languages: LanguagePair) -> str:
    """The targets as a conflict lists them: the text, or ``es: …; fr: …`` for several languages."""
    found = targets_of(pair, languages)
    return found[0][1] if len(found) == 1 else "; ".join(f"{language}: {text}" for language, text in found)


def units_read(reader: TmxReader, languages: LanguagePair) -> Iterator[TmPair]:
    """Each TU once, as its source and its first target (every language when no target is asked for)."""
    seen = None
    for pair in reader.each_pair(languages.source, languages.target):
        if pair.unit is not seen:
            seen = pair.unit
            yield pair


def _pairs(paths: Sequence[Path], languages: LanguagePair, skipped: dict[str, str],
           progress: Callable[[int], object] | None = None) -> Iterator[tuple[Path, TmPair]]:
    for path in paths:
        reader = TmxReader(path, progress)
        for pair in units_read(reader, languages):
            yield path, pair
        skipped.update({f"{path.name}: {reason}": n for reason, n in reader.skip_report().items()})


def merge_tmx(
    paths: Sequence[Path], stream: BinaryIO, header: TmxHeader, languages: LanguagePair = LanguagePair(),
    progress: Callable[[int], object] | None = None,
) -> MergeResult:
    """(``progress``: called with 1 for each TU read, in each of the two passes.)"""
    first_pass = Duplicates()
    for _, pair in _pairs(paths, languages, {}, progress):
        first_pass.add(pair.source.text, targets_of(pair, languages))
    conflicts: dict[int, list[tuple[str, str]]] = {}
    sources: dict[int, str] = {}
    skipped: dict[str, str] = {}
    second_pass = Duplicates()
    tuids: set[int] = set()

    def units() -> Iterator[TmxUnit]:
        for path, pair in _pairs(paths, languages, skipped, progress):
            source_hash = digest(pair.source.text)
            if source_hash in first_pass.conflicting:
                sources[source_hash] = pair.source.text
                entry = (translations(pair, languages), path.name)
                listed = conflicts.setdefault(source_hash, [])
                if all(text != entry[0] for text, _ in listed):
                    listed.append(entry)
            if second_pass.add(pair.source.text, targets_of(pair, languages)):
                yield _unique_tuid(_for_output(pair, path.name, header.srclang), path.name, tuids)

    written = write_tmx(stream, header, units())
    return MergeResult(
        written=written,
        duplicates=second_pass.duplicates,
        conflicts=tuple(Conflict(sources[h], tuple(targets)) for h, targets in conflicts.items()),
        skipped=dict(skipped),
    )


def _for_output(pair: TmPair, origin: str, srclang: str) -> TmxUnit:
    """The TU with ``x-origin``, and its own ``srclang`` when the header's code is not its source's."""
    unit = pair.unit
    props = unit.props if unit.prop("x-origin") is not None else unit.props + (("x-origin", origin),)
    own = None if pair.source.lang.lower() == srclang.lower() else pair.source.lang
    return replace(unit, props=props, srclang=own)


def _unique_tuid(unit: TmxUnit, origin: str, seen: set[int]) -> TmxUnit:
    """Keep ``tuid``s unique across the merged files: a clash is prefixed with its file."""
    if unit.tuid is None:
        return unit
    for candidate in (unit.tuid, f"{origin}:{unit.tuid}"):
        key = digest(candidate)
        if key not in seen:
            seen.add(key)
            return unit if candidate == unit.tuid else replace(unit, tuid=candidate)
    return replace(unit, tuid=None)
