from __future__ import annotations

from ..model import Severity
from ..terms import UnitTermStatus
from .base import Check


class TerminologyCheck(Check):
    id = "terminology"
    severity = Severity.ERROR
    description = ("Glossary terms (--glossary): a source term without its approved rendering, or a forbidden "
                   "rendering, is an error; a rendering without the source term is a warning.")

    def run(self, context):
        report = context.terms
        if report is None:
            return
        for row in report.terms:
            entry = row.entry
            for unit in row.units:
                if unit.status is UnitTermStatus.MISSING_TARGET:
                    yield self.finding(unit.unit, f"{unit.unit}: “{entry.name}” is not rendered “{entry.rendering}”; "
                                       "use the glossary's term", target=unit.target_context or "")
                elif unit.status is UnitTermStatus.FORBIDDEN:
                    yield self.finding(unit.unit, f"{unit.unit}: “{', '.join(unit.renderings)}” is a forbidden rendering "
                                       f"of “{entry.name}”; use “{entry.rendering}”")
                elif unit.status is UnitTermStatus.MISSING_SOURCE:
                    yield self.finding(unit.unit, f"{unit.unit}: “{entry.rendering}” stands without “{entry.name}” in the "
                                       "original; check the rendering", severity=Severity.WARNING)
