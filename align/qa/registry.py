"""The QA checks, in the order they run, and how to choose among them."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import UntmError
from ..model import Finding, Severity
from .base import Check, QaContext
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


def run_checks(context: QaContext, checks: tuple[Check, ...]) -> tuple[Finding, ...]:
    return tuple(finding for check in checks for finding in check.run(context))


def summary(findings: tuple[Finding, ...]) -> dict[str, int]:
    return {s.value: sum(f.severity is s for f in findings) for s in Severity}
