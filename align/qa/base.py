"""What every QA check shares: an id, a severity, a description, and ``run``.

A check takes the aligned pair (and, when given, the glossary's report and
a TM index) and yields findings, each tied to a unit and saying what to do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..model import Alignment, Finding, Severity, UnitPair
from ..terms import TermsReport


@dataclass(frozen=True)
class QaContext:
    alignment: Alignment
    terms: TermsReport | None = None
    tm: object | None = None  # tmx.index.TmIndex, when --tm is given


class Check:
    id: ClassVar[str]
    severity: ClassVar[Severity]
    description: ClassVar[str]

    def run(self, context: QaContext) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(self, unit: str, message: str, source: str = "", target: str = "",
                severity: Severity | None = None, units: tuple[str, ...] = ()) -> Finding:
        return Finding(self.id, severity or self.severity, unit, message, source, target, units)


def head(unit: str) -> str:
    """``OP4(a)(ii)``, ``OP4.h1`` and ``OP3+1(b)`` belong to ``OP4``, ``OP4`` and ``OP3+1``; ``ANX1.OP2(b)`` to
    ``ANX1.OP2``: the numbered unit a sub-unit is part of."""
    match = re.match(r"^(.*?(?:OP|FN)\d+(?:\+\d+)?)(?=[(.]|$)", unit)
    return match.group(1) if match else unit


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
