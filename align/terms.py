"""Terminology consistency: every occurrence of every glossary term, per unit, both sides.

For each entry and each unit where its source term or its rendering
occurs, the status is:

* ``consistent`` -- the source term and an approved rendering (preferred or
  admitted) are both there (their counts are reported, and may differ);
* ``missing_target`` -- the source term is there, no approved rendering is:
  the report shows what the target has there (its linked sentences);
* ``missing_source`` -- an approved rendering is there without the source term;
* ``forbidden`` -- a deprecated rendering is there.

A term found only inside a longer term of another entry ("developed countries" in "least developed countries")
answers to nothing: where the other side lacks it ("pays les moins avancés" holds no "pays développés"), the unit
has no status for it.  Every status but ``consistent`` is a deviation.  Over a TMX, each TU is a
unit, only deviating TUs are listed, and two more checks run (as eLUNa and
Xbench do): the same source with different targets, the same target with
different sources.  Reports list at most ``limit`` units per term (the
counts go on), so that memory stays flat over a TM of millions of TUs.
"""

from __future__ import annotations

import csv
import enum
import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .model import Alignment, Glossary, GlossaryEntry, TermStatus, counted
from .termmatch import Occurrence, TermMatcher, matchers_for

UNIT_LIMIT = 1000
TMX_UNIT_LIMIT = 50
EXAMPLES = 20


class UnitTermStatus(enum.StrEnum):
    """A glossary entry in one unit (written as its value in JSON, CSV and text)."""

    CONSISTENT = "consistent"  # the source term and an approved rendering
    MISSING_TARGET = "missing_target"  # the source term, no approved rendering
    MISSING_SOURCE = "missing_source"  # an approved rendering without the source term
    FORBIDDEN = "forbidden"  # a deprecated rendering

    @property
    def deviation(self) -> bool:
        return self is not UnitTermStatus.CONSISTENT


CONSISTENT = UnitTermStatus.CONSISTENT
DEVIATIONS = tuple(status for status in UnitTermStatus if status.deviation)


@dataclass(frozen=True)
class TermInUnit:
    unit: str
    source_count: int
    target_count: int
    status: UnitTermStatus
    renderings: tuple[str, ...]
    target_context: str | None = None


@dataclass(frozen=True)
class TermRow:
    """A glossary entry found: the units listed (at most the report's limit) and every unit counted by status."""

    entry: GlossaryEntry
    units: tuple[TermInUnit, ...]
    counts: Mapping[UnitTermStatus, int]

    def count(self, status: UnitTermStatus) -> int:
        return self.counts.get(status, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def consistent(self) -> int:
        return self.count(CONSISTENT)

    @property
    def deviations(self) -> int:
        return self.total - self.consistent


@dataclass
class _TermTally:
    units: list[TermInUnit] = field(default_factory=list)
    counts: Counter[UnitTermStatus] = field(default_factory=Counter)


@dataclass(frozen=True)
class Inconsistency:
    """One text with several counterparts: (counterpart, unit) pairs."""

    text: str
    counterparts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TermsReport:
    source_lang: str
    target_lang: str
    document: str
    glossary: Glossary
    terms: tuple[TermRow, ...]  # in the glossary's order
    segments: int
    same_source: tuple[Inconsistency, ...] = ()
    same_target: tuple[Inconsistency, ...] = ()

    @property
    def deviations(self) -> int:
        return sum(row.deviations for row in self.terms)

    def as_json(self) -> dict[str, Any]:
        terms = []
        for row in self.terms:
            entry = row.entry
            terms.append({
                "id": entry.id,
                "source": entry.name,
                "target": entry.rendering,
                "variants": [{"text": t.text, "status": t.status.value} for t in entry.target],
                "summary": {
                    "units": row.total,
                    "consistent": row.consistent,
                    "deviations": row.deviations,
                    **{d.value: row.count(d) for d in DEVIATIONS},
                },
                "units_listed": len(row.units),
                "units": [
                    {k: v for k, v in (
                        ("unit", u.unit), ("source_count", u.source_count), ("target_count", u.target_count),
                        ("status", u.status.value), ("renderings", list(u.renderings)),
                        ("target_context", u.target_context),
                    ) if v is not None}
                    for u in row.units
                ],
            })
        data: dict[str, Any] = {
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "document": self.document,
            "glossary": {"path": self.glossary.path, "sha256": self.glossary.sha256, "entries": len(self.glossary.entries)},
            "segments": self.segments,
            "summary": {"terms_found": len(self.terms), "deviations": self.deviations},
            "terms": terms,
        }
        if self.same_source or self.same_target:
            data["inconsistencies"] = {
                "same_source_different_targets": [_inconsistency(i) for i in self.same_source],
                "same_target_different_sources": [_inconsistency(i) for i in self.same_target],
            }
        return data

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["source_term", "target_term", "unit", "source_count", "target_count", "status", "renderings"])
        for row in self.terms:
            for u in row.units:
                writer.writerow([row.entry.name, row.entry.rendering, u.unit, u.source_count, u.target_count,
                                 u.status.value, " | ".join(u.renderings)])
        return out.getvalue()

    def as_text(self) -> str:
        lines = [f"{self.document}: {counted(len(self.terms), 'glossary term')} found in "
                 f"{counted(self.segments, 'segment')}, {counted(self.deviations, 'deviation')}"]
        for row in self.terms:
            lines.append(f"{row.entry.name} -> {row.entry.rendering}: {counted(row.total, 'unit')}, {row.consistent} consistent, "
                         f"{counted(row.deviations, 'deviation')}")
            for u in row.units:
                if u.status.deviation:
                    seen = f"; target has: {u.target_context}" if u.target_context else ""
                    found = f" ({', '.join(u.renderings)})" if u.renderings else ""
                    lines.append(f"    {u.unit}: {u.status.value}{found}{seen}")
        for title, items in (("same source, different targets", self.same_source),
                             ("same target, different sources", self.same_target)):
            if items:
                lines.append(f"{title}: {len(items)}")
                lines += [f"    {i.text}  ->  " + " | ".join(text for text, _ in i.counterparts) for i in items[:EXAMPLES]]
        return "\n".join(lines)


def _inconsistency(item: Inconsistency) -> dict[str, Any]:
    return {"text": item.text, "counterparts": [{"text": t, "unit": u} for t, u in item.counterparts]}


class _Tally:
    def __init__(self, glossary: Glossary, limit: int, list_consistent: bool = True,
                 finders: tuple[TermMatcher, TermMatcher] | None = None):
        """``finders``: the glossary's automata, where the caller has them (a worker tallies many parts of a
        TMX, and looking them up hashes the whole glossary)."""
        self.glossary = glossary
        self.limit = limit
        self.list_consistent = list_consistent
        self.by_entry: dict[int, _TermTally] = {}
        self.segments = 0
        if finders is not None:
            self._finders = finders

    @cached_property
    def _finders(self) -> tuple[TermMatcher, TermMatcher]:
        """Built when first used: with worker processes, only they find terms."""
        return matchers_for(self.glossary)

    def find(self, source: str, target: str) -> tuple[list[Occurrence], list[Occurrence]]:
        """The terms of a unit's source and of its target."""
        return self._finders[0].find(source), self._finders[1].find(target)

    def observe(self, unit: str, source: str, target: str, context=None) -> None:
        """Tally one unit; ``context(occurrences)`` gives the target text to show."""
        self.count(unit, target, *self.find(source, target), context)

    def count(self, unit: str, target: str, src: list[Occurrence], tgt: list[Occurrence], context=None) -> None:
        """Tally one unit whose terms were found already (``src`` in its source, ``tgt`` in ``target``)."""
        self.segments += 1
        counts: Counter[int] = Counter(o.entry for o in src)
        approved: dict[int, list[str]] = {}
        forbidden: dict[int, list[str]] = {}
        for o in tgt:
            (forbidden if o.term.status is TermStatus.FORBIDDEN else approved).setdefault(o.entry, []).append(o.text)
        # where found only inside another entry's term, a term answers to nothing on the other side: "developed
        # countries" in "least developed countries", whose French, "pays les moins avancés", holds no "pays développés"
        free_source = {o.entry for o in _free(src)}
        free_target = {o.entry for o in _free(tgt) if o.term.status is not TermStatus.FORBIDDEN}
        for entry in sorted(set(counts) | set(approved) | set(forbidden)):
            if forbidden.get(entry):
                status = UnitTermStatus.FORBIDDEN
            elif counts[entry] and approved.get(entry):
                status = UnitTermStatus.CONSISTENT
            elif entry in free_source:
                status = UnitTermStatus.MISSING_TARGET
            elif not counts[entry] and entry in free_target:
                status = UnitTermStatus.MISSING_SOURCE
            else:
                continue  # found only inside another entry's term, and not on the other side
            tally = self.by_entry.setdefault(entry, _TermTally())
            tally.counts[status] += 1
            if len(tally.units) < self.limit and (self.list_consistent or status.deviation):
                shown = None
                if status is UnitTermStatus.MISSING_TARGET:
                    shown = context([o for o in src if o.entry == entry]) if context else target
                renderings = tuple(dict.fromkeys(approved.get(entry, []) + forbidden.get(entry, [])))
                tally.units.append(TermInUnit(unit, counts[entry], len(approved.get(entry, [])), status, renderings, shown))

    def report(self, source_lang: str, target_lang: str, document: str, **extra) -> TermsReport:
        return TermsReport(
            source_lang, target_lang, document, self.glossary,
            tuple(TermRow(self.glossary.entries[entry], tuple(t.units), dict(t.counts))
                  for entry, t in sorted(self.by_entry.items())),
            self.segments, **extra,
        )


def _free(occurrences: list[Occurrence]) -> list[Occurrence]:
    """The occurrences not inside a longer term of another entry (one written out: a coordination that holds a
    term, "South-South and triangular cooperation", is no longer term of its own)."""
    return [o for o in occurrences if not any(
        other.entry != o.entry and not other.elliptical and other.start <= o.start and o.end <= other.end
        and other.end - other.start > o.end - o.start for other in occurrences)]


def terms_of_alignment(alignment: Alignment, glossary: Glossary, limit: int = UNIT_LIMIT) -> TermsReport:
    tally = _Tally(glossary, limit)
    for pair in alignment.pairs:
        if not pair.paired:
            continue

        def context(occurrences: list[Occurrence], pair=pair) -> str:
            """The target sentences linked to the source sentences holding the term."""
            sentences = {i for o in occurrences for i, s in enumerate(pair.source.sentences) if s.start <= o.start < s.end}
            linked = sorted({j for link in pair.links if set(link.source) & sentences for j in link.target})
            return " ".join(pair.target.sentences[j].text for j in linked) or pair.target.unit.text

        tally.observe(pair.unit_id, pair.source.unit.text, pair.target.unit.text, context)
    return tally.report(alignment.source.language, alignment.target.language, alignment.source.symbol)
