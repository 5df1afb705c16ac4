"""The QA checks, in the order they run, and how to choose among them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..errors import UntmError
from ..model import Finding
from .base import Check, QaContext, head
from .consistency import ConsistencyCheck
from .dates import DatesCheck
from .footnotes import FootnotesCheck
from .length import LengthCheck
from .numbers import NumbersCheck
from .structure import StructureCheck
from .symbols import SymbolsCheck
from .terminology import TerminologyCheck
from .typography import TypographyCheck
from .untranslated import UntranslatedCheck

CHECKS: tuple[type[Check], ...] = (
    StructureCheck, FootnotesCheck, NumbersCheck, DatesCheck, SymbolsCheck,
    TerminologyCheck, UntranslatedCheck, LengthCheck, TypographyCheck, ConsistencyCheck,
)


def select(ids: Iterable[str] | None = None) -> tuple[Check, ...]:
    known = {check.id: check for check in CHECKS}
    if ids is None:
        return tuple(check() for check in CHECKS)
    chosen = []
    for check_id in ids:
        if check_id not in known:
            raise UntmError(f"unknown check {check_id!r}; the checks are {', '.join(known)} (see --list-checks)")
        chosen.append(known[check_id]())
    return tuple(chosen)


def describe() -> str:
    return "\n".join(f"{c.id:<13} {c.severity.value:<8} {c.description}" for c in CHECKS)


# What differs in a paragraph because the paragraph is another, missing or merged: said by its cause.
FOLLOWING = frozenset({"footnotes", "numbers", "dates", "symbols", "length", "untranslated"})


def run_checks(context: QaContext, checks: tuple[Check, ...]) -> tuple[Finding, ...]:
    """Every check's findings, those that follow from a cause grouped under it (``group``)."""
    return group(tuple(finding for check in checks for finding in check.run(context)))


def group(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """A finding of a ``FOLLOWING`` check on a unit where a cause shows (a paragraph missing, merged or
    split, ``Finding.units``; its sub-paragraphs too) is put under that cause, not reported beside it: the
    cause is what to mend, and the numbers that differ there are its symptoms."""
    causes = [f for f in findings if f.units]
    if not causes:
        return findings
    owner = {unit: index for index, cause in enumerate(causes) for unit in cause.units}
    follows: dict[int, list[Finding]] = {}
    kept = []
    for finding in findings:
        index = owner.get(head(finding.unit)) if finding.check in FOLLOWING else None
        if index is not None and causes[index].unit.startswith("FN") and finding.check != "footnotes":
            index = None  # a footnote's cause explains the footnotes and their calls, nothing else
        if index is None:
            kept.append(finding)
        else:
            follows.setdefault(index, []).append(finding)
    grouped = {id(cause): replace(cause, follows=tuple(follows.get(k, ()))) for k, cause in enumerate(causes)}
    return tuple(grouped.get(id(f), f) for f in kept)
