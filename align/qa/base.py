"""What every QA check shares: an id, a severity, a description, and ``run``.

A check takes the aligned pair (and, when given, the glossary's report and
a TM index) and yields findings, each tied to a unit and saying what to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from ..model import Alignment, Finding, Severity, UnitPair, unit_head as head
from ..terms import TermsReport
from .held import Held, compared, held


@dataclass(frozen=True)
class QaContext:
    alignment: Alignment
    terms: TermsReport | None = None
    tm: object | None = None  # tmx.index.TmIndex, when --tm is given

    @cached_property
    def held(self) -> Held:
        """Where the other version holds the text of the units left alone (``held.py``), found once for all
        the checks."""
        return held(self.alignment)

    @cached_property
    def compared(self) -> tuple[tuple[str, str, str], ...]:
        """(unit id, original text, translation text) of each pair, read with the units it holds."""
        return compared(self.alignment, self.held)


class Check:
    id: ClassVar[str]
    severity: ClassVar[Severity]
    description: ClassVar[str]

    def run(self, context: QaContext) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(self, unit: str, message: str, source: str = "", target: str = "",
                severity: Severity | None = None, units: tuple[str, ...] = ()) -> Finding:
        return Finding(self.id, severity or self.severity, unit, message, source, target, units)


def difference(missing: list[str], extra: list[str]) -> str:
    """"3.5 in the original, 35 in the translation", or what each side has alone."""
    if len(missing) == 1 and len(extra) == 1:
        return f"{missing[0]} in the original, {extra[0]} in the translation"
    parts = []
    if missing:
        parts.append("in the original only: " + ", ".join(missing))
    if extra:
        parts.append("in the translation only: " + ", ".join(extra))
    return "; ".join(parts)


def paired(context: QaContext) -> Iterator[UnitPair]:
    """The units present on both sides."""
    return (pair for pair in context.alignment.pairs if pair.paired)
